/**
 * The SHA-256 that `sha256Hex` prefers to ours where there is one: `node:crypto`'s, where the
 * library runs in Node (found through `process.getBuiltinModule`, so that no bundler sees an
 * import of it). The executable's build puts src/cli/wasm-sha256.ts in place of this module: a
 * CLI start hashes a few dozen kilobytes, for which loading `node:crypto` costs more than the
 * hashing (docs/benchmarks.md, "CLI start").
 */

/** `node:crypto`'s SHA-256 of bytes as hex; `null` outside Node; `undefined` until first asked. */
let nodeCrypto: ((bytes: Uint8Array) => string) | null | undefined;

/**
 * Node's SHA-256, if there is one. Asked for on the first hash, not on import: loading
 * `node:crypto` costs a few milliseconds, which an app that never hashes should not pay. Natively
 * the cost of hashing is the same from the first call, while ours runs interpreted until the JIT
 * has warmed up: a CLI start that hashes the corpus once (check, export, record) spent 10–20 ms
 * in it.
 *
 * @returns A hasher of bytes to 64 lowercase hex digits, or `null` outside Node.
 */
export function nodeCryptoSha256(): ((bytes: Uint8Array) => string) | null {
  if (nodeCrypto === undefined) {
    const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const crypto = typeof node?.getBuiltinModule === 'function' ? (node.getBuiltinModule('node:crypto') as typeof import('node:crypto') | undefined) : undefined;
    nodeCrypto = crypto ? (bytes) => crypto.createHash('sha256').update(bytes).digest('hex') : null;
  }
  return nodeCrypto;
}

/**
 * The hasher `sha256Hex` uses when there is one faster than ours: here `node:crypto`'s.
 *
 * @returns A hasher of bytes to 64 lowercase hex digits, or `null` (then ours hashes).
 */
export function nativeSha256(): ((bytes: Uint8Array) => string) | null {
  return nodeCryptoSha256();
}
