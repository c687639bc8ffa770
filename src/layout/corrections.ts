import type { TableKind } from '../model/report';
import type { TableCorrection } from '../model/table-correction';
import { columnNumber, rangeA1 } from '../model/address';
import { lastCol, type WorkbookData } from '../model/grid';
import { readBody } from './body';
import { markedTable, tableArea, TABLE_KINDS } from './marked-table';
import { overlaps } from '../model/address';
import type { Recognition, RecognisedTable } from '../model/recognition';
import { SheetView } from './sheet-view';

/** Excel's last column, XFD. */
const MAX_COLUMN = 16384;

/**
 * Applies the user's corrections remembered in the workbook (or given to the CLI).
 * - A correction with a `range` is a table marked by hand: it becomes a table of its kind and column roles, and
 *   replaces every recognised table it overlaps; with `ignore`, the range is left out.
 * - Any other correction fixes the kind, column roles or ignore flag of a recognised table, named by sheet and
 *   first header row so it survives added rows below.
 * Never throws: what cannot be used is dropped with a sentence in the table's notes or the recognition's notices.
 */
export function applyCorrections(rec: Recognition, corrections: TableCorrection[], wb: WorkbookData): Recognition {
  if (!corrections.length) return rec;
  const marked = corrections.filter(c => c.range !== undefined);
  const fixes = corrections.filter(c => c.range === undefined);
  let tables: RecognisedTable[] = rec.tables;
  const notices = [...rec.notices];
  const byHand: RecognisedTable[] = [];

  for (const c of marked) {
    const sheet = wb.sheets.find(s => s.name === c.sheet);
    const sameSheet = (t: RecognisedTable) => t.sheet === c.sheet;
    const probe = markedTable({ ...c, ignore: true }, sheet);
    const replaced = probe.area ? [...tables, ...byHand].filter(t => sameSheet(t) && overlaps(tableArea(t), probe.area!)) : [];
    const result = c.ignore ? probe : markedTable(c, sheet, replaced);
    notices.push(...result.notices);
    // A marking that cannot be used leaves what recognition found.
    if (!result.area || (!c.ignore && !result.table)) continue;
    tables = tables.filter(t => !replaced.includes(t));
    for (const t of replaced) {
      const i = byHand.indexOf(t);
      if (i >= 0) byHand.splice(i, 1);
    }
    if (c.ignore) {
      const a = result.area;
      notices.push(`Rentang ${c.sheet}!${rangeA1(a.top, a.left, a.bottom, a.right)} diabaikan sesuai koreksi pengguna.`);
      continue;
    }
    if (result.table) {
      if (replaced.length) result.table.notes.push(`menggantikan tabel yang dikenali di ${replaced.map(t => rangeA1(tableArea(t).top, t.left, t.bodyBottom, t.right)).join(', ')}`);
      byHand.push(result.table);
    }
  }

  const fixed: RecognisedTable[] = [];
  for (const t of tables) {
    const fix = fixes.find(c => c.sheet === t.sheet && c.headerRow === t.headerRows[0]);
    if (!fix) fixed.push(t);
    else if (!fix.ignore) fixed.push(applyFix(t, fix, wb));
  }
  if (!byHand.length) return { ...rec, tables: fixed, notices };
  const order = new Map(wb.sheets.map(s => [s.name, s.index]));
  const all = [...fixed, ...byHand].sort(
    (a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || tableArea(a).top - tableArea(b).top || a.left - b.left,
  );
  return { ...rec, tables: all, notices };
}

/** Kind and column-role fixes of one recognised table. */
function applyFix(t: RecognisedTable, fix: TableCorrection, wb: WorkbookData): RecognisedTable {
  const next = { ...t, columns: { ...t.columns }, notes: [...t.notes] };
  if (fix.kind && TABLE_KINDS.includes(fix.kind as TableKind)) {
    next.kind = fix.kind as TableKind;
    next.notes.push('jenis tabel dikoreksi pengguna');
  }
  const sheet = wb.sheets.find(x => x.name === t.sheet);
  if (fix.columns) {
    for (const [role, letter] of Object.entries(fix.columns)) {
      if (!letter) {
        delete next.columns[role];
        continue;
      }
      const col = /^[A-Za-z]{1,3}$/.test(letter) ? columnNumber(letter) : NaN;
      // A stored correction may outlive the table it was made for: a column outside the sheet's
      // used range would point at nothing, so it is dropped and said.
      const sheetRight = sheet ? lastCol(sheet) : t.right;
      if (!(col >= 1 && col <= Math.min(MAX_COLUMN, sheetRight))) {
        next.notes.push(`koreksi kolom ${role} = ${letter} diabaikan: di luar lembar yang berisi data`);
        continue;
      }
      for (const [r, m] of Object.entries(next.columns)) if (m.col === col) delete next.columns[r];
      next.columns[role] = { col, header: t.columns[role]?.header ?? letter, reason: 'dikoreksi pengguna', score: 1 };
    }
    if (sheet) next.rows = readBody({ view: new SheetView(sheet), top: t.bodyTop, bottom: t.bodyBottom, left: t.left, right: t.right, columns: next.columns });
  }
  return next;
}
