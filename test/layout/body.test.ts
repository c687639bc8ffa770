import { readBody } from '../../src/layout/body';
import type { ColumnMapping, TableRow } from '../../src/model/recognition';
import { SheetView } from '../../src/layout/sheet-view';
import { grid, type Raw } from '../helpers/grid';

/**
 * layout/body.ts on its own: each body row's kind (data, total, average, group, numbering, blank), its level and
 * its parent, from codes, then No markers, then the words Program / Kegiatan, then bold type. Rows are the seed
 * reports' (test/corpus/seeds and shared/seeds) unless said otherwise.
 */
const col = (c: number): ColumnMapping => ({ col: c, header: '', reason: '', score: 1 });
function body(rows: Raw[][], roles: string[]): TableRow[] {
  const columns = Object.fromEntries(roles.map((r, i) => [r, col(i + 1)]).filter(([r]) => r !== '-'));
  return readBody({ view: new SheetView(grid('Uji', rows)), top: 1, bottom: rows.length, left: 1, right: roles.length, columns });
}
const shape = (rows: TableRow[]) => rows.map(r => [r.kind, r.parent ?? null]);

describe('row kinds', () => {
  it('seed 002 programs with No markers "1." … "5." and the JUMLAH row', () => {
    const rows = body(
      [
        ['1.', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 'Rp. 10.531.067.845,-', 'Rp. 9.669.023.077,-'],
        ['2.', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 'Rp. 38.489.280,-', 'Rp. 29.915.670,-'],
        ['3', 'Program Koordinasi dan Ketentraman dan Ketertiban Umum', 'Rp. 7.965.540,-', 'Rp. 7.705.000,-'],
        ['JUMLAH', null, 'Rp. 11.682.514.802,-', 'Rp. 10.904.945.967,-'],
      ],
      ['no', 'uraian', 'pagu', 'realisasi'],
    );
    expect(rows.map(r => [r.kind, r.level, r.marker ?? null])).toEqual([
      ['data', 'program', '1.'], ['data', 'program', '2.'], ['data', 'program', '3'], ['total', 'total', 'JUMLAH'],
    ]);
  });

  it('a blank row and a column-number row inside the body are neither data nor headings', () => {
    const rows = body([[1, 2, 3, 4], [null, null, null, null], ['1', 'Indeks Kepuasan Masyarakat', 85, 80.5]], ['no', 'indikator', 'target', 'realisasi']);
    expect(rows.map(r => r.kind)).toEqual(['numbering', 'blank', 'data']);
  });

  it('"Rata-rata Capaian Kinerja" (seed 002) with no target or realisasi of its own is an average row; "Rata-rata waktu penyelesaian" with them is an indicator', () => {
    const rows = body(
      [
        ['1.', 'Rata-rata waktu penyelesaian pelayanan', 3, 2.5, 83.33],
        [null, 'Rata-rata Capaian Kinerja', null, null, 82.6],
      ],
      ['no', 'indikator', 'target', 'realisasi', 'capaian'],
    );
    expect(rows.map(r => r.kind)).toEqual(['data', 'average']);
  });

  it('seed 001 "REALISASI TAHUNAN" with only a percentage and no inputs is a summary line, not a row with missing values', () => {
    const rows = body(
      [
        ['1', 'Jumlah dokumen perencanaan', 5, 5, 100],
        [null, 'REALISASI TAHUNAN', null, null, 98.66],
      ],
      ['no', 'indikator', 'target', 'realisasi', 'capaian'],
    );
    expect(rows.map(r => r.kind)).toEqual(['data', 'group']);
  });

  it('a sub kegiatan code without values is a missing line (data), a kegiatan code without values a heading', () => {
    const rows = body(
      [
        ['7.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', null],
        ['7.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', null],
        ['7.01.01.2.01.0006', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja', 12500000],
      ],
      ['kode', 'uraian', 'pagu'],
    );
    expect(rows.map(r => [r.kind, r.level])).toEqual([['group', 'kegiatan'], ['data', 'sub_kegiatan'], ['data', 'sub_kegiatan']]);
  });
});

describe('the hierarchy', () => {
  it('seed 001 Realisasi Anggaran: codes typed before the name (SIPD) are split off and nest by prefix', () => {
    const rows = body(
      [
        ['7.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 2581826400, 2500000000],
        ['7.01.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 25000000, 24000000],
        ['7.01.01.2.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah', 12500000, 12000000],
        ['7.01.01.2.02 Administrasi Keuangan Perangkat Daerah', 2556826400, 2476000000],
      ],
      ['uraian', 'pagu', 'realisasi'],
    );
    expect(rows.map(r => [r.code, r.label, r.level, r.depth, r.parent ?? null])).toEqual([
      ['7.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'program', 0, null],
      ['7.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'kegiatan', 1, 0],
      ['7.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 'sub_kegiatan', 2, 1],
      ['7.01.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 'kegiatan', 1, 0],
    ]);
  });

  it('No markers I. / A. / 1. nest in the order they first appear', () => {
    const rows = body(
      [
        ['I', 'Program Penunjang', 900, 800],
        ['A.', 'Kegiatan Perencanaan', 500, 450],
        ['1', 'Penyusunan Dokumen', 200, 200],
        ['2', 'Evaluasi', 300, 250],
        ['B.', 'Kegiatan Keuangan', 400, 350],
        ['1', 'Gaji', 400, 300],
      ],
      ['no', 'uraian', 'pagu', 'realisasi'],
    );
    expect(shape(rows)).toEqual([['data', null], ['data', 0], ['data', 1], ['data', 1], ['data', 0], ['data', 4]]);
  });

  it('"I." after "H." is the ninth kegiatan letter, not a roman program number', () => {
    const letters = 'ABCDEFGHIJ'.split('');
    const rows = body(
      [['1.', 'Program Penunjang Urusan', 1000, 900], ...letters.map((l, i) => [`${l}.`, `Kegiatan ${l}`, 100 + i, 90 + i] as Raw[])],
      ['no', 'uraian', 'pagu', 'realisasi'],
    );
    expect(rows.map(r => r.parent ?? null)).toEqual([null, ...letters.map(() => 0)]);
    expect(rows[9]).toMatchObject({ marker: 'I.', depth: 1, parent: 0 });
  });

  it('without codes or markers, the words Program / Kegiatan / Sub Kegiatan give the levels', () => {
    const rows = body(
      [
        ['Program Pemberdayaan Masyarakat Desa dan Kelurahan', 92001600],
        ['Kegiatan Koordinasi Kegiatan Pemberdayaan Desa', 92001600],
        ['Sub Kegiatan Peningkatan Partisipasi Masyarakat', 10164300],
        ['Sub Kegiatan Peningkatan Efektifitas Kegiatan', 81837300],
      ],
      ['uraian', 'pagu'],
    );
    expect(rows.map(r => [r.level, r.parent ?? null])).toEqual([['program', null], ['kegiatan', 0], ['sub_kegiatan', 1], ['sub_kegiatan', 1]]);
  });

  it('seed 001 Rencana Aksi shows levels only in bold: bold lines are the parents of the plain lines under them', () => {
    const b = (value: string) => ({ value, bold: true });
    const rows = body(
      [
        [b('Koordinasi Kegiatan Pemberdayaan Desa'), '100%', 92001600],
        ['Peningkatan partisipasi masyarakat', '140 orang', 10164300],
        ['Peningkatan efektifitas kegiatan', '49 orang', 81837300],
        [b('Penyelenggaraan urusan pemerintahan umum'), '100%', 11052700],
        ['Pelaksanaan tugas forum koordinasi', '9 kali', 11052700],
      ],
      ['uraian', 'target', 'pagu'],
    );
    expect(rows.map(r => [r.depth, r.parent ?? null])).toEqual([[0, null], [1, 0], [1, 0], [0, null], [1, 3]]);
  });

  it('a line without values at the level of lines with values is a missing line, not a heading', () => {
    const rows = body(
      [
        ['1.', 'Indeks Kepuasan Masyarakat', 85, 80.5],
        ['2.', 'Nilai Akuntabilitas Kinerja Instansi Pemerintah', null, null],
        ['3.', 'Persentase pengaduan yang ditangani', 100, 100],
      ],
      ['no', 'indikator', 'target', 'realisasi'],
    );
    expect(rows.map(r => r.kind)).toEqual(['data', 'data', 'data']);
  });
});
