import { displayWidth as width } from '../util/unicode.js';

/** A plain-text table with a header row and columns padded to their widest cell. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(width(title), ...rows.map((row) => width(row[column] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : pad(cell, widths[column]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}
