import type { TableKind } from '../engine/report';
import type { TableCorrection } from '../usecase/settings';
import { columnNumber } from '../workbook/address';
import { lastCol, type WorkbookData } from '../workbook/grid';

/** Excel's last column, XFD. */
const MAX_COLUMN = 16384;
import { readBody } from './body';
import type { Recognition } from './model';
import { SheetView } from './sheet-view';

const KINDS: TableKind[] = ['dpa', 'perjanjian_kinerja', 'realisasi_kinerja', 'realisasi_anggaran', 'efisiensi'];

/**
 * Applies the user's corrections (kind, column roles, ignore) remembered in the workbook.
 * A correction names its table by sheet and first header row, so it survives added rows below.
 */
export function applyCorrections(rec: Recognition, corrections: TableCorrection[], wb: WorkbookData): Recognition {
  if (!corrections.length) return rec;
  const tables = [];
  for (const t of rec.tables) {
    const fix = corrections.find(c => c.sheet === t.sheet && c.headerRow === t.headerRows[0]);
    if (!fix) {
      tables.push(t);
      continue;
    }
    if (fix.ignore) continue;
    const next = { ...t, columns: { ...t.columns }, notes: [...t.notes] };
    if (fix.kind && KINDS.includes(fix.kind as TableKind)) {
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
    tables.push(next);
  }
  return { ...rec, tables };
}
