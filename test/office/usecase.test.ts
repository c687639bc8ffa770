/**
 * The whole use case in the add-in (read → recognise → compute → check → plan → apply) through the
 * Office adapter over the fake Excel: a second run replaces the first and Hapus Hasil restores the workbook.
 * The same use case on 1,000 and 20,000 rows (syncs that do not grow, nothing cell by cell, every request
 * under 5 MB) is in large.test.ts, with the other stress sizes.
 */
import { runClear, runHitung } from '../../src/usecase/run';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { OfficeWorkbook } from '../../src/workbook/office/adapter';
import { createFakeExcel } from '../fakes/fake-excel';
import { capaianKinerja, realisasiAnggaran, workbook } from './fixtures';

describe('Hitung Capaian in Excel, on the fake host', () => {
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
