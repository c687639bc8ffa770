/**
 * `check --json` on one workbook makes its result lines as it writes them (issue 13: memory on 100,000 rows):
 * the text must be exactly the report's JSON as the full evaluation gives it.
 */
import * as path from 'path';
import { main } from '../../src/cli/main';
import { evaluateWorkbook, resultOf } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { readXlsxFile } from '../../src/workbook/xlsx/read';

const file = path.join(__dirname, '..', 'corpus', '000-V1.xlsx');

describe('deferred result lines', () => {
  it('evaluateWorkbook with deferResults leaves results empty; resultOf makes the same lines', async () => {
    const wb = await readXlsxFile(file);
    const full = evaluateWorkbook(wb, DEFAULT_SETTINGS);
    const deferred = evaluateWorkbook(wb, DEFAULT_SETTINGS, { deferResults: true });
    expect(deferred.report.results).toEqual([]);
    expect(deferred.report.summary).toEqual(full.report.summary);
    expect(full.report.results.some(r => r.polarity)).toBe(true);
    expect(JSON.stringify(deferred.computed.values.map(resultOf))).toBe(JSON.stringify(full.report.results));
  });

  it('check --json prints byte for byte the full report, for one workbook and for two', async () => {
    const wb = await readXlsxFile(file);
    const { report } = evaluateWorkbook(wb, DEFAULT_SETTINGS);
    const out = async (argv: string[]) => {
      let text = '';
      const spy = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => {
        text += chunk;
        return true;
      }) as typeof process.stdout.write);
      try {
        expect(await main(argv)).toBe(0);
      } finally {
        spy.mockRestore();
      }
      return text;
    };
    expect(await out(['check', file, '--json'])).toBe(JSON.stringify(report, null, 1) + '\n');
    expect(await out(['check', file, file, '--json'])).toBe(JSON.stringify([report, report], null, 1) + '\n');
  });
});
