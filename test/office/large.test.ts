/**
 * Size: a 20,000-row realisasi sheet is read in two syncs under Excel on the web's 5 MB limit; a larger
 * workbook (or a tighter limit) is read in windows instead of failing; a plan larger than one request is
 * written in row chunks, every sync under the limit; the whole use case makes as many syncs for 20,000 rows
 * as for 1,000.
 */
import { execFileSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { runHitung } from '../../src/usecase/run';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { OfficeWorkbook } from '../../src/workbook/office/adapter';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import type { PlannedCell } from '../../src/model/write-plan';
import { createFakeExcel } from '../fakes/fake-excel';
import { SHEET, capaianKinerja, realisasiAnggaran, workbook } from './fixtures';

const FIVE_MB = 5_000_000;

describe('a 20,000-row sheet', () => {
  const sheet = realisasiAnggaran(20_000);
  const data = workbook(sheet, capaianKinerja(1));

  it('is read in 2 syncs, each request and response under 5 MB, without per-cell calls', async () => {
    const fake = createFakeExcel(data);
    const port = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
    const read = await port.read();

    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.perCellCalls).toBe(0);
    for (const s of fake.stats.syncLog) {
      expect(s.requestBytes).toBeLessThan(FIVE_MB);
      expect(s.responseBytes).toBeLessThan(FIVE_MB);
    }
    expect(port.lastReadStats).toMatchObject({ windowed: false, syncs: 2 });
    expect(read.sheets[0].rowCount).toBe(sheet.rowCount);
    expect(read.sheets[0].rowCount).toBeGreaterThan(20_000);
    // Values, formulas and number formats of every row; bold / indent within the format budget.
    const strip = (rows: typeof sheet.cells) => rows.map(l => l.map(c => c && { value: c.value, formula: c.formula, numFmt: c.numFmt }));
    expect(strip(read.sheets[0].cells)).toEqual(strip(sheet.cells));
    expect(read.sheets[1]).toEqual(data.sheets[1]);
  });

  it('falls back to windows when Excel refuses the response, every sync under the limit', async () => {
    const limit = 1_500_000;
    const fake = createFakeExcel(data, { payloadLimitBytes: limit });
    const twoSyncs = await new OfficeWorkbook(createFakeExcel(data).run, { isSetSupported: fake.isSetSupported }).read();
    const port = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported, windowBytes: 1_000_000 });
    const read = await port.read();

    expect(read).toEqual(twoSyncs);
    expect(port.lastReadStats!.windowed).toBe(true);
    const windowed = fake.stats.syncLog.slice(2); // the refused two-sync attempt comes first
    expect(windowed.length).toBeGreaterThan(3);
    for (const s of windowed) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThan(limit);
    expect(fake.stats.perCellCalls).toBe(0);
  });

  it('a block of 20,000 rows larger than one request is written in row chunks, every sync under 5 MB', async () => {
    const fake = createFakeExcel(workbook(sheet));
    const port = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
    const rows: PlannedCell[][] = [];
    for (let r = 5; r <= sheet.rowCount; r++) {
      rows.push([
        { formula: `IFERROR(D${r}/C${r}*100,"")`, numFmt: '0.00' },
        { value: `Realisasi baris ${r} melebihi pagu; periksa kembali bukti SP2D dan dokumen pendukung.`, wrap: true },
        { value: `Catatan pemeriksaan ${r}: angka capaian tertulis dibandingkan dengan hasil hitung ulang.` },
      ]);
    }
    const result = await port.apply({ sheets: [], blocks: [{ sheet: SHEET, topLeft: 'H5', rows }], fills: [], notes: [] });

    expect(fake.stats.maxRangeWriteBytes).toBeLessThanOrEqual(1_000_000);
    expect(fake.stats.rangeWrites).toBeGreaterThan(4);
    expect(fake.stats.maxSyncBytes).toBeLessThan(FIVE_MB);
    // 2 survey syncs + the writes; more than one write sync only because the payload passes one request.
    expect(fake.stats.syncs).toBe(4);
    expect(fake.stats.perCellCalls).toBe(0);
    expect(result.cellsWritten).toBe(rows.length * 3);
    const written = fake.toWorkbookData().sheets[0];
    expect(written.cells[written.rowCount - 1][8]!.value).toBe(`Realisasi baris ${sheet.rowCount} melebihi pagu; periksa kembali bukti SP2D dan dokumen pendukung.`);
  });
});

/** A realistic budget workbook of `rows` sub kegiatan (program > kegiatan > sub kegiatan, codes, sums). */
async function anggaranWorkbook(rows: number) {
  const file = path.join(os.tmpdir(), `capaian-usecase-${rows}-${process.pid}.xlsx`);
  execFileSync('node', [path.join(__dirname, '..', '..', 'scripts', 'make-sample.js'), file, '--rows', String(rows), '--sheets', '1']);
  return readXlsxFile(file);
}

async function hitungOn(rows: number) {
  const fake = createFakeExcel(await anggaranWorkbook(rows));
  const port = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
  const outcome = await runHitung(port, DEFAULT_SETTINGS);
  return { fake, port, outcome, stats: { ...fake.stats } };
}

describe('Hitung Capaian in Excel on 1,000 and 20,000 rows (fake host)', () => {
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
});
