/**
 * Reading a corpus JSON file part by part, without ever holding the whole file.
 *
 * First pass: the file is streamed in chunks; a small splitter finds each element of the
 * top-level `documents` and `clauses` arrays, which is scanned strictly on its own
 * (src/corpus/scan-json.ts: UTF-8, syntax, depth, duplicate keys, lone surrogates) as soon as it
 * is complete; what remains, the skeleton (`{"format": …, "clauses": [0, 0, …], …}`), is
 * scanned at the end. Second pass: only the documents asked for, and the clauses that belong to
 * them, are read again, decoded, parsed and validated, one at a time. The reader therefore holds
 * the validated corpus plus one chunk and one element: not the file's bytes, nor its text, nor a
 * parsed copy of it beside the validated one (issue 10: memory).
 *
 * Errors are those of the one-pass scan: the first problem in the file, with its line and column.
 */
import * as z from 'zod';
import { utf8Body } from '../corpus/decode-json.js';
import { MAX_JSON_DEPTH } from '../corpus/limits.js';
import { describeJsonProblem } from '../corpus/parse-json.js';
import { scanJson, type JsonProblem } from '../corpus/scan-json.js';
import { migrateCorpusData, type Migrated } from '../corpus/migrate.js';
import { parseCorpus, toCorpusIssues } from '../corpus/validate.js';
import { AmbiguousDocumentError, CorpusValidationError, InvalidJsonError, UnknownDocumentError, type CorpusIssue } from '../errors.js';
import { CORPUS_FORMAT } from '../model/constants.js';
import { checkCorpusReferences } from '../model/references.js';
import { clauseSchema, corpusHashesSchema, documentSchema } from '../model/schema.js';
import type { Clause, Corpus, Document } from '../model/types.js';
import { formatJsonPath } from '../util/json-path.js';
import type { DocumentSelection } from './corpus-directory.js';
import { withJsonSource, type ByteSource } from './read-json-file.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bytes read at a time. */
const CHUNK = 1 << 20;

/** Options of {@link corpusFromSource} for tests: a small chunk puts element boundaries across chunks. */
export interface SplitOptions {
  /** @default 1 MiB */
  readonly chunk?: number | undefined;
}

/** The top-level arrays whose elements are read one at a time. */
const SPLIT = ['documents', 'clauses'] as const;
type Part = (typeof SPLIT)[number];

/** The corpus file around its documents and clauses, checked on its own. */
const envelopeSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(CORPUS_FORMAT, { error: `format must be '${CORPUS_FORMAT}'` }),
  documents: z.array(z.unknown()),
  clauses: z.array(z.unknown()),
  hashes: corpusHashesSchema.optional(),
});

/** An element of `documents` or `clauses`: where it is in the file, and its `id` or `document`. */
interface Element {
  readonly part: Part;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** `id` of a document, `document` of a clause, when it is a string. */
  readonly name: string | undefined;
  /** `id` of a clause, when it is a string. */
  readonly id: string | undefined;
}

/** A removed element in the skeleton: the `0` at `at` stands for the file's bytes `[start, end)`. */
interface Elision {
  readonly at: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Reads a corpus from a corpus JSON file, validating only the documents asked for and the
 * clauses that belong to them.
 *
 * @param source - The file's bytes.
 * @param file - The file, for error messages.
 * @param selection - Which documents to read (every one by default).
 * @param options - The size of the chunks read.
 * @returns The corpus with those documents and their clauses.
 * @throws The errors of strict parsing, {@link CorpusValidationError},
 *   {@link UnknownDocumentError} for a document the file does not have, and
 *   {@link AmbiguousDocumentError} when one document is needed and none is named.
 */
export async function corpusFromSource(source: ByteSource, file: string, selection: DocumentSelection = {}, options: SplitOptions = {}): Promise<Corpus> {
  return readCorpusParts(source, file, selection, options.chunk ?? CHUNK);
}

/**
 * Reads a corpus JSON file (see {@link corpusFromSource}), from the disk as needed.
 *
 * @param file - The file.
 * @param selection - Which documents to read (every one by default).
 * @returns The corpus with those documents and their clauses.
 * @throws The errors of {@link corpusFromSource}, and those of reading the file.
 */
export function corpusFromFile(file: string, selection: DocumentSelection = {}): Promise<Corpus> {
  return withJsonSource(file, (source) => readCorpusParts(source, file, selection, CHUNK));
}

async function readCorpusParts(source: ByteSource, file: string, selection: DocumentSelection, chunk: number): Promise<Corpus> {
  const head = await source.read(0, 4);
  // Refuses UTF-16 and UTF-32 by name; skips a UTF-8 byte order mark.
  const base = head.length - utf8Body(head, file).length;
  const split = await splitFile(source, base, chunk);
  if (split.problem) throw await describe(source, base, split.problem, file);

  const skeleton = split.skeleton;
  if (skeleton.every((byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)) throw new InvalidJsonError(file, 'the file is empty');
  const members = new Map<string, readonly [number, number]>();
  const problem = scanJson(skeleton, {
    strict: true,
    maxDepth: MAX_JSON_DEPTH,
    values: { depth: 1, found: (path, start, end) => void (path.length === 1 && typeof path[0] === 'string' && members.set(path[0], [start, end])) },
  });
  if (problem) {
    const firstOffset = problem.firstOffset === undefined ? undefined : fileOffset(split.elisions, problem.firstOffset);
    throw await describe(source, base, { ...problem, offset: fileOffset(split.elisions, problem.offset), firstOffset }, file);
  }
  const parseSkeleton = ([start, end]: readonly [number, number]) => JSON.parse(decoder.decode(skeleton.subarray(start, end))) as unknown;
  const splitAsArrays = skeleton[0] === 0x7b && SPLIT.every((part) => skeleton[members.get(part)?.[0] ?? -1] === 0x5b);
  if (!splitAsArrays) {
    // Not shaped like a corpus: the schema says what is wrong, from the whole file (this is rare,
    // and small files are the usual culprits).
    const whole = await source.read(base, split.end - base);
    return parseCorpus(JSON.parse(decoder.decode(whole)), file);
  }

  const issues: CorpusIssue[] = [];
  const envelope: Record<string, unknown> = { documents: [], clauses: [] };
  for (const [key, range] of members) if (key !== 'documents' && key !== 'clauses') envelope[key] = parseSkeleton(range);
  const wanted = selection.documents;
  // The hashes of the documents read only: a corpus read in part carries what verifies that part.
  const hashes = envelope.hashes as { documents?: unknown } | undefined;
  if (wanted !== undefined && isRecord(hashes) && isRecord(hashes.documents)) {
    const documents = hashes.documents;
    envelope.hashes = { ...hashes, documents: Object.fromEntries(Object.keys(documents).filter((id) => wanted.includes(id)).map((id) => [id, documents[id]])) };
  }
  // A corpus written in an earlier format is converted on read, part by part (src/corpus/migrate.ts).
  const converted = migrateCorpusData(envelope);
  const checked = envelopeSchema.safeParse(converted.data);
  if (!checked.success) issues.push(...toCorpusIssues(checked.error.issues, file, converted.originalPath));
  const convert = (part: Part, value: unknown): Migrated => {
    if (converted.from === undefined) return { data: value, from: undefined, originalPath: (path) => [...path] };
    const one = migrateCorpusData({ format: envelope.format, documents: part === 'documents' ? [value] : [], clauses: part === 'clauses' ? [value] : [] });
    return { data: (one.data as Record<Part, unknown[]>)[part][0], from: one.from, originalPath: (path) => one.originalPath([part, 0, ...path]).slice(2) };
  };

  const documentNames = split.elements.filter((element) => element.part === 'documents').map((element) => element.name);
  const known = documentNames.filter((name): name is string => name !== undefined);
  for (const id of wanted ?? []) if (!known.includes(id)) throw new UnknownDocumentError(id, known);
  if (selection.single && wanted === undefined && known.length > 1) throw new AmbiguousDocumentError(known);
  // A part whose document cannot be read is validated whatever is asked, so that its error shows.
  const isSelected = (element: Element) => wanted === undefined || element.name === undefined || wanted.includes(element.name);

  const documents: Document[] = [];
  const clauses: Clause[] = [];
  const documentIndex: number[] = [];
  const clauseIndex: number[] = [];
  const use = (element: Element, bytes: Uint8Array) => {
    const schema = element.part === 'documents' ? documentSchema : clauseSchema;
    const value = convert(element.part, JSON.parse(decoder.decode(bytes)));
    const result = schema.safeParse(value.data);
    if (!result.success) {
      issues.push(...toCorpusIssues(result.error.issues, file, (path) => [element.part, element.index, ...value.originalPath(path)]));
    } else if (element.part === 'documents') {
      documents.push(result.data as Document);
      documentIndex.push(element.index);
    } else {
      clauses.push(result.data as Clause);
      clauseIndex.push(element.index);
    }
  };
  await readElements(source, split.elements.filter((element) => element.part === 'documents' && isSelected(element)), chunk, use);
  // The clauses of the documents read, and any clause they list (so that a clause filed under
  // another document is reported as such, not as missing).
  const listed = new Set(documents.flatMap((document) => document.editions.flatMap((edition) => edition.sections.flatMap((section) => section.clauses))));
  await readElements(source, split.elements.filter((element) => element.part === 'clauses' && (isSelected(element) || (element.id !== undefined && listed.has(element.id)))), chunk, use);
  if (issues.length > 0) throw new CorpusValidationError(issues);

  const { $schema, hashes: checkedHashes } = checked.success ? checked.data : { $schema: undefined, hashes: undefined };
  const corpus: Corpus = {
    ...($schema !== undefined && { $schema }),
    format: CORPUS_FORMAT,
    documents,
    clauses,
    ...(checkedHashes !== undefined && { hashes: checkedHashes }),
  };
  const problems = checkCorpusReferences(corpus);
  if (problems.length > 0) {
    throw new CorpusValidationError(
      problems.map(({ message, path }) => {
        // Indices among the parts read are mapped back to indices in the file.
        const [top, index, ...rest] = path;
        const original = typeof index === 'number' ? [top!, (top === 'documents' ? documentIndex : clauseIndex)[index] ?? index, ...rest] : path;
        return { file, path: formatJsonPath(original), message, code: 'custom' };
      }),
    );
  }
  return corpus;
}

/** The result of the first pass. */
interface Split {
  skeleton: Uint8Array;
  elisions: Elision[];
  elements: Element[];
  /** The first problem inside an element, in file offsets, if any; the pass stops there. */
  problem: JsonProblem | undefined;
  /** The file offset where the pass stopped: the end of the file, unless there was a problem. */
  end: number;
}

/**
 * The first pass: streams the file, cuts out each element of the top-level `documents` and
 * `clauses` arrays and scans it strictly, and keeps the rest as the skeleton. The splitter only
 * follows strings and brackets; anything malformed ends up in the skeleton, whose scan reports it.
 */
async function splitFile(source: ByteSource, base: number, chunkSize: number): Promise<Split> {
  const skeletonParts: Uint8Array[] = [];
  let skeletonLength = 0;
  const elisions: Elision[] = [];
  const elements: Element[] = [];
  const appendSkeleton = (bytes: Uint8Array) => {
    skeletonParts.push(bytes);
    skeletonLength += bytes.length;
  };
  const counts: Record<Part, number> = { documents: 0, clauses: 0 };

  // Splitter state.
  let depth = 0;
  let inString = false;
  let escape = false;
  let stringStart = -1; // start of a string at depth 1 (a key, perhaps)
  let lastString: Uint8Array | undefined; // the bytes of the last string completed at depth 1
  let key: string | undefined; // the member being read at depth 1
  let splitting: Part | undefined; // inside this array, at depth 2
  let elementStart = -1;
  let elementEnd = -1; // one past the last non-space byte of the element
  let skeletonFrom = base; // file offset from which bytes still go to the skeleton
  let retained: { start: number; bytes: Uint8Array }[] = []; // chunks holding the current element or string
  let problem: JsonProblem | undefined;

  /** Bytes `[start, end)` of the file, from the chunks retained. */
  const slice = (start: number, end: number): Uint8Array => {
    const parts = retained.filter((chunk) => chunk.start < end && chunk.start + chunk.bytes.length > start);
    if (parts.length === 1) return parts[0]!.bytes.subarray(start - parts[0]!.start, end - parts[0]!.start);
    const out = new Uint8Array(end - start);
    for (const chunk of parts) {
      const from = Math.max(start, chunk.start);
      const to = Math.min(end, chunk.start + chunk.bytes.length);
      out.set(chunk.bytes.subarray(from - chunk.start, to - chunk.start), from - start);
    }
    return out;
  };

  const finishElement = () => {
    const part = splitting!;
    const index = counts[part]++;
    const bytes = slice(elementStart, elementEnd);
    let name: string | undefined;
    let id: string | undefined;
    const found = scanJson(bytes, {
      strict: true,
      maxDepth: MAX_JSON_DEPTH - 2,
      values: {
        depth: 1,
        found: (path, start, end) => {
          if (path.length !== 1 || bytes[start] !== 0x22) return;
          const value = JSON.parse(decoder.decode(bytes.subarray(start, end))) as string;
          if (path[0] === (part === 'documents' ? 'id' : 'document')) name = value;
          if (path[0] === 'id' && part === 'clauses') id = value;
        },
      },
    });
    if (found) {
      // Inside the array, what follows an element is a comma or the closing bracket.
      const reason = found.kind === 'syntax' ? found.reason.replace(/ after the end of the JSON value$/, " (expected ',' or ']')") : found.reason;
      problem = { ...found, reason, offset: elementStart + found.offset, firstOffset: found.firstOffset === undefined ? undefined : elementStart + found.firstOffset, path: [part, index, ...found.path] };
      return;
    }
    elisions.push({ at: skeletonLength, start: elementStart, end: elementEnd });
    appendSkeleton(ZERO);
    elements.push({ part, index, start: elementStart, end: elementEnd, name, id });
    skeletonFrom = elementEnd;
    elementStart = -1;
  };

  let position = base;
  while (problem === undefined) {
    const chunk = await source.read(position, chunkSize);
    if (chunk.length === 0) break;
    retained.push({ start: position, bytes: chunk });
    // Inside a string only a quote or a backslash matters: jump to the next one (found natively).
    let nextQuote = -1;
    let nextBackslash = -1;
    for (let i = 0; i < chunk.length && problem === undefined; i++) {
      if (inString && !escape) {
        if (nextQuote < i) nextQuote = indexOrEnd(chunk, 0x22, i);
        if (nextBackslash < i) nextBackslash = indexOrEnd(chunk, 0x5c, i);
        i = nextQuote < nextBackslash ? nextQuote : nextBackslash;
        if (i >= chunk.length) break;
      }
      const b = chunk[i]!;
      const at = position + i;
      if (inString) {
        if (escape) escape = false;
        else if (b === 0x5c) escape = true;
        else if (b === 0x22) {
          inString = false;
          if (stringStart >= 0) {
            lastString = at + 1 - stringStart <= 64 ? slice(stringStart, at + 1).slice() : undefined;
            stringStart = -1;
          }
          if (elementStart >= 0) elementEnd = at + 1;
        }
        continue;
      }
      if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue;
      if (splitting !== undefined && depth === 2 && elementStart >= 0 && (b === 0x2c || b === 0x5d)) finishElement();
      if (problem !== undefined) break;
      if (splitting !== undefined && depth === 2 && elementStart < 0 && b !== 0x2c && b !== 0x5d) {
        // An element starts: what came before it goes to the skeleton.
        appendSkeleton(slice(skeletonFrom, at).slice());
        skeletonFrom = at;
        elementStart = at;
      }
      if (elementStart >= 0) elementEnd = at + 1;
      if (b === 0x22) {
        inString = true;
        if (depth === 1) stringStart = at;
      } else if (b === 0x3a && depth === 1) {
        key = lastString === undefined ? undefined : keyOf(lastString);
      } else if (b === 0x2c && depth === 1) {
        key = undefined;
      } else if (b === 0x7b || b === 0x5b) {
        depth++;
        if (depth === 2 && b === 0x5b && (key === 'documents' || key === 'clauses')) splitting = key;
      } else if (b === 0x7d || b === 0x5d) {
        if (depth === 2 && splitting !== undefined) splitting = undefined;
        depth--;
      }
    }
    position += chunk.length;
    // Keep only the chunks that the current element or key still needs; the rest of this
    // chunk, outside any element, goes to the skeleton now.
    if (elementStart < 0 && problem === undefined) {
      appendSkeleton(slice(skeletonFrom, position).slice());
      skeletonFrom = position;
    }
    const keepFrom = Math.min(elementStart >= 0 ? elementStart : position, stringStart >= 0 ? stringStart : position, skeletonFrom);
    retained = retained.filter((held) => held.start + held.bytes.length > keepFrom);
  }
  if (problem === undefined && elementStart >= 0) {
    // The file ended inside an element: leave it in the skeleton, whose scan says so.
    appendSkeleton(slice(skeletonFrom, position).slice());
  }
  const skeleton = concat(skeletonParts, skeletonLength);
  if (problem !== undefined) {
    // The first problem in the file is wanted: one in the skeleton before the element wins.
    const earlier = scanJson(skeleton, { strict: true, maxDepth: MAX_JSON_DEPTH });
    if (earlier && !earlier.truncated) {
      const offset = fileOffset(elisions, earlier.offset);
      if (offset < problem.offset) problem = { ...earlier, offset, firstOffset: earlier.firstOffset === undefined ? undefined : fileOffset(elisions, earlier.firstOffset) };
    }
  }
  return { skeleton, elisions, elements, problem, end: position };
}

const ZERO = new Uint8Array([0x30]);

function indexOrEnd(bytes: Uint8Array, byte: number, from: number): number {
  const found = bytes.indexOf(byte, from);
  return found < 0 ? bytes.length : found;
}

/** The string a key's bytes (quotes included) stand for, or undefined when they are not a valid string (the skeleton's scan will say why). */
function keyOf(bytes: Uint8Array): string | undefined {
  try {
    return JSON.parse(decoder.decode(bytes)) as string;
  } catch {
    return undefined;
  }
}

/** Reads the elements (in file order) in windows of about a chunk, and hands each one over. */
async function readElements(source: ByteSource, elements: readonly Element[], chunk: number, use: (element: Element, bytes: Uint8Array) => void): Promise<void> {
  let window: { start: number; bytes: Uint8Array } | undefined;
  for (const element of elements) {
    if (!window || element.start < window.start || element.end > window.start + window.bytes.length) {
      window = { start: element.start, bytes: await source.read(element.start, Math.max(chunk, element.end - element.start)) };
    }
    use(element, window.bytes.subarray(element.start - window.start, element.end - window.start));
  }
}

/** The file offset of a skeleton offset. */
function fileOffset(elisions: readonly Elision[], offset: number): number {
  let shift = 0;
  for (const elision of elisions) {
    if (elision.at >= offset) break;
    shift += elision.end - elision.start - 1;
  }
  return offset + shift;
}

/** The typed error for a problem at a file offset: line and column counted in the file's bytes up to it. */
async function describe(source: ByteSource, base: number, problem: JsonProblem, file: string): Promise<Error> {
  const until = Math.max(problem.offset, problem.firstOffset ?? 0) + 4;
  const bytes = (await source.read(base, until - base)).slice();
  return describeJsonProblem(bytes, { ...problem, offset: problem.offset - base, firstOffset: problem.firstOffset === undefined ? undefined : problem.firstOffset - base }, file, base);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
