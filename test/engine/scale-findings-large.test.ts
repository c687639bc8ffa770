/**
 * One fact, one finding, at 20.000 rows (issue 11): a table whose every code has a one-digit bidang gives one
 * kode_tidak_baku finding with the count and the first rows. The rest of the scale findings are in
 * scale-findings.test.ts; this size is in the slow set (test/slow-suites.js).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import type { Finding } from '../../src/model/report';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeFixture } = require('../../scripts/make-scale-fixtures.js') as { writeFixture(name: string, dir: string): Promise<string> };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-skala-besar-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const evaluate = async (name: string) => evaluateWorkbook(await readXlsxFile(await writeFixture(name, dir)), DEFAULT_SETTINGS);
const byRule = (fs: Finding[]) => fs.reduce<Record<string, number>>((m, f) => ({ ...m, [f.rule]: (m[f.rule] ?? 0) + 1 }), {});

describe('one fact, one finding, at 20.000 rows', () => {
  it('20.000 codes with a one-digit bidang are one kode_tidak_baku finding with the count and the first rows', async () => {
    const { report } = await evaluate('kode-tidak-baku.xlsx');
    expect(report.tables[0].range).toBe('A5:E20005');
    expect(byRule(report.findings)).toEqual({ kode_tidak_baku: 1 });
    const [f] = report.findings;
    expect(f).toMatchObject({ rule: 'kode_tidak_baku', severity: 'warning', sheet: 'Realisasi', cell: 'A6', stated: '7.1.01.2.01.0001' });
    expect(f.related).toHaveLength(20);
    expect(f.message).toMatch(/^Semua 20\.000 kode di tabel ini tidak sesuai format kode Permendagri 90\/2019: baris 6 \(7\.1\.01\.2\.01\.0001: bagian bidang "1" seharusnya 2 digit\);/);
    expect(f.message).toMatch(/dan 19\.995 baris lain\.$/);
  });

});
