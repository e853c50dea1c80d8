import { LegalClausesError } from '../errors.js';
import { didYouMean } from '../util/did-you-mean.js';
import { quote } from '../util/quote.js';
import { terminalOutput } from '../util/terminal.js';
import { parseCommandArgs, type Io } from './command.js';
import { COMMANDS } from './commands/index.js';

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, negative: 1, badInput: 2, internal: 70 } as const;

/**
 * Runs the CLI with arguments (without `node` and the script) and resolves to the exit code.
 * Bad input prints one line to stderr and gives 2; nothing ever prints a stack trace.
 * Everything printed goes through {@link terminalIo}: no corpus text reaches a terminal raw.
 */
export async function run(args: string[], raw: Io, version: string): Promise<number> {
  const io = terminalIo(raw);
  try {
    return await dispatch(args, io, version);
  } catch (error) {
    if (error instanceof LegalClausesError) {
      io.stderr(`legal-clauses: ${oneLine(error.message)}\n`);
      return EXIT.badInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`legal-clauses: internal error: ${oneLine(message)} (please report it)\n`);
    return EXIT.internal;
  }
}

async function dispatch(args: string[], io: Io, version: string): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = COMMANDS.find((candidate) => candidate.name === topic);
    io.stdout(`${command ? (await command.load()).help : overview()}\n`);
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS.find((candidate) => candidate.name === name);
  if (!entry) {
    const suggestion = didYouMean(name, COMMANDS.map((candidate) => candidate.name));
    const hint = suggestion ? `; did you mean '${suggestion}'?` : '';
    const what = name.startsWith('-') ? 'option' : 'command';
    io.stderr(`legal-clauses: unknown ${what} ${quote(name)}${hint} (commands: ${COMMANDS.map((c) => c.name).join(', ')}; see 'legal-clauses --help')\n`);
    return EXIT.badInput;
  }
  // Only the command that runs is loaded, with what it imports (src/cli/commands/index.ts).
  const command = await entry.load();
  const { values, positionals } = parseCommandArgs(command, rest);
  if (values.help) {
    io.stdout(`${command.help}\n`);
    return EXIT.ok;
  }
  return command.run(values, positionals, io);
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return `Usage: legal-clauses <command> [options]

Versioned bilingual (Chinese/English) legal text: look up, render, diff and check clauses.

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Every command takes --corpus FILE (a corpus JSON file or a directory like clauses/) instead of
the bundled corpus, and --help. 'legal-clauses --version' prints the version.
Exit codes: 0 success; 1 a negative answer (text missing, differences, failed checks); 2 bad input.`;
}

/**
 * The one choke point between the commands and the streams: every line for stdout and stderr
 * (reports, texts, JSON, help, error messages) passes through `terminalOutput`, which writes
 * controls, escape sequences, carriage returns, bidirectional and invisible characters as
 * `⟨U+XXXX⟩`, keeping only our own colour sequences on a colour stdout. JSON writers escape
 * those characters first (as `\uXXXX`), and `--output FILE` bypasses this: a file gets the text
 * byte for byte (docs/security.md).
 */
function terminalIo(io: Io): Io {
  return {
    stdout: (text) => io.stdout(terminalOutput(text, io.colour)),
    stderr: (text) => io.stderr(terminalOutput(text, false)),
    colour: io.colour,
  };
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}
