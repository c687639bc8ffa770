import { lookAlikeReason, type LookAlikeInput } from '../../src/layout/look-alike';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { book, grid, type Raw } from '../helpers/grid';

/**
 * Tables that look like report tables but are not one (population statistics, an inventory card): their
 * numbers hold relations a report table also holds, so they must be left out by evidence, with a notice,
 * while the report tables beside them are still read and checked.
 */

const check = (rows: Raw[][], merges: Parameters<typeof grid>[2] = [], name = 'Data Umum') => evaluateWorkbook(book(grid(name, rows, merges)), DEFAULT_SETTINGS);
const notices = (ev: ReturnType<typeof check>) => (ev.report.notices ?? []).join('\n');

// Laki-laki | Perempuan | L+P | rasio jenis kelamin (L / P × 100): every row adds up.
const AGE_ROWS: [string, number, number][] = [
  ['0 - 4', 44867, 43646], ['5 - 9', 41790, 39713], ['10 - 14', 45689, 44109], ['15 - 19', 40839, 40055],
  ['20 - 24', 38489, 37849], ['25 - 29', 43079, 41354], ['30 - 34', 40341, 38102], ['35 - 39', 35664, 34610],
];
const ratio = (l: number, p: number) => Math.round((l / p) * 1000) / 10;

// A realisation table in the same workbook: it must still be read and its wrong capaian (row 4) reported.
const KINERJA: Raw[][] = [
  ['Pengukuran Kinerja Sasaran Tahun 2021'],
  ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
  [1, 'Cakupan pelayanan kesehatan ibu hamil', '%', 95, 92.5, 97.37],
  [2, 'Cakupan imunisasi dasar lengkap', '%', 90, 93.6, 104],
  [3, 'Persentase puskesmas terakreditasi', '%', 80, 75, 90],
];

describe('population by age group (Profil Kesehatan, Tabel 2)', () => {
  const rows: Raw[][] = [
    ['JUMLAH PENDUDUK MENURUT JENIS KELAMIN DAN KELOMPOK UMUR TAHUN 2021'],
    ['NO', 'KELOMPOK UMUR (TAHUN)', 'JUMLAH PENDUDUK', null, null, 'RASIO JENIS KELAMIN'],
    [null, null, 'LAKI-LAKI', 'PEREMPUAN', 'LAKI-LAKI+PEREMPUAN', null],
    [1, 2, 3, 4, 5, 6],
    ...AGE_ROWS.map(([band, l, p], i): Raw[] => [i + 1, band, l, p, l + p, ratio(l, p)]),
    [null, 'JUMLAH', 330758, 319438, 650196, 103.5],
    [],
    [],
    ...KINERJA,
  ];
  const merges = [
    { top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 5 }, { top: 2, left: 6, bottom: 3, right: 6 },
  ];
  const ev = check(rows, merges);

  it('is not taken for a table (L = (L+P) − P read as efisiensi = capaian − serapan), and the notice says why', () => {
    expect(ev.recognition.tables.map(t => t.kind)).toEqual(['realisasi_kinerja']);
    expect(notices(ev)).toMatch(/tabel A2:F\d+: tampak seperti tabel laporan, tetapi baris-barisnya adalah kelompok umur \(0 - 4, 5 - 9, 10 - 14, …\)/);
  });

  it('reports no finding on the population figures, and still checks the report table beside them', () => {
    expect(ev.report.findings.filter(f => /^[A-F]([5-9]|1[0-3])$/.test(f.cell ?? ''))).toEqual([]);
    expect(ev.report.findings.filter(f => f.rule === 'capaian_selisih').map(f => [f.cell, f.expected])).toEqual([['F20', '93.75']]);
  });
});

describe('population by migration status (Sensus Penduduk 2022, Total / Migran / Non Migran)', () => {
  const data: [string, number, number, number, number][] = [
    ['0-4', 154134, 143924, 10525, 10792], ['5-9', 141733, 136980, 14775, 4828], ['10-14', 142568, 135229, 5512, 2420],
    ['15-19', 145475, 138681, 5169, 4700], ['20-24', 156677, 134674, 12272, 13991], ['25-29', 157349, 155686, 11926, 7528],
  ];
  const rows: Raw[][] = [
    ['Penduduk menurut Kelompok Umur, Jenis Kelamin dan Status Migrasi Seumur Hidup'],
    ['Kelompok Umur', 'Total', null, null, 'Migran', null, null, 'Non Migran', null, null],
    [null, 'Laki-laki', 'Perempuan', 'Total', 'Laki-laki', 'Perempuan', 'Total', 'Laki-laki', 'Perempuan', 'Total'],
    ...data.map(([band, l, p, ml, mp]): Raw[] => [band, l, p, l + p, ml, mp, ml + mp, l - ml, p - mp, l + p - ml - mp]),
  ];
  const merges = [{ top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 2, right: 4 }, { top: 2, left: 5, bottom: 2, right: 7 }, { top: 2, left: 8, bottom: 2, right: 10 }];
  const ev = check(rows, merges, 'Penduduk');

  it('is not read as a budget table (Migran = Total − Non Migran is not sisa = pagu − realisasi)', () => {
    expect(ev.recognition.tables).toEqual([]);
    expect(ev.report.findings).toEqual([]);
    expect(notices(ev)).toMatch(/tampak seperti tabel laporan, tetapi baris-barisnya adalah kelompok umur \(0-4, 5-9, 10-14, …\)/);
  });
});

describe('Kartu Inventaris Barang: Jumlah × Harga Satuan = Nilai Perolehan', () => {
  const items: [string, string, number, string, number][] = [
    ['1.3.2.10.02.02.001', 'Laptop', 5, 'Unit', 14500000], ['1.3.2.05.01.04.001', 'Meja Kerja Pejabat', 1, 'Buah', 3250000],
    ['1.3.2.05.01.04.004', 'Kursi Putar', 5, 'Buah', 1475000], ['1.3.2.10.02.03.003', 'Printer', 3, 'Unit', 4200000],
    ['1.3.2.05.02.04.001', 'AC Split 1 PK', 10, 'Unit', 5600000], ['1.3.2.02.01.04.001', 'Kendaraan Roda Dua', 5, 'Unit', 22500000],
  ];
  const rows: Raw[][] = [
    ['Kartu Inventaris Barang (KIB) B Peralatan dan Mesin'],
    ['No', 'Kode Barang', 'Nama Barang', 'Jumlah', 'Satuan', 'Harga Satuan (Rp)', 'Nilai Perolehan (Rp)', 'Kondisi (B/KB/RB)'],
    ...items.map(([kode, nama, n, sat, harga], i): Raw[] => [i + 1, kode, nama, n, sat, harga, n * harga, 'B']),
    [null, null, 'JUMLAH', null, null, null, 264225000, null],
  ];
  const ev = check(rows, [], 'Aset');

  it('is not a DPA: its Jumlah (5, 1, 5 …) counts items and stays below the unit price', () => {
    expect(ev.recognition.tables).toEqual([]);
    expect(notices(ev)).toMatch(/kolom D \("Jumlah"\) lebih kecil daripada harga satuannya pada 6 dari 6 baris: isinya banyaknya barang, bukan jumlah rupiah rincian belanja, sehingga ini bukan DPA/);
  });

  it('leaves a DPA line list (Koefisien × Harga = Jumlah) a DPA, and finds its wrong Jumlah', () => {
    const dpa: Raw[][] = [
      ['DPA SKPD Rincian Belanja'],
      ['Kode Rekening', 'Uraian', 'Koefisien', 'Satuan', 'Harga', 'Jumlah'],
      ['5.1.02.01.01.0024', 'Belanja Alat Tulis Kantor', 12, 'Paket', 350000, 4200000],
      ['5.1.02.01.01.0026', 'Belanja Bahan Cetak', 4, 'Paket', 1250000, 5000000],
      ['5.1.02.02.01.0003', 'Honorarium Narasumber', 6, 'OJ', 900000, 5600000],
      ['5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat', 150, 'Kotak', 40000, 6000000],
    ];
    const d = check(dpa, [], 'DPA');
    expect(d.recognition.tables.map(t => t.kind)).toEqual(['dpa']);
    expect(d.report.findings.map(f => f.cell)).toContain('F5');
  });
});

describe('the rules one by one, on what a built table holds', () => {
  // A value-only reading of "Laki-laki | Perempuan | Jumlah" per kecamatan: rows are names, not age bands.
  const profile = (col: number, median: number) => ({ col, type: 'count' as const, numeric: 8, text: 0, percent: false, fromText: 0, median, max: median * 1.3 });
  const input = (over: Partial<LookAlikeInput>): LookAlikeInput => ({
    kind: 'efisiensi',
    columns: { efisiensi: { col: 3, header: 'kolom C', reason: '', score: 0.8 }, serapan: { col: 4, header: 'kolom D', reason: '', score: 0.8 }, capaian: { col: 5, header: 'kolom E', reason: '', score: 0.8 } },
    rows: ['Kecamatan Bayan', 'Kecamatan Gebang', 'Kecamatan Kutoarjo'].map((label, i) => ({ row: 5 + i, kind: 'data' as const, depth: 0, level: 'unknown' as const, label })),
    evidence: { profiles: new Map([[3, profile(3, 41790)], [4, profile(4, 39713)], [5, profile(5, 81503)]]), relations: [], readings: [], disagreeing: [], unread: [], fromValues: ['efisiensi', 'serapan', 'capaian'], domains: new Set() },
    matrix: { rows: [], cols: [], values: [], decimals: [], profiles: [] },
    ...over,
  });

  it('a percentage read from values whose values are in the tens of thousands is no percentage', () => {
    expect(lookAlikeReason(input({}))).toBe('kolom C hanya cocok sebagai efisiensi dari hubungan antarangka, tetapi nilainya (median 41790) bukan persentase');
  });

  it('leaves a reading alone once a header word named one of its value columns', () => {
    const ev = input({}).evidence;
    expect(lookAlikeReason(input({ evidence: { ...ev, fromValues: ['serapan', 'capaian'] } }))).toBeUndefined();
  });

  it('leaves real percentages alone (capaian 97,37, serapan 92,1)', () => {
    const ev = input({}).evidence;
    const profiles = new Map([[3, profile(3, 5.2)], [4, profile(4, 92.1)], [5, profile(5, 97.37)]]);
    expect(lookAlikeReason(input({ evidence: { ...ev, profiles } }))).toBeUndefined();
  });

  it('needs a run of contiguous bands: "2019 - 2020" once, or bands that do not follow on, are not age groups', () => {
    const rows = (labels: string[]) => labels.map((label, i) => ({ row: 5 + i, kind: 'data' as const, depth: 0, level: 'unknown' as const, label }));
    const reals = new Map([[3, profile(3, 5)], [4, profile(4, 90)], [5, profile(5, 95)]]);
    const ev = { ...input({}).evidence, profiles: reals };
    expect(lookAlikeReason(input({ evidence: ev, rows: rows(['0 - 4', '5 - 9', '10 - 14', '75+']) }))).toMatch(/kelompok umur \(0 - 4, 5 - 9, 10 - 14, …\)/);
    expect(lookAlikeReason(input({ evidence: ev, rows: rows(['0 - 5', '5 - 10', '10 - 15']) }))).toMatch(/kelompok umur/);
    expect(lookAlikeReason(input({ evidence: ev, rows: rows(['10 - 14', '30 - 34', '60 - 64']) }))).toBeUndefined();
    expect(lookAlikeReason(input({ evidence: ev, rows: rows(['0 - 4', '5 - 9', 'Program Penunjang', 'Program Kesehatan', 'Program Gizi']) }))).toBeUndefined();
  });
});
