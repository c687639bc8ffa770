import { sampleMatrix, sampleRows } from '../../src/layout/column-profile';
import { agrees, findRelations, measure } from '../../src/layout/relations';
import { SheetView } from '../../src/layout/sheet-view';
import { grid, type Raw } from '../helpers/grid';

/** The relations found in a body of rows (row 1 = first body row), by column letters. */
function relationsOf(rows: Raw[][]) {
  const view = new SheetView(grid('Uji', rows));
  const m = sampleMatrix(view, sampleRows(view, 1, rows.length), [...Array(view.right).keys()].map(i => i + 1));
  return { m, rels: findRelations(m) };
}

const L = (c: number) => String.fromCharCode(64 + c);
const has = (rels: ReturnType<typeof findRelations>, kind: string, out: string, a: string, b: string) =>
  rels.find(r => r.kind === kind && L(r.out) === out && L(r.a) === a && L(r.b) === b);

describe('agrees: rounding and truncation as reports write them', () => {
  it('seed 000: IKM 80,50 against 85 is 94,71% (two decimals, half-up)', () => {
    expect(agrees(94.71, (80.5 / 85) * 100, 2)).toBe(true);
    // 94,70 is the value truncated to two decimals, which reports also do; 94,69 is neither.
    expect(agrees(94.7, (80.5 / 85) * 100, 2)).toBe(true);
    expect(agrees(94.69, (80.5 / 85) * 100, 2)).toBe(false);
  });
  it('truncated to whole numbers (106,66 → 106) and rounded (106,66 → 107) both agree; 105 does not', () => {
    const exact = 106.666;
    expect(agrees(106, exact, 0)).toBe(true);
    expect(agrees(107, exact, 0)).toBe(true);
    expect(agrees(105, exact, 0)).toBe(false);
  });
});

describe('relations between columns, decided on the majority of rows', () => {
  // Target | Realisasi | Capaian: ten indicators, the seventh capaian copied from realisasi.
  const kinerja: Raw[][] = [
    ['Indeks Kepuasan Masyarakat', 85, 80.5, 94.71],
    ['Dokumen perencanaan', 4, 4, 100],
    ['Laporan keuangan', 12, 11, 91.67],
    ['Pelayanan administrasi', 1200, 1310, 109.17],
    ['Nilai SAKIP', 70, 65.2, 93.14],
    ['Rapat koordinasi', 24, 18, 75],
    ['Persentase aduan selesai', 90, 88, 88],
    ['Pegawai terlatih', 30, 33, 110],
    ['Kegiatan kemasyarakatan', 8, 6, 75],
    ['Kendaraan terpelihara', 5, 5, 100],
  ];

  it('finds capaian = realisasi / target × 100 on 9 of 10 rows and lists the tenth as the break', () => {
    const { rels } = relationsOf(kinerja);
    const r = has(rels, 'ratio', 'D', 'B', 'C');
    expect(r).toBeDefined();
    expect(r!.holds).toBe(9);
    expect(r!.tested).toBe(10);
    expect(r!.breaks).toEqual([7]);
  });

  it('one wrong row never makes another column the capaian; target = realisasi / capaian × 100 (the same fact) comes after', () => {
    const { rels } = relationsOf(kinerja);
    expect(rels.filter(r => L(r.out) === 'C')).toEqual([]);
    const ratios = rels.filter(r => r.kind === 'ratio').map(r => `${L(r.out)}=${L(r.b)}/${L(r.a)}`);
    expect(ratios).toEqual(['D=C/B', 'B=C/D']);
  });

  it('lower-is-better indicators hold in the (2 − r/t) × 100 form: target 7 months, realisasi 6,5 → 107,14%', () => {
    const rows: Raw[][] = [
      ['Lama penyelesaian izin (bulan)', 7, 6.5, 107.14],
      ['Jumlah aduan', 20, 15, 125],
      ['Angka kemiskinan', 10, 9.5, 105],
      ['Pelanggaran perda', 12, 14, 83.33],
    ];
    const r = has(relationsOf(rows).rels, 'ratio', 'D', 'B', 'C');
    expect(r).toBeDefined();
    expect(r!.negative).toBe(4);
  });

  it('sisa = pagu − realisasi and the budget share, with one wrong sisa reported as a break', () => {
    const rows: Raw[][] = [
      ['Program A', 4334331227, 4154843645, 179487582, 95.86],
      ['Program B', 1500000000, 1350000000, 150000000, 90],
      ['Program C', 250000000, 248500000, 1500000, 99.4],
      ['Program D', 725000000, 700000000, 20000000, 96.55],
      ['Program E', 90000000, 45000000, 45000000, 50],
    ];
    const { rels } = relationsOf(rows);
    const sisa = has(rels, 'difference', 'D', 'B', 'C');
    expect(sisa).toBeDefined();
    expect(sisa!.holds).toBe(4);
    expect(sisa!.breaks).toEqual([4]);
    expect(has(rels, 'ratio', 'E', 'B', 'C')!.holds).toBe(5);
  });

  it('persentase sisa = (pagu − realisasi) / pagu × 100 (seed 003: 179.487.582 / 4.334.331.227 = 4,14%), one wrong row a break', () => {
    const rows: Raw[][] = [
      ['Program A', 4334331227, 4154843645, 4.14],
      ['Program B', 1500000000, 1350000000, 10],
      ['Program C', 250000000, 248500000, 0.6],
      ['Program D', 725000000, 700000000, 2.5],
    ];
    const r = has(relationsOf(rows).rels, 'share_of_difference', 'D', 'B', 'C');
    expect(r).toBeDefined();
    expect([r!.holds, r!.tested, r!.breaks]).toEqual([3, 4, [4]]);
  });

  it('efisiensi = capaian % − serapan % (seed 004 rule "5 = 3 − 4")', () => {
    const rows: Raw[][] = [
      ['Sasaran 1', 104.2, 95.86, 8.34],
      ['Sasaran 2', 100, 90, 10],
      ['Sasaran 3', 110.5, 99.4, 11.1],
      ['Sasaran 4', 101, 96.55, 4.45],
    ];
    expect(has(relationsOf(rows).rels, 'difference', 'D', 'B', 'C')).toBeDefined();
  });

  it('measure reports a header reading the values contradict', () => {
    const rows: Raw[][] = [
      ['a', 80, 88, 88],
      ['b', 90, 81, 81],
      ['c', 75, 70, 70],
      ['d', 60, 66, 66],
    ];
    const { m } = relationsOf(rows);
    const r = measure(m, 'ratio', 4, 2, 3)!;
    expect(r.tested).toBe(4);
    expect(r.holds).toBe(0);
  });

  it('columns of zeros prove nothing', () => {
    const rows: Raw[][] = [
      ['a', 0, 0, 0],
      ['b', 0, 0, 0],
      ['c', 0, 0, 0],
    ];
    expect(relationsOf(rows).rels).toEqual([]);
  });
});
