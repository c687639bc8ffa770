import { columnLetter, columnNumber } from '../../../model/address';
import { attr, elementEnd, findTag, runsText, tagEnd, unescapeXml } from './xml';

/**
 * A user's sheet part, rewritten as a stream of untouched slices: only the rows holding a cell we colour
 * or a cell we add are re-assembled, and within them only the `s` attribute of coloured cells changes.
 */

export interface ScannedCell {
  ref: string;
  row: number;
  col: number;
  start: number;
  /** End of the start tag. */
  tagEnd: number;
  end: number;
  s?: string;
  t?: string;
  /** True when the cell holds a value, a formula or an inline string. */
  filled: boolean;
}

export interface ScannedRow {
  row: number;
  start: number;
  tagEnd: number;
  /** Offset of the closing tag (== end for a self-closing row). */
  closeAt: number;
  end: number;
  selfClosing: boolean;
  cells: ScannedCell[];
}

export interface SheetLayout {
  prefix: string;
  /** sheetData element and its inner range. */
  dataStart: number;
  dataInner: number;
  dataInnerEnd: number;
  dataEnd: number;
  dataSelfClosing: boolean;
  /** Why the sheet cannot be rewritten safely, when it cannot. */
  unsafe?: string;
}

const CELL_REF = /^([A-Z]{1,3})(\d+)$/;

export function sheetLayout(xml: string): SheetLayout | undefined {
  const root = /<([\w.-]+:)?worksheet[\s>]/.exec(xml);
  if (!root) return undefined;
  const prefix = root[1] ?? '';
  const i = findTag(xml, `${prefix}sheetData`);
  if (i < 0) return undefined;
  const t = tagEnd(xml, i);
  if (t.selfClosing) return { prefix, dataStart: i, dataInner: t.end, dataInnerEnd: t.end, dataEnd: t.end, dataSelfClosing: true };
  const close = `</${prefix}sheetData>`;
  const j = xml.indexOf(close, t.end);
  if (j < 0) return undefined;
  return { prefix, dataStart: i, dataInner: t.end, dataInnerEnd: j, dataEnd: j + close.length, dataSelfClosing: false };
}

/**
 * Rows of the sheet whose number `want` accepts, with their cells. Rows or cells without an explicit
 * address make positions implicit, so inserting beside them is unsafe; that is reported, not guessed.
 */
export function scanRows(xml: string, lay: SheetLayout, want: (row: number) => boolean, fromCol: (row: number) => number = () => 0): { rows: Map<number, ScannedRow>; order: number[]; unsafe?: string } {
  const rows = new Map<number, ScannedRow>();
  const order: number[] = [];
  const p = lay.prefix;
  const rowTag = `<${p}row`;
  const rowClose = `</${p}row>`;
  const rowName = `${p}row`;
  const cellName = `${p}c`;
  const cellClose = `</${p}c>`;
  let at = lay.dataInner;
  let implied = 0;
  let unsafe: string | undefined;
  for (;;) {
    const i = findTag(xml, rowName, at, lay.dataInnerEnd);
    if (i < 0 || i >= lay.dataInnerEnd) break;
    const t = tagEnd(xml, i);
    // r="123" read in place (the usual spelling); anything else through the general pattern.
    const ri = xml.indexOf(' r="', i);
    let rowNo = ri >= 0 && ri < t.end ? digitsAt(xml, ri + 4) : -1;
    if (rowNo < 0) {
      const rAttr = /\sr\s*=\s*"(\d+)"/.exec(xml.slice(i, t.end));
      if (rAttr) rowNo = Number(rAttr[1]);
      else {
        rowNo = implied + 1;
        unsafe = unsafe ?? 'baris tanpa nomor';
      }
    }
    implied = rowNo;
    let closeAt = t.end;
    let end = t.end;
    if (!t.selfClosing) {
      closeAt = xml.indexOf(rowClose, t.end);
      if (closeAt < 0) return { rows, order, unsafe: 'struktur XML tidak lengkap' };
      end = closeAt + rowClose.length;
    }
    order.push(rowNo);
    if (want(rowNo)) {
      const r: ScannedRow = { row: rowNo, start: i, tagEnd: t.end, closeAt, end, selfClosing: t.selfClosing, cells: [] };
      // Cells left of every edit of the row are copied as they are: only their address is read.
      const first = fromCol(rowNo);
      let col = 0;
      let k = findTag(xml, cellName, t.end, closeAt);
      while (k >= 0 && k < closeAt) {
        const ct = tagEnd(xml, k);
        const cend = ct.selfClosing ? ct.end : xml.indexOf(cellClose, ct.end) + cellClose.length;
        const ra = xml.indexOf(' r="', k);
        // A cell left of every edit needs only its column, read from the address's letters in place.
        const quick = ra >= 0 && ra < ct.end ? refColumnAt(xml, ra + 4) : -1;
        if (quick > 0 && quick < first) {
          col = quick;
          k = findTag(xml, cellName, cend, closeAt);
          continue;
        }
        const ref = ra >= 0 && ra < ct.end ? xml.slice(ra + 4, xml.indexOf('"', ra + 4)) : attr(xml.slice(k, ct.end), 'r');
        const m = ref ? CELL_REF.exec(ref) : null;
        if (m) col = columnNumber(m[1]);
        else {
          col++;
          unsafe = unsafe ?? 'sel tanpa alamat';
        }
        if (col < first) {
          k = findTag(xml, cellName, cend, closeAt);
          continue;
        }
        const ctag = xml.slice(k, ct.end);
        const inner = ct.selfClosing ? '' : xml.slice(ct.end, cend);
        r.cells.push({
          ref: ref ?? columnLetter(col) + rowNo,
          row: rowNo,
          col,
          start: k,
          tagEnd: ct.end,
          end: cend,
          s: attr(ctag, 's'),
          t: attr(ctag, 't'),
          filled: /<(?:[\w.-]+:)?(v|f|is)[\s>]/.test(inner),
        });
        k = findTag(xml, cellName, cend, closeAt);
      }
      // Cut to their length: an array grown by push holds room for 17 cells (a sixth of a scan's memory).
      if (r.cells.length) r.cells = r.cells.slice();
      rows.set(rowNo, r);
    }
    at = end;
    if (!xml.startsWith(rowTag, i)) break;
  }
  return { rows, order, unsafe };
}

/** The whole number written at `at` up to a closing quote ("123\""), or -1 when something else is there. */
function digitsAt(xml: string, at: number): number {
  let n = 0;
  let k = at;
  for (; k < at + 16; k++) {
    const c = xml.charCodeAt(k);
    if (c >= 48 && c <= 57) n = n * 10 + (c - 48);
    else break;
  }
  return k > at && xml.charCodeAt(k) === 34 ? n : -1;
}

/** The column of an address written at `at` as CELL_REF spells it ("AB12\""), or -1 when it is not one. */
function refColumnAt(xml: string, at: number): number {
  let col = 0;
  let k = at;
  for (; k < at + 3; k++) {
    const c = xml.charCodeAt(k);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  if (k === at) return -1;
  const digits = k;
  while (k < digits + 16 && xml.charCodeAt(k) >= 48 && xml.charCodeAt(k) <= 57) k++;
  return k > digits && xml.charCodeAt(k) === 34 ? col : -1;
}

/** A cell's content as a comparable string: formula text, or type and value (shared strings resolved). */
export function cellSignature(xml: string, c: ScannedCell, sst: () => string[]): string {
  if (!c.filled) return '';
  const inner = xml.slice(c.tagEnd, c.end);
  const f = /<(?:[\w.-]+:)?f(\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/.exec(inner);
  if (f) return `=${unescapeXml(f[2] ?? '')}`;
  const v = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(inner);
  const raw = v ? unescapeXml(v[1]) : '';
  switch (c.t) {
    case 's': return `s:${sst()[Number(raw)] ?? ''}`;
    case 'inlineStr': return `s:${runsText(inner)}`;
    case 'str': return `s:${raw}`;
    case 'b': return `b:${raw}`;
    case 'e': return `e:${raw}`;
    case 'd': return `d:${raw}`;
    default: {
      const n = Number(raw);
      return `n:${Number.isFinite(n) ? String(n) : raw}`;
    }
  }
}

/** Reads every shared string (only when a signature needs one). */
export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const re = /<(?:[\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push(runsText(m[1] ?? ''));
  return out;
}

export interface RowEdit {
  /** New `s` per existing cell column. */
  styles?: Map<number, string | null>;
  /** Cells to write: column → our cell XML; replaces an empty existing cell, else inserted in order. */
  inserts?: Map<number, string>;
  /** Cells to remove (our earlier cells): column → XML to put back instead ('' = nothing). */
  removals?: Map<number, string>;
}

/** Start tag with its `s` attribute set (added right after `r`) or removed. */
export function withStyle(tag: string, s: string | null): string {
  const re = /\ss\s*=\s*("[^"]*"|'[^']*')/;
  if (s === null) return tag.replace(re, '');
  if (re.test(tag)) return tag.replace(re, ` s="${s}"`);
  const r = /(\sr\s*=\s*("[^"]*"|'[^']*'))/.exec(tag);
  if (r) return tag.slice(0, r.index + r[0].length) + ` s="${s}"` + tag.slice(r.index + r[0].length);
  const at = tag.indexOf('c') + 1;
  return `${tag.slice(0, at)} s="${s}"${tag.slice(at)}`;
}

/** Cells added to many rows (our columns beside a table), made only as each row is written. */
export interface RowInserts {
  /** True when the row gets at least one cell. */
  has(row: number): boolean;
  /** Rows that get cells, ascending. */
  rows(): Iterable<number>;
  /** The row's cells: column → cell XML. */
  cells(row: number): Map<number, string>;
}

/**
 * Applies row edits; rows that do not exist are created (when they get inserts) in row order.
 * Returns the new XML and the rows created.
 */
export function applyRowEdits(xml: string, lay: SheetLayout, scanned: Map<number, ScannedRow>, order: number[], edits: Map<number, RowEdit>, p: string): { xml: string; createdRows: number[] } {
  const out = editRows(xml, lay, scanned, order, edits, p);
  return { xml: joinInBatches(out.chunks(0, xml.length)), createdRows: out.createdRows };
}

/** Characters gathered before pieces are joined: a batch at a time, rewritten rows are let go as they come. */
const JOIN_BATCH = 1 << 16;

/**
 * The pieces joined, a batch at a time: all of a 100,000-row sheet's pieces held at once (a string per
 * rewritten row) cost about as much as the sheet's text again before the one join.
 */
export function joinInBatches(pieces: Iterable<string>): string {
  const batches: string[] = [];
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= JOIN_BATCH) {
      batches.push(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  if (batch.length) batches.push(batch.join(''));
  return batches.join('');
}

/**
 * Row edits as a stream: `chunks(from, to)` yields the edited text of xml[from, to) piece by piece (a
 * slice of the input or a rewritten row each), so a large sheet is never rebuilt as one string. `from`/`to`
 * are 0/xml.length, or sheetData's inner range when sheetData is not self-closing. Cells of `more` are made
 * only as their row is yielded. The rows created are known before anything is yielded.
 */
export function editRows(xml: string, lay: SheetLayout, scanned: Map<number, ScannedRow>, order: number[], edits: Map<number, RowEdit>, p: string, more?: RowInserts): { chunks: (from: number, to: number) => Generator<string>; createdRows: number[] } {
  const created = new Set<number>();
  for (const [r, e] of edits) if (!scanned.has(r) && e.inserts?.size) created.add(r);
  if (more) for (const r of more.rows()) if (!scanned.has(r)) created.add(r);
  const newRows = [...created].sort((a, b) => a - b);
  const edited = (r: number) => edits.has(r) || (!!more && more.has(r));
  const editOf = (r: number): RowEdit => {
    const e = edits.get(r);
    if (!more || !more.has(r)) return e!;
    const inserts = new Map(e?.inserts ?? []);
    for (const [c, x] of more.cells(r)) inserts.set(c, x);
    return { ...e, inserts };
  };
  const cellsOf = (r: number) => [...editOf(r).inserts!.entries()].sort((a, b) => a[0] - b[0]).map(e => e[1]).join('');
  function* chunks(from: number, to: number): Generator<string> {
    let pos = from;
    let ni = 0;
    function* emitNewRowsBefore(rowNo: number, at: number): Generator<string> {
      while (ni < newRows.length && newRows[ni] < rowNo) {
        yield xml.slice(pos, at);
        pos = at;
        const r = newRows[ni++];
        yield `<${p}row r="${r}">${cellsOf(r)}</${p}row>`;
      }
    }
    const targets = [...scanned.values()].filter(r => edited(r.row)).sort((a, b) => a.start - b.start);
    let ti = 0;
    for (const rowNo of order) {
      if (ni >= newRows.length && ti >= targets.length) break;
      const sr = scanned.get(rowNo);
      if (sr) {
        yield* emitNewRowsBefore(rowNo, sr.start);
        if (edited(rowNo) && targets[ti] === sr) {
          ti++;
          yield xml.slice(pos, sr.start);
          yield rewriteRow(xml, sr, editOf(rowNo), p);
          pos = sr.end;
        }
      } else if (ni < newRows.length && newRows[ni] < rowNo) {
        // The row is not scanned (no edit), but new rows must precede it: find its offset.
        const at = findRowStart(xml, lay, rowNo, pos, p);
        if (at >= 0) yield* emitNewRowsBefore(rowNo, at);
      }
    }
    if (ni < newRows.length) {
      if (lay.dataSelfClosing) {
        yield xml.slice(pos, lay.dataStart);
        yield xml.slice(lay.dataStart, lay.dataEnd - 2) + '>';
        pos = lay.dataEnd;
        while (ni < newRows.length) {
          const r = newRows[ni++];
          yield `<${p}row r="${r}">${cellsOf(r)}</${p}row>`;
        }
        yield `</${p}sheetData>`;
      } else yield* emitNewRowsBefore(Number.MAX_SAFE_INTEGER, lay.dataInnerEnd);
    }
    yield xml.slice(pos, to);
  }
  return { chunks, createdRows: newRows };
}

function findRowStart(xml: string, lay: SheetLayout, rowNo: number, from: number, p: string): number {
  const re = new RegExp(`<${p.replace('.', '\\.')}row\\s[^>]*?\\br="${rowNo}"`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  return m && m.index < lay.dataInnerEnd ? m.index : -1;
}

function rewriteRow(xml: string, sr: ScannedRow, e: RowEdit, p: string): string {
  const inserts = new Map(e.inserts ?? []);
  const parts: string[] = [];
  let head = xml.slice(sr.start, sr.tagEnd);
  if (sr.selfClosing) head = head.slice(0, -2).replace(/\s+$/, '') + '>';
  parts.push(head);
  let pos = sr.tagEnd;
  const flushInsertsBefore = (col: number) => {
    for (const c of [...inserts.keys()].sort((a, b) => a - b)) {
      if (c >= col) break;
      parts.push(inserts.get(c)!);
      inserts.delete(c);
    }
  };
  for (const c of sr.cells) {
    parts.push(xml.slice(pos, c.start));
    flushInsertsBefore(c.col);
    pos = c.end;
    if (e.removals?.has(c.col)) {
      parts.push(e.removals.get(c.col)!);
      continue;
    }
    if (inserts.has(c.col)) {
      parts.push(inserts.get(c.col)!);
      inserts.delete(c.col);
      continue;
    }
    const s = e.styles?.get(c.col);
    if (s !== undefined) parts.push(withStyle(xml.slice(c.start, c.tagEnd), s) + xml.slice(c.tagEnd, c.end));
    else parts.push(xml.slice(c.start, c.end));
  }
  if (sr.selfClosing) {
    flushInsertsBefore(Number.MAX_SAFE_INTEGER);
    parts.push(`</${p}row>`);
  } else {
    parts.push(xml.slice(pos, sr.closeAt));
    flushInsertsBefore(Number.MAX_SAFE_INTEGER);
    parts.push(xml.slice(sr.closeAt, sr.end));
  }
  return parts.join('');
}

/** Merged areas of the sheet. */
export function mergedAreas(xml: string, lay: SheetLayout): { top: number; left: number; bottom: number; right: number }[] {
  const out: { top: number; left: number; bottom: number; right: number }[] = [];
  const i = findTag(xml, `${lay.prefix}mergeCells`, lay.dataEnd);
  if (i < 0) return out;
  const end = elementEnd(xml, i, `${lay.prefix}mergeCells`);
  const re = /ref\s*=\s*"\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?"/g;
  re.lastIndex = i;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) && m.index < end) {
    out.push({ left: columnNumber(m[1]), top: Number(m[2]), right: columnNumber(m[3] ?? m[1]), bottom: Number(m[4] ?? m[2]) });
  }
  return out;
}

/** Elements after sheetData in schema order: where a new element must go before. */
export const AFTER_SHEETDATA = [
  'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews',
  'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

/** Offset where an element named `name` must be inserted (after sheetData), following the schema order. */
export function insertionPoint(xml: string, lay: SheetLayout, name: string): number {
  const later = AFTER_SHEETDATA.slice(AFTER_SHEETDATA.indexOf(name) + 1);
  let best = -1;
  for (const n of later) {
    const i = findTag(xml, lay.prefix + n, lay.dataEnd);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  if (best >= 0) return best;
  return xml.lastIndexOf(`</${lay.prefix}worksheet>`);
}
