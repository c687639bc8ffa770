/**
 * The exported summary says what it is: values taken at the run from a named workbook (stamp under each
 * sheet's title), source cells as plain text rather than links into a workbook the copy does not hold, numbers
 * with thousands separators. Read back from the .xlsx bytes the pane hands to Excel, for seed 000's V2 workbook.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import { runCheck, summaryExportPlan, type RunOutcome } from '../../src/usecase/run';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { LIVE_FORMULA_NOTE } from '../../src/usecase/summary-sheet';
import { stampDate } from '../../src/usecase/summary-export';
import { buildXlsx, xlsxParts } from '../../src/workbook/export/xlsx-writer';
import { staleExportStatus } from '../../src/taskpane/state/export-guard';

const CORPUS = path.join(__dirname, '..', 'corpus', '000-V2.xlsx');

let outcome: RunOutcome;
let exported: ExcelJS.Workbook;

beforeAll(async () => {
  const wb = await readXlsxFile(CORPUS);
  const none = { sheetsWritten: [], cellsWritten: 0, cellsFilled: 0, notesWritten: 0 };
  outcome = await runCheck({ read: async () => wb, apply: async () => none, clear: async () => none }, DEFAULT_SETTINGS);
  exported = new ExcelJS.Workbook();
  await exported.xlsx.load(Buffer.from(buildXlsx(summaryExportPlan(outcome))) as unknown as ExcelJS.Buffer);
});

/** Rows of a sheet as text, keyed by row number, and the cells of one row. */
function row(ws: ExcelJS.Worksheet, r: number): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  ws.getRow(r).eachCell({ includeEmpty: true }, c => out.push(c));
  return out;
}

function findRow(ws: ExcelJS.Worksheet, test: (cells: ExcelJS.Cell[]) => boolean): ExcelJS.Cell[] {
  for (let r = 1; r <= ws.rowCount; r++) {
    const cells = row(ws, r);
    if (test(cells)) return cells;
  }
  throw new Error(`no such row in ${ws.name}`);
}

describe('the exported summary', () => {
  test('dates are written in id-ID, local time', () => {
    expect(stampDate(new Date(2026, 0, 5, 14, 30))).toBe('5 Januari 2026 pukul 14.30');
    expect(stampDate(new Date(2025, 11, 31, 9, 5))).toBe('31 Desember 2025 pukul 09.05');
  });

  test('every sheet states under its title that its numbers are values taken at the run from the workbook', () => {
    expect(exported.worksheets.map(w => w.name)).toEqual(['Ringkasan Capaian', 'Temuan', 'Narasi']);
    const stamp =
      `Angka di buku kerja ini adalah nilai (bukan rumus) yang diambil pada ${stampDate(outcome.at!)} dari buku kerja "000-V2.xlsx". ` +
      'Angka ini tidak ikut berubah bila buku kerja sumber diubah; jalankan Hitung Capaian lagi lalu ekspor ulang untuk memperbaruinya.';
    for (const ws of exported.worksheets) {
      expect(ws.getCell('A2').value).toBe(stamp);
      expect(ws.getCell('A2').font?.bold).toBe(true);
    }
    expect(exported.getWorksheet('Ringkasan Capaian')!.getCell('A1').value).toBe('Ringkasan Capaian Kinerja dan Anggaran');
    // The workbook's summary says its numbers are live formulas; the copy must not.
    const all = exported.worksheets.flatMap(ws => {
      const t: string[] = [];
      ws.eachRow(r => r.eachCell(c => t.push(String(c.value))));
      return t;
    });
    expect(all).not.toContain(LIVE_FORMULA_NOTE);
    expect(all.some(t => /rumus yang merujuk/.test(t))).toBe(false);
  });

  test('holds values only: no formula and no link in any sheet', () => {
    const parts = new Map(xlsxParts(summaryExportPlan(outcome)));
    const sheets = [...parts].filter(([name]) => name.startsWith('xl/worksheets/'));
    expect(sheets).toHaveLength(3);
    for (const [, xml] of sheets) {
      expect(xml).not.toContain('<f>');
      expect(xml).not.toContain('<hyperlink');
    }
    // The source workbook's own summary does hold formulas: the export is what changed them.
    const live = outcome.plan.sheets.find(s => s.name === 'Ringkasan Capaian')!;
    expect(live.rows.flat().some(c => c?.formula)).toBe(true);
  });

  test("keeps the IKM row's numbers, with id-ID number formats, and its source cell as text", () => {
    const ws = exported.getWorksheet('Ringkasan Capaian')!;
    const header = findRow(ws, cells => cells[0]?.value === 'No' && cells[6]?.value === 'Sel sumber');
    expect(header.map(c => c.value)).toEqual(['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori', 'Sel sumber']);
    const ikm = findRow(ws, cells => cells[1]?.value === 'Indeks Kepuasan Masyarakat (IKM)');
    const [no, , target, realisasi, capaian, kategori, sumber] = ikm;
    expect(no.value).toBe(1);
    expect([target.value, target.numFmt]).toEqual([85, '#,##0']);
    expect([realisasi.value, realisasi.numFmt]).toEqual([80.5, '#,##0.0']);
    // 80,5 / 85 × 100 = 94,7058…, shown as 94,71 by the format.
    expect(capaian.value).toBeCloseTo(94.70588, 4);
    expect(capaian.numFmt).toBe('#,##0.00');
    expect(kategori.value).toBe('Sangat Berhasil');
    expect(sumber.value).toBe("'Capaian Kinerja'!E21");
    expect(sumber.type).toBe(ExcelJS.ValueType.String);
    expect(sumber.numFmt).toBe('@');
    expect(sumber.hyperlink).toBeUndefined();
    // No percentage or count is left without thousands separators.
    const formats = new Set<string>();
    ws.eachRow(r => r.eachCell(c => {
      if (typeof c.value === 'number' && Number(c.col) > 1) formats.add(c.numFmt);
    }));
    expect([...formats].every(f => f.startsWith('#,##0'))).toBe(true);
  });

  test('the Temuan and Narasi sheets keep their cells as text and their filter under the moved header', () => {
    const temuan = exported.getWorksheet('Temuan')!;
    const e21 = findRow(temuan, cells => cells[2]?.value === 'E21' && cells[10]?.value === 'capaian_selisih');
    expect(e21[1].value).toBe('Capaian Kinerja');
    expect(e21[2].numFmt).toBe('@');
    expect([e21[7].value, e21[8].value]).toEqual(['91,09', '94,71']);
    expect(temuan.getCell('A5').value).toBe('No');
    expect(temuan.autoFilter).toMatch(/^A5:K\d+$/);
    expect(temuan.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    const narasi = exported.getWorksheet('Narasi')!;
    const src = findRow(narasi, cells => /Indeks Kepuasan Masyarakat/.test(String(cells[0]?.value)) && cells[1]?.value !== undefined);
    expect(src[1].value).toBe('Capaian Kinerja!E21');
  });

  test('after a settings change, export is refused and the pane says to run again', () => {
    expect(staleExportStatus(false)).toBeUndefined();
    const refused = staleExportStatus(true)!;
    expect(refused.intent).toBe('warning');
    expect(refused.title).toBe('Ringkasan belum diekspor');
    expect(refused.text).toContain('Tekan Hitung Capaian lagi, lalu Ekspor Ringkasan.');
  });
});
