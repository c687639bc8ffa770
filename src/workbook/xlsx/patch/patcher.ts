import { append } from '../../../engine/append';
import { a1, columnLetter, columnNumber, parseA1 } from '../../../model/address';
import { OWN_COLUMN_MARK, OWN_SHEET_NAMES, OWN_SHEET_TITLES, RUN_RECORD_SHEET, isOwnNote, type BlockWrite, type PlannedCell, type WritePlan } from '../../../model/write-plan';
import { WorkbookRefusal, type ApplyResult } from '../../../model/workbook-port';
import { recordedFillArgb } from '../../record-values';
import { addNotes, removeNotes } from './notes';
import { isType, readRels, readSheets, workbookPart, type SheetEntry } from './opc';
import { cellStyle, cellXml, isEmptyPlanned, ownSheetXml, plannedSignature, recordSheetXml } from './own-sheet';
import type { XlsxPackage } from './package';
import {
  contentSignature, decodeRecord, encodeRecord, recordKey, sheetHash, sheetHashOf, splitRecordKey, workbookFingerprint,
  type FingerprintedRecord, type PatchDetails,
} from './record';
import {
  applyRowEdits, cellSignature, editRows, mergedAreas, readSharedStrings, scanRows, sheetLayout, type RowEdit, type RowInserts,
} from './sheet-edit';
import { fillArgbOf, StyleBook, undoStyles } from './styles';
import { addSheet, removeSheet, renameSheetEntry } from './workbook-sheets';
import { keptSheetName } from '../../kept-name';
import { attr, elementEnd, elements, findTag, rootPrefix, tagEnd } from './xml';

/**
 * The surgical writer: `unpatch` takes an earlier run's edits back out of a package (only what is
 * provably still ours), `patch` applies a plan. Every part neither touches keeps its input bytes.
 */

const MAX_SHEET_NAME = 31;
const MAX_BLOCK_SHIFT = 10;
/** Colours our runs paint (Excel's "bad", "neutral" and a light blue): a legacy record may only undo these. */
const OUR_FILLS = new Set(['FFFFC7CE', 'FFFFEB9C', 'FFDDEBF7']);

interface Ctx {
  pkg: XlsxPackage;
  wbPart: string;
  stylesPart: string;
  sheets: SheetEntry[];
  sst?: string[];
}

function context(pkg: XlsxPackage): Ctx {
  const wbPart = workbookPart(pkg);
  const wb = pkg.text(wbPart);
  if (wb === undefined) {
    throw new WorkbookRefusal(`Berkas ${pkg.fileName} adalah arsip zip tetapi bukan buku kerja Excel. Simpan dari Excel sebagai "Excel Workbook (*.xlsx)", lalu coba lagi.`, 'not_xlsx');
  }
  const stylesRel = readRels(pkg, wbPart).find(r => !r.external && /\/styles$/.test(r.type));
  return { pkg, wbPart, stylesPart: stylesRel ? stylesRel.part : 'xl/styles.xml', sheets: readSheets(pkg, wbPart) };
}

function sharedStrings(ctx: Ctx): string[] {
  if (!ctx.sst) {
    const rel = readRels(ctx.pkg, ctx.wbPart).find(r => !r.external && /\/sharedStrings$/.test(r.type));
    ctx.sst = readSharedStrings(rel ? ctx.pkg.text(rel.part) : undefined);
  }
  return ctx.sst;
}

/** [address, content] of every cell of a sheet part, in order. */
function sheetCells(ctx: Ctx, part: string): [string, string][] {
  const xml = ctx.pkg.text(part);
  const lay = xml && sheetLayout(xml);
  if (!xml || !lay) return [];
  const { rows } = scanRows(xml, lay, () => true);
  const out: [string, string][] = [];
  for (const r of rows.values()) for (const c of r.cells) out.push([c.ref, cellSignature(xml, c, () => sharedStrings(ctx))]);
  return out;
}

const isRecordName = (name: string) => name === RUN_RECORD_SHEET || (name.startsWith(`${RUN_RECORD_SHEET} (`) && name.endsWith(')'));

/** The earlier run's record: only from a sheet that is not visible. */
function findRecord(ctx: Ctx, notices: string[]): { entry: SheetEntry; record: FingerprintedRecord } | undefined {
  for (const entry of ctx.sheets) {
    if (!isRecordName(entry.name) || !entry.part) continue;
    if (entry.state === 'visible') {
      notices.push(`Lembar "${entry.name}" terlihat, sehingga dianggap lembar Anda dan tidak dibaca sebagai catatan alat ini; lembar itu tidak diubah.`);
      continue;
    }
    const column = sheetCells(ctx, entry.part).filter(c => /^A\d+$/.test(c[0])).map(c => c[1].replace(/^s:/, ''));
    const record = decodeRecord(column);
    if (record) return { entry, record };
  }
  return undefined;
}

export interface UnpatchResult {
  record: FingerprintedRecord | null;
  notices: string[];
  fillsRestored: number;
  notesRestored: number;
  /** Own sheets deleted. */
  sheetsRemoved: string[];
}

function userSheetNames(ctx: Ctx, own: Set<string>): string[] {
  return ctx.sheets.filter(s => !isRecordName(s.name) && !own.has(s.name)).map(s => s.name);
}

const list = (xs: string[], max = 5) => xs.slice(0, max).join(', ') + (xs.length > max ? ` dan ${xs.length - max} lainnya` : '');

/** Takes an earlier run out of the package in place. Nothing that changed since is deleted. */
export function unpatch(pkg: XlsxPackage, nowIso: string = new Date().toISOString()): UnpatchResult {
  const ctx = context(pkg);
  const notices: string[] = [];
  const res: UnpatchResult = { record: null, notices, fillsRestored: 0, notesRestored: 0, sheetsRemoved: [] };
  const found = findRecord(ctx, notices);
  if (!found) return res;
  const { record, entry } = found;
  res.record = record;
  const fp = record.fingerprint;
  const details = record.patch;
  const ownNames = new Set(record.sheets);
  if (fp && fp.workbook !== workbookFingerprint(userSheetNames(ctx, ownNames))) {
    notices.push('Catatan hasil sebelumnya tidak cocok dengan buku kerja ini (mungkin terbawa dari berkas lain lewat "Simpan Sebagai" atau diubah); hanya hasil yang terbukti tidak berubah yang dihapus.');
  }
  let kept: string[] = [];
  const userSheet = (name: string) => ctx.sheets.find(s => s.name === name && !ownNames.has(name) && !isRecordName(name) && s.part);

  // --- cells on the user's sheets ---
  const bySheet = new Map<string, { fills: string[]; blocks: { sheet: string; range: string }[]; notes: boolean }>();
  const slot = (sheet: string) => {
    let s = bySheet.get(sheet);
    if (!s) bySheet.set(sheet, (s = { fills: [], blocks: [], notes: false }));
    return s;
  };
  for (const k of Object.keys(record.fills)) slot(splitRecordKey(k).sheet).fills.push(k);
  for (const b of record.blocks) slot(b.sheet).blocks.push(b);
  for (const k of Object.keys(record.notes)) slot(splitRecordKey(k).sheet).notes = true;
  if (details) for (const s of Object.keys(details.notes || {})) slot(s).notes = true;

  let styles: StyleBook | undefined;
  const stylesXml = pkg.text(ctx.stylesPart) ?? '';
  // The user sheets rewritten here, as text: read again below without decoding their bytes a second time.
  const written = new Map<string, string>();
  for (const [sheet, todo] of bySheet) {
    const se = userSheet(sheet);
    if (!se) continue;
    let xml = pkg.text(se.part)!;
    const lay = sheetLayout(xml);
    if (!lay) { append(append(kept, todo.fills), todo.blocks.map(b => `${sheet}!${b.range}`)); continue; }
    const rowsWanted = new Set<number>();
    for (const k of todo.fills) rowsWanted.add(parseA1(splitRecordKey(k).cell).row);
    const boxes = todo.blocks.map(b => ({ b, top: parseA1(b.range.split(':')[0]), bottom: parseA1(b.range.split(':')[1] ?? b.range) }));
    for (const x of boxes) for (let r = x.top.row; r <= x.bottom.row && r - x.top.row < 2_000_000; r++) rowsWanted.add(r);
    // Only cells from the leftmost one we may touch in a row are taken apart; those left of it are copied.
    const fillLeft = new Map<number, number>();
    for (const k of todo.fills) {
      const p = parseA1(splitRecordKey(k).cell);
      fillLeft.set(p.row, Math.min(fillLeft.get(p.row) ?? p.col, p.col));
    }
    const leftmost = (r: number) => {
      let col = fillLeft.get(r) ?? Number.MAX_SAFE_INTEGER;
      for (const x of boxes) if (r >= x.top.row && r <= x.bottom.row) col = Math.min(col, x.top.col, x.bottom.col);
      return col;
    };
    const scan = scanRows(xml, lay, r => rowsWanted.has(r), leftmost);
    const find = (cell: string) => {
      const p = parseA1(cell);
      return scan.rows.get(p.row)?.cells.find(c => c.col === p.col);
    };
    // One edit per row, each holding only the maps it uses: removing our columns from 100,000 rows
    // made 200,000 maps when every edit carried both.
    const edits = new Map<number, RowEdit>();
    const edit = (row: number) => {
      let e = edits.get(row);
      if (!e) edits.set(row, (e = {}));
      return e;
    };
    const styleEdits = (row: number) => (edit(row).styles ??= new Map());
    const removalEdits = (row: number) => (edit(row).removals ??= new Map());
    const sig = (c: NonNullable<ReturnType<typeof find>>) => contentSignature(cellSignature(xml, c, () => sharedStrings(ctx)));
    for (const k of todo.fills) {
      const { cell } = splitRecordKey(k);
      const c = find(cell);
      const p = parseA1(cell);
      if (details && details.fills[k]) {
        const d = details.fills[k];
        const want = fp?.filled[k];
        if (c && c.s === d.to && (want === undefined || sig(c) === want)) {
          if (d.s === null && !c.filled && want === '' && c.end - c.start < 40 && !xml.slice(c.tagEnd, c.end).trim()) removalEdits(p.row).set(p.col, '');
          else styleEdits(p.row).set(p.col, d.s);
          res.fillsRestored++;
          continue;
        }
        // Styles renumbered since (the file was saved by another program): still our colour on the same
        // content, so the recorded original colour is put back on the cell's current style.
        if (!c || (want !== undefined && sig(c) !== want) || !OUR_FILLS.has(fillArgbOf(stylesXml, Number(c.s ?? 0)))) {
          kept.push(k);
          continue;
        }
      }
      // A record without patch details (the add-in's, or an old one), or renumbered styles: undo only our own colours.
      const now = c ? fillArgbOf(stylesXml, Number(c.s ?? 0)) : '';
      if (c && OUR_FILLS.has(now)) {
        styles = styles ?? new StyleBook(stylesXml);
        const orig = recordedFillArgb(record.fills[k]);
        styleEdits(p.row).set(p.col, String(orig ? styles.withFill(Number(c.s ?? 0), orig) : styles.withFillId(Number(c.s ?? 0), 0)));
        res.fillsRestored++;
      } else if (c) kept.push(k);
    }
    // Our columns: removed only while they hold exactly what we wrote (else kept whole and reported).
    const xfCount = details ? details.xfCount : Number.MAX_SAFE_INTEGER;
    const origHere = !!details && Object.keys(details.cellsOrig).some(k => splitRecordKey(k).sheet === sheet);
    for (const x of boxes) {
      const inBox: NonNullable<ReturnType<typeof find>>[] = [];
      for (let r = x.top.row; r <= x.bottom.row; r++) {
        for (const c of scan.rows.get(r)?.cells ?? []) if (c.col >= x.top.col && c.col <= x.bottom.col) inBox.push(c);
      }
      let ours: boolean;
      if (fp) {
        const want = fp.blocks?.[recordKey(sheet, x.b.range)];
        if (want === undefined) ours = false;
        else {
          // The signatures once, hashed in place: a pair array per cell cost 200,000 arrays on a 100,000-row column pair.
          const sigs = inBox.map(c => cellSignature(xml, c, () => sharedStrings(ctx)));
          ours = sheetHashOf(emit => inBox.forEach((c, i) => emit(c.ref, sigs[i]))) === want;
        }
      } else {
        // An old record: only while the block's header still says "(hitung ulang)".
        ours = inBox.some(c => c.row === x.top.row && sig(c).endsWith(OWN_COLUMN_MARK));
      }
      if (!ours) {
        kept.push(recordKey(sheet, x.b.range));
        continue;
      }
      for (const c of inBox) {
        // Most runs overwrote nothing of the user's here: no address key is made per cell then.
        const orig = origHere ? details!.cellsOrig[recordKey(sheet, c.ref)] : undefined;
        if (c.filled || Number(c.s ?? -1) >= xfCount || orig !== undefined) removalEdits(c.row).set(c.col, orig ?? '');
      }
    }
    if (edits.size) {
      xml = applyRowEdits(xml, lay, scan.rows, scan.order, edits, lay.prefix).xml;
      const created = details?.rows?.[sheet] ?? [];
      if (created.length) xml = dropEmptyRows(xml, new Set(created), lay.prefix);
    }
    for (const r of [...(details?.regions?.[sheet] ?? [])].reverse()) {
      if (r.ours && xml.includes(r.ours)) xml = xml.replace(r.ours, r.orig);
    }
    if (details?.notes?.[sheet]) {
      const out = removeNotes(pkg, se.part, xml, details.notes[sheet]);
      xml = out.sheetXml;
      append(kept, out.kept.map(c => recordKey(sheet, c)));
      res.notesRestored += Object.keys(details.notes[sheet].cells).length - out.kept.length;
    } else if (!details) {
      const keys = Object.keys(record.notes).filter(k => splitRecordKey(k).sheet === sheet);
      const out = removeLegacyNotes(pkg, se.part, keys.map(k => ({ cell: splitRecordKey(k).cell, original: record.notes[k] })));
      res.notesRestored += out.removed;
      append(kept, out.kept.map(c => recordKey(sheet, c)));
    }
    pkg.set(se.part, xml);
    written.set(se.part, xml);
  }

  // --- our sheets ---
  for (const name of record.sheets) {
    const se = ctx.sheets.find(s => s.name === name);
    if (!se || !se.part || isRecordName(name)) continue;
    let ours: boolean;
    if (fp && fp.sheets[name]) ours = sheetHash(sheetCells(ctx, se.part)) === fp.sheets[name];
    else {
      const first = sheetCells(ctx, se.part).find(c => c[0] === 'A1');
      ours = !!first && (OWN_SHEET_TITLES as readonly string[]).includes(first[1].replace(/^s:/, ''));
    }
    if (!ours) {
      if ((OWN_SHEET_NAMES as readonly string[]).includes(name)) {
        // One of our names holding the user's typing: moved aside (as the add-in does), so the result keeps its name.
        const to = keptSheetName(name, nowIso, new Set(ctx.sheets.map(s => s.name)));
        renameSheetEntry(pkg, ctx.wbPart, se, to);
        ctx.sheets = readSheets(pkg, ctx.wbPart);
        notices.push(`Lembar "${name}" berisi isian atau perubahan Anda sejak perhitungan sebelumnya; lembar itu disimpan sebagai "${to}" dan tidak dihapus.`);
      } else {
        notices.push(`Lembar "${name}" tercatat sebagai hasil alat ini tetapi isinya sudah berubah (atau bukan buatan alat ini), sehingga tidak dihapus.`);
      }
      continue;
    }
    removeSheet(pkg, ctx.wbPart, se);
    ctx.sheets = readSheets(pkg, ctx.wbPart);
    res.sheetsRemoved.push(name);
  }
  const rec = ctx.sheets.find(s => s.name === entry.name);
  if (rec) removeSheet(pkg, ctx.wbPart, rec);
  ctx.sheets = readSheets(pkg, ctx.wbPart);

  // --- styles, once no cell uses what we appended ---
  if (details?.styles && details.stylesPart === ctx.stylesPart) {
    const inUse = ctx.sheets.some(s => s.part && usesStyleFrom(written.get(s.part) ?? pkg.text(s.part) ?? '', details.xfCount));
    const back = inUse ? undefined : undoStyles(pkg.text(ctx.stylesPart) ?? '', details.styles);
    if (back !== undefined) pkg.set(ctx.stylesPart, back);
  }
  if (styles && styles.changed) pkg.set(ctx.stylesPart, styles.serialise().xml);

  if (kept.length) {
    kept = [...new Set(kept)];
    notices.push(`${kept.length} sel hasil alat ini tidak dikembalikan karena sudah berubah sejak dijalankan (misalnya baris disisipkan atau isinya diubah): ${list(kept.map(k => k.replace(/^(.*)!/, '$1!')))}. Periksa sel itu secara manual.`);
  }
  return res;
}

/**
 * True when a cell, row or column start tag uses a style index of `from` or above. Read in place: a match
 * array per styled cell cost 60 MB of garbage on a 100,000-row sheet.
 */
export function usesStyleFrom(xml: string, from: number): boolean {
  for (let i = xml.indexOf('s="'); i >= 0; i = xml.indexOf('s="', i + 3)) {
    const before = xml.charCodeAt(i - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let n = 0;
    let k = i + 3;
    for (let c = xml.charCodeAt(k); c >= 48 && c <= 57; c = xml.charCodeAt(++k)) n = n * 10 + (c - 48);
    if (k === i + 3 || xml.charCodeAt(k) !== 34 || n < from) continue;
    const lt = xml.lastIndexOf('<', i);
    if (lt < 0 || xml.lastIndexOf('>', i) > lt) continue;
    if (/^<(?:[\w.-]+:)?(?:c|row|col)\s/.test(xml.slice(lt, i))) return true;
  }
  return false;
}

function dropEmptyRows(xml: string, rows: Set<number>, p: string): string {
  return xml.replace(new RegExp(`<${p}row r="(\\d+)"(?:/>|></${p}row>)`, 'g'), (m, r: string) => (rows.has(Number(r)) ? '' : m));
}

/** Notes of an add-in (or old) record: removed when their text is still ours ("Hitung Capaian…"). */
function removeLegacyNotes(pkg: XlsxPackage, sheetPart: string, notes: { cell: string; original: string }[]): { removed: number; kept: string[] } {
  const rel = readRels(pkg, sheetPart).find(r => !r.external && /\/comments$/.test(r.type));
  const kept: string[] = [];
  if (!rel || !notes.length) return { removed: 0, kept };
  let cx = pkg.text(rel.part) ?? '';
  const p = rootPrefix(cx);
  const wanted = new Map(notes.map(n => [n.cell.toUpperCase(), n.original]));
  let removed = 0;
  const gone: { row: number; col: number }[] = [];
  for (const e of elements(cx, `${p}comment`).reverse()) {
    const tag = cx.slice(e.start, tagEnd(cx, e.start).end);
    const ref = (attr(tag, 'ref') ?? '').toUpperCase();
    if (!wanted.has(ref)) continue;
    const body = cx.slice(e.start, e.end);
    const text = body.replace(/<[^>]+>/g, '');
    if (!isOwnNote(text)) { kept.push(ref); continue; }
    if (wanted.get(ref)) { kept.push(ref); continue; }
    cx = cx.slice(0, e.start) + cx.slice(e.end);
    const pos = parseA1(ref);
    gone.push({ row: pos.row - 1, col: pos.col - 1 });
    removed++;
  }
  pkg.set(rel.part, cx);
  const vmlRel = readRels(pkg, sheetPart).find(r => !r.external && /\/vmlDrawing$/.test(r.type));
  let vml = vmlRel && pkg.text(vmlRel.part);
  if (vml && vmlRel) {
    for (const g of gone) {
      vml = vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, s => (new RegExp(`<x:Row>${g.row}</x:Row>`).test(s) && new RegExp(`<x:Column>${g.col}</x:Column>`).test(s) ? '' : s));
    }
    pkg.set(vmlRel.part, vml);
  }
  return { removed, kept };
}

export interface PatchResult extends ApplyResult {
  notices: string[];
  /** Plan sheet name → name written. */
  sheetNames: Record<string, string>;
  record: FingerprintedRecord;
}

function freeName(taken: Set<string>, wanted: string): string {
  const has = (n: string) => taken.has(n.toLowerCase()) || isRecordName(n);
  if (!has(wanted)) return wanted;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!has(name)) return name;
  }
}

/** Applies a plan to a package that holds no earlier run (call unpatch first). */
export function patch(pkg: XlsxPackage, plan: WritePlan, now: string): PatchResult {
  const ctx = context(pkg);
  const notices: string[] = [];
  const wbXml = pkg.text(ctx.wbPart)!;
  if (/xmlns(?::\w+)?="http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main"/.test(wbXml.slice(0, 2000))) {
    throw new WorkbookRefusal(`Buku kerja ${pkg.fileName} disimpan dalam format "Strict Open XML". Simpan ulang dari Excel sebagai "Excel Workbook (*.xlsx)", lalu jalankan lagi.`, 'strict_ooxml');
  }
  if (pkg.has('xl/vbaProject.bin')) {
    throw new WorkbookRefusal(`Buku kerja ${pkg.fileName} berisi makro (VBA). Simpan salinannya sebagai "Excel Workbook (*.xlsx)" tanpa makro, lalu jalankan pada salinan itu.`, 'vba');
  }

  const protection = /<(?:[\w.-]+:)?workbookProtection\b[^>]*>/.exec(wbXml)?.[0];
  if (protection && /lockStructure="(1|true)"/.test(protection)) {
    throw new WorkbookRefusal(
      'Struktur buku kerja diproteksi, sehingga lembar hasil tidak dapat ditambahkan. Buka proteksi di Excel (Tinjau > Proteksi Buku Kerja), simpan, lalu jalankan lagi; atau jalankan \'capaian check\' saja.',
      'workbook_protected',
    );
  }
  const userSheets = ctx.sheets.filter(s => !isRecordName(s.name));
  const touched = new Set([...plan.fills.map(f => f.sheet), ...plan.notes.map(n => n.sheet), ...plan.blocks.map(b => b.sheet)]);
  const locked: string[] = [];
  for (const name of touched) {
    const se = userSheets.find(s => s.name === name);
    const xml = se && se.part ? pkg.text(se.part) : undefined;
    if (xml && /<(?:[\w.-]+:)?sheetProtection\b[^>]*\ssheet="(1|true)"/.test(xml)) locked.push(name);
  }
  if (locked.length) {
    throw new WorkbookRefusal(
      `Lembar ${locked.map(n => `"${n}"`).join(', ')} diproteksi, sehingga sorotan dan catatan tidak dapat ditulis. ` +
        'Buka proteksi lembar di Excel (Tinjau > Buka Proteksi Lembar), simpan, lalu jalankan lagi; atau jalankan \'capaian check\' saja.',
      'protected_sheet',
    );
  }
  const stylesXml = pkg.text(ctx.stylesPart);
  const styles = new StyleBook(stylesXml ?? '');
  if (!stylesXml || !styles.usable) {
    throw new WorkbookRefusal(`Buku kerja ${pkg.fileName} tidak memiliki tabel gaya yang lengkap. Buka dan simpan ulang di Excel, lalu jalankan lagi.`, 'no_styles');
  }
  const xfCount = (stylesXml.match(/<(?:[\w.-]+:)?cellXfs\b[\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/)?.[0].match(/<(?:[\w.-]+:)?xf[\s>/]/g) ?? []).length;
  const details: PatchDetails = { stylesPart: ctx.stylesPart, xfCount, fills: {}, cellsOrig: {}, rows: {}, regions: {}, notes: {} };
  const record: FingerprintedRecord = {
    version: 1, at: now, sheets: [], blocks: [], fills: {}, notes: {},
    fingerprint: { workbook: workbookFingerprint(userSheets.map(s => s.name)), sheets: {}, blocks: {}, filled: {} },
    patch: details,
  };
  const fp = record.fingerprint!;
  const result: PatchResult = { sheetsWritten: [], cellsWritten: 0, cellsFilled: 0, notesWritten: 0, notices, sheetNames: {}, record };

  // --- the user's sheets: blocks, fills, notes, one rewrite per sheet ---
  const sheetsInPlan = [...touched];
  for (const sheet of sheetsInPlan) {
    const se = userSheets.find(s => s.name === sheet);
    if (!se || !se.part) continue;
    let xml = pkg.text(se.part)!;
    const lay = sheetLayout(xml);
    const fills = plan.fills.filter(f => f.sheet === sheet);
    const blocks = plan.blocks.filter(b => b.sheet === sheet);
    let notes = plan.notes.filter(n => n.sheet === sheet).map(n => ({ cell: normCell(n.cell), text: n.text }));
    if (!lay) {
      notices.push(`Lembar "${sheet}" memiliki struktur yang tidak dikenali, sehingga sorotan, catatan dan kolom hasil tidak ditulis ke lembar itu.`);
      continue;
    }
    // Rows we must see: fill cells and every block rectangle (with room to shift right).
    const rowsWanted = new Set<number>();
    const fillCells = new Map<string, string>();
    for (const g of fills) for (const ref of expand(g.cells)) fillCells.set(ref, g.color);
    for (const ref of fillCells.keys()) rowsWanted.add(parseA1(ref).row);
    const rects = blocks.map(b => ({ b, ...rectOf(b) }));
    for (const r of rects) for (let row = r.top; row <= r.bottom; row++) rowsWanted.add(row);
    // Per row, the leftmost column an edit may touch (cells left of it are only copied).
    const fromCol = new Map<number, number>();
    const atLeast = (row: number, col: number) => fromCol.set(row, Math.min(fromCol.get(row) ?? col, col));
    for (const ref of fillCells.keys()) { const p = parseA1(ref); atLeast(p.row, p.col); }
    for (const r of rects) for (let row = r.top; row <= r.bottom; row++) atLeast(row, r.left);
    const scan = scanRows(xml, lay, r => rowsWanted.has(r), r => fromCol.get(r) ?? 0);
    if (scan.unsafe) {
      notices.push(`Lembar "${sheet}" memuat ${scan.unsafe}, sehingga sorotan, catatan dan kolom hasil tidak ditulis ke lembar itu agar isinya tidak rusak.`);
      continue;
    }
    const cellAt = (row: number, col: number) => scan.rows.get(row)?.cells.find(c => c.col === col);
    const merges = mergedAreas(xml, lay);
    const tables = tableAreas(pkg, se.part);
    const edits = new Map<number, RowEdit>();
    const edit = (row: number) => {
      let e = edits.get(row);
      if (!e) edits.set(row, (e = { styles: new Map(), inserts: new Map() }));
      return e;
    };
    // Our columns, placed: their cells' XML is made only as each row is written (when the package is saved).
    const placed: { top: number; left: number; rows: PlannedCell[][] }[] = [];
    const placedRows = new Set<number>();
    const placedAt = (row: number, col: number) => placed.some(x => row >= x.top && col >= x.left && !isEmptyPlanned(x.rows[row - x.top]?.[col - x.left]));
    const taken = (row: number, col: number) => !!edits.get(row)?.inserts?.has(col) || placedAt(row, col);
    const sig = (row: number, col: number) => {
      const c = cellAt(row, col);
      return c ? contentSignature(cellSignature(xml, c, () => sharedStrings(ctx))) : '';
    };

    const widths: { left: number; right: number; width: number }[] = [];
    // Blocks first: a fill never lands in a block, and notes on a moved block move with it.
    for (const r of rects) {
      const free = (shift: number) => {
        for (let row = r.top; row <= r.bottom; row++) {
          for (let col = r.left + shift; col <= r.right + shift; col++) {
            const c = cellAt(row, col);
            if (c && c.filled) return false;
            if (taken(row, col)) return false;
            if (merges.some(m => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right)) return false;
            if (tables.some(m => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right)) return false;
          }
        }
        return true;
      };
      let shift = 0;
      while (!free(shift) && shift < MAX_BLOCK_SHIFT) shift++;
      if (!free(shift)) {
        notices.push(`Kolom hasil hitung ulang untuk lembar "${sheet}" di ${r.b.topLeft} tidak ditulis karena sel di sebelah kanan tabel sudah terisi.`);
        notes = notes.filter(n => !inRect(n.cell, r));
        continue;
      }
      const b = shift ? shiftBlock(r.b, shift, r) : r.b;
      if (shift) {
        notices.push(`Kolom hasil hitung ulang di lembar "${sheet}" digeser ke kolom ${columnLetter(r.left + shift)} karena kolom ${columnLetter(r.left)} sudah terisi.`);
        notes = notes.map(n => (inRect(n.cell, r) ? { ...n, cell: a1(parseA1(n.cell).row, parseA1(n.cell).col + shift) } : n));
      }
      const left = r.left + shift;
      b.rows.forEach((line, i) => line.forEach((pc, j) => {
        if (isEmptyPlanned(pc)) return;
        const row = r.top + i;
        const col = left + j;
        const existing = cellAt(row, col);
        if (existing) details.cellsOrig[recordKey(sheet, a1(row, col))] = xml.slice(existing.start, existing.end);
        // The cell's style is taken now, in the order the cells are written, so styles.xml is complete.
        cellStyle(pc, styles);
        placedRows.add(row);
        result.cellsWritten++;
      }));
      placed.push({ top: r.top, left, rows: b.rows });
      const range = `${a1(r.top, left)}:${a1(r.bottom, r.right + shift)}`;
      record.blocks.push({ sheet, range });
      fp.blocks[recordKey(sheet, range)] = sheetHashOf(emit => b.rows.forEach((line, i) => line.forEach((pc, j) => {
        if (!isEmptyPlanned(pc)) emit(a1(r.top + i, left + j), plannedSignature(pc));
      })));
      if (b.columnWidth) widths.push({ left: r.left + shift, right: r.right + shift, width: b.columnWidth });
    }
    // Fills: the cell's own style plus our colour.
    for (const [ref, color] of fillCells) {
      const p = parseA1(ref);
      if (taken(p.row, p.col)) continue;
      const c = cellAt(p.row, p.col);
      const key = recordKey(sheet, ref);
      const to = String(styles.withFill(c?.s !== undefined ? Number(c.s) : undefined, color));
      if (c) edit(p.row).styles!.set(p.col, to);
      else edit(p.row).inserts!.set(p.col, `<${lay.prefix}c r="${ref}" s="${to}"/>`);
      details.fills[key] = { s: c?.s ?? null, to };
      fp.filled[key] = sig(p.row, p.col);
      record.fills[key] = c?.s !== undefined ? fillArgbOf(stylesXml, Number(c.s)) : '';
      result.cellsFilled++;
    }
    // sheetData's rows, when edited and not self-closing, are kept as a stream: `xml` is then the sheet
    // without them (edited below outside sheetData), and they are put back in as the package is saved.
    let body: (() => Iterable<string>) | undefined;
    if (edits.size || placed.length) {
      const more: RowInserts = {
        has: row => placedRows.has(row),
        rows: () => placedRows,
        cells: row => {
          const m = new Map<number, string>();
          for (const x of placed) {
            x.rows[row - x.top]?.forEach((pc, j) => {
              if (!isEmptyPlanned(pc)) m.set(x.left + j, cellXml(a1(row, x.left + j), pc, styles, lay.prefix));
            });
          }
          return m;
        },
      };
      const out = editRows(xml, lay, scan.rows, scan.order, edits, lay.prefix, more);
      if (out.createdRows.length) details.rows[sheet] = out.createdRows;
      if (lay.dataSelfClosing) xml = [...out.chunks(0, xml.length)].join('');
      else {
        const source = xml;
        body = () => out.chunks(lay.dataInner, lay.dataInnerEnd);
        xml = source.slice(0, lay.dataInner) + source.slice(lay.dataInnerEnd);
      }
    }
    for (const w of widths) {
      const done = widenColumns(xml, lay.prefix, w.left, w.right, w.width);
      if (!done) continue;
      xml = done.xml;
      (details.regions[sheet] = details.regions[sheet] ?? []).push(done.region);
    }
    if (notes.length) {
      const out = addNotes(pkg, se.part, xml, notes);
      if (out.reason) notices.push(`Catatan untuk lembar "${sheet}" tidak ditulis (${out.reason}); temuan tetap tercantum di lembar "Temuan".`);
      if (out.skipped.length && !out.reason) notices.push(`${out.skipped.length} sel di lembar "${sheet}" sudah memiliki catatan Anda, sehingga catatan alat ini tidak ditambahkan di sana (${list(out.skipped)}); temuannya ada di lembar "Temuan".`);
      if (out.undo) {
        xml = out.sheetXml;
        details.notes[sheet] = out.undo;
        for (const c of Object.keys(out.undo.cells)) record.notes[recordKey(sheet, c)] = '';
        result.notesWritten += Object.keys(out.undo.cells).length;
      }
    }
    if (!body) pkg.set(se.part, xml);
    else {
      const skeleton = xml;
      const rows = body;
      // The sheet's elements outside sheetData may have changed (column widths, a legacyDrawing): its rows go
      // back where its empty sheetData now is.
      const at = sheetLayout(skeleton)!.dataInner;
      pkg.setChunks(se.part, function* () {
        yield skeleton.slice(0, at);
        yield* rows();
        yield skeleton.slice(at);
      });
    }
  }

  // --- our sheets, after the user's ---
  const taken = new Set(ctx.sheets.map(s => s.name.toLowerCase()));
  for (const sw of plan.sheets) {
    const name = freeName(taken, sw.name);
    taken.add(name.toLowerCase());
    if (name !== sw.name) notices.push(`Lembar "${sw.name}" sudah ada dan bukan buatan alat ini; hasil ditulis ke lembar "${name}".`);
    result.sheetNames[sw.name] = name;
    const own = ownSheetXml(sw, styles);
    addSheet(pkg, ctx.wbPart, name, own.xml, sw.hidden ? 'hidden' : 'visible');
    fp.sheets[name] = sheetHashOf(emit => sw.rows.forEach((row, r) => row.forEach((pc, c) => {
      if (!isEmptyPlanned(pc)) emit(a1(r + 1, c + 1), plannedSignature(pc));
    })));
    record.sheets.push(name);
    result.sheetsWritten.push(name);
    result.cellsWritten += own.cells;
  }

  if (styles.changed) {
    const s = styles.serialise();
    pkg.set(ctx.stylesPart, s.xml);
    details.styles = s.undo;
  }
  let recordName = RUN_RECORD_SHEET;
  for (let k = 2; taken.has(recordName.toLowerCase()); k++) recordName = `${RUN_RECORD_SHEET} (${k})`;
  if (recordName !== RUN_RECORD_SHEET) notices.push(`Catatan hasil disimpan di lembar tersembunyi "${recordName}" karena nama "${RUN_RECORD_SHEET}" sudah dipakai lembar Anda.`);
  addSheet(pkg, ctx.wbPart, recordName, recordSheetXml(encodeRecord(record)), 'veryHidden');
  return result;
}

function normCell(cell: string): string {
  const p = parseA1(cell);
  return a1(p.row, p.col);
}

function expand(cells: string[]): string[] {
  const out: string[] = [];
  for (const ref of cells) {
    const [from, to] = ref.split(':');
    if (!to) { out.push(normCell(from)); continue; }
    const p = parseA1(from);
    const q = parseA1(to);
    for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) out.push(a1(r, c));
  }
  return out;
}

function rectOf(b: BlockWrite): { top: number; left: number; bottom: number; right: number } {
  const p = parseA1(b.topLeft);
  // A loop, not Math.max(...rows): a block of 300,000 rows would overflow the call stack.
  let width = 1;
  for (const r of b.rows) if (r.length > width) width = r.length;
  return { top: p.row, left: p.col, bottom: p.row + Math.max(1, b.rows.length) - 1, right: p.col + width - 1 };
}

function inRect(cell: string, r: { top: number; left: number; bottom: number; right: number }): boolean {
  const p = parseA1(cell);
  return p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right;
}

/** A block moved right: references to the block's own columns move with it; source refs stay. */
function shiftBlock(b: BlockWrite, shift: number, box: { left: number; right: number }): BlockWrite {
  const move = (f: string) => f.replace(/(^|[^A-Za-z0-9_!'$])([A-Z]{1,3})(\d+)(?![A-Za-z0-9_(])/g, (m, pre: string, col: string, row: string) => {
    const n = columnNumber(col);
    return n >= box.left && n <= box.right ? `${pre}${columnLetter(n + shift)}${row}` : m;
  });
  return { ...b, rows: b.rows.map(r => r.map(pc => (pc && pc.formula ? { ...pc, formula: move(pc.formula) } : pc))) };
}

/** Table areas on the sheet: our columns never go inside a table. */
function tableAreas(pkg: XlsxPackage, sheetPart: string): { top: number; left: number; bottom: number; right: number }[] {
  const out: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const r of readRels(pkg, sheetPart)) {
    if (r.external || !isType(r, 'x/table')) continue;
    const xml = pkg.text(r.part);
    const ref = xml && /<(?:[\w.-]+:)?table\b[^>]*\sref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(xml);
    if (ref) out.push({ left: columnNumber(ref[1]), top: Number(ref[2]), right: columnNumber(ref[3]), bottom: Number(ref[4]) });
  }
  return out;
}

/** Sets our columns' width when no <col> of the user covers them; returns the exact text replaced. */
function widenColumns(xml: string, p: string, left: number, right: number, width: number): { xml: string; region: { orig: string; ours: string } } | undefined {
  const col = `<${p}col min="${left}" max="${right}" width="${width}" customWidth="1"/>`;
  const at = findTag(xml, `${p}cols`);
  if (at < 0) {
    const sd = findTag(xml, `${p}sheetData`);
    if (sd < 0) return undefined;
    const ours = `<${p}cols>${col}</${p}cols>`;
    return { xml: xml.slice(0, sd) + ours + xml.slice(sd), region: { orig: '', ours } };
  }
  const end = elementEnd(xml, at, `${p}cols`);
  const orig = xml.slice(at, end);
  const cols = elements(orig, `${p}col`);
  let insertAt = orig.length - `</${p}cols>`.length;
  for (const c of cols) {
    const tag = orig.slice(c.start, tagEnd(orig, c.start).end);
    const min = Number(attr(tag, 'min'));
    const max = Number(attr(tag, 'max'));
    if (max >= left && min <= right) return undefined;
    if (min > right) { insertAt = c.start; break; }
  }
  if (orig.endsWith('/>')) return undefined;
  const ours = orig.slice(0, insertAt) + col + orig.slice(insertAt);
  return { xml: xml.slice(0, at) + ours + xml.slice(end), region: { orig, ours } };
}

/** The run record a package holds (from a sheet that is not visible), with its sheet's part; for tests and tools. */
export function readRunRecord(pkg: XlsxPackage): { record: FingerprintedRecord; part: string } | undefined {
  const ctx = context(pkg);
  const found = findRecord(ctx, []);
  return found ? { record: found.record, part: found.entry.part } : undefined;
}
