import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InvalidOptionsError } from '../errors.js';

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
    throw new InvalidOptionsError(`${describeParseError(error)}; see 'legal-clauses ${command.name} --help'`);
  }
  if (parsed.positionals.length > command.maxPositionals && !parsed.values.help) {
    const extra = parsed.positionals.slice(command.maxPositionals).map((p) => `'${p}'`).join(' ');
    throw new InvalidOptionsError(`unexpected argument ${extra}; see 'legal-clauses ${command.name} --help'`);
  }
  return { values: parsed.values as ParsedValues, positionals: parsed.positionals };
}

/** A string option's value, or undefined. */
export function stringOption(values: ParsedValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A string option restricted to a closed set of values. */
export function choiceOption<T extends string>(values: ParsedValues, name: string, choices: readonly T[], fallback: T): T {
  const value = stringOption(values, name);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new InvalidOptionsError(`--${name} must be one of ${choices.join(', ')} (received '${value}')`);
  }
  return value as T;
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${option ?? message}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message) ? `option '${option}' needs a value` : `option '${option}' takes no value`;
  }
  return message.split('\n')[0]!;
}
