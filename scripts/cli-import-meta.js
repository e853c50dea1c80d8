/**
 * `import.meta` in the executable's CommonJS files (tsup.config.ts puts it in place of the
 * real one). Its `url` is worked out when read, not when a file loads, as tsup's own shim does:
 * making the URL costs a start a fraction of a millisecond in every file that mentions it, and only
 * some runs read it (docs/benchmarks.md, "CLI start").
 */
export const importMeta = {
  get url() {
    return require('node:url').pathToFileURL(__filename).href;
  },
};
