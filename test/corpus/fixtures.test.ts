import * as fs from 'fs';
import * as path from 'path';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import { missesOf, type Expected } from '../helpers/corpus-scorer';

/**
 * The project's own harder workbooks (scripts/make-fixtures.js): layouts and conventions the public
 * corpus lacks. Scored by the corpus scorer itself: every table, value and finding must be right and no clean
 * cell may be flagged.
 */
const DIR = path.join(__dirname, '..', 'fixtures');
const names = fs.readdirSync(DIR).filter(f => f.endsWith('.xlsx')).map(f => f.replace(/\.xlsx$/, ''));

describe.each(names)('fixture %s', name => {
  it('is recognised, recomputed and checked exactly as its answers say', async () => {
    const expected = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
    const { report } = evaluateWorkbook(await readXlsxFile(path.join(DIR, `${name}.xlsx`)), DEFAULT_SETTINGS);
    expect(missesOf(expected, report)).toEqual({ tables: [], values: [], findings: [], fp: [] });
  });
});

it('has fixtures to check', () => expect(names.length).toBeGreaterThanOrEqual(5));
