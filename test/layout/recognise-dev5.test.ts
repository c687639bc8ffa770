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

describe('a column of years is the period of its rows, never an amount of money', () => {
  it('"Tahun Anggaran | Target (Rp) | Realisasi (Rp) | Persentase (%)": the money target is the pagu; the wrong % is reported', () => {
    // 2023: 1.545.600.000 / 1.610.000.000 × 100 = 96,00, stated 94,00.
    const rows: Raw[][] = [
      ['Tahun Anggaran', 'Target (Rp)', 'Realisasi (Rp)', 'Persentase (%)'],
      [2020, 1250000000, 1118750000, 89.5],
      [2021, 1400000000, 1302000000, 93],
      [2022, 1525000000, 1403000000, 92],
      [2023, 1610000000, 1545600000, 94],
    ];
    const ev = check('PAD', rows);
    const t = ev.recognition.tables[0];
    expect(cols(t)).toMatchObject({ pagu: 'B', realisasi: 'C', persen: 'D' });
    expect(cols(t)).not.toMatchObject({ pagu: 'A' });
    expect(findings(ev, 'persen_anggaran_selisih')).toEqual([['D5', '96.00']]);
    expect(findings(ev, 'realisasi_melebihi_pagu')).toEqual([]);
  });

  it('"Tahun Anggaran | Realisasi Belanja (Rp) | Pertumbuhan (%)": growth on the year before gives no finding', () => {
    const rows: Raw[][] = [
      ['Tahun Anggaran', 'Realisasi Belanja (Rp)', 'Pertumbuhan (Rp)', 'Pertumbuhan (%)'],
      [2020, 21456780000, '-', '-'],
      [2021, 24108912000, 2652132000, 12.36],
      [2022, 22875045600, -1233866400, -5.12],
      [2023, 23990112000, 1115066400, 4.87],
    ];
    const ev = check('Pertumbuhan', rows);
    expect(ev.report.findings).toEqual([]);
  });
});

describe('columns that hold one value on every row prove no relation', () => {
  it('a scoring grid "Nilai 0 | Nilai 4 | Nilai 7 | Nilai 10 | Nilai Hasil" is no efisiensi table and gets no finding', () => {
    // Nilai 0 (all 0) = Nilai Hasil − Nilai 10 (all 10) on the rows scored 10: true by construction.
    const rows: Raw[][] = [
      ['No', 'Jenis Variabel', 'Nilai 0', 'Nilai 4', 'Nilai 7', 'Nilai 10', 'Nilai Hasil'],
      [1, 'Mempunyai Rencana Lima Tahunan', 0, 4, 7, 10, 10],
      [2, 'Menyusun RUK melalui analisis situasi', 0, 4, 7, 10, 7],
      [3, 'Menyusun RPK secara terinci', 0, 4, 7, 10, 10],
      [4, 'Melaksanakan mini lokakarya bulanan', 0, 4, 7, 10, 7],
      [5, 'Melaksanakan mini lokakarya tribulanan', 0, 4, 7, 10, 10],
    ];
    const ev = check('Manajemen', rows);
    expect(ev.recognition.tables.map(t => t.kind)).not.toContain('efisiensi');
    expect(ev.report.findings).toEqual([]);
  });

  it('a real efisiensi table still reads from its values, and its wrong row is reported', () => {
    // Efisiensi = capaian − serapan; row 3 states 12,00 where 104,20 − 95,10 = 9,10.
    const rows: Raw[][] = [
      ['No', 'Sasaran', 'A', 'B', 'C'],
      [1, 'Meningkatnya kualitas pelayanan publik', 108.5, 91.25, 17.25],
      [2, 'Meningkatnya akuntabilitas kinerja', 104.2, 95.1, 12],
      [3, 'Meningkatnya partisipasi masyarakat', 112.4, 88.6, 23.8],
      [4, 'Meningkatnya kapasitas aparatur', 101.75, 97.3, 4.45],
      [5, 'Terwujudnya ketertiban umum', 110, 90.5, 19.5],
    ];
    const ev = check('Efisiensi', rows);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ capaian: 'C', serapan: 'D', efisiensi: 'E' });
    expect(findings(ev, 'efisiensi_selisih')).toEqual([['E3', '9.10']]);
  });
});

describe('a table of percentages only: the capaian minus another percentage is the efisiensi', () => {
  // "Selisih (%)" and "Realisasi Anggaran (%)" are generic words; D = B − C on most rows says what they are.
  // Row 3 states 12,00 where 104,20 − 95,10 = 9,10.
  const rows: Raw[][] = [
    ['Sasaran', 'Capaian Kinerja (%)', 'Realisasi Anggaran (%)', 'Selisih (%)', 'Keterangan'],
    ['Meningkatnya kualitas pelayanan publik', 108.5, 91.25, 17.25, '-'],
    ['Meningkatnya akuntabilitas kinerja', 104.2, 95.1, 12, '-'],
    ['Meningkatnya partisipasi masyarakat', 112.4, 88.6, 23.8, '-'],
    ['Meningkatnya kapasitas aparatur', 101.75, 97.3, 4.45, '-'],
  ];
  const ev = check('Efisiensi', rows);

  it('reads capaian B, serapan C and efisiensi D, as an efisiensi table', () => {
    expect(ev.recognition.tables.map(t => t.kind)).toEqual(['efisiensi']);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ capaian: 'B', serapan: 'C', efisiensi: 'D' });
  });
  it('reports the wrong efisiensi of row 3', () => {
    expect(findings(ev, 'efisiensi_selisih')).toEqual([['D3', '9.10']]);
  });
  it('a change between two years of the same percentage is left alone', () => {
    const change: Raw[][] = [
      ['Sasaran', 'Capaian Kinerja (%)', 'Capaian 2022 (%)', 'Kenaikan (%)'],
      ['Meningkatnya kualitas pelayanan publik', 108.5, 91.25, 17.25],
      ['Meningkatnya akuntabilitas kinerja', 104.2, 95.1, 9.1],
      ['Meningkatnya partisipasi masyarakat', 112.4, 88.6, 23.8],
      ['Meningkatnya kapasitas aparatur', 101.75, 97.3, 4.45],
    ];
    expect(check('Perubahan', change).recognition.tables.map(t => t.kind)).not.toContain('efisiensi');
  });
});

describe('"Bertambah/(Kurang)" beside a pagu and a realisasi is the sisa when its values are pagu − realisasi', () => {
  it('reads it as the sisa and reports the wrong row', () => {
    // Row 4: 894.020.900 − 731.845.508 = 162.175.392, stated 163.425.392.
    const rows: Raw[][] = [
      ['Kode Rekening', 'Uraian', 'Jumlah Anggaran', 'Jumlah Realisasi', 'Bertambah/(Kurang)', '%'],
      ['5.1.01', 'Belanja Pegawai', 1754703900, 1533287541, 221416359, 87.38],
      ['5.1.02', 'Belanja Barang dan Jasa', 1203450000, 1011221350, 192228650, 84.03],
      ['5.1.03', 'Belanja Modal', 894020900, 731845508, 163425392, 81.86],
      ['5.1.05', 'Belanja Hibah', 450000000, 420000000, 30000000, 93.33],
    ];
    const ev = check('LRA', rows);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ pagu: 'C', realisasi: 'D', sisa: 'E', persen: 'F' });
    expect(findings(ev, 'sisa_selisih')).toEqual([['E4', '162175392']]);
  });

  it('the change of a DPPA (setelah − sebelum perubahan) stays a change', () => {
    const rows: Raw[][] = [
      ['Kode Rekening', 'Uraian', 'Sebelum Perubahan', 'Setelah Perubahan', 'Bertambah/(Berkurang)'],
      ['5.1.01', 'Belanja Pegawai', 1700000000, 1754703900, 54703900],
      ['5.1.02', 'Belanja Barang dan Jasa', 1250000000, 1203450000, -46550000],
      ['5.1.03', 'Belanja Modal', 850000000, 894020900, 44020900],
      ['5.1.05', 'Belanja Hibah', 450000000, 450000000, 0],
    ];
    const t = check('DPPA', rows).recognition.tables[0];
    expect(cols(t)).toMatchObject({ pagu_murni: 'C', pagu: 'D' });
    expect(t.columns.sisa).toBeUndefined();
  });
});

describe('"Rencana TW I | Realisasi TW I | … | Realisasi TW IV" in one header row', () => {
  // Counts: the year's realisasi is the sum of the four realised quarters. Row 6 states 85 where
  // 18 + 22 + 20 + 19 = 79 (its capaian 85 / 80 = 106,25 follows the stated realisasi).
  const rows: Raw[][] = [
    ['No', 'Indikator', 'Target Tahunan', 'Rencana TW I', 'Realisasi TW I', 'Rencana TW II', 'Realisasi TW II', 'Rencana TW III', 'Realisasi TW III', 'Rencana TW IV', 'Realisasi TW IV', 'Realisasi Tahunan', 'Capaian (%)'],
    [1, 'Jumlah dokumen kependudukan yang diterbitkan', 100, 25, 20, 25, 30, 25, 25, 25, 30, 105, 105],
    [2, 'Jumlah rapat koordinasi lintas sektor', 40, 10, 8, 10, 10, 10, 12, 10, 9, 39, 97.5],
    [3, 'Jumlah peserta pelatihan aparatur', 60, 15, 15, 15, 14, 15, 16, 15, 17, 62, 103.33],
    [4, 'Jumlah laporan keuangan yang disusun', 12, 3, 3, 3, 3, 3, 3, 3, 2, 11, 91.67],
    [5, 'Jumlah kelurahan yang difasilitasi', 80, 20, 18, 20, 22, 20, 20, 20, 19, 85, 106.25],
  ];
  const ev = check('Triwulan', rows);

  it('the realised quarters are E, G, I and K, not four adjacent columns', () => {
    expect(cols(ev.recognition.tables[0])).toMatchObject({ target: 'C', realisasi: 'L', capaian: 'M', realisasi_tw1: 'E', realisasi_tw2: 'G', realisasi_tw3: 'I', realisasi_tw4: 'K' });
  });
  it('reports the annual realisasi that is not the sum of its quarters, and nothing else', () => {
    expect(ev.report.findings.map(f => [f.rule, f.cell])).toEqual([['realisasi_triwulan_selisih', 'L6']]);
  });
});

describe('Lebih/(Kurang) of an LRA: realisasi − anggaran, read from the sign the values carry', () => {
  // Pendapatan: more received than budgeted is "lebih". Row 5 states 5.000.000 where 98.000.000 − 95.000.000 = 3.000.000.
  const pendapatan: Raw[][] = [
    ['Uraian', 'Anggaran', 'Realisasi', 'Lebih/(Kurang)', '%'],
    ['Pajak Daerah', 250000000, 262500000, 12500000, 105],
    ['Retribusi Daerah', 180000000, 150300000, -29700000, 83.5],
    ['Lain-lain PAD yang Sah', 320000000, 301120000, -18880000, 94.1],
    ['Hasil Pengelolaan Kekayaan Daerah', 95000000, 98000000, 5000000, 103.16],
  ];
  it('an unknown header over realisasi − anggaran is the lebih; the wrong row is reported', () => {
    const ev = check('LRA', pendapatan);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ pagu: 'B', realisasi: 'C', lebih: 'D', persen: 'E' });
    expect(findings(ev, 'sisa_selisih')).toEqual([['D5', '3000000']]);
  });

  it('"Selisih Lebih/(Kurang)" whose values are realisasi − anggaran is the lebih, not the sisa', () => {
    // Belanja: less spent than budgeted, so the lebih/(kurang) is below zero on most rows; row 3 states −20.000.000 where 150.300.000 − 180.000.000 = −29.700.000.
    const rows: Raw[][] = [
      ['Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Selisih Lebih/(Kurang) (Rp)'],
      ['Belanja Pegawai', 250000000, 231000000, -19000000],
      ['Belanja Barang dan Jasa', 180000000, 150300000, -20000000],
      ['Belanja Modal', 320000000, 301120000, -18880000],
      ['Belanja Hibah', 95000000, 88700000, -6300000],
    ];
    const ev = check('LRA', rows);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ pagu: 'B', realisasi: 'C', lebih: 'D' });
    expect(ev.report.findings.map(f => [f.rule, f.cell, f.expected])).toEqual([['sisa_selisih', 'D3', '-29700000']]);
  });

  it('a selisih that is anggaran − realisasi stays the selisih', () => {
    const rows: Raw[][] = [
      ['Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Selisih Lebih/(Kurang) (Rp)'],
      ['Belanja Pegawai', 250000000, 231000000, 19000000],
      ['Belanja Barang dan Jasa', 180000000, 150300000, 29700000],
      ['Belanja Modal', 320000000, 301120000, 18880000],
      ['Belanja Hibah', 95000000, 88700000, 6300000],
    ];
    expect(cols(check('LRA', rows).recognition.tables[0])).toMatchObject({ pagu: 'B', realisasi: 'C', selisih: 'D' });
  });
});

describe('"Bertambah/(Berkurang)" of a penjabaran APBD: realisasi − anggaran', () => {
  it('is the lebih/(kurang) when its values are realisasi − pagu, and the wrong row is reported', () => {
    // Row 3: 150.300.000 − 180.000.000 = −29.700.000, stated −27.700.000.
    const rows: Raw[][] = [
      ['Kode Rekening', 'Uraian', 'Jumlah Anggaran', 'Jumlah Realisasi', 'Bertambah/(Berkurang)', '%'],
      ['5.1.01', 'Belanja Pegawai', 250000000, 231000000, -19000000, 92.4],
      ['5.1.02', 'Belanja Barang dan Jasa', 180000000, 150300000, -27700000, 83.5],
      ['5.1.03', 'Belanja Modal', 320000000, 301120000, -18880000, 94.1],
      ['5.1.05', 'Belanja Hibah', 95000000, 88700000, -6300000, 93.37],
    ];
    const ev = check('Penjabaran', rows);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ pagu: 'C', realisasi: 'D', lebih: 'E', persen: 'F' });
    expect(ev.report.findings.map(f => [f.rule, f.cell, f.expected])).toEqual([['sisa_selisih', 'E3', '-29700000']]);
  });
});

describe('amounts in millions: a column in the unit of the named pagu is an amount too', () => {
  it('"Alokasi (Rp juta) | Terpakai (Rp juta) | Persentase": the unknown word is the realisasi, the wrong % is reported', () => {
    // Row 5: 401,33 / 455,20 × 100 = 88,17, stated 80,00.
    const rows: Raw[][] = [
      ['Kegiatan', 'Alokasi (Rp juta)', 'Terpakai (Rp juta)', 'Persentase'],
      ['Penyusunan dokumen perencanaan', 1250.5, 1118.25, 89.42],
      ['Penyediaan jasa penunjang', 840.75, 790.1, 93.98],
      ['Pemeliharaan gedung kantor', 2310, 2011.4, 87.07],
      ['Rapat koordinasi', 455.2, 401.33, 80],
      ['Pengadaan kendaraan dinas', 990, 912.6, 92.18],
    ];
    const ev = check('Juta', rows);
    expect(cols(ev.recognition.tables[0])).toMatchObject({ pagu: 'B', realisasi: 'C', persen: 'D' });
    expect(ev.report.findings.map(f => [f.rule, f.cell, f.expected])).toEqual([['persen_anggaran_selisih', 'D5', '88.17']]);
  });
});

describe('tables side by side on the same rows, a blank column between them', () => {
  it('two years of kinerja are read as two tables, and each table\'s wrong row is reported', () => {
    // 2022: row 4 states 98,89 where 80 / 90 = 88,89. 2023: row 6 states 90,00 where 15 / 15 = 100,00.
    const rows: Raw[][] = [
      ['Tahun 2022', null, null, null, null, 'Tahun 2023'],
      ['Indikator', 'Target', 'Realisasi', 'Capaian (%)', null, 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
      ['Dokumen perencanaan', 12, 12, 100, null, 'Dokumen perencanaan', 14, 13, 92.86],
      ['Rapat koordinasi', 90, 80, 98.89, null, 'Rapat koordinasi', 95, 99, 104.21],
      ['Peserta pelatihan', 40, 44, 110, null, 'Peserta pelatihan', 45, 45, 100],
      ['Kelurahan dibina', 15, 14, 93.33, null, 'Kelurahan dibina', 15, 15, 90],
    ];
    const ev = check('Kinerja', rows);
    expect(ev.recognition.tables.map(cols)).toEqual([
      expect.objectContaining({ indikator: 'A', target: 'B', realisasi: 'C', capaian: 'D' }),
      expect.objectContaining({ indikator: 'F', target: 'G', realisasi: 'H', capaian: 'I' }),
    ]);
    expect(findings(ev, 'capaian_selisih')).toEqual([['D4', '88.89'], ['I6', '100.00']]);
  });

  it('two years of anggaran under their own year lines: no pagu compared across years, the wrong % reported', () => {
    // 2023: row 5 states 80,00 where 270.000.000 / 300.000.000 = 90,00.
    const rows: Raw[][] = [
      ['Tahun Anggaran 2022', null, null, null, null, 'Tahun Anggaran 2023'],
      ['Uraian', 'Anggaran', 'Realisasi', '%', null, 'Uraian', 'Anggaran', 'Realisasi', '%'],
      ['Belanja Pegawai', 250000000, 231000000, 92.4, null, 'Belanja Pegawai', 260000000, 250000000, 96.15],
      ['Belanja Barang dan Jasa', 180000000, 150300000, 83.5, null, 'Belanja Barang dan Jasa', 190000000, 171000000, 90],
      ['Belanja Modal', 320000000, 301120000, 94.1, null, 'Belanja Modal', 300000000, 270000000, 80],
      ['Belanja Hibah', 95000000, 88700000, 93.37, null, 'Belanja Hibah', 90000000, 81000000, 90],
    ];
    const ev = check('LRA', rows);
    expect(ev.recognition.tables).toHaveLength(2);
    expect(ev.report.findings.map(f => [f.rule, f.cell, f.expected])).toEqual([['persen_anggaran_selisih', 'I5', '90.00']]);
  });

  it('a blank spacer column inside one table (names on one side only) keeps the table whole', () => {
    const rows: Raw[][] = [
      ['No', 'Indikator', null, 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Dokumen perencanaan', null, 12, 12, 100],
      [2, 'Rapat koordinasi', null, 90, 80, 88.89],
      [3, 'Peserta pelatihan', null, 40, 44, 110],
    ];
    const ev = check('Spasi', rows);
    expect(ev.recognition.tables.map(cols)).toEqual([expect.objectContaining({ indikator: 'B', target: 'D', realisasi: 'E', capaian: 'F' })]);
  });
});

describe('two titles on one row over two tables side by side', () => {
  it('each title belongs to the table under it and the header is the row below', () => {
    // Anggaran: row 5 states 80,00 where 270.000.000 / 300.000.000 = 90,00.
    const rows: Raw[][] = [
      ['Capaian Kinerja Sasaran Tahun 2020', null, null, null, null, 'Alokasi dan Realisasi Kegiatan'],
      ['Indikator', 'Target', 'Realisasi', 'Capaian (%)', null, 'Kegiatan', 'Alokasi (Rp)', 'Realisasi (Rp)', '%'],
      ['Dokumen perencanaan', 12, 12, 100, null, 'Penyusunan dokumen', 260000000, 250000000, 96.15],
      ['Rapat koordinasi', 90, 80, 88.89, null, 'Rapat koordinasi', 190000000, 171000000, 90],
      ['Peserta pelatihan', 40, 44, 110, null, 'Pelatihan aparatur', 300000000, 270000000, 80],
      ['Kelurahan dibina', 15, 14, 93.33, null, 'Pembinaan kelurahan', 90000000, 81000000, 90],
    ];
    const ev = check('Dua', rows);
    expect(ev.recognition.tables.map(t => [t.headerRows, t.title])).toEqual([
      [[2], 'Capaian Kinerja Sasaran Tahun 2020'],
      [[2], 'Alokasi dan Realisasi Kegiatan'],
    ]);
    expect(ev.report.findings.map(f => [f.rule, f.cell, f.expected])).toEqual([['persen_anggaran_selisih', 'I5', '90.00']]);
  });
});
