/**
 * Workbooks and plans for the Office adapter tests, built in code: a realisasi anggaran table as SIPD
 * exports it (a header block, a two-row merged header, a column-number row, Permendagri 90 codes
 * 7.01.01 / 7.01.01.2.01 / 7.01.01.2.01.0001, bold and indented levels, % formulas, one #DIV/0!).
 */
import type { Cell, SheetGrid, WorkbookData } from '../../src/model/grid';
import { OWN_SHEET_TITLES, type FillGroup, type NoteWrite, type PlannedCell, type SheetWrite, type WritePlan } from '../../src/model/write-plan';

export const SHEET = 'Realisasi Anggaran';
/** First data row of the realisasi table. */
export const FIRST_DATA_ROW = 7;

const URAIAN_PROGRAM = [
  'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
  'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
  'Program Pemberdayaan Masyarakat Desa dan Kelurahan',
];
const URAIAN_KEGIATAN = [
  'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
  'Administrasi Keuangan Perangkat Daerah',
  'Administrasi Umum Perangkat Daerah',
  'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
];
const URAIAN_SUB = [
  'Penyusunan Dokumen Perencanaan Perangkat Daerah',
  'Penyediaan Gaji dan Tunjangan ASN',
  'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
  'Penyediaan Jasa Surat Menyurat',
  'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
];

const text = (value: string, extra: Partial<Cell> = {}): Cell => ({ value, ...extra });
const num = (value: number, numFmt = '#,##0', extra: Partial<Cell> = {}): Cell => ({ value, numFmt, ...extra });

export interface RealisasiOptions {
  name?: string;
  index?: number;
  /** Sub kegiatan per kegiatan. */
  subsPerKegiatan?: number;
}

/**
 * A realisasi anggaran sheet with about `dataRows` data rows (programs, kegiatan, sub kegiatan) and a
 * JUMLAH row. Columns: Kode | Uraian | Pagu | Realisasi Rp | % | Sisa Rp | %.
 */
export function realisasiAnggaran(dataRows: number, opts: RealisasiOptions = {}): SheetGrid {
  const rows: (Cell | null)[][] = [];
  const blank = (): (Cell | null)[] => new Array(7).fill(null);
  const title1 = blank();
  title1[0] = text('PEMERINTAH KABUPATEN LUWU TIMUR', { bold: true });
  const title2 = blank();
  title2[0] = text('LAPORAN REALISASI ANGGARAN KECAMATAN MALILI TAHUN ANGGARAN 2021', { bold: true });
  rows.push(title1, title2, blank());
  rows.push([
    text('Kode', { bold: true }), text('Program/Kegiatan/Sub Kegiatan', { bold: true }), text('Pagu (Rp)', { bold: true }),
    text('Realisasi s.d. TW IV', { bold: true }), null, text('Sisa Anggaran', { bold: true }), null,
  ]);
  rows.push([null, null, null, text('Rp', { bold: true }), text('%', { bold: true }), text('Rp', { bold: true }), text('%', { bold: true })]);
  rows.push([1, 2, 3, 4, 5, 6, 7].map((n): Cell => ({ value: n })));

  const subsPer = opts.subsPerKegiatan ?? 5;
  let i = 0;
  let p = 0;
  // Formulas are written for row 0 here and pointed at their own row by fixRow() below.
  const dataRow = (code: string, uraian: string, level: number, pagu: number, real: number): (Cell | null)[] => {
    const r = 0;
    const bold = level < 2 ? { bold: true } : {};
    const pct = pagu === 0 ? '#DIV/0!' : real / pagu;
    const sisa = pagu - real;
    const err = pagu === 0 ? { error: true } : {};
    return [
      text(code, { numFmt: '@', ...bold }),
      text(uraian, { ...bold, ...(level ? { indent: level } : {}) }),
      num(pagu, '#,##0', bold),
      num(real, '#,##0', bold),
      { value: pct, formula: `D${r}/C${r}`, numFmt: '0.00%', ...err },
      { value: sisa, formula: `C${r}-D${r}`, numFmt: '#,##0' },
      { value: pagu === 0 ? '#DIV/0!' : sisa / pagu, formula: `F${r}/C${r}`, numFmt: '0.00%', ...err },
    ];
  };
  while (rows.length - (FIRST_DATA_ROW - 1) < dataRows) {
    const prog = `7.01.0${(p % 9) + 1}`;
    const progRow = rows.length;
    rows.push(blank()); // filled once its children are known
    let progPagu = 0;
    let progReal = 0;
    for (let k = 0; k < 4 && rows.length - (FIRST_DATA_ROW - 1) < dataRows; k++) {
      const keg = `${prog}.2.0${k + 1}`;
      const kegRow = rows.length;
      rows.push(blank());
      let kegPagu = 0;
      let kegReal = 0;
      for (let s = 0; s < subsPer && rows.length - (FIRST_DATA_ROW - 1) < dataRows; s++) {
        i++;
        const pagu = i === 7 ? 0 : 25_000_000 + ((i * 7919) % 97) * 1_250_000;
        const real = pagu === 0 ? 0 : Math.round(pagu * (0.78 + ((i * 31) % 23) / 100));
        rows.push(dataRow(`${keg}.${String(s + 1).padStart(4, '0')}`, URAIAN_SUB[i % URAIAN_SUB.length], 2, pagu, real));
        kegPagu += pagu;
        kegReal += real;
      }
      rows[kegRow] = dataRow(keg, URAIAN_KEGIATAN[k % URAIAN_KEGIATAN.length], 1, kegPagu, kegReal);
      progPagu += kegPagu;
      progReal += kegReal;
    }
    rows[progRow] = dataRow(prog, URAIAN_PROGRAM[p % URAIAN_PROGRAM.length], 0, progPagu, progReal);
    p++;
  }
  // Formulas refer to their own row.
  rows.forEach((line, idx) => fixRow(line, idx + 1));
  const last = rows.length;
  rows.push([
    null, text('JUMLAH', { bold: true }),
    { value: 0, formula: `SUM(C${FIRST_DATA_ROW}:C${last})`, numFmt: '#,##0', bold: true },
    { value: 0, formula: `SUM(D${FIRST_DATA_ROW}:D${last})`, numFmt: '#,##0', bold: true },
    null, null, null,
  ]);

  return {
    name: opts.name ?? SHEET,
    index: opts.index ?? 0,
    visible: true,
    protected: false,
    originRow: 1,
    originCol: 1,
    rowCount: rows.length,
    colCount: 7,
    cells: rows,
    merges: [
      { top: 1, left: 1, bottom: 1, right: 7 },
      { top: 2, left: 1, bottom: 2, right: 7 },
      { top: 4, left: 1, bottom: 5, right: 1 },
      { top: 4, left: 2, bottom: 5, right: 2 },
      { top: 4, left: 3, bottom: 5, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 5 },
      { top: 4, left: 6, bottom: 4, right: 7 },
    ],
    hiddenRows: [],
  };
}

function fixRow(line: (Cell | null)[], sheetRow: number): void {
  const set = (c: number, f: string) => {
    const cell = line[c];
    if (cell && cell.formula !== undefined && !cell.formula.startsWith('SUM')) cell.formula = f;
  };
  set(4, `D${sheetRow}/C${sheetRow}`);
  set(5, `C${sheetRow}-D${sheetRow}`);
  set(6, `F${sheetRow}/C${sheetRow}`);
}

/** A small realisasi kinerja sheet, to have more than one sheet. */
export function capaianKinerja(index = 1): SheetGrid {
  const head = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'].map(h => text(h, { bold: true }));
  const rows: (Cell | null)[][] = [head];
  const data: [string, string, number, number][] = [
    ['Meningkatnya kualitas pelayanan publik', 'Indeks Kepuasan Masyarakat', 85, 80.5],
    ['Meningkatnya akuntabilitas kinerja', 'Nilai LAKIP', 60.18, 62],
    ['Meningkatnya akuntabilitas kinerja', 'Persentase dokumen perencanaan tepat waktu', 100, 100],
  ];
  data.forEach(([sasaran, indikator, target, real], k) => {
    const r = k + 2;
    rows.push([
      { value: k + 1 }, text(sasaran), text(indikator), num(target, '0.00'), num(real, '0.00'),
      { value: (real / target) * 100, formula: `E${r}/D${r}*100`, numFmt: '0.00' },
    ]);
  });
  return {
    name: 'Capaian Kinerja', index, visible: true, protected: false, originRow: 2, originCol: 2,
    rowCount: rows.length, colCount: 6, cells: rows, merges: [], hiddenRows: [],
  };
}

export function workbook(...sheets: SheetGrid[]): WorkbookData {
  return { name: 'LKjIP Kecamatan Malili 2021.xlsx', sheets };
}

/** Sheet rows of the sub kegiatan lines (level-2 codes) of a realisasi sheet. */
export function subRows(sheet: SheetGrid): number[] {
  const out: number[] = [];
  sheet.cells.forEach((line, r) => {
    const code = line[0]?.value;
    if (typeof code === 'string' && /^\d+\.\d+\.\d+\.\d+\.\d+\.\d{4}$/.test(code)) out.push(sheet.originRow + r);
  });
  return out;
}

/** Rows of the realisasi table's data (everything between the column-number row and JUMLAH). */
export function dataRows(sheet: SheetGrid): number[] {
  const out: number[] = [];
  for (let r = FIRST_DATA_ROW; r < sheet.originRow + sheet.rowCount - 1; r++) out.push(r);
  return out;
}

const pc = (value: PlannedCell['value'], extra: Partial<PlannedCell> = {}): PlannedCell => ({ value, ...extra });

export function summarySheet(rows = 30): SheetWrite {
  const lines: PlannedCell[][] = [
    // The title every real summary starts with: a run record without fingerprints proves ownership by it.
    [pc(OWN_SHEET_TITLES[0], { bold: true })],
    [pc('No', { bold: true }), pc('Lembar', { bold: true }), pc('Tabel', { bold: true }), pc('Pagu', { bold: true }), pc('Realisasi', { bold: true }), pc('Serapan (%)', { bold: true })],
  ];
  for (let k = 1; k <= rows; k++) {
    lines.push([
      pc(k), pc(SHEET, { link: `'${SHEET}'!A${FIRST_DATA_ROW + k}` }), pc(`Program 7.01.0${(k % 9) + 1}`),
      pc(1_250_000_000 + k, { numFmt: '#,##0' }), pc(1_100_000_000 + k, { numFmt: '#,##0' }),
      { formula: `E${k + 2}/D${k + 2}`, value: 0.88, numFmt: '0.00%' },
    ]);
  }
  lines.push([pc('Catatan: efisiensi = capaian kinerja − serapan (definisi "selisih").', { wrap: true })]);
  lines.push([pc('0012'), pc('=bukan rumus'), pc('91,09%'), pc('TRUE')]);
  return { name: 'Ringkasan Capaian', rows: lines, columnWidths: [6, 28, 40, 18, 18, 12], freezeRows: 2, landscape: true };
}

export function findingsSheet(count = 200): SheetWrite {
  const lines: PlannedCell[][] = [
    [pc(OWN_SHEET_TITLES[1], { bold: true })],
    ['No', 'Lembar', 'Sel', 'Aturan', 'Keterangan'].map(h => pc(h, { bold: true, fill: 'FFD9E1F2' })),
  ];
  for (let k = 1; k <= count; k++) {
    const row = FIRST_DATA_ROW + k;
    lines.push([
      pc(k), pc(SHEET), pc(`E${row}`, { link: `'${SHEET}'!E${row}` }), pc('capaian_salah'),
      pc(`Capaian tertulis berbeda dari realisasi / pagu × 100 pada baris ${row}.`, { wrap: true }),
    ]);
  }
  return { name: 'Temuan', rows: lines, columnWidths: [6, 20, 8, 18, 60], freezeRows: 1, autoFilter: `A2:E${count + 2}` };
}

/** Our recomputed columns beside the table, starting at H4. */
export function capaianBlock(sheet: SheetGrid, top = 4): { sheet: string; topLeft: string; rows: PlannedCell[][]; columnWidth: number } {
  const rows: PlannedCell[][] = [[pc('Serapan Dihitung (%)', { bold: true }), pc('Selisih', { bold: true }), pc('Status', { bold: true })]];
  for (let r = top + 1; r < sheet.originRow + sheet.rowCount; r++) {
    rows.push([
      { formula: `IFERROR(D${r}/C${r}*100,"")`, value: null, numFmt: '0.00' },
      { formula: `IFERROR(E${r}*100-H${r},"")`, value: null, numFmt: '0.00' },
      pc(r % 5 === 0 ? 'periksa' : 'sesuai'),
    ]);
  }
  return { sheet: sheet.name, topLeft: `H${top}`, rows, columnWidth: 14 };
}

/** Three colour groups over exactly `total` cells of a realisasi sheet (needs total / 2 data rows). */
export function fillGroups(sheet: SheetGrid, total = 5_000, shift = 0): FillGroup[] {
  const rows = dataRows(sheet);
  const red: string[] = [];
  const yellow: string[] = [];
  const green: string[] = [];
  const quarter = total / 5;
  rows.forEach((r, idx) => {
    const k = idx + shift;
    if (k % 2 === 0 && red.length < quarter * 2) red.push(`E${r}`);
    if (k % 2 === 1 && yellow.length < quarter * 2) yellow.push(`G${r}`);
    if (k % 2 === 0 && green.length < quarter) green.push(`D${r}`);
  });
  return [
    { sheet: sheet.name, color: 'FFFFC7CE', cells: red },
    { sheet: sheet.name, color: 'FFFFEB9C', cells: yellow },
    { sheet: sheet.name, color: 'FFC6EFCE', cells: green },
  ];
}

/** Notes as the plan writes them: every note of the tool starts with its name (usecase/plan.ts). */
export function notesOn(sheet: SheetGrid, count = 100, offset = 0): NoteWrite[] {
  return dataRows(sheet).slice(offset, offset + count).map(r => ({
    sheet: sheet.name,
    cell: `E${r}`,
    text: `Hitung Capaian: capaian tertulis berbeda dari hasil hitung (baris ${r}). Periksa realisasi dan pagu, lalu perbaiki.`,
  }));
}

export function fullPlan(sheet: SheetGrid): WritePlan {
  return {
    sheets: [summarySheet(), findingsSheet()],
    blocks: [capaianBlock(sheet)],
    fills: fillGroups(sheet),
    notes: notesOn(sheet),
  };
}
