import { blockFromRows, headerLike, readHeader } from '../../src/layout/header';
import { SheetView } from '../../src/layout/sheet-view';
import { OWN_COLUMN_MARK } from '../../src/model/write-plan';
import { grid, type Raw } from '../helpers/grid';

/**
 * layout/header.ts on its own: which rows start a header, how many rows it takes, how far it reaches, which
 * role each column's words suggest. Header wordings are the seed reports' (test/corpus/seeds and shared/seeds).
 */
const view = (rows: Raw[][], merges: Parameters<typeof grid>[2] = []) => new SheetView(grid('Uji', rows, merges));
const roles = (h: NonNullable<ReturnType<typeof readHeader>>) => Object.fromEntries(h.guesses.map(g => [g.col, g.role]));

describe('headerLike: a row that could start a header', () => {
  it('seed 000 Tabel 1 "No. | Indikator Kinerja Utama | Target (%) | Realisasi (%) | Capaian (%)" could', () => {
    expect(headerLike(view([['No.', 'Indikator Kinerja Utama', 'Target (%)', 'Realisasi (%)', 'Capaian (%)']]), 1)).toBe(true);
  });

  it('years typed as numbers do not stop a header; other numbers do', () => {
    expect(headerLike(view([['Indikator Kinerja', 'Target', 2022, 2023]]), 1)).toBe(true);
    expect(headerLike(view([['Indikator Kinerja', 'Target', 85, 80.5]]), 1)).toBe(false);
  });

  it('a data row, a lone cell and prose without header words could not', () => {
    expect(headerLike(view([['1.1', 'Indeks Kepuasan Masyarakat (IKM)', '85', '80,50', '91,09']]), 1)).toBe(false);
    expect(headerLike(view([['Perjanjian Kinerja tahun 2023']]), 1)).toBe(false);
    expect(headerLike(view([['Desa Kalaena Kiri', 'Desa Pertasi Kencana', 'Desa Mekar Sari']]), 1)).toBe(false);
  });
});

describe('readHeader: the block of one to three rows', () => {
  it('seed 002 Tabel 14: "Capaian Tahun 2023" merged over Target | Realisasi | % | Kategori makes two rows reaching column G', () => {
    const v = view(
      [
        ['No.', 'Sasaran Strategis', 'Indikator', 'Capaian Tahun 2023', null, null, null],
        [null, null, null, 'Target', 'Realisasi', '%', 'Kategori'],
        ['1.', 'Meningkatnya kualitas pelayanan publik kepada masyarakat', 'Tingkat kepuasan masyarakat terhadap pelayanan umum', '80%', 88.04, 110.05, 'Sangat Memuaskan'],
      ],
      [{ top: 1, left: 4, bottom: 1, right: 7 }],
    );
    const h = readHeader(v, 1)!;
    expect(h.rows).toEqual([1, 2]);
    expect([h.left, h.right]).toEqual([1, 7]);
    expect(h.parts.get(4)).toEqual(['Capaian Tahun 2023', 'Target']);
    expect(h.parts.get(7)).toEqual(['Capaian Tahun 2023', 'Kategori']);
    expect(roles(h)).toMatchObject({ 4: 'target', 5: 'realisasi' });
    expect(h.guesses.find(g => g.col === 4)!.year).toBe(2023);
  });

  it('seed 001 Tabel 2.8 "NO | SASARAN | INDIKATOR SASARAN | TARGET" is one row: the data row under it is not header', () => {
    const h = readHeader(view([
      ['NO', 'SASARAN', 'INDIKATOR SASARAN', 'TARGET'],
      ['1.', 'Meningkatnya Kemampuan Pelayanan Publik Penyelenggaraan Pemerintahan', 'Indeks Kepuasan Masyarakat', 87],
    ]), 1)!;
    expect(h.rows).toEqual([1]);
    expect(roles(h)).toMatchObject({ 2: 'sasaran', 3: 'indikator', 4: 'target' });
  });

  it('seed 001 Tabel 1.1: the "(1) (2) (3)" row under the header is its numbering, not a header row', () => {
    const h = readHeader(view([
      ['No', 'Uraian', 'Pagu', 'Realisasi', 'Persentase'],
      ['(1)', '(2)', '(3)', '(4)', '(5) = (4)/(3)*100'],
      [1, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 2581826400, 2500000000, 96.83],
    ]), 1)!;
    expect(h.rows).toEqual([1]);
    expect(h.numbering?.row).toBe(2);
    expect(h.numbering?.labels.get(5)).toEqual({ label: '5', rule: '(4)/(3)*100' });
  });

  it('quarter numbers under "Realisasi Kinerja Pada Triwulan" beside other header words continue the header', () => {
    const h = readHeader(view(
      [
        ['No', 'Indikator Kinerja', 'Target', 'Realisasi Kinerja Pada Triwulan', null, null, null, 'Capaian'],
        [null, null, 'Tahun 2023', '1', '2', '3', '4', '(%)'],
        [1, 'Persentase capaian kinerja', 100, 25, 50, 75, 100, 100],
      ],
      [{ top: 1, left: 4, bottom: 1, right: 7 }],
    ), 1)!;
    expect(h.rows).toEqual([1, 2]);
    expect(h.parts.get(5)).toEqual(['Realisasi Kinerja Pada Triwulan', '2']);
    expect(h.numbering).toBeUndefined();
  });

  it('takes at most three rows', () => {
    const h = readHeader(view([
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'],
      [null, 'Satuan', 'Tahun 2023', 'Tahun 2023', 'Persen'],
      [null, 'Keterangan', 'Target', 'Realisasi', 'Capaian'],
      [null, 'Uraian', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Indeks Kepuasan Masyarakat', 85, 80.5, 94.71],
    ]), 1)!;
    expect(h.rows).toEqual([1, 2, 3]);
  });

  it('seed 002 "No | Masalah Pokok | Masalah | Akar Masalah" names no value column: not a table header', () => {
    expect(readHeader(view([['No', 'Masalah Pokok', 'Masalah', 'Akar Masalah'], ['1', 'SDM', 'Kurang', 'Anggaran']]), 1)).toBeUndefined();
  });

  it(`leaves out our own "${OWN_COLUMN_MARK}" columns from an earlier run`, () => {
    const h = readHeader(view([['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', `Capaian ${OWN_COLUMN_MARK}`]]), 1)!;
    expect(h.right).toBe(5);
    expect(h.guesses.map(g => g.col)).not.toContain(6);
  });
});

describe('blockFromRows', () => {
  it('gives every column its parts top to bottom and the guesses of those with header words', () => {
    const b = blockFromRows(view([['Uraian', 'Pagu (Rp).', 'Realiasi (Rp).'], [null, null, null]]), [1], 1, 3);
    expect([...b.parts.entries()]).toEqual([[1, ['Uraian']], [2, ['Pagu (Rp).']], [3, ['Realiasi (Rp).']]]);
    expect(b.guesses.map(g => [g.col, g.role])).toEqual([[1, 'uraian'], [2, 'pagu'], [3, 'realisasi']]);
  });
});
