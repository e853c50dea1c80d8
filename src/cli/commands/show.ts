import { getClause, getClauseText } from '../../lookup/clauses.js';
import { translationText } from '../../model/plain-text.js';
import { translationIn } from '../../model/translations.js';
import { InvalidArgumentError, InvalidOptionsError, UnknownReferenceError } from '../../errors.js';
import { indexCorpus } from '../../lookup/corpus-index.js';
import { resolveReference } from '../../lookup/references.js';
import type { EditionSelector } from '../../lookup/resolve.js';
import type { Corpus } from '../../model/types.js';
import { choiceOption, stringOption, type Command } from '../command.js';
import { fallbackOption, langOption, noteUnusedFallback, withLanguageFlags } from '../language-options.js';
import { reportJson } from '../../util/report-json.js';
import { loadCorpusOption } from '../load-corpus.js';

export const showCommand: Command = {
  name: 'show',
  help: `Usage: legal-clauses show <clause-id | reference> [--document D] [--edition E | --at DATE] [--lang TAGS]
                          [--fallback LANGS] [--format text|json] [--corpus FILE]

Prints a clause's text exactly as published. The clause is named by its id (image-use) or, in a
document that numbers its articles, by a reference as written: '第4条', 'Section 4', '4'. With --lang, in that language (any BCP 47 tag:
zh-CN and en-GB match zh and en; zh-TW does not get Simplified Chinese unless --fallback zh);
without it, in every language. Exits 1 when the language did not publish the clause.

Options:
  --document D       the document, when the corpus has several
  --edition E        an edition id, such as 2003-04-15 (default: the latest published)
  --at DATE          the edition in force on DATE (YYYY-MM-DD)
  --lang TAGS        the reader's language as BCP 47 tags: zh, zh-CN, en-GB; several in order
                     of preference: zh-TW,en (default: every language)
  --fallback LANGS   languages to use when the requested one has no text or no tag matches
                     (zh, en-GB…; a note says when it can have no effect)
  --format FORMAT    text (default) or json
  --corpus FILE      a corpus JSON file (as written by 'export') or a directory like clauses/`,
  options: {
    document: { type: 'string' },
    edition: { type: 'string' },
    at: { type: 'string' },
    lang: { type: 'string' },
    fallback: { type: 'string' },
    format: { type: 'string' },
  },
  maxPositionals: 1,
  async run(values, positionals, io) {
    const named = positionals[0];
    if (named === undefined) throw new InvalidOptionsError("show needs a clause id, such as 'legal-clauses show image-use', or a reference such as '第4条'");
    const format = choiceOption(values, 'format', ['text', 'json'] as const, 'text');
    const fallback = fallbackOption(values);
    const lang = langOption(values);
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'));
    const selector = { corpus, document: stringOption(values, 'document'), edition: stringOption(values, 'edition'), at: stringOption(values, 'at') };
    const id = clauseIdOf(named, selector);

    if (lang === undefined) {
      const clause = getClause(id, selector);
      noteUnusedFallback(io, { tags: lang, fallback, available: clause.languages, several: 'preference' });
      if (format === 'json') {
        io.stdout(reportJson(clause));
        return 0;
      }
      const parts = clause.languages.map((language) => {
        const translation = translationIn(clause.translations, language);
        const body = translation.status === 'published' ? translationText(translation) : `(not published in ${language} in edition ${clause.edition})`;
        return `[${language}${language === clause.governingLanguage ? ', governing' : ''}]\n${body}\n`;
      });
      io.stdout(parts.join('\n'));
      return 0;
    }

    const text = await withLanguageFlags(() => getClauseText(id, { ...selector, lang, fallback }));
    noteUnusedFallback(io, { tags: lang, fallback, available: getClause(id, selector).languages, several: 'preference' });
    if (format === 'json') {
      io.stdout(reportJson(text));
      return text.status === 'published' ? 0 : 1;
    }
    if (text.status === 'missing') {
      const hint = text.available.length ? `; available: ${text.available.join(', ')} (use --fallback ${text.available[0]})` : '';
      io.stderr(`legal-clauses: clause '${text.id}' was not published in ${text.lang} in edition ${text.edition}${hint}\n`);
      return 1;
    }
    if (text.fallbackFrom !== undefined) {
      io.stderr(`legal-clauses: not published in ${text.fallbackFrom}; showing the ${text.lang} text\n`);
    }
    io.stdout(`${text.text}\n`);
    return 0;
  },
};

/**
 * The clause a name stands for: a clause id of the corpus, or else a reference such as
 * `第4条` resolved in the selected edition. An id that is neither keeps its unknown-clause error.
 */
function clauseIdOf(named: string, selector: EditionSelector & { corpus: Corpus }): string {
  if (indexCorpus(selector.corpus).clauses.has(named)) return named;
  try {
    return resolveReference(named, selector).id;
  } catch (error) {
    if (error instanceof UnknownReferenceError || error instanceof InvalidArgumentError) return named;
    throw error;
  }
}
