/** The fake behaves like Office where the adapter's correctness depends on it. */
import { createFakeExcel, FakeOfficeError } from '../fakes/fake-excel';
import { capaianKinerja, realisasiAnggaran, workbook } from './fixtures';

const data = () => workbook(realisasiAnggaran(20), capaianKinerja(1));

describe('fake Excel', () => {
  it('properties are readable only after load() and sync(); writes land at sync()', async () => {
    const fake = createFakeExcel(data());
    await fake.run(async ctx => {
      const range = ctx.workbook.worksheets.getItem('Realisasi Anggaran').getRange('H1:I1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.values = [['a', 2]];
      range.load('values,address');
      expect(() => range.values).toThrow(FakeOfficeError);
      expect(fake.toWorkbookData().sheets[0].colCount).toBe(7); // not yet written
      await ctx.sync();
      expect(range.values).toEqual([['a', 2]]);
      expect(range.address).toBe("'Realisasi Anggaran'!H1:I1");
    });
    expect(fake.stats).toMatchObject({ syncs: 1, runs: 1, perCellCalls: 0 });
  });

  it('counts per-cell calls, proxies and payload; flushes a forgotten queue with one counted sync', async () => {
    const fake = createFakeExcel(data());
    await fake.run(async ctx => {
      const ws = ctx.workbook.worksheets.getItem('Capaian Kinerja');
      ws.getRange('B2').format.font.bold = true;
      ws.getRange('C3:C3').format.font.bold = true;
      ws.getRanges('B2,C3:D4').format.fill.color = '#FFC7CE';
    });
    expect(fake.stats.perCellCalls).toBe(2);
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.proxies).toBeGreaterThanOrEqual(4);
    expect(fake.stats.requestBytes).toBeGreaterThan(0);
    expect(fake.fills()).toMatchObject({ 'Capaian Kinerja!B2': '#FFC7CE', 'Capaian Kinerja!D4': '#FFC7CE' });
  });

  it('null leaves a cell unchanged, a wrong-sized array is refused, "\'text" stays text', async () => {
    const fake = createFakeExcel(data());
    await fake.run(async ctx => {
      const ws = ctx.workbook.worksheets.getItem('Realisasi Anggaran');
      ws.getRange('A1:B1').values = [[null, "'0012"]];
      await ctx.sync();
      ws.getRange('A1:B1').values = [['x']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    const row = fake.toWorkbookData().sheets[0].cells[0];
    expect(row[0]!.value).toBe('PEMERINTAH KABUPATEN LUWU TIMUR');
    expect(row[1]!.value).toBe('0012');
  });

  it('a proxy to a deleted sheet fails even when a sheet of that name is added again', async () => {
    const fake = createFakeExcel(data());
    const err = await fake.run(async ctx => {
      const old = ctx.workbook.worksheets.getItem('Capaian Kinerja');
      old.load('name');
      await ctx.sync();
      old.delete();
      ctx.workbook.worksheets.add('Capaian Kinerja');
      old.getRange('A1').values = [[1]];
      await ctx.sync();
    }).catch(e => e);
    expect(err).toMatchObject({ code: 'ItemNotFound' });
  });

  it('an API above the claimed requirement set fails with ApiNotFound; isSetSupported answers accordingly', async () => {
    const fake = createFakeExcel(data(), { requirementSets: ['ExcelApi 1.8'] });
    expect(fake.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.9')).toBe(false);
    const err = await fake.run(async ctx => {
      ctx.workbook.worksheets.getItem('Capaian Kinerja').getRanges('B2,C3').format.font.bold = true;
      await ctx.sync();
    }).catch(e => e);
    expect(err).toMatchObject({ code: 'ApiNotFound' });
  });

  it('writing to a protected sheet is denied; a sync above the payload limit is refused', async () => {
    const fake = createFakeExcel(data(), { payloadLimitBytes: 10_000 });
    fake.setProtected('Capaian Kinerja', true);
    const denied = await fake.run(async ctx => {
      ctx.workbook.worksheets.getItem('Capaian Kinerja').getRange('A1:A2').values = [[1], [2]];
      await ctx.sync();
    }).catch(e => e);
    expect(denied).toMatchObject({ code: 'AccessDenied' });
    const tooBig = await fake.run(async ctx => {
      ctx.workbook.worksheets.getItem('Realisasi Anggaran').getRange('J1:J2000').values = Array.from({ length: 2000 }, () => ['isi']);
      await ctx.sync();
    }).catch(e => e);
    expect(tooBig).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  it('exports back the WorkbookData it was built from', () => {
    const d = data();
    expect(createFakeExcel(d).toWorkbookData()).toEqual(d);
  });
});
