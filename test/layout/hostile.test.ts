import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { recognise } from '../../src/layout/recognise';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { book, grid } from '../helpers/grid';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import { WorkbookRefusal } from '../../src/model/workbook-port';

const wb = book;

describe('recognition on hostile input', () => {
  it('an empty workbook gives no table and an Indonesian notice', () => {
    const r = recognise(wb(grid('Sheet1', [])));
    expect(r.tables).toHaveLength(0);
    expect(r.notices.join(' ')).toMatch(/kosong/);
  });

  it('a sheet of prose gives no table and says so', () => {
    const prose = Array.from({ length: 40 }, (_, i) => [`Paragraf ${i}: Capaian kinerja tahun ini meningkat dibanding target dan realisasi tahun lalu.`]);
    const r = recognise(wb(grid('Narasi', prose)));
    expect(r.tables).toHaveLength(0);
    expect(r.notices[0]).toMatch(/Lembar "Narasi": tidak ditemukan tabel/);
  });

  it('a table with headers but no numbers is not a table', () => {
    const r = recognise(wb(grid('PK', [['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'], ['1', 'Indeks kepuasan', 'tinggi', 'sedang', 'baik']])));
    expect(r.tables).toHaveLength(0);
  });

  it('merged cells across the whole header still yield the table below', () => {
    const g = grid('Realisasi', [
      ['LAPORAN CAPAIAN', null, null, null, null],
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Indeks Kepuasan Masyarakat', 85, 80.5, 91.09],
    ], [{ top: 1, left: 1, bottom: 1, right: 5 }]);
    const ev = evaluateWorkbook(wb(g), DEFAULT_SETTINGS);
    expect(ev.report.tables).toHaveLength(1);
    expect(ev.report.tables[0]).toMatchObject({ kind: 'realisasi_kinerja', headerRows: [2], columns: { target: 'C', realisasi: 'D', capaian: 'E' } });
    // seed 000: IKM 80,50 against 85 is 94,71%, not the printed 91,09.
    expect(ev.report.results.find(x => x.cell === 'E3')?.value).toBe('94.71');
    expect(ev.report.findings.find(f => f.cell === 'E3')?.rule).toBe('capaian_selisih');
  });

  it('numbers typed as Indonesian and US text are read by their column convention', () => {
    const g = grid('Anggaran', [
      ['Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
      ['7.01.01', 'Program A', 'Rp. 11.862.514.803,-', '10.904.945.967,00', '91,93%'],
      ['7.01.02', 'Program B', 'Rp 2,393,600.00', '2,140,000.00', '89.41%'],
    ]);
    const ev = evaluateWorkbook(wb(g), DEFAULT_SETTINGS);
    const persen = ev.report.results.filter(x => x.metric === 'persen_anggaran').map(x => [x.cell, x.value]);
    expect(persen).toEqual([['E2', '91.93'], ['E3', '89.41']]);
    expect(ev.report.findings.filter(f => f.rule === 'persen_anggaran_selisih')).toHaveLength(0);
    expect(ev.report.findings.filter(f => f.rule === 'angka_teks').map(f => f.cell).sort()).toEqual(['C2', 'C3', 'D2', 'D3', 'E2', 'E3']);
  });

  // The 1,000,000-cell sheet of random text runs once, end to end through the CLI: sejuta-sel.xlsx in the
  // hostile corpus of test/hostile (slow set).

  it('a file that is not an xlsx is refused with a clear message', async () => {
    const f = path.join(os.tmpdir(), `bukan-${process.pid}.xlsx`);
    fs.writeFileSync(f, 'No;Indikator;Target\n1;IKM;85\n');
    try {
      await expect(readXlsxFile(f)).rejects.toThrow(WorkbookRefusal);
      await expect(readXlsxFile(f)).rejects.toThrow(/bukan buku kerja \.xlsx/);
    } finally {
      fs.rmSync(f, { force: true });
    }
  });

  it('an empty .xlsx file reads and evaluates to an empty report', async () => {
    const f = path.join(os.tmpdir(), `kosong-${process.pid}.xlsx`);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1');
    await book.xlsx.writeFile(f);
    try {
      const ev = evaluateWorkbook(await readXlsxFile(f), DEFAULT_SETTINGS);
      expect(ev.report.tables).toHaveLength(0);
      expect(ev.report.findings).toHaveLength(0);
    } finally {
      fs.rmSync(f, { force: true });
    }
  });
});
