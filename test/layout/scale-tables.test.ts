import { Dec } from '../../src/engine/decimal';
import { classify, scaleFromTable, type KategoriScale } from '../../src/engine/kategori';
import { recogniseSheet } from '../../src/layout/recognise';
import { findScaleTable } from '../../src/layout/scale-tables';
import { SheetView } from '../../src/layout/sheet-view';
import { chooseScale, evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS, type RunSettings } from '../../src/usecase/settings';
import { book, grid, type Raw } from '../helpers/grid';

/** The scale block found at the header row (1-based) of a one-sheet grid. */
function found(rows: Raw[][], headerRow: number) {
  const view = new SheetView(grid('Skala', rows));
  return findScaleTable(view, headerRow);
}

/** The scale the finder's lines make, with the problems and notes the check would show. */
function scaleOf(rows: Raw[][], headerRow: number): { scale: KategoriScale; problems: string[]; notes: string[] } {
  const f = found(rows, headerRow);
  if (!f) throw new Error('no scale table found');
  const built = scaleFromTable(f.table.lines, f.table.title);
  if (!built.scale) throw new Error(built.problems.join(' '));
  return { scale: built.scale, problems: built.problems, notes: built.notes };
}

const labelOf = (scale: KategoriScale, c: string) => classify(scale, new Dec(c)).label;

/** The brief's probes on a Permendagri-style five-band scale printed with integer edges and no band above 100. */
function expectPermendagriProbes(scale: KategoriScale, above100 = 'Sangat Tinggi') {
  expect(['90.5', '91', '100', '100.01', '50', '49.99'].map(c => labelOf(scale, c))).toEqual([
    'Tinggi',
    'Sangat Tinggi',
    'Sangat Tinggi',
    above100,
    'Sangat Rendah',
    'Sangat Rendah',
  ]);
}

const FIVE = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'];

describe('findScaleTable: header wordings and layouts of real reports', () => {
  test('"No | Rentang Capaian | Kategori" with "91 % ≤ 100 %" lines (Permendagri 54/2010 table)', () => {
    const rows: Raw[][] = [
      ['Tabel 2.3 Kriteria Penilaian Capaian Kinerja'],
      ['No', 'Rentang Capaian', 'Kategori'],
      [1, '91 % ≤ 100 %', 'Sangat Tinggi'],
      [2, '76 % ≤ 90 %', 'Tinggi'],
      [3, '66 % ≤ 75 %', 'Sedang'],
      [4, '51 % ≤ 65 %', 'Rendah'],
      [5, '≤ 50 %', 'Sangat Rendah'],
    ];
    const f = found(rows, 2)!;
    expect(f.table).toEqual({
      sheet: 'Skala',
      title: 'Tabel 2.3 Kriteria Penilaian Capaian Kinerja',
      lines: [
        { row: 3, range: '91 % ≤ 100 %', label: 'Sangat Tinggi' },
        { row: 4, range: '76 % ≤ 90 %', label: 'Tinggi' },
        { row: 5, range: '66 % ≤ 75 %', label: 'Sedang' },
        { row: 6, range: '51 % ≤ 65 %', label: 'Rendah' },
        { row: 7, range: '≤ 50 %', label: 'Sangat Rendah' },
      ],
    });
    expect(f.end).toBe(7);
    const { scale, problems, notes } = scaleOf(rows, 2);
    expect(problems).toEqual([]);
    // Integer bands leave 90 < x < 91 uncovered: the nearest lower band, and the notes say so.
    expect(notes[0]).toMatch(/^Rentang skala tidak bersambung; celah: 50 < x < 51; 65 < x < 66; 75 < x < 76; 90 < x < 91\./);
    expect(notes[1]).toBe('Tidak ada rentang untuk capaian di atas 100; capaian tersebut dimasukkan ke kategori tertinggi (Sangat Tinggi).');
    expectPermendagriProbes(scale);
    expect(classify(scale, new Dec('90.5'))).toMatchObject({ gap: true, note: expect.stringMatching(/terdekat di bawahnya \(Tinggi\)/) });
    expect(classify(scale, new Dec('100.01'))).toMatchObject({ gap: true, note: expect.stringMatching(/di atas semua rentang/) });
  });

  test('"Kategori | Interval Nilai": the range column right of the labels, "x ≥ 91" forms', () => {
    const rows: Raw[][] = [
      ['Kategori', 'Interval Nilai'],
      ['Sangat Tinggi', 'x ≥ 91'],
      ['Tinggi', '76 ≤ x < 91'],
      ['Sedang', '66 ≤ x < 76'],
      ['Rendah', '51 ≤ x < 66'],
      ['Sangat Rendah', 'x ≤ 50'],
    ];
    expect(found(rows, 1)!.table.lines[0]).toEqual({ row: 2, range: 'x ≥ 91', label: 'Sangat Tinggi' });
    const { scale, notes } = scaleOf(rows, 1);
    expectPermendagriProbes(scale);
    expect(labelOf(scale, '90.99')).toBe('Tinggi');
    expect(notes).toEqual([expect.stringMatching(/celah: 50 < x < 51\./)]);
  });

  test.each<[string, string, string[]]>([
    ['Nilai Capaian', 'Predikat', ['91 - 100', '76 - 90', '66 - 75', '51 - 65', '0-50']],
    ['Skala Nilai', 'Interpretasi', ['91 s.d 100', '76 s.d 90', '66 s.d 75', '51 s.d 65', '≤ 50']],
    ['Range', 'Kriteria', ['91 s/d 100 %', '76 s/d 90 %', '66 s/d 75 %', '51 s/d 65 %', '<= 50 %']],
    ['Rentang', 'Kode', ['91 – 100', '76 – 90', '66 – 75', '51 – 65', 'kurang dari 50,01']],
    ['Persentase Capaian (%)', 'Kategori Capaian', ['91 ≤ x ≤ 100', '76 ≤ x ≤ 90', '66 ≤ x ≤ 75', '51 ≤ x ≤ 65', 'x ≤ 50']],
  ])('"%s | %s"', (rangeHead, labelHead, ranges) => {
    const rows: Raw[][] = [[rangeHead, labelHead], ...ranges.map((r, i) => [r, FIVE[i]])];
    const { scale, problems } = scaleOf(rows, 1);
    expect(problems).toEqual([]);
    expect(scale.bands.map(b => b.label)).toEqual(FIVE);
    expectPermendagriProbes(scale);
  });

  test('"Urutan | Rentang Capaian | Kategori Capaian" with roman numerals (seed 002, Tabel 13)', () => {
    const rows: Raw[][] = [
      ['Tabel 13. Pengelompokan Capaian Kinerja'],
      ['Urutan', 'Rentang Capaian', 'Kategori Capaian'],
      ['I', 'Lebih dari 90 %', 'Sangat Memuaskan'],
      ['II.', 'Diatas 80 % sampai dengan 90 %', 'Memuaskan'],
      ['III.', 'Kurang dari 80 %', 'Kurang'],
    ];
    const { scale } = scaleOf(rows, 2);
    expect(scale.bands.map(b => b.label)).toEqual(['Sangat Memuaskan', 'Memuaskan', 'Kurang']);
    expect(['90', '90.01', '79.99'].map(c => labelOf(scale, c))).toEqual(['Memuaskan', 'Sangat Memuaskan', 'Kurang']);
  });

  test('a column numbering row "(1) (2) (3)" under the header is skipped', () => {
    const rows: Raw[][] = [
      ['No', 'Rentang', 'Kategori'],
      ['(1)', '(2)', '(3)'],
      [1, '> 90', 'Baik'],
      [2, '≤ 90', 'Kurang'],
    ];
    expect(found(rows, 1)!.table.lines.map(l => l.row)).toEqual([3, 4]);
  });

  test('"No | Kategori" with the range inside the label: "Sangat Tinggi (≥ 91%)"', () => {
    const rows: Raw[][] = [
      ['No', 'Kategori'],
      [1, 'Sangat Tinggi (≥ 91%)'],
      [2, 'Tinggi (76% - 90%)'],
      [3, 'Sedang (66% - 75%)'],
      [4, 'Rendah (51% - 65%)'],
      [5, 'Sangat Rendah (≤ 50%)'],
    ];
    const { scale, problems } = scaleOf(rows, 1);
    expect(problems).toEqual([]);
    expect(scale.bands.map(b => b.label)).toEqual(FIVE);
    // "≥ 91%" is open above, so 100,01 is Sangat Tinggi inside the band.
    expectPermendagriProbes(scale);
    expect(classify(scale, new Dec('100.01'))).toMatchObject({ gap: false });
  });

  test('"Skala Nilai | Predikat" as number cells 91 / 76 / 66 / 51 / 0: lower bounds', () => {
    const rows: Raw[][] = [
      ['Skala Nilai', 'Predikat'],
      ...[91, 76, 66, 51, 0].map((n, i): Raw[] => [n, FIVE[i]]),
    ];
    const { scale, notes } = scaleOf(rows, 1);
    expect(notes[0]).toMatch(/^Rentang yang ditulis sebagai satu angka \(91; 76; 66; 51; 0\) dibaca sebagai batas bawah/);
    // Lower bounds leave no gap: 90,5 is Tinggi inside its band, 50 is below 51.
    expectPermendagriProbes(scale);
    expect(classify(scale, new Dec('90.5'))).toMatchObject({ gap: false });
  });

  test('number cells formatted as percent (0,91 shown 91%) read as the percent the reader sees', () => {
    const pct = (value: number) => ({ value, numFmt: '0%' });
    const rows: Raw[][] = [['Batas Bawah Rentang', 'Kategori'], ...[0.91, 0.76, 0.66, 0.51, 0].map((n, i): Raw[] => [pct(n), FIVE[i]])];
    expect(found(rows, 1)!.table.lines.map(l => l.range)).toEqual(['91', '76', '66', '51', '0']);
    expectPermendagriProbes(scaleOf(rows, 1).scale);
  });

  test('decimal commas: "90,01 - 100"', () => {
    const rows: Raw[][] = [
      ['Rentang Capaian (%)', 'Kategori'],
      ['90,01 - 100', 'Sangat Tinggi'],
      ['75,01 - 90,00', 'Tinggi'],
      ['65,01 - 75,00', 'Sedang'],
      ['50,01 - 65,00', 'Rendah'],
      ['≤ 50', 'Sangat Rendah'],
    ];
    const { scale } = scaleOf(rows, 1);
    expect(['90.5', '91', '100', '100.01', '50', '49.99', '90'].map(c => labelOf(scale, c))).toEqual([
      'Sangat Tinggi',
      'Sangat Tinggi',
      'Sangat Tinggi',
      'Sangat Tinggi',
      'Sangat Rendah',
      'Sangat Rendah',
      'Tinggi',
    ]);
  });
});

describe('findScaleTable leaves data tables alone', () => {
  test('a realisasi table with a Kategori column is not a scale', () => {
    const rows: Raw[][] = [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
      [1, 'Indeks Kepuasan Masyarakat', 80, 83.77, 104.71, 'Sangat Tinggi'],
      [2, 'Persentase dokumen tepat waktu', 100, 75, 75, 'Sedang'],
    ];
    expect(found(rows, 1)).toBeUndefined();
  });

  test('"Tahun | Nilai | Predikat" (SAKIP results by year) is not a scale: a column of years', () => {
    const rows: Raw[][] = [
      ['Tahun', 'Nilai', 'Predikat'],
      [2021, 65.3, 'B'],
      [2022, 70.1, 'BB'],
      [2023, 72.4, 'BB'],
    ];
    expect(found(rows, 1)).toBeUndefined();
  });

  test('"Capaian | Kategori" holding lone values is not a scale (no scale word over the numbers)', () => {
    const rows: Raw[][] = [
      ['Capaian', 'Kategori'],
      [98.2, 'Sangat Tinggi'],
      [87.5, 'Tinggi'],
      [60.1, 'Rendah'],
    ];
    expect(found(rows, 1)).toBeUndefined();
  });

  test('a header of scale words over text without numbers is not a scale', () => {
    expect(found([['Kriteria', 'Keterangan'], ['Tepat waktu', 'Sesuai jadwal'], ['Lengkap', 'Sesuai format']], 1)).toBeUndefined();
  });

  test('recogniseSheet reports the scale block and no data table for it', () => {
    const sheet = grid('Skala', [
      ['Tabel 2.1 Kategori Capaian Kinerja'],
      ['No', 'Range', 'Kriteria'],
      [1, '> 100 %', 'Baik Sekali'],
      [2, '76 s.d. 100', 'Baik'],
      [3, '66 s.d. 75', 'Cukup'],
      [4, '51 s.d. 65', 'Kurang'],
      [5, '≤ 50 %', 'Sangat Kurang'],
    ]);
    const r = recogniseSheet(sheet);
    expect(r.tables).toEqual([]);
    expect(r.scaleTables.map(t => [t.title, t.lines.length])).toEqual([['Tabel 2.1 Kategori Capaian Kinerja', 5]]);
  });
});

describe('check use case: the workbook\'s own scale changes the kategori findings', () => {
  // A realisasi table whose Predikat column follows the workbook's five-band "Baik Sekali" scale,
  // printed as lone lower bounds under "> 100".
  const realisasi = grid('Realisasi', [
    ['Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2023'],
    ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat'],
    [1, 'Indeks Kepuasan Masyarakat', 'Nilai', 80, 83.77, { value: 104.71, numFmt: '0.00' }, 'Baik Sekali'],
    [2, 'Persentase dokumen perencanaan tepat waktu', '%', 100, 95, { value: 95, numFmt: '0.00' }, 'Baik'],
    [3, 'Persentase temuan yang ditindaklanjuti', '%', 100, 75, { value: 75, numFmt: '0.00' }, 'Baik'],
    [4, 'Persentase pengaduan yang diselesaikan', '%', 100, 92, { value: 92, numFmt: '0.00' }, 'Baik Sekali'],
  ]);
  const skala = grid('Skala', [
    ['Tabel 2.1 Kategori Capaian Kinerja'],
    ['No', 'Kategori', 'Rentang Capaian'],
    [1, 'Baik Sekali', '> 100 %'],
    [2, 'Baik', '76'],
    [3, 'Cukup', '66'],
    [4, 'Kurang', '51'],
    [5, 'Sangat Kurang', '≤ 50 %'],
  ]);
  const wb = book(realisasi, skala);
  const run = (skalaSetting: string) => {
    const settings: RunSettings = { ...DEFAULT_SETTINGS, skala: skalaSetting, polaritas: {}, koreksi: [] };
    return evaluateWorkbook(wb, settings).report;
  };
  const kategoriFindings = (r: ReturnType<typeof run>) =>
    r.findings.filter(f => f.rule === 'kategori_selisih').map(f => `${f.sheet}!${f.cell}`).sort();

  test('otomatis: the Skala sheet decides: 95 is Baik (76 up to 100), 92 stated "Baik Sekali" and 75 stated "Baik" are wrong', () => {
    const r = run('otomatis');
    expect(r.settings?.skala).toBe('tabel skala "Tabel 2.1 Kategori Capaian Kinerja" di lembar Skala');
    expect(kategoriFindings(r)).toEqual(['Realisasi!G5', 'Realisasi!G6']);
    expect(r.findings.find(x => x.cell === 'G5')!.message).toMatch(/capaian 75,00% termasuk "Cukup"/);
    expect(r.findings.find(x => x.cell === 'G6')!.message).toMatch(/capaian 92,00% termasuk "Baik" menurut tabel skala/);
    expect(r.notices).toContainEqual(expect.stringMatching(/^Tabel skala di lembar Skala: Rentang yang ditulis sebagai satu angka \(76; 66; 51\) dibaca sebagai batas bawah/));
  });

  test('the same workbook judged on the Permendagri preset (≥ 91 is the top band) gives other findings', () => {
    // 95 "Baik" ranks below Sangat Tinggi; 92 "Baik Sekali" ranks as Sangat Tinggi.
    expect(kategoriFindings(run('permendagri86'))).toEqual(['Realisasi!G4', 'Realisasi!G5']);
  });

  test('the old preset id seed004 (stored settings, --skala) is baik-sekali-5, the same bands as the Skala sheet', () => {
    const recognition = { tables: [], scaleTables: [], notices: [] };
    expect(chooseScale({ ...DEFAULT_SETTINGS, skala: 'seed004' }, recognition).scale.id).toBe('baik-sekali-5');
    expect(kategoriFindings(run('seed004'))).toEqual(['Realisasi!G5', 'Realisasi!G6']);
  });
});
