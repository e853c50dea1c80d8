/**
 * Every JSON file is read strictly (issue 13): duplicate keys, lone surrogates, invalid UTF-8,
 * other encodings and deep nesting are refused with a typed error naming the file and where in
 * it, instead of being accepted silently or crashing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run.js';
import { corpus, DuplicateKeyError, IllFormedUnicodeError, InvalidEncodingError, InvalidJsonError, LimitExceededError, type Corpus } from '../../src/index.js';
import { corpusHashes, createLock, verifyAcceptanceRecord, verifyLock, createAcceptanceRecord } from '../../src/checks.js';
import { exportCorpus, parseCorpus, parseCorpusJson } from '../../src/schema.js';
import { MAX_JSON_DEPTH } from '../../src/node.js';
import { findJsonSyntaxError } from '../../src/corpus/json-syntax-error.js';
import { hasStackTrace } from '../helpers/cli.js';
import { mutableCorpus, writeCorpusDirectory, writeTempFile } from '../helpers/corpus.js';

/** In-process, as the executable runs it (test/helpers/run.ts). */
const cli = (args: string[]) => runInProcess(args);

function expectRefused(result: { status: number; stdout: string; stderr: string }, message: RegExp) {
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/^legal-clauses: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
  expect(hasStackTrace(result.stderr)).toBe(false);
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

const exported = exportCorpus(corpus);
const pretty = `${JSON.stringify(JSON.parse(exported), null, 2)}\n`;

describe('duplicate keys', () => {
  it('are refused, naming the key, its JSON path and the line and column of both', () => {
    const text = pretty.replace(/("text": "If you access and use[^"]*")/, '$1, "text": "SECRETLY DIFFERENT"');
    const error = thrown(() => parseCorpusJson(text, 'corpus.json'));
    expect(error).toBeInstanceOf(DuplicateKeyError);
    const line = text.split('\n').findIndex((candidate) => candidate.includes('SECRETLY')) + 1;
    const first = text.split('\n')[line - 1]!.indexOf('"text"') + 1;
    const second = text.split('\n')[line - 1]!.lastIndexOf('"text"') + 1;
    expect(error.message).toBe(
      `corpus.json: duplicate key "text" at clauses[0].editions["2003-04-15"].en.blocks[0].text (line ${line}, column ${first} and again at line ${line}, column ${second}): a key may appear only once in an object, or the last one would silently win`,
    );
    expect(error).toMatchObject({ key: 'text', path: 'clauses[0].editions["2003-04-15"].en.blocks[0].text', first: { line, column: first }, second: { line, column: second } });
  });

  it('are refused when one of them is written with escapes', () => {
    expect(() => parseCorpusJson('{"format": "a", "\\u0066ormat": "b"}', 'x.json')).toThrow(/duplicate key "format" at format \(line 1, column 2 and again at line 1, column 17\)/);
  });

  it('are told apart from a key that starts with U+FEFF (a byte order mark inside a string is text)', () => {
    // Not a duplicate: the schema then finds the unknown key.
    expect(() => parseCorpusJson('{"format": "a", "\ufeffformat": "b"}', 'x.json')).toThrow(expect.objectContaining({ issues: expect.arrayContaining([expect.objectContaining({ message: 'Unrecognized key: "\ufeffformat"' })]) }));
    expect(() => parseCorpusJson('{"\ufeffa": 1, "a": 2}', 'x.json')).not.toThrow(DuplicateKeyError);
  });

  it('are found in objects of any size', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `"k${i}": ${i}`);
    expect(() => parseCorpusJson(`{${keys.join(',')}, "k42": 0}`, 'x.json')).toThrow(DuplicateKeyError);
    expect(() => parseCorpusJson(`{${keys.join(',')}}`, 'x.json')).toThrow(/^x\.json: format: /); // no duplicate: on to the schema
  });
});

describe('ill-formed Unicode', () => {
  it('refuses an escaped lone surrogate, naming the file, the JSON path, line and column', () => {
    const text = exported.replace('If you access and use', 'If you \\ud83d access and use');
    const error = thrown(() => parseCorpusJson(text, 'corpus.json')) as IllFormedUnicodeError;
    expect(error).toBeInstanceOf(IllFormedUnicodeError);
    expect(error.message).toMatch(
      /^corpus\.json: ill-formed Unicode in the string at clauses\[0\]\.editions\["2003-04-15"\]\.en\.blocks\[0\]\.text, line 1, column \d+: \\ud83d is a high surrogate with no low surrogate after it; text must be well-formed Unicode/,
    );
    expect(error.position?.column).toBe(text.indexOf('\\ud83d') + 1);
  });

  it('refuses a low surrogate alone and a high one followed by anything but a low one', () => {
    for (const bad of ['\\udc00', '\\ud800a', '\\ud800\\n', '\\ud800\\ud800', '\\ud800😀']) {
      expect(() => parseCorpusJson(`{"a": "${bad}"}`, 'x.json'), bad).toThrow(IllFormedUnicodeError);
    }
  });

  it('accepts a pair written as two escapes, and astral characters as they are', () => {
    expect(() => parseCorpusJson('{"a": "\\ud83d\\ude00 😀"}', 'x.json')).toThrow(/^x\.json: (\(top level\)|a|format)/);
  });

  it('refuses a lone surrogate written raw in the text given to parseCorpusJson', () => {
    expect(() => parseCorpusJson('{"format": "x\ud800y"}', 'x.json')).toThrow(/^x\.json: ill-formed Unicode in the string at format, line 1, column 14: \\ud800 is a high surrogate/);
  });
});

describe('a locked text edited to hold a lone surrogate', () => {
  /** FIXTURE, not published text: the acceptance clause's English text replaced by "Pay \ufffd100 now". */
  function corpusSaying(text: string): Corpus {
    const data = mutableCorpus();
    data.clauses[0].editions['2003-04-15'].en.blocks[0].text = text;
    return data as Corpus;
  }

  it('no longer passes check: the corpus file is refused on reading', async () => {
    const root = writeCorpusDirectory(corpusSaying('Pay \ufffd100 now'));
    expect((await cli(['check', '--update', '--corpus', root])).status).toBe(0);
    expect((await cli(['check', '--corpus', root])).status).toBe(0);
    const file = join(root, 'disclaimer', 'clauses', 'acceptance.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Pay \ufffd100 now', 'Pay \\ud83d100 now'));
    expectRefused(await cli(['check', '--corpus', root]), /acceptance\.json: ill-formed Unicode in the string at editions\["2003-04-15"\]\.en\.blocks\[0\]\.text, line \d+, column \d+: \\ud83d is a high surrogate/);
  });

  it('cannot be hashed, so neither the lock nor an acceptance record verifies it', () => {
    const locked = createLock(corpusSaying('Pay \ufffd100 now'));
    const edited = parseCorpus(corpusSaying('Pay \ud83d100 now'));
    expect(() => verifyLock(edited, locked)).toThrow(IllFormedUnicodeError);
    expect(() => corpusHashes(edited)).toThrow(/ill-formed Unicode at offset 4: \\ud83d is a high surrogate with no low surrogate after it; hashes are defined on well-formed text only/);
    const record = createAcceptanceRecord(corpusSaying('Pay \ufffd100 now'), { lang: 'en', clause: 'acceptance' });
    expect(verifyAcceptanceRecord(edited, record)).toMatchObject({ valid: false, status: 'hash-mismatch', message: expect.stringMatching(/^ill-formed Unicode at offset 4/) });
  });
});

describe('deep nesting', () => {
  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels with LimitExceededError, not a stack overflow`, () => {
    for (const text of ['['.repeat(10_000), `${'['.repeat(100_000)}${']'.repeat(100_000)}`, `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`]) {
      const error = thrown(() => parseCorpusJson(text, 'deep.json'));
      expect(error).toBeInstanceOf(LimitExceededError);
      expect(error.message).toMatch(new RegExp(`^deep\\.json: JSON nested deeper than ${MAX_JSON_DEPTH} levels at .* \\(line 1, column ${MAX_JSON_DEPTH + 1}|\\d+\\)`));
    }
  });

  it(`accepts ${MAX_JSON_DEPTH} levels`, () => {
    const text = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(() => parseCorpusJson(text, 'x.json')).toThrow(/^x\.json: \(top level\): Invalid input: expected object, received array$/);
  });

  it('is scanned for syntax errors without recursion, at any depth', () => {
    expect(findJsonSyntaxError('['.repeat(100_000))).toEqual({ offset: 100_000, reason: 'it ends too early', truncated: true });
    expect(findJsonSyntaxError(`${'['.repeat(100_000)}1}`)).toMatchObject({ offset: 100_001, reason: "unexpected '}' (expected ',' or ']')" });
  });

  it('in a lock or a lint configuration is one line and exit 2', async () => {
    const deep = writeTempFile('deep.json', '['.repeat(10_000));
    const root = writeCorpusDirectory(corpus);
    expectRefused(await cli(['check', '--corpus', root, '--lock', deep]), /deep\.json: JSON nested deeper than 64 levels/);
    expectRefused(await cli(['lint', '--corpus', root, '--config', deep]), /deep\.json: JSON nested deeper than 64 levels/);
  });
});

describe('encodings', () => {
  it('refuses invalid UTF-8 in a lock, naming the byte offset, line and column', async () => {
    const root = writeCorpusDirectory(corpus);
    const lock = join(root, 'lock.json');
    writeFileSync(lock, Buffer.concat([Buffer.from('{\n  "format": "legal-clauses/lock@1", "documents": {"caf'), Buffer.from([0xe9]), Buffer.from('": {}}}\n')]));
    expectRefused(await cli(['check', '--corpus', root]), /lock\.json: not valid UTF-8: a character cut short \(byte 0xE9 followed by 0x22\), at byte 56 \(line 2, column 55\) in the string at documents; save the file as UTF-8/);
  });

  it.each([
    ['UTF-16LE', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'it starts with the UTF-16LE byte order mark'],
    ['UTF-16LE', (text: string) => Buffer.from(text, 'utf16le'), 'every other byte is NUL, starting with the second'],
    ['UTF-16BE', (text: string) => Buffer.from(text, 'utf16le').swap16(), 'every other byte is NUL, starting with the first'],
    ['UTF-32LE', (text: string) => Buffer.from([...text].flatMap((char) => [char.charCodeAt(0), 0, 0, 0])), 'its first character is an ASCII byte and three NUL bytes'],
  ])('names %s in a lint configuration (%s)', async (encoding, encode, evidence) => {
    const config = writeTempFile('lint.json', '');
    writeFileSync(config, encode('{"terms": []}'));
    expectRefused(await cli(['lint', '--config', config]), new RegExp(`lint\\.json: the file is ${encoding}, expected UTF-8 \\(${evidence}\\); save it as UTF-8`));
  });

  it.each([
    [[0xff], 'byte 0xFF never occurs in UTF-8 (is the file in another encoding, such as GBK or Latin-1?)'],
    [[0xed, 0xa0, 0x80], 'an encoded surrogate (CESU-8), which UTF-8 forbids'],
    [[0x80], 'byte 0x80 continues a character that never started'],
    [[0xe4, 0xb8], 'a character cut short (byte 0xE4 followed by 0x22)'],
  ])('refuses the bytes %j, saying why', async (bad, reason) => {
    const config = writeTempFile('lint.json', '');
    writeFileSync(config, Buffer.concat([Buffer.from('{"terms": [{"term": "'), Buffer.from(bad), Buffer.from('", "reason": "r"}]}')]));
    const result = await cli(['lint', '--config', config]);
    expectRefused(result, new RegExp(`lint\\.json: not valid UTF-8: ${reason.replace(/[()?.]/g, '\\$&')}, at byte 21 \\(line 1, column 22\\) in the string at terms\\[0\\]\\.term`));
  });

  it('refuses a file cut inside a character, and says so', async () => {
    const config = writeTempFile('lint.json', '');
    writeFileSync(config, Buffer.concat([Buffer.from('{"terms": "'), Buffer.from([0xe4, 0xb8])]));
    const error = (await cli(['lint', '--config', config])).stderr;
    expect(error).toMatch(/not valid UTF-8: the file ends inside a character \(byte 0xE4 starts a 3-byte sequence\), at byte 11/);
    expect(InvalidEncodingError.name).toBe('InvalidEncodingError');
  });

  it('still reads a UTF-8 byte order mark, and says where a syntax error is', async () => {
    const config = writeTempFile('lint.json', '\ufeff{"terms": []}');
    expect((await cli(['lint', '--config', config, '--fail-on', 'never'])).status).toBe(0);
    writeFileSync(config, '{\n  "terms": [,]\n}');
    expectRefused(await cli(['lint', '--config', config]), /lint\.json: not valid JSON: unexpected ',' \(expected a value\) at line 2, column 13/);
    expect(InvalidJsonError.name).toBe('InvalidJsonError');
  });
});
