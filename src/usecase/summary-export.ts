/**
 * The exported summary as what it is: a copy of values. In the workbook the summary's numbers are formulas on
 * the source cells; in a separate file those references point nowhere, so the copy keeps values only, says at
 * the top of every sheet when and from which workbook they were taken, keeps each source cell as plain text
 * ("'Capaian Kinerja'!E21", not a dead link) and shows numbers with thousands separators, which Excel draws
 * in id-ID as 1.234.567,89.
 */
import type { PlannedCell, SheetWrite } from '../model/write-plan';
import { LIVE_FORMULA_NOTE, SUMMARY_SHEET } from './summary-sheet';

export interface ExportStamp {
  /** Name of the workbook the values were read from. */
  workbook: string;
  /** When the run read them. */
  takenAt: Date;
}

/** "5 Januari 2026 pukul 14.30" (local time, id-ID). */
export function stampDate(d: Date): string {
  const day = d.toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = d.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', hour12: false });
  return `${day} pukul ${time}`;
}

export function stampText(s: ExportStamp): string {
  return (
    `Angka di buku kerja ini adalah nilai (bukan rumus) yang diambil pada ${stampDate(s.takenAt)} dari buku kerja "${s.workbook}". ` +
    'Angka ini tidak ikut berubah bila buku kerja sumber diubah; jalankan Hitung Capaian lagi lalu ekspor ulang untuk memperbaruinya.'
  );
}

/** Number formats as the report prints them: thousands separators everywhere. */
const GROUPED: Record<string, string> = { '0': '#,##0', '0.00': '#,##0.00', '0.0': '#,##0.0', General: '' };

/** A format for a number the plan left unformatted: its own decimals (up to 4), grouped. */
function formatFor(n: number): string {
  if (Number.isInteger(n)) return '#,##0';
  const decimals = Math.min(4, (String(n).split('.')[1] ?? '').length);
  return `#,##0.${'0'.repeat(Math.max(1, decimals))}`;
}

/** "'Capaian Kinerja'!E21" → "E21". */
function addressOf(link: string): string {
  return link.slice(link.lastIndexOf('!') + 1);
}

function valueCell(cell: PlannedCell, inSummary: boolean, column: number): PlannedCell {
  // Values only: the formula is dropped, the link becomes text below.
  const { link } = cell;
  const out: PlannedCell = { ...cell, value: cell.value ?? null };
  delete out.formula;
  delete out.link;
  if (link) {
    // The source cell as text: in the summary it names its sheet, which has no column of its own there.
    const text = String(cell.value ?? '');
    out.value = inSummary && text === addressOf(link) ? link : text;
    out.numFmt = '@';
    return out;
  }
  if (typeof out.value === 'number') {
    const grouped = out.numFmt !== undefined ? GROUPED[out.numFmt] : undefined;
    if (grouped !== undefined) out.numFmt = grouped || undefined;
    // Unformatted numbers of the summary (target, realisasi) get separators; column A is the row number.
    if (!out.numFmt && inSummary && column > 0) out.numFmt = formatFor(out.value);
  }
  return out;
}

/** Shifts the rows of a range such as "A4:K30" below the title down by one. */
function shiftRange(range: string): string {
  return range.replace(/([A-Za-z]+)(\d+)/g, (_, col: string, row: string) => `${col}${Number(row) >= 2 ? Number(row) + 1 : row}`);
}

/**
 * The sheets of the export: values only, the stamp as row 2 of every sheet (under its title), the summary's
 * "numbers are formulas" sentence left out.
 */
export function honestExportSheets(sheets: SheetWrite[], stamp: ExportStamp): SheetWrite[] {
  const line: PlannedCell[] = [{ value: stampText(stamp), bold: true }];
  return sheets.map(sheet => {
    const inSummary = sheet.name === SUMMARY_SHEET;
    const rows = sheet.rows
      .map(row => row.map((cell, c) => (cell ? valueCell(cell, inSummary, c) : cell)))
      .map(row => (inSummary && row.length === 1 && row[0]?.value === LIVE_FORMULA_NOTE ? null : row));
    // The dropped sentence's row becomes empty rather than shifting the rows below it.
    const body = rows.map(r => r ?? []);
    const out: SheetWrite = { ...sheet, rows: [body[0] ?? [], line, ...body.slice(1)] };
    if (sheet.rowHeights) out.rowHeights = [sheet.rowHeights[0], undefined, ...sheet.rowHeights.slice(1)];
    if (sheet.freezeRows && sheet.freezeRows >= 2) out.freezeRows = sheet.freezeRows + 1;
    if (sheet.autoFilter) out.autoFilter = shiftRange(sheet.autoFilter);
    return out;
  });
}
