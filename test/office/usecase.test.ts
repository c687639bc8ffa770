/**
 * The whole use case in the add-in (read → recognise → compute → check → plan → apply) through the
 * Office adapter over the fake Excel: the number of context.sync calls does not grow with the rows,
 * nothing is done cell by cell, and every request and response stays under Excel on the web's 5 MB.
 */
import { runClear, runHitung } from '../../src/usecase/run';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { OfficeWorkbook } from '../../src/workbook/office/adapter';
import { createFakeExcel } from '../fakes/fake-excel';
import { execFileSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import { capaianKinerja, realisasiAnggaran, workbook } from './fixtures';

/** A realistic budget workbook of `rows` sub kegiatan (program > kegiatan > sub kegiatan, codes, sums). */
async function anggaranWorkbook(rows: number) {
  const file = path.join(os.tmpdir(), `capaian-usecase-${rows}-${process.pid}.xlsx`);
  execFileSync('node', [path.join(__dirname, '..', '..', 'scripts', 'make-sample.js'), file, '--rows', String(rows), '--sheets', '1']);
  return readXlsxFile(file);
}

const FIVE_MB = 5_000_000;

async function hitungOn(rows: number) {
  const fake = createFakeExcel(await anggaranWorkbook(rows));
  const port = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
  const outcome = await runHitung(port, DEFAULT_SETTINGS);
  return { fake, port, outcome, stats: { ...fake.stats } };
}

describe('Hitung Capaian in Excel, measured on the fake host', () => {
  it('makes the same number of syncs for 1,000 and 20,000 rows, with no per-cell calls', async () => {
    const small = await hitungOn(1_000);
    const large = await hitungOn(20_000);
    expect(large.outcome.report.tables.length).toBeGreaterThan(0);
    expect(large.outcome.report.results.length).toBeGreaterThan(20_000);
    expect(large.stats.syncs).toBe(small.stats.syncs);
    // read 2 + apply 4 (see docs in src/workbook/office/adapter.ts).
    expect(large.stats.syncs).toBeLessThanOrEqual(6);
    expect(large.stats.perCellCalls).toBe(0);
    for (const s of large.fake.stats.syncLog) {
      expect(s.requestBytes).toBeLessThan(FIVE_MB);
      expect(s.responseBytes).toBeLessThan(FIVE_MB);
    }
    expect(large.fake.sheetNames()).toEqual(expect.arrayContaining(['Ringkasan Capaian', 'Temuan', 'Narasi']));
    const maxRequest = Math.max(...large.fake.stats.syncLog.map(s => s.requestBytes));
    const maxResponse = Math.max(...large.fake.stats.syncLog.map(s => s.responseBytes));
    console.log(`use case, 20.000 baris: ${large.stats.syncs} sync, permintaan terbesar ${Math.round(maxRequest / 1024)} KB, jawaban terbesar ${Math.round(maxResponse / 1024)} KB, panggilan per sel ${large.stats.perCellCalls}`);
  });

  it('a second run replaces, and "Hapus Hasil" restores the workbook as it was', async () => {
    const data = workbook(realisasiAnggaran(200), capaianKinerja(1));
    const fake = createFakeExcel(data);
    const port = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
    const before = fake.toWorkbookData();
    await runHitung(port, DEFAULT_SETTINGS);
    const once = { sheets: fake.sheetNames(), fills: fake.fills(), notes: fake.notes() };
    await runHitung(port, DEFAULT_SETTINGS);
    expect({ sheets: fake.sheetNames(), fills: fake.fills(), notes: fake.notes() }).toEqual(once);
    await runClear(port);
    expect(fake.toWorkbookData()).toEqual(before);
    expect(fake.notes()).toEqual({});
  });
});
