/**
 * What the review formats show of a redline, in one place: a flat list of pieces per line,
 * each saying how to mark it (substantive, typographic, moved, ignored). The terminal, Markdown
 * and HTML formatters only choose the syntax for each kind of piece.
 */
import { textAfter } from './segments.js';
import type { Segment, TypographicKind } from './types.js';
import { displayValue } from './visible.js';

/** One piece of a line of a redline, as the review formats show it. */
export type DisplayPiece =
  | { kind: 'equal'; text: string }
  /** Text inside a moved unit that its move did not change. */
  | { kind: 'moved'; text: string }
  /** `typographic` is null for a substantive change, else the kinds that explain it. */
  | { kind: 'removed' | 'added'; text: string; typographic: TypographicKind[] | null }
  /** The place a unit moved away from, with its old text. */
  | { kind: 'move-from'; move: number; text: string }
  /** Where a moved unit now starts (its own redline follows) and ends. */
  | { kind: 'move-start' | 'move-end'; move: number };

/**
 * The lines a review format shows for a redline: whitespace-only changes as symbols
 * (`displayValue`), a moved unit as its old text where it was and its own redline where it
 * is, and typographic changes of an ignored kind as the new text, unmarked.
 *
 * @param segments - A redline.
 * @param ignore - Typographic kinds to show unmarked. @default []
 * @returns One list of pieces per line of the text, without the line breaks.
 * @example
 * displayPieces([{ type: 'equal', value: 'a ' }, { type: 'removed', value: 'B', class: 'typographic', kinds: ['case'] }, { type: 'added', value: 'b', class: 'typographic', kinds: ['case'] }], ['case']);
 * //=> [[{ kind: 'equal', text: 'a ' }, { kind: 'equal', text: 'b' }]]
 */
export function displayPieces(segments: readonly Segment[], ignore: readonly TypographicKind[] = []): DisplayPiece[][] {
  const lines: DisplayPiece[][] = [[]];
  const text = (piece: Extract<DisplayPiece, { text: string }>) => {
    // Carriage returns are shown as ⟨U+000D⟩ by displayValue: only line feeds end a line.
    piece.text.split('\n').forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== '') lines.at(-1)!.push({ ...piece, text: part } as DisplayPiece);
    });
  };
  const walk = (list: readonly Segment[], inMove: boolean) => {
    for (const segment of list) {
      if (segment.type === 'equal') {
        text({ kind: inMove ? 'moved' : 'equal', text: displayValue(segment) });
        continue;
      }
      if (segment.move !== undefined) {
        if (segment.type === 'removed') {
          text({ kind: 'move-from', move: segment.move, text: displayValue(segment) });
          continue;
        }
        const edits = segment.edits ?? [{ type: 'equal' as const, value: segment.value }];
        const core = textAfter(edits);
        const at = segment.value.indexOf(core);
        const lead = at > 0 ? segment.value.slice(0, at) : '';
        const trail = segment.value.slice(lead.length + core.length);
        if (lead !== '') text({ kind: 'equal', text: displayValue({ type: 'equal', value: lead }) });
        lines.at(-1)!.push({ kind: 'move-start', move: segment.move });
        walk(edits, true);
        lines.at(-1)!.push({ kind: 'move-end', move: segment.move });
        if (trail !== '') text({ kind: 'equal', text: displayValue({ type: 'equal', value: trail }) });
        continue;
      }
      const kinds = segment.class === 'typographic' ? (segment.kinds ?? []) : null;
      if (kinds !== null && kinds.every((kind) => ignore.includes(kind))) {
        if (segment.type === 'added') text({ kind: inMove ? 'moved' : 'equal', text: displayValue({ type: 'equal', value: segment.value }) });
        continue;
      }
      text({ kind: segment.type, text: displayValue(segment), typographic: kinds });
    }
  };
  walk(segments, false);
  return lines;
}
