import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { book, grid, type Raw } from '../helpers/grid';

/**
 * Layouts the sixth recognition set (test/corpus/dev5) showed the recogniser misreading: each rule is
 * decided from value types and arithmetic, and the planted wrong row is reported, not re-read.
 */

const L = (c: number) => String.fromCharCode(64 + c);
const cols = (t: { columns: Record<string, { col: number }> }) => Object.fromEntries(Object.entries(t.columns).map(([r, m]) => [r, L(m.col)]));
type Ev = ReturnType<typeof evaluateWorkbook>;

function check(name: string, rows: Raw[][]): Ev {
  return evaluateWorkbook(book(grid(name, rows)), DEFAULT_SETTINGS);
}
const findings = (ev: Ev, rule: string) => ev.report.findings.filter(f => f.rule === rule).map(f => [f.cell, f.expected]);

describe('"Target (%) | Pencapaian (%) | Kinerja (%)": the column another is the ratio of is the realisasi', () => {
  // Percentage indicators: the pencapaian sits near its target and near 100 alike, so only the arithmetic
  // tells: Kinerja = Pencapaian / Target × 100 on most rows. Row 5 states 90,00 where 96 / 100 = 96,00.
  const rows: Raw[][] = [
    ['No', 'Upaya Kesehatan', 'Target (%)', 'Pencapaian (%)', 'Kinerja (%)'],
    [1, 'Cakupan kunjungan ibu hamil K4', 80, 82.5, 103.13],
    [2, 'Cakupan pertolongan persalinan oleh nakes', 90, 88, 97.78],
    [3, 'Cakupan imunisasi dasar lengkap', 75, 79, 105.33],
    [4, 'Cakupan pelayanan kesehatan usia produktif', 100, 96, 90],
    [5, 'Cakupan penemuan kasus TB', 85, 90, 105.88],
  ];
  const ev = check('PKP', rows);

  it('reads target C, realisasi D and capaian E', () => {
    expect(cols(ev.recognition.tables[0])).toMatchObject({ target: 'C', realisasi: 'D', capaian: 'E' });
  });
  it('reports the wrong capaian of row 5 and no other', () => {
    expect(findings(ev, 'capaian_selisih')).toEqual([['E5', '96.00']]);
  });
});
