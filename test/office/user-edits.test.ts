/**
 * What a person typed is never deleted: a second Hitung (or Hapus Hasil) keeps the tool's earlier sheets and
 * columns the user changed, under a dated name or in place, and says so. Over the real use case and seed
 * 000's workbook on the fake Excel host, and over the adapter's own fixtures for result columns.
 */
import * as path from 'path';
import { OfficeWorkbook, type OfficeApplyResult } from '../../src/workbook/office/adapter';
import { runClear, runHitung } from '../../src/usecase/run';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { RUN_RECORD_SHEET, type WritePlan } from '../../src/model/write-plan';
import { WorkbookRefusal } from '../../src/model/workbook-port';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import { createFakeExcel, type FakeExcel } from '../fakes/fake-excel';
import { SHEET, capaianBlock, capaianKinerja, realisasiAnggaran, summarySheet, workbook } from './fixtures';
import { encodeRecord } from '../../src/workbook/record';

const SEED = path.join(__dirname, '..', 'corpus', '000-V2.xlsx');
const NOW = () => new Date('2026-12-07T09:00:00Z');

function portOn(fake: FakeExcel) {
  return new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported, now: NOW });
}

function text(fake: FakeExcel, sheet: string): string[] {
  const s = fake.toWorkbookData().sheets.find(x => x.name === sheet);
  return s ? s.cells.flat().filter(c => c && c.value !== null && c.value !== '').map(c => String(c!.value)) : [];
}

/** The first empty cell below a sheet's used range, in column B: where a person would type a remark. */
function belowUsed(fake: FakeExcel, sheet: string): string {
  const s = fake.toWorkbookData().sheets.find(x => x.name === sheet)!;
  return `B${s.originRow + s.rowCount + 1}`;
}

describe('Hitung Capaian keeps what the user typed into its sheets', () => {
  let seed: Awaited<ReturnType<typeof readXlsxFile>>;
  beforeAll(async () => {
    seed = await readXlsxFile(SEED);
  });

  it('a second run keeps an edited Narasi and Ringkasan Capaian under a dated name and tells the user', async () => {
    const fake = createFakeExcel(seed);
    const first = await runHitung(portOn(fake), DEFAULT_SETTINGS);
    expect(first.applied!.sheetsWritten).toEqual(expect.arrayContaining(['Ringkasan Capaian', 'Temuan', 'Narasi']));
    const remark = 'Analisis: capaian IKM turun karena survei dilakukan sebelum layanan daring dibuka.';
    fake.type('Narasi', belowUsed(fake, 'Narasi'), remark);
    fake.type('Ringkasan Capaian', belowUsed(fake, 'Ringkasan Capaian'), 'Diperiksa Kasubag, 3 Februari');

    const second = await runHitung(portOn(fake), DEFAULT_SETTINGS);
    const names = fake.sheetNames();
    expect(names).toEqual(expect.arrayContaining(['Narasi (07.12.26)', 'Ringkasan Capaian (07.12.26)', 'Narasi', 'Ringkasan Capaian', 'Temuan']));
    // The typed text lives on in the kept sheets, and the new result sheets are fresh.
    expect(text(fake, 'Narasi (07.12.26)')).toContain(remark);
    expect(text(fake, 'Ringkasan Capaian (07.12.26)')).toContain('Diperiksa Kasubag, 3 Februari');
    expect(text(fake, 'Narasi')).not.toContain(remark);
    expect(text(fake, 'Ringkasan Capaian')).not.toContain('Diperiksa Kasubag, 3 Februari');
    const notices = (second.applied as OfficeApplyResult).notices!;
    expect(notices).toEqual([
      'Lembar "Ringkasan Capaian" berisi isian atau perubahan Anda sejak perhitungan sebelumnya; lembar itu disimpan sebagai "Ringkasan Capaian (07.12.26)" dan hasil baru ditulis ke "Ringkasan Capaian".',
      'Lembar "Narasi" berisi isian atau perubahan Anda sejak perhitungan sebelumnya; lembar itu disimpan sebagai "Narasi (07.12.26)" dan hasil baru ditulis ke "Narasi".',
    ]);
    // Temuan was not touched by the user: replaced, not kept.
    expect(names.filter(n => n.startsWith('Temuan'))).toEqual(['Temuan']);

    // A third run with no new typing keeps nothing more, and never touches the kept sheets.
    const third = await runHitung(portOn(fake), DEFAULT_SETTINGS);
    expect((third.applied as OfficeApplyResult).notices).toEqual([]);
    expect(fake.sheetNames()).toEqual(names);
    expect(text(fake, 'Narasi (07.12.26)')).toContain(remark);
  });

  it('an unchanged earlier result is replaced without a word', async () => {
    const fake = createFakeExcel(seed);
    await runHitung(portOn(fake), DEFAULT_SETTINGS);
    const before = fake.sheetNames();
    const again = await runHitung(portOn(fake), DEFAULT_SETTINGS);
    expect((again.applied as OfficeApplyResult).notices).toEqual([]);
    expect(fake.sheetNames()).toEqual(before);
  });

  it("the ribbon's line under the summary is part of the run, not the user's typing", async () => {
    const fake = createFakeExcel(seed);
    const note = { summaryNote: () => 'Dijalankan dari pita pada 7 Des 2026 09.00' };
    await runHitung(portOn(fake), DEFAULT_SETTINGS, undefined, note);
    expect(text(fake, 'Ringkasan Capaian')).toContain('Dijalankan dari pita pada 7 Des 2026 09.00');
    const again = await runHitung(portOn(fake), DEFAULT_SETTINGS, undefined, note);
    expect((again.applied as OfficeApplyResult).notices).toEqual([]);
    const cleared = (await runClear(portOn(fake))) as OfficeApplyResult;
    expect(cleared.notices).toEqual([]);
    expect(fake.sheetNames()).toEqual(seed.sheets.map(s => s.name));
  });

  it('Hapus Hasil keeps an edited result sheet and removes the rest', async () => {
    const fake = createFakeExcel(seed);
    await runHitung(portOn(fake), DEFAULT_SETTINGS);
    fake.type('Narasi', belowUsed(fake, 'Narasi'), 'Catatan rapat evaluasi');
    const res = (await runClear(portOn(fake))) as OfficeApplyResult;
    expect(fake.sheetNames()).toContain('Narasi (07.12.26)');
    expect(fake.sheetNames()).not.toContain('Temuan');
    expect(fake.sheetNames()).not.toContain('Ringkasan Capaian');
    expect(fake.sheetNames()).not.toContain(RUN_RECORD_SHEET);
    expect(text(fake, 'Narasi (07.12.26)')).toContain('Catatan rapat evaluasi');
    expect(res.notices).toEqual([
      'Lembar "Narasi" berisi isian atau perubahan Anda sejak perhitungan sebelumnya; lembar itu disimpan sebagai "Narasi (07.12.26)" dan tidak dihapus.',
    ]);
  });
});

describe('result columns beside the user table', () => {
  it('a block the user edited is neither cleared nor written over, and the user is told', async () => {
    const sheet = realisasiAnggaran(30);
    const fake = createFakeExcel(workbook(sheet));
    const plan: WritePlan = { sheets: [summarySheet(5)], blocks: [capaianBlock(sheet)], fills: [], notes: [] };
    await portOn(fake).apply(plan);
    fake.type(SHEET, 'J6', 'sudah dicek, benar');
    const res = await portOn(fake).apply(plan);
    expect(text(fake, SHEET)).toContain('sudah dicek, benar');
    expect(res.notices).toEqual([
      `Kolom hasil di lembar "${SHEET}" (H4:J37) sudah Anda ubah sejak perhitungan sebelumnya, sehingga tidak dihapus dan tidak ditimpa. Kosongkan atau pindahkan isinya bila ingin kolom hasil ditulis ulang.`,
    ]);
    // The edited block is the user's now: Hapus leaves it too.
    const cleared = await portOn(fake).clear();
    expect(cleared.notices).toEqual([]);
    expect(text(fake, SHEET)).toContain('sudah dicek, benar');
    expect(text(fake, SHEET)).toContain('Serapan Dihitung (%)');
  });

  it('an unedited block is cleared by Hapus Hasil', async () => {
    const sheet = realisasiAnggaran(30);
    const fake = createFakeExcel(workbook(sheet));
    await portOn(fake).apply({ sheets: [], blocks: [capaianBlock(sheet)], fills: [], notes: [] });
    expect(text(fake, SHEET)).toContain('Serapan Dihitung (%)');
    await portOn(fake).clear();
    expect(text(fake, SHEET)).not.toContain('Serapan Dihitung (%)');
  });
});

describe('a run record that cannot prove what it names (forged, or inherited from another file)', () => {
  it('deletes, blanks and un-notes nothing of the user, and says what it left', async () => {
    const sheet = realisasiAnggaran(30);
    const data = workbook(sheet, capaianKinerja(1));
    const forged = {
      version: 1 as const,
      at: '2025-01-01T00:00:00Z',
      sheets: ['Capaian Kinerja'],
      blocks: [{ sheet: SHEET, range: 'B7:D12' }],
      fills: {},
      notes: { [`${SHEET}!E8`]: '' },
    };
    const recordGrid = {
      name: RUN_RECORD_SHEET, index: 2, visible: false, protected: false, originRow: 1, originCol: 1,
      rowCount: encodeRecord(forged).length, colCount: 1, merges: [],
      cells: encodeRecord(forged).map(p => [{ value: p, numFmt: '@' }]),
    };
    const fake = createFakeExcel({ ...data, sheets: [...data.sheets, recordGrid] }, { notes: { [`${SHEET}!E8`]: 'Catatan bendahara.' } });
    await fake.run(async ctx => {
      ctx.workbook.worksheets.getItem(RUN_RECORD_SHEET).visibility = 'Hidden';
      await ctx.sync();
    });
    const before = fake.toWorkbookData();

    const res = await portOn(fake).clear();
    const after = fake.toWorkbookData();
    expect(after.sheets.map(x => x.name)).toEqual([SHEET, 'Capaian Kinerja']);
    expect(after).toEqual(before);
    expect(fake.notes()).toEqual({ [`${SHEET}!E8`]: 'Catatan bendahara.' });
    expect(res.notices).toEqual([
      'Lembar "Capaian Kinerja" tercatat sebagai hasil alat ini, tetapi isinya bukan buatan alat ini; lembar itu tidak diubah.',
      '1 catatan sel yang tercatat sebagai buatan alat ini sudah diubah atau bukan buatan alat ini, sehingga dibiarkan.',
      `Kolom hasil di lembar "${SHEET}" (B7:D12) sudah Anda ubah sejak perhitungan sebelumnya, sehingga tidak dihapus.`,
    ]);
  });
});

describe('a visible sheet named like the run record', () => {
  it('is never read or overwritten: the run is refused with what to do', async () => {
    const sheet = realisasiAnggaran(10);
    const mine = { ...realisasiAnggaran(3), name: RUN_RECORD_SHEET };
    const fake = createFakeExcel(workbook(sheet, mine));
    const before = text(fake, RUN_RECORD_SHEET);
    await expect(portOn(fake).apply({ sheets: [summarySheet(3)], blocks: [], fills: [], notes: [] })).rejects.toThrow(WorkbookRefusal);
    await expect(portOn(fake).apply({ sheets: [summarySheet(3)], blocks: [], fills: [], notes: [] })).rejects.toThrow(
      /Lembar "HitungCapaian_Data" terlihat, sehingga dianggap lembar Anda dan tidak diubah/,
    );
    expect(text(fake, RUN_RECORD_SHEET)).toEqual(before);
    expect(fake.sheetNames()).toEqual([SHEET, RUN_RECORD_SHEET]);
  });
});
