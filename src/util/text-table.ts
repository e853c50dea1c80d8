/** Plain-text tables for terminals, columns padded by display width (CJK characters take two). */
import { displayWidth as width } from './unicode.js';

/**
 * A plain-text table: a header row, then the rows, each column padded to its widest cell (the
 * last column is not padded), two spaces between columns, every line ending with a line break.
 *
 * @param header - The column titles.
 * @param rows - The cells, row by row.
 * @returns The table's lines.
 * @example
 * formatTable(['#', 'clause'], [['1', 'acceptance']]);
 * //=> '#  clause\n1  acceptance\n'
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(width(title), ...rows.map((row) => width(row[column] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : pad(cell, widths[column]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}
