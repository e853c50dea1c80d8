/**
 * The parts of npm's own libraries that legal-clauses uses, typed here because they ship no
 * types. Internal: no public type refers to them.
 */
declare module 'pacote' {
  /** Options for pacote and npm-registry-fetch: npm's flattened configuration. */
  export type PacoteOptions = Record<string, unknown>;
  /** A manifest from a registry: the version's package.json plus what pacote adds. */
  export interface Manifest {
    name: string;
    version: string;
    dist?: { integrity?: string; shasum?: string; tarball?: string };
    _resolved?: string;
    _integrity?: string;
  }
  /** A tarball in memory, with where it came from. */
  export type Tarball = Buffer & { from: string; resolved: string; integrity: string };
  const pacote: {
    manifest(spec: string, options?: PacoteOptions): Promise<Manifest>;
    tarball(spec: string, options?: PacoteOptions): Promise<Tarball>;
  };
  export default pacote;
}

declare module '@npmcli/config' {
  /** npm's configuration, loaded from the command line, environment, project, user, global and built-in npmrc files. */
  export default class Config {
    constructor(options: Record<string, unknown>);
    load(): Promise<void>;
    /** The options npm passes to pacote. */
    readonly flat: Record<string, unknown>;
    get(key: string): unknown;
  }
}

declare module '@npmcli/config/lib/definitions/index.js' {
  const definitions: Record<string, unknown> & {
    definitions: Record<string, unknown>;
    shorthands: Record<string, unknown>;
    flatten: (...args: unknown[]) => unknown;
    nerfDarts: readonly string[];
  };
  export default definitions;
}
