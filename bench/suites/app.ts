/**
 * The bundle of examples/react-app as Vite builds it (the packed package installed from its
 * tarball, minified, gzip -9), beside the same app rendering with `toHtml` and
 * `dangerouslySetInnerHTML` instead of `toHast` and hast-util-to-jsx-runtime, built in the same
 * run, and React alone (the floor). Sizes are deterministic; the load average is recorded because the builds share the machine.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildReactApp, installReactApp, type BuiltAsset } from '../../test/helpers/react-app.js';
import { packPackage } from '../../test/helpers/packed.js';
import { bytes, markdownTable, type BenchSuite } from '../lib/suite.js';

/** The alternative: the HTML string of toHtml, set with dangerouslySetInnerHTML (toHtml escapes the text). */
const INNER_HTML = `import { toHtml } from 'legal-clauses';

export function LegalDocument({ tree }) {
  return <div dangerouslySetInnerHTML={{ __html: toHtml(tree) }} />;
}
`;

/** The floor: React and react-dom rendering an empty page, no legal-clauses at all. */
const EMPTY_APP = `export function App() {
  return <main />;
}
`;

function total(scripts: readonly BuiltAsset[]): { bytes: number; gzipped: number } {
  return { bytes: scripts.reduce((sum, asset) => sum + asset.bytes, 0), gzipped: scripts.reduce((sum, asset) => sum + asset.gzipped, 0) };
}

export const appSuite: BenchSuite = {
  name: 'app',
  title: 'React app bundle (examples/react-app)',
  async run() {
    const loadBefore = loadavg()[0]!;
    const project = await installReactApp(packPackage().tarball);
    const vite = (JSON.parse(readFileSync(join(project, 'node_modules', 'vite', 'package.json'), 'utf8')) as { version: string }).version;
    const hast = total((await buildReactApp(project)).scripts);
    const html = total((await buildReactApp(project, { 'LegalDocument.jsx': INNER_HTML })).scripts);
    const floor = total((await buildReactApp(project, { 'App.jsx': EMPTY_APP })).scripts);
    const loadAfter = loadavg()[0]!;
    const row = (name: string, size: { bytes: number; gzipped: number }) => [name, bytes(size.bytes), bytes(size.gzipped), `${(size.gzipped / html.gzipped).toFixed(2)}×`];
    return `Vite ${vite} production build (\`vite build\`, its default minifier), the package installed from
its packed tarball; JavaScript assets, gzip level 9. Load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after
(sizes do not depend on it). The toHtml and toHast apps differ only in src/LegalDocument.jsx.

${markdownTable(['how the app renders the disclaimer', 'minified', 'gzipped', 'relative to toHtml'], [
  row('React and react-dom alone, an empty page (floor)', floor),
  row('toHtml + dangerouslySetInnerHTML (alternative)', html),
  row('toHast + hast-util-to-jsx-runtime (examples/react-app)', hast),
])}

The difference, ${bytes(hast.gzipped - html.gzipped)} gzipped, is hast-util-to-jsx-runtime with its
dependencies (property names and style parsing) and toHast, less toHtml. Over the floor, the
app's own code with legal-clauses (lookup, tree, corpus, serialiser) costs ${bytes(html.gzipped - floor.gzipped)} with toHtml and
${bytes(hast.gzipped - floor.gzipped)} with toHast.`;
  },
};
