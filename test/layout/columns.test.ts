import { resolveColumns } from '../../src/layout/columns';
import { readHeader } from '../../src/layout/header';
import type { ColumnMapping } from '../../src/model/recognition';
import { SheetView } from '../../src/layout/sheet-view';
import { grid, type Raw } from '../helpers/grid';

/**
 * layout/columns.ts on its own: from the header's per-column guesses to one role per column for the table.
 * Header wordings are the seed reports' (test/corpus/seeds and shared/seeds) unless said otherwise.
 */
const L = (c: number) => String.fromCharCode(64 + c);
const letters = (cols: Record<string, ColumnMapping>) => Object.fromEntries(Object.entries(cols).map(([r, m]) => [r, L(m.col)]));
const headerOf = (rows: Raw[][], merges: Parameters<typeof grid>[2] = []) => readHeader(new SheetView(grid('Uji', rows, merges)), 1)!;
const resolve = (rows: Raw[][], ...rest: Parameters<typeof resolveColumns> extends [unknown, ...infer R] ? R : never) => letters(resolveColumns(headerOf(rows), ...rest));
const only = (...cols: string[]) => (c: number) => cols.includes(L(c));

describe('roles from header words', () => {
  it('seed 002 "No | Program | Pagu (Rp). | Realiasi (Rp). | Persentase Capaian (%)": a budget table whose capaian is the budget percentage', () => {
    expect(resolve([['No', 'Program', 'Pagu (Rp).', 'Realiasi (Rp).', 'Persentase Capaian (%)']])).toEqual({ no: 'A', uraian: 'B', pagu: 'C', realisasi: 'D', persen: 'E' });
  });

  it('seed 002 Tabel 14: Target | Realisasi | % | Kategori under "Capaian Tahun 2023", % is the capaian', () => {
    const h = headerOf(
      [['No.', 'Sasaran Strategis', 'Indikator', 'Capaian Tahun 2023', null, null, null], [null, null, null, 'Target', 'Realisasi', '%', 'Kategori']],
      [{ top: 1, left: 4, bottom: 1, right: 7 }],
    );
    expect(letters(resolveColumns(h))).toMatchObject({ sasaran: 'B', indikator: 'C', target: 'D', realisasi: 'E', capaian: 'F', kategori: 'G' });
  });

  it('seed 002 Tabel 44 "No. | Sasaran Strategis | % Keuangan | % Fisik | % Efisiensi": keuangan is the serapan', () => {
    expect(resolve([['No.', 'Sasaran Strategis', '% Keuangan', '% Fisik', '% Efisiensi']])).toMatchObject({ sasaran: 'B', serapan: 'C', fisik: 'D', efisiensi: 'E' });
  });

  it('seed 001 Rencana Aksi "SASARAN | PROGRAM, KEGIATAN DAN SUB KEGIATAN | TARGET | PAGU"', () => {
    expect(resolve([['SASARAN', 'PROGRAM, KEGIATAN DAN SUB KEGIATAN', 'TARGET', 'PAGU']])).toMatchObject({ sasaran: 'A', target: 'C', pagu: 'D' });
  });

  it('the rule written in a header cell is kept with its column: "Efisiensi (5=3-4)"', () => {
    const cols = resolveColumns(headerOf([['No', 'Sasaran', 'Serapan Anggaran (%)', 'Capaian Kinerja (%)', 'Efisiensi (5=3-4)']]));
    expect(cols.efisiensi).toMatchObject({ col: 5, rule: '3-4' });
  });
});

describe('roles corrected by what the columns hold', () => {
  it('a "Target" column of words carries no target', () => {
    const rows: Raw[][] = [['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)']];
    expect(resolve(rows)).toMatchObject({ target: 'C' });
    expect(resolve(rows, only('C'))).not.toHaveProperty('target');
  });

  it('"Target | Realisasi | %" over rupiah amounts is a budget table: the target is the pagu', () => {
    const rows: Raw[][] = [['Uraian', 'Target', 'Realisasi', '%']];
    expect(resolve(rows)).toMatchObject({ target: 'B', realisasi: 'C', capaian: 'D' });
    expect(resolve(rows, undefined, only('B', 'C'))).toMatchObject({ pagu: 'B', realisasi: 'C', persen: 'D' });
  });

  it('a capaian column holding rupiah beside a target of the same year is that year\'s pagu', () => {
    const rows: Raw[][] = [['Indikator', 'Target 2023', 'Capaian 2023', 'Realisasi 2023']];
    expect(resolve(rows, undefined, only('C'))).toMatchObject({ target: 'B', pagu: 'C', realisasi: 'D' });
  });
});

describe('years, second targets and budgets before a change', () => {
  it('targets alone (2024 | 2025 | 2026): the year the titles name is the target, the others keep their year', () => {
    const rows: Raw[][] = [['Indikator Kinerja', 'Target 2024', 'Target 2025', 'Target 2026']];
    expect(resolve(rows, undefined, undefined, 2025)).toEqual({ indikator: 'A', target_2024: 'B', target: 'C', target_2026: 'D' });
    expect(resolve(rows)).toEqual({ indikator: 'A', target_2024: 'B', target_2025: 'C', target: 'D' });
  });

  it('a second target for next year is target_berikut', () => {
    expect(resolve([['Indikator', 'Target', 'Realisasi', 'Capaian', 'Target Tahun Berikutnya']])).toMatchObject({ target: 'B', target_berikut: 'E' });
  });

  it('"Anggaran | Anggaran Perubahan": the budget after the change is the pagu, the first the pagu murni', () => {
    expect(resolve([['Uraian', 'Anggaran', 'Anggaran Perubahan', 'Realisasi']])).toMatchObject({ pagu_murni: 'B', pagu: 'C', realisasi: 'D' });
  });

  it('"Target Kinerja | Target Anggaran | Realisasi Kinerja | Realisasi Anggaran": the money half of each pair', () => {
    expect(resolve([['Indikator', 'Target Kinerja', 'Target Anggaran', 'Realisasi Kinerja', 'Realisasi Anggaran']])).toMatchObject({
      target: 'B', pagu: 'C', realisasi: 'D', realisasi_anggaran: 'E',
    });
  });
});
