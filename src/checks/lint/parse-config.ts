/**
 * Reading the lint configuration's text (`clauses/lint.json`): the term list, and severities
 * per rule, validated with errors naming the file and the path inside it. zod lives here, away
 * from the checks entry, which apps bundle (test/checks/entry.test.ts): the `schema` entry
 * exports {@link parseLintConfig}; `readLintConfigFile` in the `node` entry reads the file.
 */
import { checkArguments } from '../../util/arguments.js';
import { FILE, text as TEXT } from '../arguments.js';
import * as z from 'zod';
import { parseJsonText } from '../../corpus/parse-json.js';
import { validateWith } from '../../corpus/validate.js';
import { LANGUAGES } from '../../model/constants.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { SEVERITIES } from '../types.js';
import { LINT_RULES } from './rules.js';
import type { LintConfig } from './types.js';
import { lintConfigFromValidated } from '../validated-files.js';

const severity = z.enum(SEVERITIES as ['error', 'warning', 'note']);
const ruleIds = LINT_RULES.map((rule) => rule.id);

const lintConfigSchema = z.strictObject({
  $comment: z.string().optional(),
  terms: z
    .array(
      z.strictObject({
        term: z.string().min(1, { error: 'a term must not be empty' }),
        reason: z.string().min(1, { error: 'say why the term is worth a look' }),
        documents: z.array(z.string()).optional(),
        editions: z.array(z.string()).optional(),
        languages: z.array(z.enum(LANGUAGES)).optional(),
        severity: severity.optional(),
      }),
    )
    .optional(),
  rules: z
    .record(z.string(), z.union([severity, z.literal('off')], { error: "expected 'error', 'warning', 'note' or 'off'" }))
    .superRefine((rules, ctx) => {
      for (const id of Object.keys(rules)) {
        if (ruleIds.includes(id)) continue;
        const suggestion = didYouMean(id, ruleIds);
        ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; the rules are ${ruleIds.join(', ')}` });
      }
    })
    .optional(),
});

/**
 * Reads a lint configuration file's text.
 *
 * @param text - The JSON text, such as the content of `clauses/lint.json`.
 * @param file - Where it came from, for error messages.
 * @returns The configuration.
 * @throws {InvalidJsonError} When the text is not JSON.
 * @throws {CorpusValidationError} When the JSON is not a lint configuration; issues name the file and path.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * parseLintConfig('{"terms":[{"term":"Alibaba.com","reason":"another site"}]}').terms?.[0]?.term;
 * //=> 'Alibaba.com'
 */
export function parseLintConfig(text: string, file = '<lint config>'): LintConfig {
  checkArguments('parseLintConfig', ['text', text, TEXT], ['file', file, FILE]);
  return lintConfigFromValidated(validateWith(lintConfigSchema, parseJsonText(text, file), file));
}
