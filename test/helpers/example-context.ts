/**
 * The names the JSDoc `@example` blocks of src/ may use without defining them, with what each
 * stands for (DEVELOPERS.md, "Code in the documentation"). Everything else an example uses is
 * an export of its own module or of a public entry, or defined in the example.
 */
import { diffCorpora, diffEditions, departuresOf, type EditionDiff } from '../../src/diff.js';
import { CORPUS_FORMAT, corpus, type Corpus } from '../../src/index.js';
import { readCorpusDirectory, readCorpusFile } from '../../src/node.js';
import { readFileSync } from 'node:fs';
import type { Io } from '../../src/cli/command.js';
import type { TextLocation } from '../../src/checks/lint/types.js';
import type { Walker } from '../../src/render/dispatch.js';
import type { Node } from '../../src/render/types.js';
import { packDirectory, releaseDirectory } from './release.js';

export { corpus };

/** test/fixtures/corpora/two-editions: the published 2003-04-15 edition and a fictional 2024-01-01 one. */
export const fixture: Corpus = await readCorpusDirectory('test/fixtures/corpora/two-editions');

/** The exports of two fictional releases: release-1 holds 2003-04-15, release-2 both editions. */
export const release1: Corpus = await readCorpusFile('test/fixtures/corpora/exports/release-1.json');
export const release2: Corpus = await readCorpusFile('test/fixtures/corpora/exports/release-2.json');

/** An older release's corpus (release-1) and the current one (the fixture), for `diffCorpora`. */
export const oldRelease = release1;
export const currentCorpus = fixture;

/** A corpus with nothing in it. */
export const emptyCorpus: Corpus = { format: CORPUS_FORMAT, documents: [], clauses: [] };

/** The fixture's Mulan PubL corpus (test/fixtures/corpora/mulan-publ): numbered articles, editions 2019-08 and 2021-05. */
export const mulan: Corpus = await readCorpusDirectory('test/fixtures/corpora/mulan-publ');

/** The bundled document and its 2003-04-15 edition. */
export const document = corpus.documents[0]!;
export const edition = document.editions[0]!;

/** `diffEditions(fixture)`: 2003-04-15 → 2024-01-01. */
export const report: EditionDiff = diffEditions(fixture);

/** The same comparison, as two releases: release-1 and release-2 named `legal-clauses@1.0.0` and `@1.1.0`. */
export const releaseReport: EditionDiff = {
  ...diffCorpora(release1, release2),
  sources: {
    from: { label: 'legal-clauses@1.0.0', package: { name: 'legal-clauses', version: '1.0.0', integrity: null } },
    to: { label: 'legal-clauses@1.1.0', package: { name: 'legal-clauses', version: '1.1.0', integrity: null } },
  },
};

/** The `downloads` clause of `report`. */
export const clause = report.clauses.find((candidate) => candidate.id === 'downloads')!;

/** The departures of an unchanged text. */
export const departures = departuresOf([{ type: 'equal', value: 'x' }]);

/** The `acceptance` clause of the fixture in 2003-04-15 and in 2024-01-01 (zh lost a stray space). */
const acceptance = fixture.clauses.find((candidate) => candidate.id === 'acceptance')!;
export const before = acceptance.editions['2003-04-15']!;
export const after = acceptance.editions['2024-01-01']!;

/** Where a linted text is. */
export const location: TextLocation = { document: 'disclaimer', edition: '2003-04-15', language: 'en', field: 'clause', clause: 'image-use', path: 'editions["2003-04-15"].en.blocks[0].text' };

/** What a CLI command printed, for examples of code that prints. */
export const printed = { stdout: '', stderr: '' };

/** Where a CLI command writes: into `printed`. */
export const io: Io = {
  stdout: (text) => void (printed.stdout += text),
  stderr: (text) => void (printed.stderr += text),
  colour: false,
};

/** A release tarball as npm packs one: `package/package.json` (legal-clauses 1.0.0) and `package/clauses/` (the bundled corpus). */
export const tarball: Uint8Array = readFileSync(await packDirectory(releaseDirectory('1.0.0')));

/**
 * A walker for the handlers the serialisers share (src/render/flow.ts): text, paragraph and
 * list item nodes as their text, any other node as its type.
 */
export const textWalker: Walker<string[]> = {
  one(node: Node): string[] {
    if (node.type === 'text') return [node.value];
    if (node.type === 'paragraph') return [node.children.map((child) => textWalker.one(child).join('')).join('')];
    return [node.type];
  },
  all(parent) {
    return parent.children.map((child) => textWalker.one(child));
  },
};
