import { columnLetter, columnNumber } from '../../model/address';
import * as fs from 'fs';
import * as path from 'path';
import { usedRange, type Cell, type MergedArea, type RawValue, type SheetGrid, type WorkbookData } from '../../model/grid';
import { RUN_RECORD_SHEET } from '../../model/write-plan';
import { WorkbookRefusal } from '../../model/workbook-port';
import { decodeText, scanXml, unescapeOoxml, type Tag, type XmlHandler } from './xml-scan';
import { ZipArchive, ZipError, type ZipLimits, DEFAULT_LIMITS } from './zip';

/**
 * Reads an .xlsx package as Excel does: [Content_Types].xml and _rels/.rels lead to the workbook part,
 * its relationships to every sheet part whatever its name, and each sheet's XML is scanned straight into
 * the core's grid. Only what the grid holds is built: values, formulas, number formats, bold, indent,
 * merges, hidden rows.
 *
 * The grid is the one the exceljs reader (read.ts, loadWorkbook + workbookToData) produced, cell by cell;
 * the deliberate differences are listed in test/xlsx-read/equality.test.ts:
 *  - sheets whose part is not named xl/worksheets/sheetN.xml are read (exceljs dropped them);
 *  - number formats keep their escapes as written (0\% stays 0\%, exceljs made it 0%);
 *  - ISO date cells (t="d") become Excel serial numbers (exceljs read "2023-05-17" as 2023);
 *  - a shared-string index out of range reads as an empty cell (exceljs failed the whole file).
 */

export interface PackageReadOptions {
  limits?: Partial<ZipLimits>;
  /** Filled cells over all sheets; beyond this the workbook is refused before its grid is built. */
  maxCells?: number;
}

/** How large a grid a workbook may make before it is refused, as the zip's own limits (zip.ts) guard the archive. */
export const GRID_LIMITS = {
  /** Non-empty cells over all sheets: 300,000 rows of 12 columns fit, an 8-million-cell sheet does not. */
  cells: 5_000_000,
  /** Cells one merged area covers: a larger one would make the grid (and exceljs) allocate every cell. */
  mergeCells: 5_000_000,
  /** Rows × columns of one sheet's used range. */
  slots: 60_000_000,
} as const;

/** What the package holds besides the grid, for callers that must decide how to go on. */
export interface PackageInfo {
  data: WorkbookData;
  /** The hidden record of an earlier run is present (read.ts's callers undo it through exceljs). */
  hasRunRecord: boolean;
  /** Every part name in the archive, from the central directory. */
  parts: string[];
}

export async function readXlsxPackage(file: string, opts: PackageReadOptions = {}): Promise<WorkbookData> {
  return (await readPackageInfo(file, opts)).data;
}

export async function readPackageInfo(file: string, opts: PackageReadOptions = {}): Promise<PackageInfo> {
  const buf = readFileOrRefuse(file);
  const name = path.basename(file);
  const zip = openPackage(buf, name, opts.limits);
  try {
    return readOpened(zipParts(zip), name, opts);
  } catch (e) {
    throw asRefusal(e, name);
  }
}

/**
 * The same read over a package already in memory (e.g. one the patcher produced with an earlier run taken
 * out), so no temporary file is needed. `name` is the workbook name the report shows.
 */
export function readPackageBuffer(buf: Buffer, name: string, opts: PackageReadOptions = {}): PackageInfo {
  if (isOle(buf)) throw oleRefusal(buf, name);
  if (buf.length < 4 || buf[0] !== 0x50 || buf[1] !== 0x4b) throw notXlsx(name);
  const zip = openPackage(buf, name, opts.limits);
  try {
    return readOpened(zipParts(zip), name, opts);
  } catch (e) {
    throw asRefusal(e, name);
  }
}

/** The file's bytes, after refusing what is not a file or is plainly not a workbook, each with what to do. */
export function readFileOrRefuse(file: string): Buffer {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new WorkbookRefusal(`Berkas tidak ditemukan: ${file}; periksa nama dan lokasi berkas, lalu coba lagi.`, 'not_found');
  }
  if (stat.isDirectory()) {
    throw new WorkbookRefusal(`${name} adalah folder, bukan berkas buku kerja; sebutkan berkas .xlsx di dalamnya (misalnya ${path.join(file, 'laporan.xlsx')}), lalu coba lagi.`, 'directory');
  }
  if (!stat.isFile()) throw notXlsx(name);
  if (stat.size > MAX_FILE_BYTES) {
    throw new WorkbookRefusal(`Berkas ${name} berukuran ${Math.round(stat.size / 1048576)} MB, terlalu besar untuk dibaca dengan aman; pisahkan tabelnya ke beberapa buku kerja, lalu coba lagi.`, 'too_large');
  }
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    throw new WorkbookRefusal(`Berkas ${name} tidak dapat dibuka (${(e as NodeJS.ErrnoException).code ?? 'akses ditolak'}); periksa izin berkas atau tutup berkas itu di program lain, lalu coba lagi.`, 'unreadable');
  }
  if (isOle(buf)) throw oleRefusal(buf, name);
  if (buf.length < 4 || buf[0] !== 0x50 || buf[1] !== 0x4b) throw notXlsx(name);
  return buf;
}

const MAX_FILE_BYTES = 512 * 1024 * 1024;

function notXlsx(name: string): WorkbookRefusal {
  return new WorkbookRefusal(`Berkas ${name} bukan buku kerja .xlsx; simpan ulang dari Excel sebagai "Excel Workbook (*.xlsx)", lalu coba lagi.`, 'not_xlsx');
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isOle(buf: Buffer): boolean {
  return buf.length >= 8 && OLE_MAGIC.every((b, i) => buf[i] === b);
}

/**
 * An OLE compound file is either a password-protected .xlsx (Excel wraps the encrypted package in one,
 * beside an EncryptionInfo stream) or a legacy .xls workbook.
 */
function oleRefusal(buf: Buffer, name: string): WorkbookRefusal {
  if (buf.indexOf(Buffer.from('EncryptionInfo', 'utf16le')) >= 0 || buf.indexOf(Buffer.from('EncryptedPackage', 'utf16le')) >= 0) {
    return new WorkbookRefusal(`Buku kerja ${name} dilindungi kata sandi sehingga isinya tidak dapat dibaca; buka di Excel, hapus kata sandinya (File > Info > Lindungi Buku Kerja > Enkripsi dengan Kata Sandi), simpan, lalu coba lagi.`, 'encrypted');
  }
  return new WorkbookRefusal(`Berkas ${name} berformat Excel 97–2003 (.xls), bukan buku kerja .xlsx; buka di Excel lalu simpan sebagai "Excel Workbook (*.xlsx)", lalu coba lagi.`, 'xls');
}

/**
 * What the grid reader needs of a package: the archive as opened, or the patcher's package with an earlier
 * run taken out (read in place: writing it out as a zip to open it again cost a copy and a second inflate).
 */
export interface PartSource {
  has(name: string): boolean;
  read(name: string): Buffer;
  size(name: string): number;
  names(): string[];
  stream(name: string, onChunk: (chunk: Uint8Array) => void): void;
}

function zipParts(zip: ZipArchive): PartSource {
  return {
    has: n => zip.has(n),
    read: n => zip.read(n),
    size: n => zip.entry(n)!.size,
    names: () => zip.entries.map(e => e.name),
    stream: (n, onChunk) => zip.stream(n, onChunk),
  };
}

/** The grid of parts already in memory (see PartSource); `name` is the workbook name the report shows. */
export function readParts(parts: PartSource, name: string, opts: PackageReadOptions = {}): PackageInfo {
  try {
    return readOpened(parts, name, opts);
  } catch (e) {
    throw asRefusal(e, name);
  }
}

/** Opens the archive's central directory, turning every zip problem into one Indonesian sentence. */
export function openPackage(buf: Buffer, name: string, limits?: Partial<ZipLimits>): ZipArchive {
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(buf, { ...DEFAULT_LIMITS, ...limits });
  } catch (e) {
    throw asRefusal(e, name);
  }
  if (zip.has('mimetype') && zip.has('content.xml') && !zip.has('[Content_Types].xml')) {
    throw new WorkbookRefusal(`Berkas ${name} adalah lembar kerja OpenDocument (.ods), bukan buku kerja .xlsx; buka di LibreOffice atau Excel lalu simpan sebagai "Excel 2007-365 (.xlsx)", lalu coba lagi.`, 'ods');
  }
  if (zip.has('xl/workbook.bin')) {
    throw new WorkbookRefusal(`Berkas ${name} adalah buku kerja biner Excel (.xlsb), bukan .xlsx; buka di Excel lalu simpan sebagai "Excel Workbook (*.xlsx)", lalu coba lagi.`, 'xlsb');
  }
  return zip;
}

/** One sentence per problem, with what to do; never the library's own text. */
export function asRefusal(e: unknown, name: string): Error {
  if (e instanceof WorkbookRefusal) return e;
  if (!(e instanceof ZipError)) return e as Error;
  switch (e.problem) {
    case 'not_zip':
      return notXlsx(name);
    case 'encrypted':
      return new WorkbookRefusal(`Buku kerja ${name} dilindungi kata sandi sehingga isinya tidak dapat dibaca; buka di Excel, hapus kata sandinya, simpan, lalu coba lagi.`, 'encrypted');
    case 'bomb':
      return new WorkbookRefusal(`Berkas ${name} memuat bagian yang mengembang jauh melebihi ukuran wajarnya (ciri bom zip), sehingga tidak dibaca; simpan ulang buku kerja itu dari Excel, lalu coba lagi.`, 'zip_bomb');
    case 'too_large':
    case 'too_many_entries':
      return new WorkbookRefusal(`Buku kerja ${name} terlalu besar untuk dibaca dengan aman (satu lembarnya lebih dari ${Math.round(DEFAULT_LIMITS.maxEntrySize / 1048576)} MB setelah diekstrak); pisahkan tabelnya ke beberapa buku kerja, lalu coba lagi.`, 'too_large');
    case 'unsupported':
      return new WorkbookRefusal(`Berkas ${name} memakai format zip yang tidak didukung; buka di Excel, simpan ulang sebagai "Excel Workbook (*.xlsx)", lalu coba lagi.`, 'unreadable');
    default:
      return new WorkbookRefusal(`Berkas ${name} rusak sehingga tidak dapat dibaca sebagai .xlsx; buka di Excel (yang menawarkan perbaikan), simpan ulang, lalu coba lagi.`, 'unreadable');
  }
}

// ---------------------------------------------------------------------------------------------
// Package structure

interface Rel {
  id: string;
  type: string;
  target: string;
}

/** Relationships of a part, targets resolved to part names. */
function readRels(zip: PartSource, relsPart: string, sourceDir: string): Rel[] {
  if (!zip.has(relsPart)) return [];
  const rels: Rel[] = [];
  scanXml(zip.read(relsPart), {
    open(name, tag) {
      if (name !== 'Relationship') return;
      const a = tag.attrs();
      if (a.TargetMode === 'External' || !a.Target) return;
      rels.push({ id: a.Id ?? '', type: a.Type ?? '', target: resolvePart(sourceDir, a.Target) });
    },
    close() {},
  });
  return rels;
}

/** A relationship target as a part name: "/xl/a.xml" is absolute, "worksheets/b.xml" relative to the source. */
export function resolvePart(sourceDir: string, target: string): string {
  const t = target.trim().replace(/\\/g, '/');
  const joined = t.startsWith('/') ? t.slice(1) : (sourceDir ? sourceDir + '/' : '') + t;
  const out: string[] = [];
  for (const seg of joined.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.map(s => { try { return decodeURIComponent(s); } catch { return s; } }).join('/');
}

const typeIs = (rel: Rel, kind: string) => rel.type.endsWith('/' + kind);

/** The part an officeDocument relationship points at; content types as the fallback, then the usual name. */
function workbookPart(zip: PartSource): string {
  const main = readRels(zip, '_rels/.rels', '').find(r => typeIs(r, 'officeDocument'));
  if (main && zip.has(main.target)) return main.target;
  if (zip.has('[Content_Types].xml')) {
    let found: string | undefined;
    scanXml(zip.read('[Content_Types].xml'), {
      open(name, tag) {
        if (name !== 'Override' || found) return;
        const ct = tag.attr('ContentType') ?? '';
        if (/spreadsheetml\.sheet\.main\+xml|sheet\.macroEnabled\.main\+xml|spreadsheetml\.template\.main\+xml/.test(ct)) {
          found = resolvePart('', tag.attr('PartName') ?? '');
        }
      },
      close() {},
    });
    if (found && zip.has(found)) return found;
  }
  return 'xl/workbook.xml';
}

interface SheetEntry {
  name: string;
  state: string;
  part?: string;
}

function readOpened(zip: PartSource, name: string, opts: PackageReadOptions): PackageInfo {
  const wbPart = workbookPart(zip);
  if (!zip.has(wbPart)) {
    throw new WorkbookRefusal(`Berkas ${name} adalah arsip zip tetapi bukan buku kerja Excel; simpan dari Excel sebagai "Excel Workbook (*.xlsx)", lalu coba lagi.`, 'not_xlsx');
  }
  const wbDir = path.posix.dirname(wbPart) === '.' ? '' : path.posix.dirname(wbPart);
  const rels = readRels(zip, `${wbDir ? wbDir + '/' : ''}_rels/${path.posix.basename(wbPart)}.rels`, wbDir);
  const relById = new Map(rels.map(r => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  scanXml(zip.read(wbPart), {
    open(el, tag) {
      if (el === 'sheet') {
        const a = tag.attrs();
        const rid = Object.keys(a).find(k => k === 'id' || k.endsWith(':id'));
        const rel = rid ? relById.get(a[rid]) : undefined;
        // Chart sheets, dialog and macro sheets hold no cells; exceljs skipped them too.
        const part = rel && typeIs(rel, 'worksheet') && zip.has(rel.target) ? rel.target : undefined;
        sheets.push({ name: a.name ?? '', state: a.state ?? 'visible', part });
      } else if (el === 'workbookPr') {
        const v = tag.attr('date1904');
        date1904 = v === '1' || v === 'true';
      }
    },
    close() {},
  });
  const sstRel = rels.find(r => typeIs(r, 'sharedStrings'));
  const stylesRel = rels.find(r => typeIs(r, 'styles'));
  const strings = sstRel && zip.has(sstRel.target) ? readSharedStrings(zip.read(sstRel.target)) : [];
  const styles = stylesRel && zip.has(stylesRel.target) ? readStyles(zip.read(stylesRel.target)) : [];

  const maxCells = opts.maxCells ?? GRID_LIMITS.cells;
  const worksheets = sheets.filter(s => s.part);
  // Only our very hidden sheet is the run record; a visible sheet a person named like it is theirs to check.
  const isRecord = (s: { name: string; state: string }) => s.name === RUN_RECORD_SHEET && s.state === 'veryHidden';
  // Count the cells of every sheet before building any grid, so a huge workbook is refused at the cost of
  // inflating it once, not of holding millions of cell objects. A cell with a value takes at least
  // 15 bytes (<c><v>1</v></c>), so a part's declared size bounds its cells and small parts are not counted.
  let bound = 0;
  for (const s of worksheets) {
    if (isRecord(s)) continue;
    const size = zip.size(s.part!);
    if (bound + size / 15 <= maxCells) { bound += size / 15; continue; }
    bound += countCells(zip, s.part!);
    if (bound > maxCells) throw tooManyCells(name, maxCells);
  }
  const ctx: SheetContext = { strings, styles, date1904, name, maxCells, cellsSoFar: 0 };
  const out: SheetGrid[] = [];
  let hasRunRecord = false;
  worksheets.forEach((s, index) => {
    if (isRecord(s)) { hasRunRecord = true; return; }
    out.push(readSheet(zip.read(s.part!), s, index, ctx));
  });
  return { data: { name, sheets: out }, hasRunRecord, parts: zip.names() };
}

function tooManyCells(name: string, max: number): WorkbookRefusal {
  return new WorkbookRefusal(
    `Buku kerja ${name} berisi lebih dari ${max.toLocaleString('id-ID')} sel terisi, melebihi batas yang dapat diperiksa dengan aman; pisahkan tabelnya ke beberapa buku kerja, lalu coba lagi.`,
    'too_many_cells',
  );
}

/**
 * Cells in a sheet part, counted on its bytes as they are inflated (the part is never held whole):
 * "<c " and "<c>", or with the prefix the part uses (x:c).
 */
function countCells(zip: PartSource, part: string): number {
  let patterns: Buffer[] | undefined;
  let n = 0;
  let tail = Buffer.alloc(0);
  zip.stream(part, chunk => {
    const b = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (!patterns) {
      const root = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(b.toString('latin1', 0, Math.min(b.length, 4096)));
      const prefix = root && root[1] ? root[1] : '';
      patterns = [Buffer.from(`<${prefix}c `), Buffer.from(`<${prefix}c>`)];
    }
    const k = patterns[0].length;
    // Matches across the boundary: in the last k-1 bytes before it and the first k-1 after it.
    const seam = Buffer.concat([tail, b.subarray(0, k - 1)]);
    for (const p of patterns) {
      for (let i = seam.indexOf(p); i >= 0; i = seam.indexOf(p, i + 1)) n++;
      for (let i = b.indexOf(p); i >= 0; i = b.indexOf(p, i + k)) n++;
    }
    tail = Buffer.from(b.subarray(Math.max(0, b.length - (k - 1))));
  });
  return n;
}

// ---------------------------------------------------------------------------------------------
// Shared strings and styles

type Sst = (string | null)[];

/** Shared strings: plain or rich text (runs joined), phonetic runs left out, _xHHHH_ escapes resolved. */
function readSharedStrings(b: Uint8Array): Sst {
  const out: Sst = [];
  let inSi = false;
  let depthRph = 0;
  let inT = false;
  let parts: string[] | null = null;
  scanXml(b, {
    open(name) {
      if (name === 'si') { inSi = true; parts = null; }
      else if (name === 'rPh') depthRph++;
      else if (name === 't' && inSi && !depthRph) { inT = true; if (!parts) parts = []; }
    },
    close(name) {
      if (name === 'si') { out.push(parts ? unescapeOoxml(parts.join('')) : null); inSi = false; }
      else if (name === 'rPh') depthRph--;
      else if (name === 't') inT = false;
    },
    text(buf, s, e) {
      if (inT && parts) parts.push(decodeText(buf, s, e));
    },
  });
  return out;
}

/** What a cell style (an entry of cellXfs) means to the grid. */
interface XfInfo {
  numFmt?: string;
  bold: boolean;
  indent?: number;
  /** The number format shows a date or time: exceljs turned such numbers into Dates and back. */
  date: boolean;
}

/** Built-in number formats (ECMA-376 18.8.30) that hold the same text in every locale, as exceljs lists them. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

function readStyles(b: Uint8Array): XfInfo[] {
  const custom = new Map<number, string>();
  const fontsBold: boolean[] = [];
  const xfs: { numFmtId: number; fontId: number; indent?: number }[] = [];
  let where: 'fonts' | 'cellXfs' | '' = '';
  let inFont = false;
  let fontBold = false;
  let xf: { numFmtId: number; fontId: number; indent?: number } | null = null;
  scanXml(b, {
    open(name, tag) {
      switch (name) {
        case 'numFmt': {
          const id = parseInt(tag.attr('numFmtId') ?? '', 10);
          const code = tag.attr('formatCode');
          if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
          break;
        }
        case 'fonts': where = 'fonts'; break;
        case 'cellXfs': where = 'cellXfs'; break;
        case 'cellStyleXfs': case 'dxfs': where = ''; break;
        case 'font':
          if (where === 'fonts') { inFont = true; fontBold = false; }
          break;
        case 'b':
          if (inFont) {
            const v = tag.attr('val');
            fontBold = v === undefined || v === '1' || v === 'true';
          }
          break;
        case 'xf':
          if (where === 'cellXfs') {
            xf = { numFmtId: parseInt(tag.attr('numFmtId') ?? '0', 10) || 0, fontId: parseInt(tag.attr('fontId') ?? '0', 10) || 0 };
          }
          break;
        case 'alignment':
          if (xf) {
            const ind = parseInt(tag.attr('indent') ?? '', 10);
            if (ind) xf.indent = ind;
          }
          break;
      }
    },
    close(name) {
      if (name === 'font' && inFont) { fontsBold.push(fontBold); inFont = false; }
      else if (name === 'xf' && xf) { xfs.push(xf); xf = null; }
      else if (name === 'fonts' || name === 'cellXfs') where = '';
    },
  });
  return xfs.map(x => {
    const code = x.numFmtId ? custom.get(x.numFmtId) ?? BUILTIN_FORMATS[x.numFmtId] : undefined;
    const info: XfInfo = { bold: !!fontsBold[x.fontId], date: !!code && isDateFormat(code) };
    if (code !== undefined) info.numFmt = code;
    if (x.indent) info.indent = x.indent;
    return info;
  });
}

/** A format that shows a date or time: y m d h s (or b, Buddhist year) outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '');
  return /[ymdhMsb]/.test(bare.replace(/general/gi, ''));
}

// ---------------------------------------------------------------------------------------------
// Sheets

interface SheetContext {
  strings: Sst;
  styles: XfInfo[];
  date1904: boolean;
  name: string;
  maxCells: number;
  cellsSoFar: number;
}

interface Master {
  row: number;
  col: number;
  formula: string | undefined;
}

/**
 * The rows as read: lines[r] holds sheet row r from column A (index 0), nulls between cells; once the used
 * range is known each becomes a grid row by one exact-size copy.
 */
interface SheetStore {
  lines: ((Cell | null)[] | undefined)[];
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Rows marked hidden, and whether each holds a cell. */
  hidden: Map<number, boolean>;
}

function readSheet(b: Buffer, entry: SheetEntry, index: number, ctx: SheetContext): SheetGrid {
  const store: SheetStore = { lines: [], top: Infinity, bottom: -Infinity, left: Infinity, right: -Infinity, hidden: new Map() };
  const merges: MergedArea[] = [];
  const masters = new Map<string, Master>();
  let isProtected = false;

  let row = 0; // the current row number, 0 outside <row>
  let nextRow = 1;
  let nextCol = 1;
  // The cell being read.
  let inCell = false;
  let cRow = 0;
  let cCol = 0;
  let cType = '';
  let cStyle = -1;
  let vText: string | undefined;
  let fText: string | undefined;
  let fType: string | undefined;
  let fSi: string | undefined;
  let fRef: string | undefined;
  let isParts: string[] | null = null;
  let target: 0 | 1 | 2 | 3 = 0; // 0 none, 1 v, 2 f, 3 t of an inline string
  let rphDepth = 0;
  // The <v> text as a byte range while it comes in one piece (always, in practice): numbers and
  // shared-string indexes are then read from the bytes without a string per cell.
  let vStart = -1;
  let vEnd = -1;
  let cachedNumber: number | undefined;
  const cellAttrs: CellAttrs = { row: 0, col: 0, type: '', style: -1 };

  const startRow = (r: number, hidden: boolean) => {
    row = r;
    if (hidden && !store.hidden.has(r)) store.hidden.set(r, false);
    nextRow = r + 1;
    nextCol = 1;
  };

  const handler: XmlHandler = {
    open(name, tag) {
      if (inCell) {
        switch (name) {
          case 'v': target = 1; return;
          case 'f':
            target = 2;
            fType = tag.attr('t');
            fSi = tag.attr('si');
            fRef = tag.attr('ref');
            return;
          case 'is': isParts = []; return;
          case 'rPh': rphDepth++; return;
          case 't': if (isParts && !rphDepth) target = 3; return;
          default: return;
        }
      }
      switch (name) {
        case 'row': {
          const r = parseInt(tag.attr('r') ?? '', 10);
          const h = tag.attr('hidden');
          startRow(r > 0 ? r : nextRow, h === '1' || h === 'true');
          return;
        }
        case 'c': {
          if (!row) startRow(nextRow, false);
          inCell = true;
          cType = '';
          cStyle = -1;
          vText = fText = fType = fSi = fRef = undefined;
          vStart = vEnd = -1;
          cachedNumber = undefined;
          isParts = null;
          target = 0;
          rphDepth = 0;
          cellAttrs.row = 0;
          cellAttrs.col = 0;
          scanCellAttrs(tag, cellAttrs);
          cType = cellAttrs.type;
          cStyle = cellAttrs.style;
          cRow = cellAttrs.row || row;
          cCol = cellAttrs.col || nextCol;
          if (cRow !== row) startRow(cRow, false);
          nextCol = cCol + 1;
          return;
        }
        case 'mergeCell': {
          const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec((tag.attr('ref') ?? '').trim());
          if (m && m[3]) {
            const r1 = Number(m[2]), r2 = Number(m[4]);
            const c1 = columnNumber(m[1]), c2 = columnNumber(m[3]);
            const area = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
            if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > GRID_LIMITS.mergeCells) {
              throw new WorkbookRefusal(
                `Buku kerja ${ctx.name} berisi sel gabungan yang sangat besar (${m[1]}${m[2]}:${m[3]}${m[4]}) yang tidak dapat dibaca dengan aman; batalkan penggabungan sel itu di Excel (Beranda > Gabungkan & Tengahkan), simpan, lalu coba lagi.`,
                'huge_merge',
              );
            }
            merges.push(area);
          }
          return;
        }
        case 'sheetProtection':
          isProtected = tag.attr('sheet') === '1' || tag.attr('sheet') === 'true';
          return;
        default:
          return;
      }
    },
    close(name) {
      if (!inCell) {
        if (name === 'row') row = 0;
        return;
      }
      switch (name) {
        case 'v': case 'f': target = 0; return;
        case 't': if (target === 3) target = 0; return;
        case 'rPh': rphDepth--; return;
        case 'c':
          inCell = false;
          target = 0;
          finishCell();
          return;
        default:
          return;
      }
    },
    text(buf, s, e) {
      if (!target) return;
      if (target === 1 && vStart < 0 && vText === undefined && isPlain(buf, s, e)) {
        vStart = s;
        vEnd = e;
        return;
      }
      if (target === 1 && vStart >= 0) {
        vText = decodeText(buf, vStart, vEnd);
        vStart = -1;
      }
      const t = decodeText(buf, s, e);
      if (target === 1) vText = vText === undefined ? t : vText + t;
      else if (target === 2) fText = fText === undefined ? t : fText + t;
      else isParts!.push(t);
    },
  };

  function finishCell() {
    if (vStart >= 0) {
      // A plain number (or shared-string index) read from the bytes; anything else becomes text first.
      const n = cType === '' || cType === 'n' || cType === 's' ? plainNumber(b, vStart, vEnd) : undefined;
      if (n !== undefined && !fText && fType === undefined) {
        const style = cStyle >= 0 ? ctx.styles[cStyle] : undefined;
        let value: RawValue;
        if (cType === 's') {
          const v = ctx.strings[n];
          if (v === undefined || v === null) return;
          value = v;
        } else {
          value = style && style.date ? dateRoundTrip(n, ctx.date1904) : n;
        }
        place(newCell(value, undefined, false, style));
        return;
      }
      // A formula's cached number is read from the bytes too; everything else becomes text.
      if (n !== undefined && cType !== 's') cachedNumber = n;
      else vText = decodeText(b, vStart, vEnd);
      vStart = -1;
    }
    const style = cStyle >= 0 ? ctx.styles[cStyle] : undefined;
    let cell: Cell;
    const isFormula = !!fText || fType !== undefined;
    if (isFormula) {
      let formula: string | undefined = fText || undefined;
      if (fType === 'shared' && fSi !== undefined) {
        if (fRef !== undefined) masters.set(fSi, { row: cRow, col: cCol, formula });
        else if (!formula) {
          const m = masters.get(fSi);
          if (m && m.formula) formula = slideFormula(m.formula, m.row, m.col, cRow, cCol);
        }
      }
      let value: RawValue = null;
      let error = false;
      if (cachedNumber !== undefined) {
        value = style && style.date ? dateRoundTrip(cachedNumber, ctx.date1904) : cachedNumber;
      } else if (vText) {
        if (cType === 'str') value = vText;
        else if (cType === 'b') value = parseInt(vText, 10) !== 0;
        else if (cType === 'e') { value = vText; error = true; }
        else if (cType === 'd') value = isoToSerial(vText);
        else value = style && style.date ? dateRoundTrip(parseFloat(vText), ctx.date1904) : parseFloat(vText);
      }
      cell = newCell(value, formula, error, style);
    } else {
      let value: RawValue | undefined;
      let error = false;
      if (cType === 'inlineStr') {
        if (isParts && isParts.length) value = unescapeOoxml(isParts.join(''));
        else if (vText) value = vText;
      } else if (vText) {
        switch (cType) {
          case 's': {
            const v = ctx.strings[parseInt(vText, 10)];
            value = v === undefined ? undefined : v;
            break;
          }
          case 'str': value = vText; break;
          case 'b': value = parseInt(vText, 10) !== 0; break;
          case 'e': value = vText; error = true; break;
          case 'd': value = isoToSerial(vText); break;
          default: value = style && style.date ? dateRoundTrip(parseFloat(vText), ctx.date1904) : parseFloat(vText);
        }
      }
      // No value (a styled or unstyled blank) or an empty shared string (<si/>): nothing the grid holds.
      if (value === undefined || value === null) return;
      cell = newCell(value, undefined, error, style);
    }
    place(cell);
  }

  function place(cell: Cell) {
    if (++ctx.cellsSoFar > ctx.maxCells) throw tooManyCells(ctx.name, ctx.maxCells);
    let line = store.lines[cRow];
    if (!line) line = store.lines[cRow] = [];
    // Fill up to the column with nulls so the line never has holes (cells come left to right).
    while (line.length < cCol - 1) line.push(null);
    line[cCol - 1] = cell;
    if (cRow < store.top) store.top = cRow;
    if (cRow > store.bottom) store.bottom = cRow;
    if (cCol < store.left) store.left = cCol;
    if (cCol > store.right) store.right = cCol;
    if (store.hidden.has(cRow)) store.hidden.set(cRow, true);
  }

  scanXml(b, handler);
  return buildGrid(entry, index, store, merges, isProtected, ctx.name);
}

/**
 * A grid cell with its properties in one literal: an object given its properties one by one keeps the
 * later ones in a separate backing store, which cost about 30 bytes more per cell on large sheets.
 * Property order as before (value, formula, error, numFmt, bold, indent): callers and tests compare cells.
 */
function newCell(value: RawValue, formula: string | undefined, error: boolean, style: XfInfo | undefined): Cell {
  const numFmt = style && style.numFmt && style.numFmt !== 'General' ? style.numFmt : undefined;
  if (!error && !(style && (style.bold || style.indent))) {
    if (formula) return numFmt === undefined ? { value, formula } : { value, formula, numFmt };
    return numFmt === undefined ? { value } : { value, numFmt };
  }
  // Errors, bold and indented cells are few: built up in the same order.
  const cell: Cell = { value };
  if (formula) cell.formula = formula;
  if (error) cell.error = true;
  if (numFmt !== undefined) cell.numFmt = numFmt;
  if (style && style.bold) cell.bold = true;
  if (style && style.indent) cell.indent = style.indent;
  return cell;
}

/** The dense grid over the used range exceljs gave: the cells read plus the merged areas. */
function buildGrid(entry: SheetEntry, index: number, store: SheetStore, merges: MergedArea[], isProtected: boolean, name: string): SheetGrid {
  let { top, bottom, left, right } = store;
  // Every cell of a merged area but its top-left becomes a merge cell in exceljs, part of the used range.
  for (const m of merges) {
    const wide = m.right > m.left;
    const tall = m.bottom > m.top;
    if (!wide && !tall) continue;
    top = Math.min(top, wide ? m.top : m.top + 1);
    bottom = Math.max(bottom, m.bottom);
    left = Math.min(left, tall ? m.left : m.left + 1);
    right = Math.max(right, m.right);
  }
  const range = usedRange(top, left, bottom, right);
  const { originRow, originCol, rowCount, colCount } = range;
  if (rowCount * colCount > GRID_LIMITS.slots) {
    throw new WorkbookRefusal(
      `Lembar "${entry.name}" di buku kerja ${name} memakai rentang ${rowCount.toLocaleString('id-ID')} baris × ${colCount.toLocaleString('id-ID')} kolom, terlalu luas untuk diperiksa dengan aman; hapus baris dan kolom kosong di ujung lembar itu di Excel, simpan, lalu coba lagi.`,
      'huge_range',
    );
  }
  const cells: (Cell | null)[][] = new Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    let line = store.lines[originRow + r];
    if (!line) {
      cells[r] = new Array(colCount).fill(null);
      continue;
    }
    // A line grown cell by cell has room for about twice its cells; the grid keeps an exact copy.
    while (line.length < originCol - 1 + colCount) line.push(null);
    cells[r] = line.slice(originCol - 1);
  }
  // exceljs repeats a merged area's value in every cell; the grid holds it only top-left.
  for (const m of merges) {
    for (let r = Math.max(m.top, originRow); r <= Math.min(m.bottom, originRow + rowCount - 1); r++) {
      const line = cells[r - originRow];
      for (let c = Math.max(m.left, originCol); c <= Math.min(m.right, originCol + colCount - 1); c++) {
        if (r === m.top && c === m.left) continue;
        line[c - originCol] = null;
      }
    }
  }
  const covered = merges.length ? coveredRows(merges) : undefined;
  const hiddenRows = rowCount ? [...store.hidden].filter(([r, filled]) => filled || (covered && covered(r))).map(([r]) => r).sort((a, b) => a - b) : [];
  return {
    name: entry.name,
    index,
    visible: entry.state === 'visible' || entry.state === '',
    protected: isProtected,
    ...range,
    cells,
    merges,
    hiddenRows,
  };
}

/** Whether a row holds a non-top-left cell of some merged area (such rows count as filled in exceljs). */
function coveredRows(merges: MergedArea[]): (row: number) => boolean {
  return row => merges.some(m => row >= m.top && row <= m.bottom && (m.right > m.left || row > m.top));
}

interface CellAttrs {
  row: number;
  col: number;
  type: string;
  style: number;
}

/** Attributes r, t and s of a <c> tag, read from the bytes: no string is built for the address. */
function scanCellAttrs(tag: Tag, out: CellAttrs): void {
  const b = tag.buf;
  let i = tag.start;
  const end = tag.end;
  out.type = '';
  out.style = -1;
  while (i < end) {
    while (i < end && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
    const ns = i;
    while (i < end && b[i] !== 0x3d) i++;
    const ne = i;
    i++;
    while (i < end && b[i] !== 0x22 && b[i] !== 0x27) i++;
    const q = b[i];
    const vs = ++i;
    while (i < end && b[i] !== q) i++;
    const ve = i;
    i++;
    if (ne - ns !== 1) continue;
    const k = b[ns];
    if (k === 0x72 /* r */) {
      let col = 0;
      let j = vs;
      if (b[j] === 0x24) j++;
      for (; j < ve; j++) {
        const c = b[j] | 0x20;
        if (c < 97 || c > 122) break;
        col = col * 26 + (c - 96);
      }
      if (b[j] === 0x24) j++;
      let row = 0;
      for (; j < ve; j++) {
        const c = b[j];
        if (c < 48 || c > 57) { row = 0; col = 0; break; }
        row = row * 10 + (c - 48);
      }
      out.col = col;
      out.row = row;
    } else if (k === 0x74 /* t */) {
      out.type = ve - vs === 1 ? (b[vs] === 0x73 ? 's' : b[vs] === 0x6e ? 'n' : b[vs] === 0x62 ? 'b' : b[vs] === 0x65 ? 'e' : b[vs] === 0x64 ? 'd' : decodeText(b, vs, ve)) : decodeText(b, vs, ve);
    } else if (k === 0x73 /* s */) {
      let n = 0;
      for (let j = vs; j < ve; j++) {
        const c = b[j];
        if (c < 48 || c > 57) { n = -1; break; }
        n = n * 10 + (c - 48);
      }
      out.style = ve > vs ? n : -1;
    }
  }
}

/** Text with no entity and no byte above ASCII: its bytes are its characters. */
function isPlain(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c === 0x26 || c >= 0x80) return false;
  }
  return e > s;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * A decimal such as "-1234.5" read from bytes, exactly as parseFloat reads it: with at most 15 significant
 * digits both the digits and the power of ten are exact doubles, so one division rounds correctly
 * (Clinger's fast path). Anything else (exponents, 16+ digits) gives undefined and goes through parseFloat.
 */
function plainNumber(b: Uint8Array, s: number, e: number): number | undefined {
  let i = s;
  let neg = false;
  if (b[i] === 0x2d) { neg = true; i++; }
  let m = 0;
  let digits = 0;
  let frac = -1;
  let any = false;
  for (; i < e; i++) {
    const c = b[i];
    if (c >= 48 && c <= 57) {
      any = true;
      if (m === 0 && c === 48 && frac < 0) continue; // leading zeros
      m = m * 10 + (c - 48);
      if (m !== 0) digits++;
      if (frac >= 0) frac++;
    } else if (c === 0x2e && frac < 0) {
      frac = 0;
    } else {
      return undefined;
    }
  }
  if (!any || digits > 15) return undefined;
  const k = frac < 0 ? 0 : frac;
  if (k > 22) return undefined;
  const v = k ? m / POW10[k] : m;
  return neg ? -v : v;
}

/**
 * exceljs turned a date-formatted number into a Date (rounded to the millisecond, 1904 dates moved to the
 * 1900 system) and read.ts turned it back: kept so both readers give the same serials.
 */
function dateRoundTrip(v: number, date1904: boolean): number {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  if (!(Math.abs(ms) <= 8.64e15)) return NaN;
  return ms / 86400000 + 25569;
}

/** An ISO 8601 date cell (t="d", as LibreOffice and some generators write) as an Excel serial, 1900 system. */
export function isoToSerial(text: string): RawValue {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/.exec(text);
  const t = m ? undefined : /^\s*T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*$/.exec(text);
  if (t) return (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0) + Number(t[4] ?? 0)) / 86400;
  if (!m) return text;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)) + Math.round(Number(m[7] ?? 0) * 1000);
  let serial = ms / 86400000 + 25569;
  // Excel counts a 29 February 1900 that never was: serials before 1 March 1900 are one less.
  if (serial < 61) serial -= 1;
  return serial;
}

const SLIDE_CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula's text for a follower cell: the master's references moved by the offset, absolute
 * ($) parts kept; the same translation exceljs applied (utils/shared-formula.js), so formulas read equal.
 */
export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  return formula.replace(SLIDE_CANDIDATE, (match: string, sheet: string | undefined, _s: string, addr: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL_REF.exec(addr);
    if (!m) return match;
    const colStr = m[2].toUpperCase();
    if (colStr.length > 3 || (colStr.length === 3 && colStr > 'XFD')) return match;
    let col = columnNumber(colStr);
    let r = parseInt(m[4], 10);
    if (!m[1]) col += toCol - fromCol;
    if (!m[3]) r += toRow - fromRow;
    return (sheet || '') + (m[1] || '') + columnLetter(col) + (m[3] || '') + r;
  });
}
