import * as fs from 'fs';
import * as path from 'path';
import { hardcodedCapaian } from '../../src/engine/checks/hardcoded-capaian';
import { jumlahSelisih } from '../../src/engine/checks/jumlah-selisih';
import { kodeTidakBaku } from '../../src/engine/checks/kode-tidak-baku';
import { kodeGanda } from '../../src/engine/checks/kode-ganda';
import { paguBerbeda } from '../../src/engine/checks/pagu-berbeda';
import { koefisienValue, rincianSelisih } from '../../src/engine/checks/rincian-selisih';
import { normUnit, satuanBerbeda } from '../../src/engine/checks/satuan-berbeda';
import { indicatorSimilarity, normIndicator, sameTarget, targetBerbeda } from '../../src/engine/checks/target-berbeda';
import { Dec } from '../../src/engine/decimal';
import { grid, book, type Raw } from '../helpers/grid';
import type { CheckContext, CheckRule } from '../../src/engine/checks/context';
import type { Finding } from '../../src/model/report';
import { recognise } from '../../src/layout/recognise';
import { tableValues } from '../../src/layout/table-values';
import type { ValueCell } from '../../src/layout/table-values';
import type { Cell, SheetGrid, WorkbookData } from '../../src/model/grid';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import { score, type Expected } from '../helpers/corpus-scorer';

/* ------------------------------------------------------------------ helpers */

const rp = (value: number): Cell => ({ value, numFmt: '#,##0' });
const pct = (value: number): Cell => ({ value, numFmt: '0.00%' });

/** Runs the real recognition and value reading, then the rules, as the engine does. */
function contextOf(wb: WorkbookData): CheckContext {
  const tables = recognise(wb).tables.map(t => tableValues(wb, t));
  return { tables, computed: [], notComputed: [], scale: undefined as never, scaleSource: '', efisiensi: 'sisa' as never };
}
function run(rule: CheckRule, wb: WorkbookData): Finding[] {
  return rule(contextOf(wb));
}
const at = (fs: Finding[]) => fs.map(f => `${f.sheet}!${f.cell}`).sort();

/** Every message is one short formal Indonesian sentence with id-ID numbers. */
function expectGoodMessages(fs: Finding[]): void {
  for (const f of fs) {
    expect(f.message).toMatch(/^[A-Z].*\.$/);
    expect(f.message.split(/\.\s+[A-Z]/)).toHaveLength(1);
    expect(f.message).not.toMatch(/\d,\d{3}(?!\d)|(?<![\d.])\d{5,}(?![\d.,])/); // no "1,500" or raw "1500000"
    expect(f.expected).not.toMatch(/,/);
  }
}

/* ------------------------------------------------------------------ jumlah_selisih */

const REALISASI: Raw[][] = [
  ['Laporan Realisasi Anggaran'],
  [],
  ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
  [null, 'BELANJA DAERAH', rp(1500000), rp(1400000), pct(0.9333)],
  ['7.01.01', 'Program Penunjang Urusan', rp(1000000), rp(900000), pct(0.9)],
  ['7.01.01.2.01', 'Perencanaan', rp(600000), rp(500000), pct(0.83)],
  ['7.01.01.2.01.0001', 'Penyusunan Dokumen', rp(300000), rp(250000), pct(0.83)],
  ['7.01.01.2.01.0002', 'Evaluasi Kinerja', rp(200000), rp(250000), pct(1.25)],
  ['7.01.01.2.02', 'Administrasi Keuangan', rp(500000), rp(400000), pct(0.8)],
  ['7.01.01.2.02.0001', 'Penyediaan Gaji', rp(500000), rp(400000), pct(0.8)],
  ['7.01.01.2.02.0001', 'Penyediaan Gaji Lagi', rp(0), rp(0), pct(0)],
  ['7.01.02', 'Program Pemerintahan', rp(500000), rp(500000), pct(1)],
  ['7.01.02.2.01', 'Pelaksanaan Urusan', rp(500000), rp(500000), pct(1)],
  ['7.01.02.2.01.0001', 'Pelaksanaan Urusan Terkait', rp(500000), rp(500000), pct(1)],
  [null, 'JUMLAH', rp(1500001), rp(1400000), pct(0.9333)],
];

describe('jumlah_selisih on synthetic grids', () => {
  it('finds a kegiatan and a JUMLAH row that differ from their children, not the program above the wrong kegiatan', () => {
    const fs = run(jumlahSelisih, book(grid('Realisasi', REALISASI)));
    expect(at(fs)).toEqual(['Realisasi!C15', 'Realisasi!C6']);
    const keg = fs.find(f => f.cell === 'C6')!;
    expect(keg).toMatchObject({ rule: 'jumlah_selisih', severity: 'error', stated: '600.000', expected: '500000', related: ['C7', 'C8'] });
    expect(keg.message).toBe('Pagu kegiatan 7.01.01.2.01 tertulis Rp 600.000, sedangkan jumlah 2 baris rinciannya Rp 500.000.');
    const total = fs.find(f => f.cell === 'C15')!;
    expect(total.expected).toBe('1500000');
    expect(total.related).toEqual(['C5', 'C12']); // the top-level program rows, not everything
    expectGoodMessages(fs);
  });

  it('a BELANJA DAERAH total written above the programs sums the programs below it', () => {
    const rows = REALISASI.map(r => [...r]);
    rows[3][2] = rp(1400000);
    const fs = run(jumlahSelisih, book(grid('Realisasi', rows)));
    expect(at(fs)).toContain('Realisasi!C4');
    expect(fs.find(f => f.cell === 'C4')!.expected).toBe('1500000');
  });

  it('a hierarchy without codes (No markers I. / A. / 1.) is summed through row.parent', () => {
    const rows: Raw[][] = [
      ['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'],
      ['I', 'Program Penunjang', rp(900), rp(800)],
      ['A.', 'Kegiatan Perencanaan', rp(500), rp(450)],
      ['1', 'Penyusunan Dokumen', rp(200), rp(200)],
      ['2', 'Evaluasi', rp(300), rp(250)],
      ['B.', 'Kegiatan Keuangan', rp(400), rp(350)],
      ['1', 'Gaji', rp(400), rp(300)],
    ];
    const ctx = contextOf(book(grid('Belanja', rows)));
    expect(ctx.tables[0].rows.map(r => r.row.parent)).toEqual([undefined, 0, 1, 1, 0, 4]);
    expect(ctx.tables[0].rows.map(r => r.row.marker)).toEqual(['I', 'A.', '1', '2', 'B.', '1']);
    const fs = jumlahSelisih(ctx);
    expect(at(fs)).toEqual(['Belanja!D6']);
    expect(fs[0]).toMatchObject({ expected: '300', related: ['D7'] });
    expect(fs[0].message).toMatch(/^Realisasi anggaran (kegiatan|baris B) "Kegiatan Keuangan" tertulis Rp 350, sedangkan jumlah 1 baris rinciannya Rp 300\.$/);
  });

  it('a flat table whose levels are lost (no codes, no markers) still catches a program against its kegiatan', () => {
    const rows: Raw[][] = [
      ['Sasaran', 'Program, Kegiatan dan Sub Kegiatan', 'Target', 'Pagu'],
      ['Meningkatnya pelayanan', 'Program Pemberdayaan Masyarakat', '100%', rp(92001600)],
      [null, 'Koordinasi Kegiatan Pemberdayaan Desa', '100%', rp(92001600)],
      [null, 'Peningkatan partisipasi masyarakat', '140 orang', rp(10164300)],
      [null, 'Peningkatan efektifitas kegiatan', '49 orang', rp(81837300)],
      [null, 'Program Penyelenggaraan Urusan Pemerintahan Umum', '100%', rp(18052700)],
      [null, 'Penyelenggaraan urusan pemerintahan umum', '100%', rp(11052700)],
      [null, 'Pelaksanaan tugas forum koordinasi', '9 kali', rp(11052700)],
      [null, 'Program Koordinasi Ketentraman', '100%', '100%'],
      [null, 'Koordinasi upaya ketentraman', '100%', rp(11835000)],
      [null, 'Sinergitas dengan kepolisian', '4 kali', rp(8423900)],
      [null, 'Harmonisasi hubungan tokoh agama', '4 kali', rp(3411100)],
      ['JUMLAH', null, null, rp(121889300)],
    ];
    const wb = book(grid('Rencana Aksi', rows));
    const ctx = contextOf(wb);
    expect(ctx.tables).toHaveLength(1);
    const fs = jumlahSelisih(ctx);
    // Program 7.01.05 is 18.052.700 against its one kegiatan 11.052.700; the JUMLAH row equals
    // 92.001.600 + 18.052.700 + 11.835.000 (the third program's "100%" replaced by its kegiatan).
    expect(at(fs)).toEqual(['Rencana Aksi!D6']);
    expect(fs[0].expected).toBe('11052700');
  });

  it('never sums percentages, or kinerja figures without one common unit', () => {
    const rows: Raw[][] = [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      ['1', 'Jumlah dokumen', 10, 10, 100],
      ['2', 'Jumlah laporan', 5, 4, 80],
      [null, 'JUMLAH', 16, 14, 180],
    ];
    expect(run(jumlahSelisih, book(grid('Capaian', rows)))).toEqual([]);
    const mixed: Raw[][] = [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
      ['1', 'Jumlah dokumen', 'Dokumen', 10, 10, 100],
      ['2', 'Jumlah peserta', 'Orang', 5, 4, 80],
      [null, 'JUMLAH', null, 16, 14, 180],
    ];
    expect(run(jumlahSelisih, book(grid('Capaian', mixed)))).toEqual([]);
  });

  it('sums counts of one unit in a kinerja table (JUMLAH of documents)', () => {
    const rows: Raw[][] = [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
      ['1', 'Jumlah dokumen perencanaan', 'Dokumen', 10, 10, 100],
      ['2', 'Jumlah dokumen laporan', 'Dokumen', 5, 4, 80],
      [null, 'JUMLAH', null, 16, 14, 93.33],
    ];
    const fs = run(jumlahSelisih, book(grid('Capaian', rows)));
    expect(at(fs)).toEqual(['Capaian!D4']);
    expect(fs[0]).toMatchObject({ expected: '15', related: ['D2', 'D3'] });
    expect(fs[0].message).toBe('Target pada baris "JUMLAH" tertulis 16 Dokumen, sedangkan jumlah 2 baris yang dijumlahkannya 15 Dokumen.');
  });
});

/* ------------------------------------------------------------------ kode_ganda */

describe('kode_ganda on synthetic grids', () => {
  it('reports the later row of a repeated code, with the first as related', () => {
    const fs = run(kodeGanda, book(grid('Realisasi', REALISASI)));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: 'kode_ganda', severity: 'warning', sheet: 'Realisasi', cell: 'A11', related: ['A10'], stated: '7.01.01.2.02.0001' });
    expect(fs[0].message).toBe('Kode 7.01.01.2.02.0001 dipakai lagi di baris 11 untuk "Penyediaan Gaji Lagi", padahal sudah dipakai di baris 10 untuk "Penyediaan Gaji".');
  });

  it('finds a code that prefixes the name (SIPD style) in the name cell', () => {
    const rows: Raw[][] = [
      ['Kode / Uraian Program/Kegiatan/Sub Kegiatan', 'Anggaran', 'Realisasi'],
      ['7.01.01 PROGRAM PENUNJANG', rp(300), rp(250)],
      ['7.01.01.2.08 Penyediaan Jasa Penunjang', rp(300), rp(250)],
      ['7.01.01.2.08.0003 Penyediaan Jasa Peralatan', rp(100), rp(100)],
      ['7.01.01.2.08.0003 Penyediaan Jasa Pelayanan Umum', rp(200), rp(150)],
    ];
    const fs = run(kodeGanda, book(grid('RA', rows)));
    expect(at(fs)).toEqual(['RA!A5']);
    expect(fs[0].related).toEqual(['A4']);
  });

  it('the same kode rekening under two sub kegiatan is not a duplicate', () => {
    const rows: Raw[][] = [
      ['Kode Rekening', 'Uraian', 'Jumlah'],
      ['7.01.01.2.01.0001', 'Penyusunan Dokumen', rp(300)],
      ['5.1.02.01.01.0024', 'Belanja Alat Tulis Kantor', rp(300)],
      ['7.01.01.2.01.0002', 'Evaluasi Kinerja', rp(200)],
      ['5.1.02.01.01.0024', 'Belanja Alat Tulis Kantor', rp(200)],
    ];
    expect(run(kodeGanda, book(grid('DPA', rows)))).toEqual([]);
  });

  it('leaves a malformed code to kode_tidak_baku, once per table', () => {
    const rows: Raw[][] = [
      ['Kode', 'Program/Kegiatan', 'Pagu', 'Realisasi'],
      ['7.01.01', 'Program Penunjang', rp(300), rp(200)],
      ['7.01.01.2.1', 'Perencanaan', rp(300), rp(200)],
    ];
    expect(run(kodeGanda, book(grid('P', rows)))).toEqual([]);
    const fs = run(kodeTidakBaku, book(grid('P', rows)));
    expect(at(fs)).toEqual(['P!A3']);
    expect(fs[0]).toMatchObject({ rule: 'kode_tidak_baku', severity: 'warning', related: [] });
    expect(fs[0].message).toBe('1 dari 2 kode di tabel ini tidak sesuai format kode Permendagri 90/2019: baris 3 (7.01.01.2.1: bagian kegiatan "1" seharusnya 2 digit).');
  });

  it('a No marker used twice in a flat list ("3", "3")', () => {
    const rows: Raw[][] = [
      ['No', 'Uraian', 'Pagu', 'Realisasi'],
      [1, 'Penyediaan Jasa Surat', rp(100), rp(90)],
      [2, 'Penyediaan Jasa Komunikasi', rp(100), rp(90)],
      [3, 'Penyediaan Jasa Peralatan', rp(100), rp(90)],
      [3, 'Penyediaan Jasa Pelayanan', rp(100), rp(90)],
    ];
    const fs = run(kodeGanda, book(grid('B', rows)));
    expect(at(fs)).toEqual(['B!A5']);
    expect(fs[0].related).toEqual(['A4']);
  });
});

/* ------------------------------------------------------------------ target_berbeda, satuan_berbeda */

const PK: Raw[][] = [
  ['Perjanjian Kinerja'],
  ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target'],
  [1, 'Meningkatnya pelayanan', 'Indeks Kepuasan Masyarakat (IKM)', 'Nilai', 92.27],
  [2, 'Meningkatnya ketertiban', 'Jumlah kelompok masyarakat di bidang ketentraman dan ketertiban yang aktif', 'Buah', 10],
  [3, null, 'Jumlah penanganan gangguan ketentraman dan ketertiban yang di fasilitasi', 'Kejadian', 2],
  [4, null, 'Jumlah penanganan gangguan dan ketertiban yang di monitoring', 'Kejadian', 3],
  [5, null, 'Persentase pengaduan yang ditangani', '%', { value: 1, numFmt: '0%' }],
  [6, null, 'Jumlah aparatur yang mengikuti bimtek', 'Org', 10],
];
const CAPAIAN: Raw[][] = [
  ['Capaian Kinerja'],
  ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
  [1, 'Indeks Kepuasan Masyarakat', 'Nilai', 85, 80.5, 94.71],
  [2, 'Jumlah kelompok masyarakat di Bidang Ketenraman dan Ketertiban yang aktif', 'Kelompok', 5, 5, 100],
  [3, 'Jumlah penanganan gangguan ketentraman dan ketertiban yang difasilitasi', 'Kejadian', 2, 2, 100],
  [4, 'Jumlah penanganan gangguan dan ketertiban yang dimonitoring', 'Kejadian', 3, 3, 100],
  [5, 'Persentase pengaduan yang ditangani', '%', 100, 100, 100],
  [6, 'Jumlah aparatur yang mengikuti bimtek', 'Orang', 10, 10, 100],
];

describe('target_berbeda and satuan_berbeda on synthetic grids', () => {
  const wb = book(grid('PK', PK), grid('Capaian', CAPAIAN));

  it('finds the two targets that differ from the PK, and nothing for similar or equal ones', () => {
    const fs = run(targetBerbeda, wb);
    expect(at(fs)).toEqual(['Capaian!D3', 'Capaian!D4']);
    expect(fs.find(f => f.cell === 'D3')).toMatchObject({ severity: 'error', stated: '85', expected: '92.27', related: ['PK!E3'] });
    expect(fs.find(f => f.cell === 'D3')!.message).toBe('Target indikator "Indeks Kepuasan Masyarakat" tertulis 85, berbeda dengan target pada Perjanjian Kinerja (PK!E3) sebesar 92,27.');
    expect(fs.find(f => f.cell === 'D4')!.related).toEqual(['PK!E4']);
    expectGoodMessages(fs);
  });

  it('finds a satuan that differs from the PK (Kelompok vs Buah) but not Org vs Orang', () => {
    const fs = run(satuanBerbeda, wb);
    expect(at(fs)).toEqual(['Capaian!D4']);
    expect(fs[0]).toMatchObject({ severity: 'warning', related: ['PK!E4', 'PK!D4', 'C4'] });
    expect(fs[0].message).toMatch(/^Satuan indikator "Jumlah kelompok masyarakat.*" tertulis "Kelompok", berbeda dengan satuan pada Perjanjian Kinerja \(PK!E4\) "Buah"\.$/);
  });

  it('finds target and realisasi typed with different units in one row', () => {
    const rows: Raw[][] = [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Pelaksanaan urusan pemerintahan', '2 Lembar', '2 Dokumen', 100],
      [2, 'Penyediaan bahan bacaan', '48 eksm', '48 Eksemplar', 100],
      [3, 'Penyediaan jasa pelayanan', '11 org', '11 orang', 100],
    ];
    const fs = run(satuanBerbeda, book(grid('Capaian', rows)));
    expect(at(fs)).toEqual(['Capaian!D2']);
    expect(fs[0].related).toEqual(['C2']);
  });

  it('normalises units and indicator texts', () => {
    expect(normUnit('Org/Bln')).toBe('orang/bulan');
    expect(normUnit('Eksp')).toBe(normUnit('eksemplar'));
    expect(normUnit('Dok')).toBe('dokumen');
    expect(normUnit('orang-orang')).toBe('orang');
    expect(normIndicator('Nilai Zona Integritas (ZI)')).toBe('nilai zona integritas');
    expect(indicatorSimilarity(normIndicator('Jumlah fasilitasi pelaksanaan kegiatan Musrenbang'), normIndicator('Jumlah fasilitasi pelaksanaan kegiatan musrenbang tingkat kecamatan'))).toBeGreaterThanOrEqual(0.8);
    expect(indicatorSimilarity(normIndicator('Nilai RB'), normIndicator('Nilai SAKIP'))).toBeLessThan(0.8);
  });

  it('compares targets as they read: 100% equals 1, 92 differs from 92,27', () => {
    const cell = (value: string, decimals: number, percent = false) =>
      ({ status: 'number', value: new Dec(value), decimals, percent, fromText: false, display: value, text: '' }) as unknown as ValueCell & { value: Dec };
    expect(sameTarget(cell('100', 0, true), cell('1', 0))).toBe(true);
    expect(sameTarget(cell('92.2666', 2), cell('92.27', 2))).toBe(true);
    expect(sameTarget(cell('92', 0), cell('92.27', 2))).toBe(false);
    expect(sameTarget(cell('85', 0), cell('92.27', 2))).toBe(false);
  });
});

/* ------------------------------------------------------------------ pagu_berbeda */

describe('pagu_berbeda on synthetic grids', () => {
  const rencana: Raw[][] = [
    ['Kode', 'Program, Kegiatan dan Sub Kegiatan', 'Target', 'Pagu'],
    ['7.01.05', 'Program Penyelenggaraan Urusan Pemerintahan Umum', '100%', rp(18052700)],
    ['7.01.05.2.01', 'Penyelenggaraan urusan pemerintahan umum', '100%', rp(11052700)],
    ['7.01.05.2.01.0001', 'Pelaksanaan tugas forum koordinasi', '9 kali', rp(11052700)],
  ];
  const realisasi: Raw[][] = [
    ['Kode / Uraian Program/Kegiatan/Sub Kegiatan', 'Jumlah Anggaran', 'Realisasi (Rp)'],
    ['7.01.05 PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM', rp(18052700), rp(17996096)],
    ['7.01.05.2.01 Penyelenggaraan Urusan Pemerintahan Umum', rp(18052700), rp(17996096)],
    ['7.01.05.2.01.0001 Pelaksanaan Tugas Forum Koordinasi', rp(18052700), rp(17996096)],
  ];

  it('reports the kegiatan and sub kegiatan whose pagu differs, in the table that comes first', () => {
    const fs = run(paguBerbeda, book(grid('Rencana Aksi', rencana), grid('Realisasi Anggaran', realisasi)));
    expect(at(fs)).toEqual(['Rencana Aksi!D3', 'Rencana Aksi!D4']);
    expect(fs[0]).toMatchObject({ severity: 'error', stated: '11.052.700', expected: '18052700', related: ['Realisasi Anggaran!B3'] });
    expect(fs[0].message).toBe('Pagu kegiatan 7.01.05.2.01 di Rencana Aksi Rp 11.052.700 berbeda dengan di Realisasi Anggaran Rp 18.052.700.');
  });

  it('matches by name when one table has no codes, and reports the odd one out of three', () => {
    const noCodes: Raw[][] = [
      ['No', 'Program/Kegiatan/Sub Kegiatan', 'Pagu', 'Realisasi'],
      [1, 'Program Penyelenggaraan Urusan Pemerintahan Umum', rp(18052700), rp(17996096)],
      ['01', 'Penyelenggaraan Urusan Pemerintahan Umum', rp(18052700), rp(17996096)],
      [1, 'Pelaksanaan Tugas Forum Koordinasi', rp(18052700), rp(17996096)],
    ];
    const fs = run(paguBerbeda, book(grid('Rencana Aksi', rencana), grid('Realisasi Anggaran', realisasi), grid('Lampiran', noCodes)));
    expect(at(fs)).toEqual(['Rencana Aksi!D3', 'Rencana Aksi!D4']);
  });

  it('does not cross levels: a program never meets a kegiatan of the same name', () => {
    const a: Raw[][] = [
      ['No', 'Program/Kegiatan', 'Pagu', 'Realisasi'],
      [1, 'Program Penyelenggaraan Urusan Pemerintahan Umum', rp(500), rp(400)],
    ];
    const b: Raw[][] = [
      ['No', 'Program/Kegiatan', 'Pagu', 'Realisasi'],
      [1, 'Penyelenggaraan Urusan Pemerintahan Umum', rp(300), rp(200)],
    ];
    expect(run(paguBerbeda, book(grid('A', a), grid('B', b)))).toEqual([]);
  });
});

/* ------------------------------------------------------------------ rincian_selisih */

describe('rincian_selisih on a synthetic DPA rincian', () => {
  const rows: Raw[][] = [
    ['Rincian Belanja'],
    ['Kode Rekening', 'Uraian', 'Koefisien', 'Satuan', 'Harga', 'PPN', 'Jumlah'],
    ['5.1.02.01.01.0024', 'Belanja Alat Tulis Kantor', null, null, null, null, rp(3330000)],
    [null, 'Kertas HVS', 10, 'Rim', rp(55000), 11, rp(610500)],
    [null, 'Tinta printer', 4, 'Buah', rp(150000), 0, rp(650000)],
    [null, 'Honor narasumber', '2 Orang x 12 Bulan', 'OB', rp(85000), 0, rp(2040000)],
  ];

  it('reports the line whose jumlah is not koefisien × harga (+PPN)', () => {
    const fs = run(rincianSelisih, book(grid('DPA', rows)));
    expect(at(fs)).toEqual(['DPA!G5']);
    expect(fs[0]).toMatchObject({ severity: 'error', stated: '650.000', expected: '600000', related: ['C5', 'E5', 'F5'] });
    expect(fs[0].message).toBe('Jumlah rincian tertulis Rp 650.000, padahal koefisien 4 × harga Rp 150.000 = Rp 600.000.');
  });

  it('reads a koefisien typed as a product', () => {
    const c = { status: 'text', text: '2 Orang x 12 Bulan', display: '2 Orang x 12 Bulan', percent: false, fromText: false, decimals: 0 } as unknown as ValueCell;
    expect(koefisienValue(c)!.toString()).toBe('24');
  });
});

/* ------------------------------------------------------------------ capaian_hardcode */

describe('capaian_hardcode on a synthetic grid with formulas', () => {
  it('reports the typed capaian among formula cells, and nothing in a column without formulas', () => {
    const f = (value: number, formula: string): Cell => ({ value, formula });
    const rows: Raw[][] = [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Jumlah dokumen', 10, 10, f(100, 'D2/C2*100')],
      [2, 'Jumlah laporan', 5, 4, f(80, 'D3/C3*100')],
      [3, 'Jumlah kegiatan', 4, 3, 80],
      [4, 'Jumlah desa', 15, 15, f(100, 'D5/C5*100')],
      [5, 'Jumlah surat', 20, 20, f(100, 'D6/C6*100')],
    ];
    const fs = run(hardcodedCapaian, book(grid('Capaian', rows)));
    expect(at(fs)).toEqual(['Capaian!E4']);
    expect(fs[0]).toMatchObject({ rule: 'capaian_hardcode', severity: 'info', stated: '80' });
    expect(fs[0].message).toBe('Nilai capaian 80 di E4 diketik langsung di antara sel berumus; periksa apakah masih sesuai.');
    const typed: Raw[][] = rows.map(r => r.map(v => (v && typeof v === 'object' ? { value: v.value } : v)));
    expect(run(hardcodedCapaian, book(grid('Capaian', typed)))).toEqual([]);
  });
});

/* ------------------------------------------------------------------ the real corpus */

const CORPUS = path.resolve(__dirname, '../corpus');
const MINE = ['jumlah_selisih', 'kode_ganda', 'target_berbeda', 'satuan_berbeda', 'pagu_berbeda', 'rincian_selisih', 'capaian_hardcode'];
const RULES: CheckRule[] = [jumlahSelisih, kodeGanda, targetBerbeda, satuanBerbeda, paguBerbeda, rincianSelisih, hardcodedCapaian];
const WORKBOOKS = fs.readdirSync(CORPUS).filter(f => f.endsWith('.expected.json')).map(f => f.replace(/\.expected\.json$/, '')).sort();

/** The corpus answers narrowed to the findings whose rule is one of these (tables and values belong to other suites). */
function answersFor(name: string): Expected {
  const all = JSON.parse(fs.readFileSync(path.join(CORPUS, `${name}.expected.json`), 'utf8')) as Expected;
  return { ...all, tables: [], values: [], findings: all.findings.filter(f => MINE.includes(f.rule)) };
}

describe('cross-table rules on the real corpus, judged by the corpus scorer', () => {
  const cache = new Map<string, Promise<Finding[]>>();
  const findingsOf = (name: string) => {
    if (!cache.has(name)) {
      cache.set(name, readXlsxFile(path.join(CORPUS, `${name}.xlsx`)).then(wb => {
        const ctx = contextOf(wb);
        return RULES.flatMap(r => r(ctx));
      }));
    }
    return cache.get(name)!;
  };

  it('covers the six public workbooks, with findings of these rules to find', () => {
    expect(WORKBOOKS).toEqual(['000-V1', '000-V2', '001-V1', '001-V2', '002-V1', '002-V2']);
    expect(WORKBOOKS.flatMap(n => answersFor(n).findings).length).toBeGreaterThanOrEqual(30);
  });

  describe.each(WORKBOOKS)('%s', name => {
    const expected = answersFor(name);

    it('reports each answer of these rules on its own cell, not only on an alt cell', async () => {
      const got = new Set((await findingsOf(name)).map(f => `${f.rule} ${f.sheet}!${f.cell}`));
      const missing = expected.findings.map(f => `${f.rule} ${f.sheet}!${f.cell}`).filter(want => !got.has(want));
      expect(missing).toEqual([]);
    });

    it('finds every answer of these rules and puts none on a clean cell unless allowed', async () => {
      const s = score(expected, { tables: [], results: [], findings: await findingsOf(name) });
      expect({ findings: s.misses.findings, fp: s.misses.fp }).toEqual({ findings: [], fp: [] });
      expect(s.recall).toBe(s.recallTotal);
    });

    it('writes one short Indonesian sentence per finding, with id-ID numbers', async () => {
      expectGoodMessages(await findingsOf(name));
    });
  });
});
