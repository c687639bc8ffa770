/**
 * The package reader (package-read.ts) against the exceljs reader it replaces for `capaian check`:
 * for every public corpus workbook and every fixture, the same WorkbookData, cell by cell.
 *
 * Deliberate differences (none occurs in these files; each has its own test in package-read.test.ts):
 *  - number formats keep their escapes as written: LibreOffice's 0\% stays 0\% (exceljs dropped the
 *    backslash and so turned a literal percent sign into a percent-scaled format);
 *  - ISO date cells (t="d") are Excel serials (exceljs read "2023-05-17" as the number 2023);
 *  - sheets whose part is not xl/worksheets/sheetN.xml are read (exceljs dropped them silently);
 *  - a font with <b val="0"/> is not bold (exceljs called every <b> bold);
 *  - a hyperlinked number stays a number (exceljs made it text), _xHHHH_ escapes in inline strings are
 *    resolved as in shared strings, a t="str" value is unescaped once (exceljs did it twice);
 *  - a shared-string index out of range is an empty cell (exceljs refused the whole workbook);
 *  - a formula whose cached result is 0, FALSE or "" keeps it (exceljs's FormulaValue dropped every falsy
 *    result, so a capaian formula evaluating to 0 read as an empty cell).
 */
import * as fs from 'fs';
import * as path from 'path';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import type { WorkbookData } from '../../src/model/grid';
import { readXlsxPackage } from '../../src/workbook/xlsx/package-read';
import { readXlsxFileViaExceljs } from '../../src/workbook/xlsx/read';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'test', 'corpus');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const files = [
  ...fs.readdirSync(CORPUS).filter(f => f.endsWith('.xlsx')).map(f => path.join(CORPUS, f)),
  ...fs.readdirSync(FIXTURES).filter(f => f.endsWith('.xlsx')).map(f => path.join(FIXTURES, f)),
];

/** The first differing cell, for a readable failure instead of a 10,000-line diff. */
export function firstDifference(a: WorkbookData, b: WorkbookData): string | undefined {
  if (a.name !== b.name) return `name ${a.name} ≠ ${b.name}`;
  if (a.sheets.length !== b.sheets.length) return `sheets ${a.sheets.map(s => s.name)} ≠ ${b.sheets.map(s => s.name)}`;
  for (let i = 0; i < a.sheets.length; i++) {
    const x = a.sheets[i];
    const y = b.sheets[i];
    for (const k of ['name', 'index', 'visible', 'protected', 'originRow', 'originCol', 'rowCount', 'colCount'] as const) {
      if (x[k] !== y[k]) return `${x.name}: ${k} ${x[k]} ≠ ${y[k]}`;
    }
    if (JSON.stringify(x.merges) !== JSON.stringify(y.merges)) return `${x.name}: merges differ`;
    if (JSON.stringify(x.hiddenRows) !== JSON.stringify(y.hiddenRows)) return `${x.name}: hidden rows ${x.hiddenRows} ≠ ${y.hiddenRows}`;
    for (let r = 0; r < x.rowCount; r++) {
      for (let c = 0; c < x.colCount; c++) {
        const p = x.cells[r][c];
        const q = y.cells[r][c];
        if (!sameCell(p, q)) return `${x.name}!R${r + x.originRow}C${c + x.originCol}: ${JSON.stringify(p)} ≠ ${JSON.stringify(q)}`;
      }
    }
  }
  return undefined;
}

function sameCell(p: unknown, q: unknown): boolean {
  const norm = (v: unknown) => JSON.stringify(v, (_k, val) => (typeof val === 'number' && !Number.isFinite(val) ? String(val) : val));
  if (norm(p) !== norm(q)) return false;
  // Same keys too (an absent bold is not bold: false).
  return JSON.stringify(Object.keys((p as object) ?? {}).sort()) === JSON.stringify(Object.keys((q as object) ?? {}).sort());
}

describe.each(files.map(f => [path.relative(ROOT, f), f]))('%s', (_rel, file) => {
  it('reads to the same grid as the exceljs reader', async () => {
    const fresh = await readXlsxPackage(file);
    const old = await readXlsxFileViaExceljs(file);
    expect(firstDifference(fresh, old)).toBeUndefined();
    expect(fresh).toEqual(old);
  });
});

describe('`capaian check --json` output is byte-identical with either reader', () => {
  it.each(files.map(f => [path.relative(ROOT, f), f]))('%s', async (_rel, file) => {
    // The CLI writes JSON.stringify(report, null, 1) (src/cli/main.ts); the same text from both grids.
    const json = (wb: WorkbookData) => JSON.stringify(evaluateWorkbook(wb, DEFAULT_SETTINGS).report, null, 1);
    const fresh = json(await readXlsxPackage(file));
    expect(fresh).toBe(json(await readXlsxFileViaExceljs(file)));
    expect(fresh.length).toBeGreaterThan(200);
  });
});
