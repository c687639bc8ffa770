/**
 * Offices save with LibreOffice too. Every public corpus workbook re-saved by LibreOffice
 * (`soffice --headless --convert-to xlsx`) must give the same `check` findings as the original: tables,
 * values and findings identical, whatever LibreOffice changed in the package (shared strings, style
 * order, `0\%` for a literal percent sign, `<workbookProtection/>`, number formats with escapes).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CheckReport } from '../../src/model/report';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { readXlsxPackage } from '../../src/workbook/xlsx/package-read';
import { readXlsxFileViaExceljs } from '../../src/workbook/xlsx/read';
import { requireSoffice } from '../helpers/libreoffice';

const CORPUS = path.join(__dirname, '..', 'corpus');
const names = fs.readdirSync(CORPUS).filter(f => f.endsWith('.xlsx'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-lo-resave-'));
const OUT = path.join(tmp, 'out');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  const soffice = requireSoffice();
  const profile = path.join(tmp, 'profile');
  // One LibreOffice start converts all of them (a start costs seconds).
  execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', 'xlsx', '--outdir', OUT, ...names.map(n => path.join(CORPUS, n))], { timeout: 240000, stdio: 'ignore' });
}, 300000);

/** The report without the file name (the only thing that may differ). */
async function findings(file: string, read = readXlsxPackage): Promise<Omit<CheckReport, 'workbook'>> {
  const { report } = evaluateWorkbook(await read(file), DEFAULT_SETTINGS);
  const { workbook: _name, ...rest } = report;
  return rest;
}

describe.each(names)('%s re-saved by LibreOffice', name => {
  it('gives the same tables, values and findings as the original', async () => {
    const resaved = path.join(OUT, name);
    expect(fs.existsSync(resaved)).toBe(true);
    // LibreOffice did rewrite the package: the files are not the same bytes.
    expect(fs.readFileSync(resaved).equals(fs.readFileSync(path.join(CORPUS, name)))).toBe(false);
    const original = await findings(path.join(CORPUS, name));
    expect(original.tables.length).toBeGreaterThan(0);
    expect(await findings(resaved)).toEqual(original);
  });
});

it('002-V1 re-saved by LibreOffice shows why: its 0\\% formats made the exceljs reader see 100 as 10.000%', async () => {
  const resaved = path.join(OUT, '002-V1.xlsx');
  const original = await findings(path.join(CORPUS, '002-V1.xlsx'));
  const throughExceljs = await findings(resaved, readXlsxFileViaExceljs);
  expect(throughExceljs.summary.findings.error).toBeGreaterThan(original.summary.findings.error);
});
