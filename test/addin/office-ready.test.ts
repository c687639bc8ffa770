/**
 * officeReady: every way the pane can find itself unable to work ends in its sentence, including an
 * Office.onReady that never answers (the browser tests cover the others in a real page).
 */
import { MESSAGES, MIN_EXCEL_API, officeReady, type OfficeGlobal } from '../../src/addin-common/office-ready';

function office(host: unknown, supported: string[] = ['1.7'], ready: 'resolve' | 'never' | 'reject' = 'resolve'): OfficeGlobal {
  return {
    HostType: { Excel: 'Excel' },
    onReady: () =>
      ready === 'never' ? new Promise(() => undefined) : ready === 'reject' ? Promise.reject(new Error('x')) : Promise.resolve({ host, platform: 'PC' }),
    context: { requirements: { isSetSupported: (name, version) => name === 'ExcelApi' && supported.includes(version ?? '') } },
  };
}

const message = (p: Promise<void>) => p.then(() => 'ok', (e: Error) => e.message);

describe('officeReady', () => {
  test('Excel at the floor is ready', async () => {
    expect(await message(officeReady(office('Excel', [MIN_EXCEL_API])))).toBe('ok');
  });

  test('no office.js at all', async () => {
    expect(await message(officeReady(undefined))).toBe(MESSAGES.officeJsMissing);
    expect(await message(officeReady({} as OfficeGlobal))).toBe(MESSAGES.officeJsMissing);
  });

  test('office.js outside Office reports no host', async () => {
    expect(await message(officeReady(office(null)))).toBe(MESSAGES.outsideOffice);
    expect(await message(officeReady(office(undefined)))).toBe(MESSAGES.outsideOffice);
  });

  test('another Office application is named', async () => {
    expect(await message(officeReady(office('Word')))).toBe(MESSAGES.notExcel('Word'));
    expect(MESSAGES.notExcel('Word')).toContain('bukan di Word');
    expect(await message(officeReady(office('PowerPoint')))).toContain('bukan di PowerPoint');
  });

  test('an Excel below the floor gets plain words, not a requirement set', async () => {
    expect(await message(officeReady(office('Excel', ['1.6'])))).toBe(MESSAGES.excelTooOld);
    expect(MESSAGES.excelTooOld).not.toMatch(/ExcelApi|1\.7/);
    const throwing = office('Excel');
    throwing.context = {
      requirements: {
        isSetSupported: () => {
          throw new Error('not ready');
        },
      },
    };
    expect(await message(officeReady(throwing))).toBe(MESSAGES.excelTooOld);
  });

  test('Office.onReady that never answers ends in a message after the timeout', async () => {
    expect(await message(officeReady(office('Excel', ['1.7'], 'never'), 30))).toBe(MESSAGES.noAnswer);
  });

  test('Office.onReady that rejects is treated as no host', async () => {
    expect(await message(officeReady(office('Excel', ['1.7'], 'reject'), 1000))).toBe(MESSAGES.outsideOffice);
  });

  test('no message mentions API versions', () => {
    for (const m of [MESSAGES.officeJsMissing, MESSAGES.outsideOffice, MESSAGES.notExcel('Word'), MESSAGES.excelTooOld, MESSAGES.noAnswer]) {
      expect(m).not.toMatch(/ExcelApi|API/);
    }
  });
});
