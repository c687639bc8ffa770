/**
 * Every failure reaches the user as a WorkbookRefusal with an Indonesian sentence that says what to do.
 * Exercised through our fake, and through Microsoft's office-addin-mock as a second, independent stand-in.
 */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose dependency chain ships
// ES modules Jest's CommonJS runtime cannot load; the enum is all it gets here.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import { OfficeWorkbook } from '../../src/workbook/office/adapter';
import { MESSAGES, toRefusal } from '../../src/workbook/office/errors';
import { WorkbookRefusal } from '../../src/model/workbook-port';
import { createFakeExcel, FakeOfficeError } from '../fakes/fake-excel';
import { capaianKinerja, fullPlan, realisasiAnggaran, workbook } from './fixtures';

describe('error mapping', () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'cell_edit', 'Excel sedang dalam mode edit sel. Tekan Enter atau Esc, lalu coba lagi.'],
    ['RequestPayloadSizeLimitExceeded', 'too_large', MESSAGES.tooLarge],
    ['ResponsePayloadSizeLimitExceeded', 'too_large', MESSAGES.tooLarge],
    ['AccessDenied', 'protected', MESSAGES.protectedGeneric],
    ['InvalidOperation', 'protected', MESSAGES.protectedGeneric],
    ['GeneralException', 'general', MESSAGES.general],
    ['ItemNotFound', 'not_found', MESSAGES.notFound],
    ['ApiNotFound', 'api_missing', MESSAGES.apiMissing],
    ['ActivityLimitReached', 'busy', MESSAGES.busy],
  ])('%s → %s', (code, refusal, message) => {
    const r = toRefusal(new FakeOfficeError(code));
    expect(r).toBeInstanceOf(WorkbookRefusal);
    expect(r.code).toBe(refusal);
    expect(r.message).toBe(message);
  });

  it('an unknown error names its code and says what to do', () => {
    const r = toRefusal({ code: 'FilteredRangeConflict', message: 'The range conflicts with a filter.' });
    expect(r.code).toBe('office_FilteredRangeConflict');
    expect(r.message).toMatch(/^Terjadi kesalahan tak terduga saat bekerja dengan Excel \(kode FilteredRangeConflict\)\./);
    expect(r.message).toMatch(/Simpan pekerjaan Anda, lalu coba lagi/);
    expect(toRefusal(new TypeError('x is undefined')).code).toBe('unexpected');
  });

  it('a refusal passes through unchanged', () => {
    const r = new WorkbookRefusal('Lembar "X" diproteksi.', 'sheet_protected');
    expect(toRefusal(r)).toBe(r);
  });

  it('cell-edit mode during read() becomes the Indonesian refusal', async () => {
    const fake = createFakeExcel(workbook(realisasiAnggaran(20)));
    fake.failNextSync('InvalidOperationInCellEditMode', 'Cell edit mode');
    const err = await new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported }).read().catch(e => e);
    expect(err).toBeInstanceOf(WorkbookRefusal);
    expect(err).toMatchObject({ code: 'cell_edit', message: 'Excel sedang dalam mode edit sel. Tekan Enter atau Esc, lalu coba lagi.' });
  });

  it('a write batch Excel rejects as protected (protection set after the check) becomes a refusal', async () => {
    const sheet = realisasiAnggaran(50);
    const fake = createFakeExcel(workbook(sheet, capaianKinerja(1)));
    const port = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
    const run = fake.run;
    let syncs = 0;
    // Protect the sheet between the survey and the write batch, as a user could.
    const racing = new OfficeWorkbook(async batch => run(async ctx => {
      const sync = ctx.sync.bind(ctx);
      (ctx as { sync: () => Promise<void> }).sync = async () => {
        if (++syncs === 3) fake.setProtected(sheet.name, true);
        return sync();
      };
      return batch(ctx);
    }), { isSetSupported: fake.isSetSupported });
    const err = await racing.apply({ ...fullPlan(sheet), fills: [], notes: [] }).catch(e => e);
    expect(err).toMatchObject({ code: 'protected', message: MESSAGES.protectedGeneric });
    // The union record was written first, so the next run undoes the partial write.
    fake.setProtected(sheet.name, false);
    await port.clear();
    expect(fake.sheetNames()).toEqual([sheet.name, 'Capaian Kinerja']);
    expect(fake.toWorkbookData().sheets[0]).toEqual(workbook(sheet).sheets[0]);
  });
});

describe('with office-addin-mock', () => {
  const cellEdit = Object.assign(new Error('The request cannot be processed while Excel is in cell edit mode.'), {
    name: 'RichApi.Error',
    code: 'InvalidOperationInCellEditMode',
  });

  function mockExcel(failure: Error, seen: { options?: unknown }) {
    return new OfficeMockObject({
      context: {
        workbook: {
          name: 'Buku1.xlsx',
          worksheets: {
            items: [],
            load: function () { return this; },
          },
        },
        sync: async function () { throw failure; },
      },
      run: async function (this: { context: unknown }, options: unknown, batch: (ctx: unknown) => Promise<unknown>) {
        seen.options = options;
        return batch(this.context);
      },
    });
  }

  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it('the default runner asks Excel to wait for cell edit (delayForCellEdit) and maps the error', async () => {
    const seen: { options?: unknown } = {};
    (globalThis as { Excel?: unknown }).Excel = mockExcel(cellEdit, seen);
    const err = await new OfficeWorkbook().read().catch(e => e);
    expect(seen.options).toEqual({ delayForCellEdit: true });
    expect(err).toBeInstanceOf(WorkbookRefusal);
    expect(err.message).toBe('Excel sedang dalam mode edit sel. Tekan Enter atau Esc, lalu coba lagi.');
  });

  it('GeneralException from apply() becomes the general refusal', async () => {
    const seen: { options?: unknown } = {};
    const general = Object.assign(new Error('An internal error has occurred.'), { code: 'GeneralException' });
    const mock = mockExcel(general, seen);
    const port = new OfficeWorkbook(batch => mock.run({ delayForCellEdit: true }, batch));
    const err = await port.apply({ sheets: [], blocks: [], fills: [], notes: [] }).catch(e => e);
    expect(err).toMatchObject({ code: 'general', message: MESSAGES.general });
  });

  it('a payload refusal on a workbook too large even for windows tells the user what to do', async () => {
    const seen: { options?: unknown } = {};
    const tooLarge = Object.assign(new Error('Response payload size has exceeded the limit.'), { code: 'ResponsePayloadSizeLimitExceeded' });
    const mock = mockExcel(tooLarge, seen);
    const err = await new OfficeWorkbook(batch => mock.run({}, batch)).read().catch(e => e);
    expect(err).toMatchObject({ code: 'too_large', message: MESSAGES.tooLarge });
    expect(err.message).toMatch(/^Buku kerja terlalu besar untuk diproses sekaligus/);
  });
});
