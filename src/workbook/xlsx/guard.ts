import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
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
      `Berkas ${path.basename(file)} tidak dapat dibuka sebagai .xlsx (${(e as Error).message}). Buka dan simpan ulang di Excel, lalu coba lagi.`,
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
