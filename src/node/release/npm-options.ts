/**
 * npm's configuration, read the way npm reads it (command-line defaults, `npm_config_*`
 * environment variables, the project's, the user's and the global `.npmrc`): the registry,
 * scoped registries, auth tokens, proxies, CA files and the cache. Loaded only when a command
 * fetches a release, so no other command pays for it.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where npm's configuration is read from. */
export interface NpmConfigPlace {
  /**
   * The directory whose project `.npmrc` applies (npm looks upwards from it for a package).
   * @default process.cwd()
   */
  cwd?: string | undefined;
  /**
   * The environment (`npm_config_*` variables, `HOME` for `~/.npmrc`).
   * @default process.env
   */
  env?: NodeJS.ProcessEnv | undefined;
}

/** npm's flattened options, as npm passes them to pacote. */
export type NpmOptions = Record<string, unknown>;

/**
 * Loads npm's configuration with npm's own loader (`@npmcli/config`).
 *
 * @param place - The directory and environment to read it for.
 * @returns The flattened options: `registry`, `@scope:registry`, `//host/:_authToken`, `cache`, ….
 * @example
 * (await loadNpmOptions({ cwd: '/tmp/app' })).registry;
 * //=> 'https://registry.npmjs.org/'
 */
export async function loadNpmOptions(place: NpmConfigPlace = {}): Promise<NpmOptions> {
  const env = place.env ?? process.env;
  const { default: Config } = await import('@npmcli/config');
  const { default: definitions } = await import('@npmcli/config/lib/definitions/index.js');
  const config = new Config({
    definitions: definitions.definitions,
    shorthands: definitions.shorthands,
    flatten: definitions.flatten,
    nerfDarts: definitions.nerfDarts,
    npmPath: npmPath(env),
    // No npm command line here: the options come from the environment and the npmrc files.
    argv: [process.execPath, 'legal-clauses'],
    env,
    cwd: place.cwd ?? process.cwd(),
    execPath: process.execPath,
    platform: process.platform,
  });
  await config.load();
  return config.flat;
}

/** Where npm itself is installed, for its built-in npmrc: from `npm_execpath` when npm started us, else beside node. */
function npmPath(env: NodeJS.ProcessEnv): string {
  const candidates = [
    env.npm_execpath ? dirname(dirname(env.npm_execpath)) : undefined,
    join(dirname(dirname(process.execPath)), 'lib', 'node_modules', 'npm'),
    join(dirname(process.execPath), 'node_modules', 'npm'),
  ];
  return candidates.find((candidate) => candidate !== undefined && existsSync(join(candidate, 'package.json'))) ?? dirname(process.execPath);
}

/**
 * The registry npm uses for a package: its scope's registry if one is configured, else the default.
 *
 * @param options - npm's options.
 * @param name - The package name, such as `@acme/terms`.
 * @returns The registry URL.
 * @example
 * registryFor({ registry: 'https://registry.npmjs.org/', '@acme:registry': 'https://npm.acme.test/' }, '@acme/terms');
 * //=> 'https://npm.acme.test/'
 */
export function registryFor(options: NpmOptions, name: string): string {
  const scope = name.startsWith('@') ? name.split('/')[0] : undefined;
  const scoped = scope === undefined ? undefined : options[`${scope}:registry`];
  return String(scoped ?? options.registry ?? 'https://registry.npmjs.org/');
}
