/**
 * `import.meta` in the executable's CommonJS files (tsup.config.ts puts it in place of the
 * real one): `dirname` and `filename` as Node 20.11+ gives them to ES modules, and `url`, worked
 * out when read, not when a file loads, as tsup's own shim does:
 * making the URL costs a start a fraction of a millisecond in every file that mentions it, and only
 * some runs read it (docs/benchmarks.md, "CLI start").
 */
export const importMeta = {
  dirname: __dirname,
  filename: __filename,
  get url() {
    return require('node:url').pathToFileURL(__filename).href;
  },
};
