import { recognise } from '../../src/layout/recognise';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { book, grid, type Raw } from '../helpers/grid';

/**
 * Tables whose header words the vocabulary does not know, or that have no header at all: the values
 * decide, the planted wrong row is reported (not re-read), and the user is told how the table was read.
 */

const L = (c: number) => String.fromCharCode(64 + c);
const cols = (t: { columns: Record<string, { col: number }> }) => Object.fromEntries(Object.entries(t.columns).map(([r, m]) => [r, L(m.col)]));

// Six indicators; row 5 (Nilai SAKIP) states 89,00 where 65,2 / 70 = 93,14.
const INDICATORS: Raw[][] = [
  [1, 'Indeks Kepuasan Masyarakat', 85, 80.5, 94.71],
  [2, 'Dokumen perencanaan tepat waktu', 4, 4, 100],
  [3, 'Laporan keuangan disusun', 12, 11, 91.67],
  [4, 'Nilai SAKIP', 70, 65.2, 89],
  [5, 'Pelayanan administrasi terpadu', 1200, 1310, 109.17],
  [6, 'Pegawai mengikuti pelatihan', 30, 33, 110],
];

function check(rows: Raw[][]) {
  const ev = evaluateWorkbook(book(grid('Kinerja', rows)), DEFAULT_SETTINGS);
  return ev;
}

describe('a header in words the vocabulary does not know', () => {
  const rows: Raw[][] = [['Performance Report 2023'], ['#', 'Measure', 'Goal', 'Attained', 'Rate'], ...INDICATORS];
  const ev = check(rows);
  const t = ev.recognition.tables[0];

  it('is found from capaian = realisasi / target × 100 and read as a realisation table', () => {
    expect(ev.recognition.tables).toHaveLength(1);
    expect(t.kind).toBe('realisasi_kinerja');
    expect(t.headerRows).toEqual([2]);
    expect(cols(t)).toMatchObject({ target: 'C', realisasi: 'D', capaian: 'E', indikator: 'B' });
  });
  it('says so in a notice and keeps its confidence below 0.6', () => {
    expect(t.confidence).toBeLessThan(0.6);
    expect(ev.report.notices!.join('\n')).toMatch(/ditentukan dari hubungan antarangka/);
  });
  it('recomputes every capaian and reports the wrong one, Nilai SAKIP: 93,14 not 89', () => {
    expect(ev.report.results.filter(r => r.metric === 'capaian_kinerja').map(r => r.cell)).toEqual(['E3', 'E4', 'E5', 'E6', 'E7', 'E8']);
    const f = ev.report.findings.filter(x => x.rule === 'capaian_selisih');
    expect(f.map(x => [x.cell, x.expected])).toEqual([['E6', '93.14']]);
  });
});

describe('no header row at all: a title, then numbers', () => {
  const rows: Raw[][] = [['Tabel 3.2 Capaian Indikator'], ...INDICATORS];
  const ev = check(rows);

  it('is found from its values, with no header rows, and the wrong row is reported', () => {
    expect(ev.recognition.tables).toHaveLength(1);
    const t = ev.recognition.tables[0];
    expect(t.kind).toBe('realisasi_kinerja');
    expect(t.headerRows).toEqual([]);
    expect(t.bodyTop).toBe(2);
    expect(cols(t)).toMatchObject({ no: 'A', indikator: 'B', target: 'C', realisasi: 'D', capaian: 'E' });
    expect(ev.report.findings.filter(x => x.rule === 'capaian_selisih').map(x => x.cell)).toEqual(['E5']);
    expect(ev.report.notices!.join('\n')).toMatch(/tanpa baris judul kolom/);
  });
});

describe('budget tables in other words', () => {
  const rows: Raw[][] = [
    ['Uraian', 'Dana Tersedia', 'Terpakai', 'Tersisa', 'Persentase'],
    ['Program Penunjang Urusan Pemerintahan', 4334331227, 4154843645, 179487582, 95.86],
    ['Program Penyelenggaraan Pemerintahan', 1500000000, 1350000000, 150000000, 90],
    ['Program Pemberdayaan Masyarakat', 250000000, 248500000, 1500000, 99.4],
    ['Program Koordinasi Ketentraman', 725000000, 700000000, 20000000, 96.55],
    ['Program Pelayanan Kelurahan', 90000000, 45000000, 45000000, 50],
  ];
  const ev = check(rows);

  it('pagu, realisasi, sisa and the budget share come from the arithmetic; the wrong sisa is reported', () => {
    const t = ev.recognition.tables[0];
    expect(t.kind).toBe('realisasi_anggaran');
    expect(cols(t)).toMatchObject({ uraian: 'A', pagu: 'B', realisasi: 'C', sisa: 'D', persen: 'E' });
    expect(ev.report.findings.filter(x => x.rule === 'sisa_selisih').map(x => [x.cell, x.expected])).toEqual([['D5', '25000000']]);
  });
});

describe('columns of other years and targets never take the place of this year\'s', () => {
  const rows: Raw[][] = [
    ['No', 'Indikator', 'Target 2023', 'Realisasi 2023', 'Capaian (%)', 'Target 2024'],
    ...INDICATORS.map(r => [...r, 90]),
  ];
  const ev = check(rows);
  it('next year\'s target is target_2024; the table stays a realisation table', () => {
    const t = ev.recognition.tables[0];
    expect(t.kind).toBe('realisasi_kinerja');
    expect(cols(t)).toMatchObject({ target: 'C', realisasi: 'D', capaian: 'E', target_2024: 'F' });
    expect(ev.report.findings.filter(x => x.rule === 'capaian_selisih').map(x => x.cell)).toEqual(['E5']);
  });

  it('a target for the end of the Renstra is not the year\'s target', () => {
    const renstra: Raw[][] = [
      ['No', 'Indikator', 'Target Akhir Renstra', 'Target', 'Realisasi', 'Capaian'],
      ...INDICATORS.map(r => [r[0], r[1], 95, r[2], r[3], r[4]]),
    ];
    const t = recognise(book(grid('Kinerja', renstra))).tables[0];
    expect(t.kind).toBe('realisasi_kinerja');
    expect(cols(t)).toMatchObject({ target: 'D', realisasi: 'E', capaian: 'F' });
  });
});

describe('a header the values contradict is said out loud', () => {
  const rows: Raw[][] = [
    ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'A', 80, 88, 88],
    [2, 'B', 90, 81, 81],
    [3, 'C', 75, 70, 70],
    [4, 'D', 60, 66, 66],
  ];
  const ev = check(rows);
  it('keeps the header\'s reading, reports every row and lowers the confidence', () => {
    expect(ev.report.findings.filter(x => x.rule === 'capaian_selisih')).toHaveLength(4);
    expect(ev.recognition.tables[0].confidence).toBeLessThan(0.6);
    expect(ev.report.notices!.join('\n')).toMatch(/kolom E .* tidak mengikuti rumusnya/);
  });
});

describe('numbers nobody can read are never skipped silently', () => {
  it('a block of numbers with no header and no provable arithmetic gets a notice', () => {
    const rows: Raw[][] = [['Data pendukung'], ['x', 12, 7], ['y', 3, 19], ['z', 8, 8]];
    const ev = check(rows);
    expect(ev.recognition.tables).toHaveLength(0);
    expect(ev.report.notices!.join('\n')).toMatch(/baris 2–4: berisi 2 kolom angka/);
  });
  it('an unknown numeric column beside a known table is named', () => {
    const rows: Raw[][] = [['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Bobot'], ...INDICATORS.map(r => [...r, 0.25])];
    const ev = check(rows);
    expect(ev.report.notices!.join('\n')).toMatch(/kolom F \("Bobot"\) berisi angka tetapi judulnya tidak dikenali/);
  });
});

describe('quarterly columns and other shapes real offices use', () => {
  it('TW I–IV columns are the quarters of the realisasi; a count sums them, and a wrong annual figure is reported', () => {
    const rows: Raw[][] = [
      ['No', 'Indikator', 'Target', 'TW I', 'TW II', 'TW III', 'TW IV', 'Realisasi', 'Capaian'],
      [1, 'Jumlah dokumen perencanaan', 4, 1, 1, 1, 1, 4, 100],
      [2, 'Jumlah laporan keuangan', 12, 3, 3, 3, 3, 12, 100],
      [3, 'Jumlah rapat koordinasi', 24, 6, 6, 5, 5, 22, 91.67],
      [4, 'Jumlah pegawai terlatih', 30, 5, 10, 10, 8, 30, 100],
    ];
    const ev = check(rows);
    const t = ev.recognition.tables[0];
    expect(cols(t)).toMatchObject({ realisasi_tw1: 'D', realisasi_tw2: 'E', realisasi_tw3: 'F', realisasi_tw4: 'G', realisasi: 'H', capaian: 'I' });
    expect(ev.report.findings.filter(x => x.rule === 'realisasi_triwulan_selisih').map(x => [x.cell, x.expected])).toEqual([['H5', '33']]);
  });

  it('sasaran and indikator with a target and a budget make a PK, whatever the title', () => {
    const rows: Raw[][] = [
      ['Lampiran'],
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Anggaran (Rp)'],
      [1, 'Meningkatnya kualitas pelayanan publik', 'Indeks Kepuasan Masyarakat', 85, 1500000000],
      [2, 'Meningkatnya akuntabilitas kinerja', 'Nilai SAKIP', 70, 250000000],
    ];
    expect(recognise(book(grid('Lampiran 1', rows))).tables[0].kind).toBe('perjanjian_kinerja');
  });

  it('kegiatan lettered A. to J. under numbered programs keep their hierarchy', () => {
    const rows: Raw[][] = [
      ['No', 'Program / Kegiatan', 'Pagu', 'Realisasi', '%'],
      ['I', 'Program Penunjang Urusan Pemerintahan', 300000000, 290000000, 96.67],
      ...'ABCDEFGHIJ'.split('').map((l, i) => [`${l}.`, `Kegiatan ${l}`, 30000000, 29000000, 96.67] as Raw[]),
    ];
    const t = recognise(book(grid('Anggaran', rows))).tables[0];
    expect(t.kind).toBe('realisasi_anggaran');
    const kids = t.rows.filter(r => r.parent === 0);
    expect(kids).toHaveLength(10);
  });
});

describe('parents that are the sums of their children prove a DPA list', () => {
  const rows: Raw[][] = [
    ['Rincian'],
    ['Kolom A', 'Kolom B', 'Kolom C'],
    ['7.01.01', 'Program Penunjang Urusan Pemerintahan Daerah', 2727830900],
    ['7.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 1200000000],
    ['7.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan', 700000000],
    ['7.01.01.2.01.0002', 'Koordinasi Penyusunan Laporan Capaian Kinerja', 500000000],
    ['7.01.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 1527830900],
    ['7.01.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 1427830700],
    ['7.01.01.2.02.0002', 'Penyediaan Administrasi Pelaksanaan Tugas ASN', 100000000],
  ];
  it('codes with amounts, no header words: a DPA with its pagu; the kegiatan that does not add up is reported', () => {
    const ev = check(rows);
    const t = ev.recognition.tables[0];
    expect(t.kind).toBe('dpa');
    expect(cols(t)).toMatchObject({ kode: 'A', pagu: 'C' });
    // 1.427.830.700 + 100.000.000 = 1.527.830.700, stated 1.527.830.900 (seed 001's 200 rupiah).
    expect(ev.report.findings.filter(f => f.rule === 'jumlah_selisih').map(f => [f.cell, f.expected])).toEqual([['C7', '1527830700']]);
  });
});

describe('physical progress measured as an indicator', () => {
  it('"Target Fisik | Realisasi Fisik | Capaian Fisik" with the ratio holding is a realisation table', () => {
    const rows: Raw[][] = [
      ['No', 'Nama OPD', 'Target Fisik (%)', 'Realisasi Fisik (%)', 'Capaian Fisik (%)'],
      [1, 'Dinas Pendidikan', 94, 100, 106.38],
      [2, 'Dinas Kesehatan', 92, 84.64, 90],
      [3, 'Dinas Pekerjaan Umum', 72, 63.5, 88.19],
      [4, 'Dinas Sosial', 80, 76, 95],
    ];
    const ev = check(rows);
    const t = ev.recognition.tables[0];
    expect(t.kind).toBe('realisasi_kinerja');
    expect(cols(t)).toMatchObject({ target: 'C', realisasi: 'D', capaian: 'E' });
    expect(ev.report.findings.filter(f => f.rule === 'capaian_selisih').map(f => [f.cell, f.expected])).toEqual([['E3', '92.00']]);
  });
});
