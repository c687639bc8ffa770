/** Prose cells outside every recognised table, and the short headings that may name their subject. */
import { lexicon } from '../../../lexicon';
import type { TableValues } from '../../../layout/table-values';
import type { WorkbookData } from '../../../model/grid';
import { OWN_SHEET_NAMES } from '../../../model/write-plan';

/** Shortest prose cell read outside tables (the "long text"). */
export const MIN_PROSE_LENGTH = 80;

export interface ProseCell {
  sheet: string;
  row: number;
  col: number;
  text: string;
  /** A short text cell: read only for the subject it names. */
  heading: boolean;
}

/**
 * Text cells outside every recognised table (and not a table's title), sheet by sheet, column by column:
 * long ones are prose to check, short ones with words are headings that may name the subject below them.
 */
export function proseCells(wb: WorkbookData, tables: TableValues[]): ProseCell[] {
  const own = new Set<string>(OWN_SHEET_NAMES);
  const titles = new Set(tables.map(t => (t.table.title ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean));
  const out: ProseCell[] = [];
  for (const sheet of wb.sheets) {
    if (own.has(sheet.name)) continue;
    const boxes = tables.filter(t => t.table.sheet === sheet.name).map(t => t.table);
    for (let r = 0; r < sheet.rowCount; r++) {
      for (let c = 0; c < sheet.colCount; c++) {
        const cell = sheet.cells[r]?.[c];
        if (!cell || typeof cell.value !== 'string') continue;
        const text = cell.value.replace(/[ \t\u00a0]+/g, ' ').trim();
        const heading = text.length <= MIN_PROSE_LENGTH;
        if (heading && !/\p{L}{3}/u.test(text)) continue;
        const row = r + sheet.originRow;
        const col = c + sheet.originCol;
        if (boxes.some(t => row >= Math.min(...t.headerRows) && row <= t.bodyBottom && col >= t.left && col <= t.right)) continue;
        if (titles.has(text) || lexicon.words.narasiCaption.test(text)) continue;
        out.push({ sheet: sheet.name, row, col, text, heading });
      }
    }
  }
  // A heading matters only right above prose (within two rows, same column); the rest are not read.
  const prose = new Set(out.filter(p => !p.heading).map(p => `${p.sheet}\u0000${p.col}\u0000${p.row}`));
  const aboveProse = (p: ProseCell) => [1, 2].some(d => prose.has(`${p.sheet}\u0000${p.col}\u0000${p.row + d}`));
  return out.filter(p => !p.heading || aboveProse(p)).sort((a, b) => (a.sheet === b.sheet ? a.col - b.col || a.row - b.row : 0));
}
