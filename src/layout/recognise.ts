import { lexicon } from '../lexicon';
import { cellAt, type WorkbookData, type SheetGrid } from '../model/grid';
import { OWN_SHEET_NAMES, OWN_SHEET_TITLES, RUN_RECORD_SHEET } from '../model/write-plan';
import { rangeA1 } from '../model/address';
import { readBody } from './body';
import { resolveColumns } from './columns';
import { readHeader, VALUE_ROLES, type HeaderBlock } from './header';
import { evidenceNotices, sampleBody, weighEvidence, type ConfirmedReading, type TableEvidence } from './evidence';
import { decideKind } from './kind';
import { readLooseHeader, findBareBlock } from './loose-tables';
import type { ColumnMapping, FoundScaleTable, RecognisedTable, Recognition } from '../model/recognition';
import { SheetView } from './sheet-view';
import { findScaleTable } from './scale-tables';
import { lookAlikeReason } from './look-alike';
import { sideBySide } from './side-by-side';
import { cellText } from './text';

/** Sheets larger than this many cells are scanned only in their first rows for headers. */
const MAX_CELLS_FULL_SCAN = 2_000_000;

/** Finds every table and kategori scale table in the workbook. */
export function recognise(wb: WorkbookData): Recognition {
  const tables: RecognisedTable[] = [];
  const scaleTables: FoundScaleTable[] = [];
  const notices: string[] = [];
  const reportYear = reportingYear(wb);
  for (const sheet of wb.sheets) {
    if (isOwnSheet(sheet)) continue;
    const found = recogniseSheet(sheet, reportYear);
    tables.push(...found.tables);
    scaleTables.push(...found.scaleTables);
    notices.push(...found.notices);
    if (!found.tables.length && !found.scaleTables.length && sheet.rowCount > 0) {
      notices.push(`Lembar "${sheet.name}": tidak ditemukan tabel DPA, perjanjian kinerja, realisasi, atau efisiensi.`);
    }
  }
  if (!wb.sheets.some(s => s.rowCount > 0)) notices.push('Buku kerja kosong: tidak ada sel berisi data.');
  return { tables, scaleTables, notices };
}

/**
 * The fiscal year the workbook reports on, from its title lines ("TAHUN ANGGARAN 2025", "Perjanjian
 * Kinerja Tahun 2025"): the year most of them name, or undefined when none or a tie. It tells which
 * of several year columns (2024 | 2025 | 2026) is this year's.
 */
function reportingYear(wb: WorkbookData): number | undefined {
  const count = new Map<number, number>();
  for (const sheet of wb.sheets) {
    if (isOwnSheet(sheet)) continue;
    const last = Math.min(sheet.originRow + sheet.rowCount - 1, sheet.originRow + 60);
    for (let r = sheet.originRow; r <= last; r++) {
      const v = cellAt(sheet, r, sheet.originCol)?.value;
      if (typeof v !== 'string' || v.length > 160) continue;
      const m = lexicon.words.fiscalYear.exec(v);
      if (m) count.set(Number(m[1]), (count.get(Number(m[1])) ?? 0) + 1);
    }
  }
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined;
}

/** A sheet an earlier run of ours wrote (in hosts that keep it while reading): never a user table. */
function isOwnSheet(sheet: SheetGrid): boolean {
  if (sheet.name === RUN_RECORD_SHEET && !sheet.visible) return true;
  if (!OWN_SHEET_NAMES.some(n => sheet.name === n || sheet.name.startsWith(`${n} (`))) return false;
  const first = cellAt(sheet, 1, 1)?.value;
  return typeof first === 'string' && (OWN_SHEET_TITLES as readonly string[]).includes(first.trim());
}

export function recogniseSheet(sheet: SheetGrid, reportYear?: number): { tables: RecognisedTable[]; scaleTables: FoundScaleTable[]; notices: string[] } {
  const tables: RecognisedTable[] = [];
  const scaleTables: FoundScaleTable[] = [];
  const notices: string[] = [];
  if (sheet.rowCount === 0) return { tables, scaleTables, notices };
  const view = new SheetView(sheet);
  const big = sheet.rowCount * sheet.colCount > MAX_CELLS_FULL_SCAN;
  // On a huge sheet of junk, look for headers near the top only; bodies still run to their end.
  const headerScanEnd = big ? Math.min(view.bottom, view.top + 200) : view.bottom;

  let r = view.top;
  let lastBodyEnd = view.top - 1;
  const unreadBlocks: { top: number; bottom: number; quantityColumns: number }[] = [];
  while (r <= headerScanEnd) {
    const scale = findScaleTable(view, r);
    if (scale) {
      scaleTables.push(scale.table);
      r = scale.end + 1;
      lastBodyEnd = scale.end;
      continue;
    }
    const header = readHeader(view, r);
    // Tables side by side on the same rows are read one by one, each from its own part of the header.
    const sides = header ? sideBySide(view, header) : [];
    if (sides.length > 1) {
      const built: (RecognisedTable | LookAlike)[] = [];
      for (const h of sides) {
        const t = buildTable(view, h, lastBodyEnd, 'words', reportYear);
        const read = t && 'lookAlike' in t ? t : withGroupTitle(view, h, t);
        if (read) built.push(read);
      }
      if (built.length) {
        for (const t of built) {
          // A look-alike beside a report table is passed over with its reason, as one on its own is.
          if ('lookAlike' in t) notices.push(t.lookAlike);
          else {
            tables.push(t);
            notices.push(...(t.notices ?? []));
          }
        }
        lastBodyEnd = Math.max(...built.map(t => t.bodyBottom));
        r = Math.max(...built.map(t => Math.max(t.bodyBottom, t.headerRows[t.headerRows.length - 1] ?? 0))) + 1;
        continue;
      }
    }
    let table = header ? buildTable(view, header, lastBodyEnd, 'words', reportYear) : undefined;
    // Headers in words the vocabulary does not know, and blocks of numbers with no header at all:
    // the values decide, and the table is only taken when their arithmetic proves what it is.
    if (!table) {
      const loose = readLooseHeader(view, r);
      if (loose) table = buildTable(view, loose, lastBodyEnd, 'values', reportYear);
    }
    let skipTo = r + 1;
    if (!table) {
      const bare = findBareBlock(view, r, lastBodyEnd);
      if (bare) {
        table = buildTable(view, bare.header, lastBodyEnd, 'values', reportYear);
        if (!table) {
          if (bare.quantityColumns >= 2 && bare.bottom - bare.top >= 1) unreadBlocks.push(bare);
          skipTo = bare.bottom + 1;
        }
      }
    }
    if (!table) {
      r = skipTo;
      continue;
    }
    if ('lookAlike' in table) {
      // Not a report table: its rows are passed over as one block, and the user is told why.
      notices.push(table.lookAlike);
      lastBodyEnd = table.bodyBottom;
      r = Math.max(table.bodyBottom, table.headerRows[table.headerRows.length - 1] ?? 0) + 1;
      continue;
    }
    tables.push(table);
    notices.push(...(table.notices ?? []));
    lastBodyEnd = table.bodyBottom;
    r = Math.max(table.bodyBottom, table.headerRows[table.headerRows.length - 1] ?? 0) + 1;
  }
  for (const b of unreadBlocks) {
    notices.push(`Lembar "${view.sheet.name}" baris ${b.top}–${b.bottom}: berisi ${b.quantityColumns} kolom angka tanpa judul kolom yang dikenali dan tanpa hubungan antarangka yang dapat dibuktikan; bagian ini tidak diperiksa. Bila ini tabel laporan, tandai tabelnya secara manual di panel Tabel.`);
  }
  return { tables, scaleTables, notices };
}

/**
 * A table printed beside another often names its year or unit in a line over its own columns only
 * ("Tahun Anggaran 2022" | "Tahun Anggaran 2023"): that line is part of its title, so the tables are not
 * taken for the same period.
 */
function withGroupTitle(view: SheetView, h: HeaderBlock, t: RecognisedTable | undefined): RecognisedTable | undefined {
  if (!t || h.rows.length < 2) return t;
  const cols = view.nonBlankCols(h.rows[0]).filter(c => c >= h.left && c <= h.right);
  if (cols.length !== 1) return t;
  const group = cellText(view.cell(h.rows[0], cols[0]));
  if (!group || (t.title ?? '').includes(group)) return t;
  return { ...t, title: t.title ? `${t.title} — ${group}` : group };
}

/** How the table was found: its header words, or (headers unknown or absent) its values alone. */
type FoundBy = 'words' | 'values';

/** A block that reads like a table but is not a report table, with the notice that says why. */
interface LookAlike {
  lookAlike: string;
  headerRows: number[];
  bodyBottom: number;
}

function buildTable(view: SheetView, header: HeaderBlock, lastBodyEnd: number, foundBy: FoundBy, reportYear?: number): RecognisedTable | LookAlike | undefined {
  const headerEnd = header.rows.length ? header.rows[header.rows.length - 1] : header.bodyTop! - 1;
  const bodyTop = header.rows.length ? (header.numbering ? header.numbering.row : headerEnd) + 1 : header.bodyTop!;
  const bodyBottom = findBodyEnd(view, bodyTop, header.left, header.right);
  if (bodyBottom < bodyTop) return undefined;
  const body = { top: bodyTop, bottom: bodyBottom, left: header.left, right: header.right };
  const matrix = sampleBody(view, body);
  // A value role never goes to a column of words ("Pos Anggaran" beside "Plafon Anggaran").
  const textOnly = new Set(matrix.profiles.filter(p => p.type === 'text' && p.numeric === 0).map(p => p.col));
  const money = new Set(matrix.profiles.filter(p => p.type === 'rupiah').map(p => p.col));
  const numbersOnly = new Set(matrix.profiles.filter(p => p.text === 0 && p.numeric >= 2 && p.type !== 'code').map(p => p.col));
  const years = new Set(matrix.profiles.filter((p, j) => p.type === 'year' && isCalendar(matrix.values.map(v => v[j]))).map(p => p.col));
  const headerColumns = resolveColumns(header, col => textOnly.has(col), col => money.has(col), reportYear, col => numbersOnly.has(col), col => years.has(col));
  const { columns, evidence } = weighEvidence(view, headerColumns, body, matrix);
  // Found by values alone: only what the arithmetic proves makes it a table.
  if (foundBy === 'values' && !evidence.sumProven && !evidence.readings.some(x => x.assigned.length || x.relation.holds >= 3)) return undefined;
  header.columns = columns;
  const firstRow = header.rows[0] ?? bodyTop;
  const title = findTitle(view, firstRow, lastBodyEnd, header.left, header.right);
  const decision = decideKind(columns, title || '', view.sheet.name, evidence);
  if (!decision) return undefined;
  const rows = readBody({ view, top: bodyTop, bottom: bodyBottom, left: header.left, right: header.right, columns });
  const data = rows.filter(x => x.kind === 'data');
  if (!data.length) return undefined;
  const notes = [decision.note, ...evidence.readings.map(x => readingNote(x))];
  if (header.numbering) notes.push(`baris nomor kolom di baris ${header.numbering.row} dilewati`);
  const confidence = confidenceOf(columns, evidence, decision.confidence);
  const range = rangeA1(firstRow, header.left, bodyBottom, header.right);
  const where = `Lembar "${view.sheet.name}", tabel ${range}`;
  const notReport = lookAlikeReason({ kind: decision.kind, columns, rows, evidence, matrix });
  if (notReport) {
    return {
      lookAlike: `${where}: tampak seperti tabel laporan, tetapi ${notReport}; tabel ini tidak diperiksa. Bila ini tabel laporan, tandai tabelnya secara manual di panel Tabel.`,
      headerRows: header.rows,
      bodyBottom,
    };
  }
  const notices = evidenceNotices(where, evidence, columns, c => view.headerText(bodyTop - 1, c));
  if (!header.rows.length) notices.unshift(`${where}: tabel tanpa baris judul kolom, dikenali dari nilainya saja (keyakinan ${Math.round(confidence * 100)}%).`);
  return {
    id: `${view.sheet.name}!${range}`,
    sheet: view.sheet.name,
    kind: decision.kind,
    altKinds: decision.altKinds,
    ...(title ? { title } : {}),
    headerRows: header.rows,
    bodyTop,
    bodyBottom,
    left: header.left,
    right: header.right,
    columns,
    rows,
    confidence: Number(confidence.toFixed(2)),
    notes,
    notices,
    foundBy,
  };
}

/**
 * Years as a period: one year on every row, or years counting up one by one (2020, 2021, 2022). Amounts
 * in millions that happen to fall between 1990 and 2099 (2.015, 2.040, 1.998) do neither.
 */
function isCalendar(values: (number | undefined)[]): boolean {
  const ys = values.filter((v): v is number => v !== undefined);
  if (ys.length < 2) return false;
  return ys.every(y => y === ys[0]) || ys.every((y, i) => i === 0 || y === ys[i - 1] + 1);
}

function readingNote(x: ConfirmedReading): string {
  const r = x.relation;
  return `${x.reading.out} = f(${x.reading.a}, ${x.reading.b}) berlaku pada ${r.holds} dari ${r.tested} baris contoh`;
}

/**
 * Confidence from how well the values agree with the reading: header words alone give at most
 * 0.75; derived columns that follow from their inputs on most rows raise it, derived columns that do
 * not lower it, and a table read from its values alone stays below 0.6.
 */
function confidenceOf(columns: Record<string, ColumnMapping>, ev: TableEvidence, kindConfidence: number): number {
  const valueRoles = Object.entries(columns).filter(([r]) => VALUE_ROLES.has(r.replace(/_\d{4}$/, '')));
  const fromWords = valueRoles.filter(([r]) => !ev.fromValues.includes(r));
  const words = valueRoles.length ? fromWords.reduce((s, [, m]) => s + Math.min(1, m.score), 0) / valueRoles.length : 0;
  // Without a derived column the values can only show their types fit (numbers where numbers belong).
  const values = ev.agreement ?? typesFit(columns, ev);
  const c = 0.15 + 0.35 * words * (kindConfidence / 0.95) + 0.49 * values;
  return Math.max(0.05, Math.min(0.99, fromWords.length ? c : Math.min(c, 0.59)));
}

function typesFit(columns: Record<string, ColumnMapping>, ev: TableEvidence): number {
  let n = 0;
  let ok = 0;
  for (const [role, m] of Object.entries(columns)) {
    if (!VALUE_ROLES.has(role)) continue;
    const p = ev.profiles.get(m.col);
    if (!p) continue;
    n++;
    if (p.numeric > 0 && p.numeric >= p.text) ok++;
  }
  return n ? (ok / n) * 0.9 : 0.5;
}

/** The body ends at two blank rows in a row, at the next table's header, or at the sheet's end. */
function findBodyEnd(view: SheetView, top: number, left: number, right: number): number {
  let lastContent = top - 1;
  let blanks = 0;
  for (let r = top; r <= view.bottom; r++) {
    if (view.isBlankRow(r)) {
      blanks++;
      if (blanks >= 2 && lastContent >= top) break;
      continue;
    }
    if (r > top && (readHeader(view, r) || findScaleTable(view, r))) {
      // Drop the next table's title lines (one text cell, no numbers) from this body.
      let end = r - 1;
      while (end > lastContent - 1 && end >= top && (view.isBlankRow(end) || isTitleRow(view, end, left, right))) end--;
      return Math.min(end, lastContent);
    }
    blanks = 0;
    lastContent = r;
  }
  return lastContent;
}

function isTitleRow(view: SheetView, r: number, left: number, right: number): boolean {
  const cols = view.nonBlankCols(r).filter(c => c >= left && c <= right);
  return cols.length === 1 && view.numericCount(r) === 0 && lexicon.words.caption.test(cellText(view.cell(r, cols[0])));
}

/**
 * A table's title: the nearest text line above its header, within three rows and after the previous table;
 * of a line that also carries the title of a table beside it, the text over its own columns.
 */
function findTitle(view: SheetView, headerTop: number, lastBodyEnd: number, left: number, right: number): string | undefined {
  for (let r = headerTop - 1; r >= Math.max(view.top, headerTop - 3, lastBodyEnd + 1); r--) {
    const all = view.nonBlankCols(r);
    const own = all.filter(c => c >= left && c <= right);
    const cols = own.length ? own : all;
    if (cols.length === 1 || (cols.length > 0 && view.numericCount(r) === 0 && cols.length <= 2)) {
      const t = cellText(view.cell(r, cols[0]));
      if (t && !/^:/.test(t)) return t;
    }
  }
  return undefined;
}
