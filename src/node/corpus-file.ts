/**
 * Reading a corpus JSON file part by part. The file's bytes are scanned once, strictly
 * (src/corpus/scan-json.ts), which also gives where each document and each clause is; then only
 * the documents asked for, and their clauses, are decoded, parsed and validated, one at a time.
 * The whole text is never held as one string beside its parsed and its validated copies: a
 * reader holds the file's bytes and the validated corpus, plus one clause in flight.
 */
import * as z from 'zod';
import { utf8Body } from '../corpus/decode-json.js';
import { checkJsonBytes } from '../corpus/parse-json.js';
import { parseCorpus, toCorpusIssues } from '../corpus/validate.js';
import { AmbiguousDocumentError, CorpusValidationError, UnknownDocumentError, type CorpusIssue } from '../errors.js';
import type { DocumentSelection } from './corpus-directory.js';
import { CORPUS_FORMAT } from '../model/constants.js';
import { checkCorpusReferences } from '../model/references.js';
import { clauseSchema, corpusHashesSchema, documentSchema } from '../model/schema.js';
import type { Clause, Corpus, Document } from '../model/types.js';
import { formatJsonPath } from '../util/json-path.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The corpus file around its documents and clauses, checked on its own. */
const envelopeSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(CORPUS_FORMAT, { error: `format must be '${CORPUS_FORMAT}'` }),
  documents: z.array(z.unknown()),
  clauses: z.array(z.unknown()),
  hashes: corpusHashesSchema.optional(),
});

type Range = readonly [start: number, end: number];

/** Where the parts of a corpus file are, as the scan found them. */
interface Layout {
  /** Byte ranges of the top-level members, by key. */
  members: Map<string, Range>;
  documents: { range: Range; id: Range | undefined }[];
  clauses: { range: Range; document: Range | undefined }[];
  /** Whether the top-level value is an object whose `documents` and `clauses` are arrays. */
  regular: boolean;
}

/**
 * Reads a corpus from the bytes of a corpus JSON file, validating only the documents asked for
 * and the clauses that belong to them.
 *
 * @param bytes - The file's bytes.
 * @param file - The file, for error messages.
 * @param selection - Which documents to read (every one by default).
 * @returns The corpus with those documents and their clauses.
 * @throws The errors of strict parsing, {@link CorpusValidationError},
 *   {@link UnknownDocumentError} for a document the file does not have, and
 *   {@link AmbiguousDocumentError} when one document is needed and none is named.
 */
export function corpusFromBytes(bytes: Uint8Array, file: string, selection: DocumentSelection = {}): Corpus {
  const documents = selection.documents;
  const body = utf8Body(bytes, file);
  const layout: Layout = { members: new Map(), documents: [], clauses: [], regular: true };
  checkJsonBytes(body, file, {
    skipped: bytes.length - body.length,
    values: {
      depth: 3,
      found: (path, start, end) => {
        const [top, index, key] = path;
        if (path.length === 0) layout.regular &&= body[start] === 0x7b; // {
        else if (path.length === 1 && typeof top === 'string') layout.members.set(top, [start, end]);
        else if (typeof index !== 'number') return;
        // A value is reported when it ends: an object's members before the object itself.
        else if (path.length === 2 && top === 'documents') (layout.documents[index] ??= { range: [0, 0], id: undefined }).range = [start, end];
        else if (path.length === 2 && top === 'clauses') (layout.clauses[index] ??= { range: [0, 0], document: undefined }).range = [start, end];
        else if (path.length === 3 && top === 'documents' && key === 'id') (layout.documents[index] ??= { range: [0, 0], id: undefined }).id = [start, end];
        else if (path.length === 3 && top === 'clauses' && key === 'document') (layout.clauses[index] ??= { range: [0, 0], document: undefined }).document = [start, end];
      },
    },
  });
  const parse = (range: Range): unknown => JSON.parse(decoder.decode(body.subarray(range[0], range[1])));
  const isArrayAt = (key: string) => body[layout.members.get(key)?.[0] ?? -1] === 0x5b; // [
  if (!layout.regular || !isArrayAt('documents') || !isArrayAt('clauses')) {
    // Not shaped like a corpus at all: the schema says what is wrong, with every path.
    return parseCorpus(JSON.parse(decoder.decode(body)), file);
  }

  const envelope: Record<string, unknown> = { documents: [], clauses: [] };
  for (const [key, range] of layout.members) if (key !== 'documents' && key !== 'clauses') envelope[key] = parse(range);
  const issues: CorpusIssue[] = [];
  const checked = envelopeSchema.safeParse(envelope);
  if (!checked.success) issues.push(...toCorpusIssues(checked.error.issues, file));

  const idOf = (range: Range | undefined): unknown => (range === undefined ? undefined : parse(range));
  const ids = layout.documents.map((document) => idOf(document.id));
  const known = ids.filter((id): id is string => typeof id === 'string');
  for (const wanted of documents ?? []) if (!known.includes(wanted)) throw new UnknownDocumentError(wanted, known);
  if (selection.single && documents === undefined && known.length > 1) throw new AmbiguousDocumentError(known);
  // A document whose id cannot be read is validated whatever is asked, so that its error shows.
  const selected = (id: unknown) => documents === undefined || typeof id !== 'string' || documents.includes(id);

  /** Validates one part; issues get the part's path in the file. */
  const validate = <S extends z.ZodType>(schema: S, range: Range, at: readonly (string | number)[]): z.output<S> | undefined => {
    const result = schema.safeParse(parse(range));
    if (result.success) return result.data;
    issues.push(...toCorpusIssues(result.error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })), file));
    return undefined;
  };

  const loaded: Document[] = [];
  const documentIndex: number[] = [];
  layout.documents.forEach((document, index) => {
    if (!selected(ids[index])) return;
    const value = validate(documentSchema, document.range, ['documents', index]);
    if (value) {
      loaded.push(value);
      documentIndex.push(index);
    }
  });
  const clauses: Clause[] = [];
  const clauseIndex: number[] = [];
  layout.clauses.forEach((clause, index) => {
    if (!selected(idOf(clause.document))) return;
    const value = validate(clauseSchema, clause.range, ['clauses', index]);
    if (value) {
      clauses.push(value);
      clauseIndex.push(index);
    }
  });
  if (issues.length > 0) throw new CorpusValidationError(issues);

  const { $schema, hashes } = checked.success ? checked.data : { $schema: undefined, hashes: undefined };
  const corpus: Corpus = {
    ...($schema !== undefined && { $schema }),
    format: CORPUS_FORMAT,
    documents: loaded,
    clauses,
    // The hashes of the documents read: a corpus read in part carries what verifies that part.
    ...(hashes !== undefined && {
      hashes: { ...hashes, documents: documents === undefined ? hashes.documents : Object.fromEntries(Object.entries(hashes.documents).filter(([id]) => documents.includes(id))) },
    }),
  };

  const problems = checkCorpusReferences(corpus);
  if (problems.length > 0) {
    throw new CorpusValidationError(
      problems.map(({ message, path }) => {
        // Indices in the corpus read are indices among the parts read: map them back to the file.
        const [top, index, ...rest] = path;
        const original = typeof index === 'number' ? [top!, (top === 'documents' ? documentIndex : clauseIndex)[index] ?? index, ...rest] : path;
        return { file, path: formatJsonPath(original), message, code: 'custom' };
      }),
    );
  }
  return corpus;
}
