import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InvalidOptionsError } from '../errors.js';
import { didYouMean } from '../util/did-you-mean.js';
import { quote } from '../util/quote.js';

/** Where a command writes. Tests pass buffers; the bin passes the process streams. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a colour-capable terminal (for formatters that colour). */
  colour: boolean;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * One sub-command of the CLI: its options, its help text, and what it does. Its one-line
 * summary is in the command list (src/cli/commands/index.ts), which loads a command only
 * when it runs.
 */
export interface Command {
  name: string;
  /** The usage line(s) and option help, printed by `--help`. */
  help: string;
  options: Options;
  /** Positional arguments allowed: at most this many. */
  maxPositionals: number;
  /** Runs the command; resolves to the exit code. */
  run(values: ParsedValues, positionals: string[], io: Io): Promise<number>;
}

/** Option values as parseArgs gives them. */
export type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  corpus: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** Parses a command's arguments; anything unexpected is an {@link InvalidOptionsError}. */
export function parseCommandArgs(command: Command, args: string[]): { values: ParsedValues; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...COMMON_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new InvalidOptionsError(`${describeParseError(error, command)}; see 'legal-clauses ${command.name} --help'`);
  }
  if (parsed.positionals.length > command.maxPositionals && !parsed.values.help) {
    const extra = parsed.positionals.slice(command.maxPositionals).map(quote).join(' ');
    throw new InvalidOptionsError(`unexpected argument ${extra}; see 'legal-clauses ${command.name} --help'`);
  }
  // The library's own message names its options (`edition`, `at`); the CLI names its flags.
  const values = parsed.values as ParsedValues;
  if (values.edition !== undefined && values.at !== undefined) {
    throw new InvalidOptionsError(`--edition and --at both choose the edition: give one of them; see 'legal-clauses ${command.name} --help'`);
  }
  return { values, positionals: parsed.positionals };
}

/** A string option's value, or undefined. */
export function stringOption(values: ParsedValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A string option restricted to a closed set of values; a near miss gets a suggestion. */
export function choiceOption<T extends string>(values: ParsedValues, name: string, choices: readonly T[], fallback: T): T {
  const value = stringOption(values, name);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) throw unknownValue(name, value, choices);
  return value as T;
}

/**
 * The error for an option value outside its closed set: what was received (cut when long),
 * the closest value, and every value the option takes.
 *
 * @param name - The option, without `--`.
 * @param value - What was received.
 * @param choices - What the option takes.
 * @returns The error to throw.
 * @example
 * unknownValue('fail-on', 'warn', ['error', 'warning', 'note', 'never']).message;
 * //=> "--fail-on must be one of error, warning, note, never (received 'warn'); did you mean 'warning'?"
 */
export function unknownValue(name: string, value: string, choices: readonly string[]): InvalidOptionsError {
  const suggestion = didYouMean(value, choices);
  const hint = suggestion === undefined ? '' : `; did you mean '${suggestion}'?`;
  return new InvalidOptionsError(`--${name} must be one of ${choices.join(', ')} (received ${quote(value)})${hint}`);
}

function describeParseError(error: unknown, command: Command): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    // `--lang=zh-CN` is one argument: the option is what comes before '='.
    const name = option?.split('=')[0];
    const known = Object.keys({ ...COMMON_OPTIONS, ...command.options }).map((key) => `--${key}`);
    const suggestion = name === undefined ? undefined : didYouMean(name, known);
    return `unknown option ${quote(name ?? message)}${suggestion === undefined ? '' : `; did you mean '${suggestion}'?`}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message) ? `option '${option}' needs a value` : `option '${option}' takes no value`;
  }
  return message.split('\n')[0]!;
}
