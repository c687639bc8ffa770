import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { columnNumber } from '../address';
import { WorkbookRefusal } from '../port';

/**
 * Refuses workbooks that exceljs would damage on save (charts, pivots, macros, external links, slicers…),
 * before anything is written. exceljs drops these parts silently, so writing such a file loses the user's work.
 */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const JSZip = require('jszip') as { loadAsync(data: Buffer): Promise<{ files: Record<string, { dir: boolean; async(t: 'string'): Promise<string> }> }> };

interface Blocker {
  test: (name: string) => boolean;
  what: string;
}

const BLOCKERS: Blocker[] = [
  { test: n => n.startsWith('xl/charts/') || n.startsWith('xl/chartsheets/'), what: 'grafik' },
  { test: n => n.startsWith('xl/pivotTables/') || n.startsWith('xl/pivotCache/'), what: 'tabel pivot' },
  { test: n => n === 'xl/vbaProject.bin', what: 'makro (VBA)' },
  { test: n => n.startsWith('xl/externalLinks/'), what: 'tautan ke buku kerja lain' },
  { test: n => n.startsWith('xl/slicers/') || n.startsWith('xl/slicerCaches/') || n.startsWith('xl/timelines/') || n.startsWith('xl/timelineCaches/'), what: 'slicer/timeline' },
  { test: n => n.startsWith('xl/model/') || n === 'xl/connections.xml', what: 'model data atau koneksi data' },
  { test: n => n.startsWith('xl/ctrlProps/') || n.startsWith('xl/activeX/'), what: 'kontrol formulir' },
];

/** Zip part names of an .xlsx file. */
export async function zipEntries(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return Object.keys(zip.files).filter(n => !zip.files[n].dir);
}

/** What in the file exceljs would lose on save; empty when the file is safe to rewrite. */
export async function unsafeParts(file: string): Promise<string[]> {
  let names: string[];
  try {
    names = await zipEntries(file);
  } catch (e) {
    throw new WorkbookRefusal(
      `Berkas ${path.basename(file)} tidak dapat dibaca sebagai .xlsx (${(e as Error).message}). Buka dan simpan ulang di Excel, lalu coba lagi.`,
      'unreadable',
    );
  }
  const found = new Set<string>();
  for (const n of names) for (const b of BLOCKERS) if (b.test(n)) found.add(b.what);
  // Shapes and text boxes in drawings (not plain pictures) are also dropped.
  for (const n of names) {
    if (/^xl\/drawings\/drawing\d+\.xml$/.test(n)) {
      const zip = await JSZip.loadAsync(fs.readFileSync(file));
      const xml = await zip.files[n].async('string');
      if (/<c:chart\b|chart"/.test(xml)) found.add('grafik');
      if (/<xdr:sp\b/.test(xml)) found.add('bentuk/kotak teks');
      break;
    }
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

/** A merged area larger than this many cells makes exceljs exhaust memory while reading. */
const MAX_MERGE_CELLS = 5_000_000;

/**
 * Checks, before exceljs parses anything, that the file is a workbook and holds nothing that would
 * exhaust memory while reading: a merge over a whole sheet (H1:XFD1048576) makes exceljs allocate
 * every cell it covers.
 */
export async function assertReadable(file: string): Promise<void> {
  let zip: Awaited<ReturnType<typeof JSZip.loadAsync>>;
  try {
    zip = await JSZip.loadAsync(fs.readFileSync(file));
  } catch (e) {
    throw new WorkbookRefusal(
      `Berkas ${path.basename(file)} tidak dapat dibaca sebagai .xlsx (${(e as Error).message}). Buka dan simpan ulang di Excel, lalu coba lagi.`,
      'unreadable',
    );
  }
  if (!zip.files['xl/workbook.xml']) {
    throw new WorkbookRefusal(
      `Berkas ${path.basename(file)} adalah arsip zip tetapi bukan buku kerja Excel. Simpan dari Excel sebagai "Excel Workbook (*.xlsx)", lalu coba lagi.`,
      'not_xlsx',
    );
  }
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = await zip.files[name].async('string');
    const at = xml.lastIndexOf('<mergeCells');
    if (at < 0) continue;
    for (const m of xml.slice(at).matchAll(/<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
      const cells = (columnNumber(m[3]) - columnNumber(m[1]) + 1) * (Number(m[4]) - Number(m[2]) + 1);
      if (cells > MAX_MERGE_CELLS) {
        throw new WorkbookRefusal(
          `Buku kerja ${path.basename(file)} berisi sel gabungan yang sangat besar (${m[1]}${m[2]}:${m[3]}${m[4]}) yang tidak dapat dibaca dengan aman. ` +
            'Batalkan penggabungan sel itu di Excel (Beranda > Gabungkan & Tengahkan), simpan, lalu coba lagi.',
          'huge_merge',
        );
      }
    }
  }
}
