import * as path from 'path';
import type ExcelJS from 'exceljs';
import { WorkbookRefusal } from '../../model/workbook-port';
import { asRefusal, openPackage, readFileOrRefuse, readPackageInfo } from './package-read';
import type { ZipArchive } from './zip';

/**
 * Refuses workbooks that exceljs would damage on save (charts, pivots, macros, external links, slicers…),
 * before anything is written. exceljs drops these parts silently, so writing such a file loses the user's work.
 * Needed only while `hitung` and `hapus` write through exceljs; reading (`check`) goes through
 * package-read.ts and loses nothing. Works on the central directory listing (zip.ts) and on the few parts
 * whose content decides: every drawing, the workbook, every sheet, comments and tables.
 */

interface Blocker {
  test: (name: string) => boolean;
  what: string;
}

const BLOCKERS: Blocker[] = [
  { test: n => n.startsWith('xl/charts/') || n.startsWith('xl/chartsheets/'), what: 'grafik' },
  { test: n => n.startsWith('xl/pivotTables/') || n.startsWith('xl/pivotCache/'), what: 'tabel pivot' },
  { test: n => /\.bin$/i.test(n) && /vbaProject/i.test(n), what: 'makro (VBA)' },
  { test: n => n.startsWith('xl/externalLinks/'), what: 'tautan ke buku kerja lain' },
  { test: n => n.startsWith('xl/slicers/') || n.startsWith('xl/slicerCaches/') || n.startsWith('xl/timelines/') || n.startsWith('xl/timelineCaches/'), what: 'slicer/timeline' },
  { test: n => n.startsWith('xl/model/') || n === 'xl/connections.xml', what: 'model data atau koneksi data' },
  { test: n => n.startsWith('xl/ctrlProps/') || n.startsWith('xl/activeX/'), what: 'kontrol formulir' },
  { test: n => n.startsWith('xl/threadedComments/') || n.startsWith('xl/persons/'), what: 'komentar berutas (Excel 365)' },
  { test: n => n.startsWith('xl/embeddings/'), what: 'objek tersemat' },
  { test: n => n.startsWith('xl/media/') && !/^xl\/media\/image\d+\.[A-Za-z]+$/.test(n), what: 'gambar' },
  { test: n => n.startsWith('customXml/'), what: 'data XML kustom' },
  { test: n => n.startsWith('docMetadata/'), what: 'label sensitivitas' },
  { test: n => /^xl\/drawings\/vmlDrawingHF/i.test(n), what: 'gambar di header/footer' },
  { test: n => n.startsWith('xl/worksheets/') && n.endsWith('.xml') && !/^xl\/worksheets\/sheet\d+\.xml$/.test(n), what: 'lembar dengan nama bagian tak baku' },
];

/** Markers inside parts that exceljs reads but does not write back. */
const CONTENT_BLOCKERS: { part: RegExp; marker: RegExp; what: string }[] = [
  { part: /^xl\/drawings\/[^/]+\.xml$/, marker: /<c:chart\b|\/chart"/, what: 'grafik' },
  { part: /^xl\/drawings\/[^/]+\.xml$/, marker: /<(xdr:)?sp\b|<(xdr:)?grpSp\b|<(xdr:)?cxnSp\b/, what: 'bentuk/kotak teks' },
  // LibreOffice writes an empty <workbookProtection/> and an empty custom.xml to every file: not blockers.
  { part: /^xl\/workbook\.xml$/, marker: /<(\w+:)?workbookProtection\b[^>]*\b(lockStructure|lockWindows)="(1|true)"/, what: 'proteksi struktur buku kerja' },
  { part: /^docProps\/custom\.xml$/, marker: /<(\w+:)?property\b/, what: 'properti dokumen kustom' },
  { part: /^xl\/workbook\.xml$/, marker: /<(\w+:)?definedName\b[^>]*>(?![^<]*!)[^<]*</, what: 'nama terdefinisi berupa konstanta atau rumus' },
  { part: /^xl\/workbook\.xml$/, marker: /_xlnm\.Print_Titles/, what: 'judul cetak' },
  { part: /^xl\/worksheets\/[^/]+\.xml$/, marker: /<x14:dataValidation\b/, what: 'daftar pilihan (validasi data) dari lembar lain' },
  { part: /^xl\/worksheets\/[^/]+\.xml$/, marker: /<x14:sparklineGroup\b/, what: 'grafik mini (sparkline)' },
  { part: /^xl\/worksheets\/[^/]+\.xml$/, marker: /<(\w+:)?(rowBreaks|colBreaks)\b/, what: 'pemisah halaman manual' },
  { part: /^xl\/worksheets\/[^/]+\.xml$/, marker: /<(\w+:)?protectedRanges?\b/, what: 'rentang terproteksi' },
  { part: /^xl\/worksheets\/[^/]+\.xml$/, marker: /<(\w+:)?c\b[^>]*\bt="d"/, what: 'sel tanggal berformat ISO' },
  { part: /^xl\/worksheets\/[^/]+\.xml$/, marker: /<(\w+:)?c\b[^>]*\bcm="/, what: 'rumus larik dinamis' },
  { part: /^xl\/worksheets\/[^/]+\.xml$/, marker: /<(\w+:)?(legacyDrawingHF|picture)\b/, what: 'gambar di header/footer atau latar lembar' },
  { part: /^xl\/tables\/[^/]+\.xml$/, marker: /<(\w+:)?calculatedColumnFormula\b/, what: 'kolom terhitung pada tabel' },
  { part: /^xl\/comments[^/]*\.xml$/, marker: /<(\w+:)?text>\s*<(\w+:)?t[\s>]/, what: 'catatan berupa teks polos' },
];

/** Zip part names of an .xlsx file, from its central directory. */
export async function zipEntries(file: string): Promise<string[]> {
  return openGuarded(file).entries.map(e => e.name);
}

function openGuarded(file: string): ZipArchive {
  return openPackage(readFileOrRefuse(file), path.basename(file));
}

/** What in the file exceljs would lose on save; empty when the file is safe to rewrite. */
export async function unsafeParts(file: string): Promise<string[]> {
  const zip = openGuarded(file);
  const names = zip.entries.map(e => e.name);
  const found = new Set<string>();
  for (const n of names) for (const b of BLOCKERS) if (b.test(n)) found.add(b.what);
  for (const n of names) {
    const rules = CONTENT_BLOCKERS.filter(r => r.part.test(n) && !found.has(r.what));
    if (!rules.length) continue;
    let xml: string;
    try {
      xml = zip.read(n).toString('utf8');
    } catch (e) {
      throw asRefusal(e, path.basename(file));
    }
    for (const r of rules) if (r.marker.test(xml)) found.add(r.what);
  }
  return [...found];
}

/** Throws a WorkbookRefusal naming what would be lost, with what to do instead. */
export async function assertWritable(file: string): Promise<void> {
  const parts = await unsafeParts(file);
  if (!parts.length) return;
  throw new WorkbookRefusal(
    `Buku kerja ${path.basename(file)} berisi ${parts.join(', ')} yang akan hilang bila disimpan oleh alat ini. ` +
      `Jalankan 'capaian check' saja, atau gunakan add-in di Excel.`,
    'unsafe_parts',
  );
}

/** Refuses when a sheet we must write to (fills, notes, columns) is protected. */
export function assertSheetsUnprotected(wb: ExcelJS.Workbook, sheets: Iterable<string>): void {
  const locked: string[] = [];
  for (const name of new Set(sheets)) {
    const ws = wb.getWorksheet(name);
    const p = ws && (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    if (p && p.sheet) locked.push(name);
  }
  if (!locked.length) return;
  throw new WorkbookRefusal(
    `Lembar ${locked.map(n => `"${n}"`).join(', ')} diproteksi, sehingga sorotan dan catatan tidak dapat ditulis. ` +
      `Buka proteksi lembar di Excel (Tinjau > Buka Proteksi Lembar), simpan, lalu jalankan lagi; atau jalankan 'capaian check' saja.`,
    'protected_sheet',
  );
}

/**
 * Checks, before exceljs parses anything, that the file is a workbook exceljs can read safely: the same
 * refusals as the package reader (not a workbook, password, zip bomb, too many cells, a merge over a whole
 * sheet, which would make exceljs allocate every cell it covers), by reading the package once through it.
 */
export async function assertReadable(file: string): Promise<void> {
  await readPackageInfo(file);
}
