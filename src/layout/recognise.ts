import { cellAt, type WorkbookData, type SheetGrid } from '../workbook/grid';
import { OWN_SHEET_NAMES, OWN_SHEET_TITLES, RUN_RECORD_SHEET } from '../workbook/plan';
import { rangeA1 } from '../workbook/address';
import { readBody } from './body';
import { resolveColumns } from './columns';
import { readHeader, type HeaderBlock } from './header';
import { decideKind } from './kind';
import type { FoundScaleTable, RecognisedTable, Recognition } from './model';
import { SheetView } from './sheet-view';
import { findScaleTable } from './scale-tables';
import { cellText } from './text';

/** Sheets larger than this many cells are scanned only in their first rows for headers. */
const MAX_CELLS_FULL_SCAN = 2_000_000;

/** Finds every table and kategori scale table in the workbook. */
export function recognise(wb: WorkbookData): Recognition {
  const tables: RecognisedTable[] = [];
  const scaleTables: FoundScaleTable[] = [];
  const notices: string[] = [];
  for (const sheet of wb.sheets) {
    if (isOwnSheet(sheet)) continue;
    const found = recogniseSheet(sheet);
    tables.push(...found.tables);
    scaleTables.push(...found.scaleTables);
    if (!found.tables.length && sheet.rowCount > 0) {
      notices.push(`Lembar "${sheet.name}": tidak ditemukan tabel DPA, perjanjian kinerja, realisasi, atau efisiensi.`);
    }
  }
  if (!wb.sheets.some(s => s.rowCount > 0)) notices.push('Buku kerja kosong: tidak ada sel berisi data.');
  return { tables, scaleTables, notices };
}

/** A sheet an earlier run of ours wrote (in hosts that keep it while reading): never a user table. */
function isOwnSheet(sheet: SheetGrid): boolean {
  if (sheet.name === RUN_RECORD_SHEET) return true;
  if (!OWN_SHEET_NAMES.some(n => sheet.name === n || sheet.name.startsWith(`${n} (`))) return false;
  const first = cellAt(sheet, 1, 1)?.value;
  return typeof first === 'string' && (OWN_SHEET_TITLES as readonly string[]).includes(first.trim());
}

export function recogniseSheet(sheet: SheetGrid): { tables: RecognisedTable[]; scaleTables: FoundScaleTable[] } {
  const tables: RecognisedTable[] = [];
  const scaleTables: FoundScaleTable[] = [];
  if (sheet.rowCount === 0) return { tables, scaleTables };
  const view = new SheetView(sheet);
  const big = sheet.rowCount * sheet.colCount > MAX_CELLS_FULL_SCAN;
  // On a huge sheet of junk, look for headers near the top only; bodies still run to their end.
  const headerScanEnd = big ? Math.min(view.bottom, view.top + 200) : view.bottom;

  let r = view.top;
  let lastBodyEnd = view.top - 1;
  while (r <= headerScanEnd) {
    const scale = findScaleTable(view, r);
    if (scale) {
      scaleTables.push(scale.table);
      r = scale.end + 1;
      lastBodyEnd = scale.end;
      continue;
    }
    const header = readHeader(view, r);
    if (!header) {
      r++;
      continue;
    }
    const table = buildTable(view, header, lastBodyEnd);
    if (!table) {
      r++;
      continue;
    }
    tables.push(table);
    lastBodyEnd = table.bodyBottom;
    r = Math.max(table.bodyBottom, header.rows[header.rows.length - 1]) + 1;
  }
  return { tables, scaleTables };
}

function buildTable(view: SheetView, header: HeaderBlock, lastBodyEnd: number): RecognisedTable | undefined {
  const columns = resolveColumns(header);
  header.columns = columns;
  const headerEnd = header.rows[header.rows.length - 1];
  const bodyTop = (header.numbering ? header.numbering.row : headerEnd) + 1;
  const bodyBottom = findBodyEnd(view, bodyTop, header.left, header.right);
  if (bodyBottom < bodyTop) return undefined;
  const title = findTitle(view, header.rows[0], lastBodyEnd);
  const decision = decideKind(columns, title || '', view.sheet.name);
  if (!decision) return undefined;
  const rows = readBody({ view, top: bodyTop, bottom: bodyBottom, left: header.left, right: header.right, columns });
  const data = rows.filter(x => x.kind === 'data');
  if (!data.length) return undefined;
  const notes = [decision.note];
  if (header.numbering) notes.push(`baris nomor kolom di baris ${header.numbering.row} dilewati`);
  const confidence = Math.min(0.99, decision.confidence + Math.min(0.05, data.length * 0.01));
  return {
    id: `${view.sheet.name}!${rangeA1(header.rows[0], header.left, bodyBottom, header.right)}`,
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
  };
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
  return cols.length === 1 && view.numericCount(r) === 0 && /^(tabel|table|lampiran|gambar|\d+\.\d*)\b/i.test(cellText(view.cell(r, cols[0])));
}

/** A table's title: the nearest text line above its header, within three rows and after the previous table. */
function findTitle(view: SheetView, headerTop: number, lastBodyEnd: number): string | undefined {
  for (let r = headerTop - 1; r >= Math.max(view.top, headerTop - 3, lastBodyEnd + 1); r--) {
    const cols = view.nonBlankCols(r);
    if (cols.length === 1 || (cols.length > 0 && view.numericCount(r) === 0 && cols.length <= 2)) {
      const t = cellText(view.cell(r, cols[0]));
      if (t && !/^:/.test(t)) return t;
    }
  }
  return undefined;
}
