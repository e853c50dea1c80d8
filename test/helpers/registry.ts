/**
 * A real npm registry for the tests: Verdaccio, started on 127.0.0.1 on a free port with its
 * storage in a temporary folder, and stopped by its process id. Packages named
 * `legal-clauses` live only in it (access and publish need a login); everything else is
 * proxied from the registry npm is configured with, as a company's private registry does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface Registry {
  /** `http://127.0.0.1:<port>/`. */
  url: string;
  /** Where Verdaccio keeps packages: `<storage>/legal-clauses/legal-clauses-1.0.0.tgz`. */
  storage: string;
  /** The `.npmrc` lines that point npm at the registry with a login token. */
  npmrc: string;
  /** Stops the registry by its process id. */
  stop(): Promise<void>;
}

const VERDACCIO = createRequire(import.meta.url).resolve('verdaccio/bin/verdaccio');

/** Starts Verdaccio in `root`, proxying other packages from `upstream`, and logs a user in. */
export async function startRegistry(root: string, upstream: string): Promise<Registry> {
  const port = await freePort();
  const storage = join(root, 'storage');
  const config = join(root, 'config.yaml');
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(storage)}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(root, 'htpasswd'))}`,
      // Signed tokens (JWT), as a registry in production is set up: verified by their signature.
      // Verdaccio's legacy tokens carry the password, checked against its bcrypt hash on every
      // request: a third of the registry test's CPU went to bcrypt (profiled, 23 of 75 s).
      'security:',
      '  api:',
      '    jwt:',
      '      sign: { expiresIn: 1d }',
      'uplinks:',
      '  upstream:',
      `    url: ${JSON.stringify(upstream)}`,
      'packages:',
      "  'legal-clauses':",
      '    access: $authenticated',
      '    publish: $authenticated',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      '    proxy: upstream',
      'log: { type: stdout, format: json, level: error }',
      '',
    ].join('\n'),
  );
  const child = spawn(process.execPath, [VERDACCIO, '--config', config, '--listen', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => stopProcess(child);
  try {
    await waitUntilUp(url, child, () => output);
    const token = await addUser(url);
    return { url, storage, npmrc: `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A port nobody listens on now (the OS picks it), so that two runs do not collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  // Bounded: 300 tries, 100 ms apart; a registry that does not answer fails the setup.
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}: ${output()}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`verdaccio did not answer at ${url}: ${output()}`);
}

/** Creates a user as `npm adduser` does, and returns its token. */
async function addUser(url: string): Promise<string> {
  const name = 'reviewer';
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: 'fixture-password' }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || typeof body.token !== 'string') throw new Error(`cannot add a user to ${url}: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(child.pid!, 'SIGTERM');
  });
}
