import { FractionValueCell } from '../../src/layout/fraction-value-cell';
import { LazyValueCell } from '../../src/layout/lazy-value-cell';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { book, grid, type Raw } from '../helpers/grid';

/**
 * Layouts the seventh recognition set (test/corpus/dev6) showed the recogniser misreading: each rule is
 * decided from relations and value types, and the planted wrong row is reported, not re-read.
 */

const L = (c: number) => String.fromCharCode(64 + c);
const cols = (t: { columns: Record<string, { col: number; fraction?: boolean }> }) => Object.fromEntries(Object.entries(t.columns).map(([r, m]) => [r, L(m.col) + (m.fraction ? ' (pecahan)' : '')]));
type Ev = ReturnType<typeof evaluateWorkbook>;
const check = (name: string, rows: Raw[][]): Ev => evaluateWorkbook(book(grid(name, rows)), DEFAULT_SETTINGS);
const findings = (ev: Ev, rule: string) => ev.report.findings.filter(f => f.rule === rule).map(f => [f.cell, f.expected]);
const frac = (value: number): Raw => ({ value, numFmt: '0.0000' });

describe('a capaian stored as a fraction with no % format is compared on the percent scale', () => {
  // Capaian = realisasi / target, not × 100, on most rows: 45 / 50 = 0,9000, 38 / 40 = 0,9500, 120 / 100 = 1,2000,
  // 19 / 20 = 0,9500 and a lower-is-better row (2 − 12 / 10 = 0,8000). Row 4 states 0,8600 where 28 / 30 = 0,9333.
  const rows: Raw[][] = [
    ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'],
    [1, 'Jumlah dokumen perencanaan yang disusun', 50, 45, frac(0.9)],
    [2, 'Jumlah kelurahan yang difasilitasi', 40, 38, frac(0.95)],
    [3, 'Jumlah rapat koordinasi lintas sektor', 30, 28, frac(0.86)],
    [4, 'Jumlah peserta pelatihan aparatur', 100, 120, frac(1.2)],
    [5, 'Jumlah UMKM yang difasilitasi', 20, 19, frac(0.95)],
    [6, 'Jumlah pengaduan masyarakat', 10, 12, frac(0.8)],
  ];
  const ev = check('IKU', rows);

  it('reads the capaian column E as fractions, with a notice that says so', () => {
    expect(cols(ev.recognition.tables[0])).toMatchObject({ target: 'C', realisasi: 'D', capaian: 'E (pecahan)' });
    expect(ev.recognition.notices.some(n => /kolom E \("Capaian"\) berisi pecahan tanpa format persen/.test(n))).toBe(true);
  });
  it('reports only the wrong row, at its percent value (28 / 30 × 100 = 93,33)', () => {
    expect(findings(ev, 'capaian_selisih')).toEqual([['E4', '93.33']]);
  });
  it('leaves a capaian written × 100 as it is read', () => {
    const pct = rows.map((r, i) => (i === 0 ? r : r.map((v, j) => (j === 4 ? Math.round((v as { value: number }).value * 10000) / 100 : v))));
    const ev2 = check('IKU', pct);
    expect(cols(ev2.recognition.tables[0])).toMatchObject({ capaian: 'E' });
    expect(findings(ev2, 'capaian_selisih')).toEqual([['E4', '93.33']]);
  });
});

describe('a budget percentage stored as a fraction: "Pagu | Realisasi | % Realisasi" read × 100', () => {
  // 45.000.000 / 60.000.000 = 0,7500 … row 3 states 0,6000 where 52.500.000 / 70.000.000 = 0,7500.
  const rows: Raw[][] = [
    ['Jenis Belanja', 'Pagu DIPA', 'Realisasi', '% Realisasi'],
    ['Belanja Pegawai', 60000000, 45000000, frac(0.75)],
    ['Belanja Barang', 80000000, 72000000, frac(0.9)],
    ['Belanja Modal', 70000000, 52500000, frac(0.6)],
    ['Belanja Bantuan Sosial', 50000000, 41000000, frac(0.82)],
  ];
  const ev = check('DIPA', rows);
  it('reports only the wrong row, at 75,00', () => {
    expect(cols(ev.recognition.tables[0])).toMatchObject({ pagu: 'B', realisasi: 'C', persen: 'D (pecahan)' });
    expect(findings(ev, 'persen_anggaran_selisih')).toEqual([['D4', '75.00']]);
  });
});

describe('FractionValueCell reads a fraction as the percent a % format would show', () => {
  it('0,8889 under "0.0000" is 88,89 with two decimals; a % formatted cell is left as it is', () => {
    const plain = new FractionValueCell({ value: 0.8889, numFmt: '0.0000' }, undefined, 'S', 3, 5);
    expect([plain.value!.toString(), plain.decimals, plain.percent, plain.display]).toEqual(['88.89', 2, true, '0,8889 (88,89%)']);
    const pct = new FractionValueCell({ value: 0.8889, numFmt: '0.00%' }, undefined, 'S', 3, 5);
    const base = new LazyValueCell({ value: 0.8889, numFmt: '0.00%' }, undefined, 'S', 3, 5);
    expect([pct.value!.toString(), pct.decimals, pct.percent]).toEqual([base.value!.toString(), base.decimals, base.percent]);
    expect(new FractionValueCell({ value: 'tidak ada' }, undefined, 'S', 3, 5).value).toBeUndefined();
  });
});

describe('revenue above its target is no overspend; a title that names spending too keeps the check', () => {
  // Retribusi collected above its target (row 3: 859.145.953 > 799.131.200) is good news.
  const revenue: Raw[][] = [
    ['Target dan Realisasi Retribusi Daerah Tahun 2022'],
    ['No', 'Jenis Retribusi', 'Target (Rp)', 'Realisasi (Rp)', 'Efektivitas (%)'],
    [1, 'Retribusi Pelayanan Kesehatan', 650000000, 612000000, 94.15],
    [2, 'Retribusi Pelayanan Persampahan', 799131200, 859145953, 107.51],
    [3, 'Retribusi Pelayanan Pasar', 420000000, 401100000, 95.5],
    [4, 'Retribusi Parkir di Tepi Jalan Umum', 180000000, 171000000, 95],
  ];
  it('gives no realisasi_melebihi_pagu in a retribusi table', () => {
    expect(findings(check('Retribusi', revenue), 'realisasi_melebihi_pagu')).toEqual([]);
  });
  it('reports the belanja row above its pagu under "Realisasi Pendapatan dan Belanja"', () => {
    const mixed = revenue.map((r, i) => (i === 0 ? ['Realisasi Pendapatan dan Belanja Tahun 2022'] : i === 1 ? ['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'] : i === 3 ? [2, 'Belanja Barang dan Jasa', 799131200, 859145953, 107.51] : r));
    expect(findings(check('LRA', mixed), 'realisasi_melebihi_pagu')).toEqual([['D4', '799131200']]);
  });
});

describe('"Capaian Kinerja (%) | Penyerapan Anggaran (%) | Efisiensi Anggaran (%)": a percentage is never the pagu', () => {
  // "Efisiensi anggaran" names the budget cut (pagu setelah efisiensi, Inpres 1/2025) only as an amount; under
  // "(%)" it is the efisiensi: capaian − serapan. Row 3 states 4,10 where 96,50 − 90,20 = 6,30.
  const rows: Raw[][] = [
    ['No', 'Sasaran Strategis', 'Capaian Kinerja (%)', 'Penyerapan Anggaran (%)', 'Efisiensi Anggaran (%)'],
    [1, 'Meningkatnya kualitas pelayanan publik', 102.5, 95.1, 7.4],
    [2, 'Meningkatnya akuntabilitas kinerja perangkat daerah', 96.5, 90.2, 4.1],
    [3, 'Meningkatnya partisipasi masyarakat', 100, 97.25, 2.75],
    [4, 'Meningkatnya kapasitas aparatur', 110.4, 93.4, 17],
  ];
  const ev = check('Efisiensi', rows);
  it('reads capaian C, serapan D, efisiensi E and reports row 3', () => {
    expect(cols(ev.recognition.tables[0])).toMatchObject({ capaian: 'C', serapan: 'D', efisiensi: 'E' });
    expect(cols(ev.recognition.tables[0])).not.toHaveProperty('pagu');
    expect(findings(ev, 'efisiensi_selisih')).toEqual([['E3', '6.30']]);
  });
});

describe('"Target (%) | Capaian (%) | Kinerja": the fraction ratio of one read column to the target makes it the realisasi', () => {
  // Kinerja = Capaian / Target as a fraction: 82,5 / 80 = 1,0313, 88 / 90 = 0,9778 … Row 4 states 0,9000 where
  // 96 / 100 = 0,9600; the "Capaian (%)" column is the achieved percentage, the realisasi.
  const rows: Raw[][] = [
    ['No', 'Indikator Mutu', 'Target (%)', 'Capaian (%)', 'Kinerja'],
    [1, 'Kepatuhan kebersihan tangan', 80, 82.5, frac(1.0313)],
    [2, 'Kepatuhan penggunaan APD', 90, 88, frac(0.9778)],
    [3, 'Kepatuhan identifikasi pasien', 75, 79, frac(1.0533)],
    [4, 'Kepuasan pasien', 100, 96, frac(0.9)],
    [5, 'Kelengkapan pengisian rekam medis', 85, 90, frac(1.0588)],
  ];
  const ev = check('Mutu', rows);
  it('reads target C, realisasi D and capaian E as fractions, and reports row 4 at 96,00', () => {
    expect(cols(ev.recognition.tables[0])).toMatchObject({ target: 'C', realisasi: 'D', capaian: 'E (pecahan)' });
    expect(findings(ev, 'capaian_selisih')).toEqual([['E5', '96.00']]);
  });
});

describe('"Original Budget | Executed | Execution Rate": the unnamed percentage is the fraction of the named amounts', () => {
  // Execution Rate = Executed / Original Budget as a fraction: 9.500 / 10.000 = 0,9500 … Row 3 states 0,8000
  // where 7.650 / 9.000 = 0,8500.
  const rows: Raw[][] = [
    ['Administrative Heading', 'Original Budget', 'Executed', 'Execution Rate'],
    ['Ministry of Health', 10000000, 9500000, frac(0.95)],
    ['Ministry of Education', 9000000, 7650000, frac(0.8)],
    ['Ministry of Public Works', 12000000, 11160000, frac(0.93)],
    ['Ministry of Agriculture', 6000000, 5220000, frac(0.87)],
  ];
  const ev = check('Execution', rows);
  it('reads pagu B, realisasi C, persen D as fractions and reports row 3 at 85,00', () => {
    expect(cols(ev.recognition.tables[0])).toMatchObject({ pagu: 'B', realisasi: 'C', persen: 'D (pecahan)' });
    expect(findings(ev, 'persen_anggaran_selisih')).toEqual([['D3', '85.00']]);
  });
});
