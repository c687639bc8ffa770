import { readBody } from '../../src/layout/body';
import { resolveColumns } from '../../src/layout/columns';
import { readHeader } from '../../src/layout/header';
import { decideKind } from '../../src/layout/kind';
import type { ColumnMapping } from '../../src/model/recognition';
import { SheetView } from '../../src/layout/sheet-view';
import { grid, type Raw } from '../helpers/grid';

/** The recognition core, module by module: header block, column roles, table kind, body rows. */

const L = (c: number) => String.fromCharCode(64 + c);
const letters = (cols: Record<string, ColumnMapping>) => Object.fromEntries(Object.entries(cols).map(([r, m]) => [r, L(m.col)]));
const view = (rows: Raw[][], merges: Parameters<typeof grid>[2] = []) => new SheetView(grid('Uji', rows, merges));
const col = (c: number, header = ''): ColumnMapping => ({ col: c, header, reason: '', score: 1 });

describe('header: the block of 1–3 rows above the body', () => {
  it('seed 002 (SIPD style): a merged two-row header "Tahun 2023" over Target / Realisasi / %, then a column-number row', () => {
    const v = view(
      [
        ['No', 'Sasaran', 'Indikator', 'Tahun 2023', null, null],
        [null, null, null, 'Target', 'Realisasi', '%'],
        [1, 2, 3, 4, 5, '6 = 5/4*100'],
        ['1.', 'Meningkatnya kualitas pelayanan publik', 'Tingkat kepuasan masyarakat', 80, 88.04, 110.05],
      ],
      [{ top: 1, left: 4, bottom: 1, right: 6 }],
    );
    const h = readHeader(v, 1)!;
    expect(h.rows).toEqual([1, 2]);
    expect(h.numbering?.row).toBe(3);
    expect(h.numbering?.labels.get(6)).toEqual({ label: '6', rule: '5/4*100' });
    expect(h.parts.get(5)).toEqual(['Tahun 2023', 'Realisasi']);
  });

  it('a data row is never a header', () => {
    const v = view([['1.', 'Indeks Kepuasan Masyarakat', 85, 80.5, 94.71]]);
    expect(readHeader(v, 1)).toBeUndefined();
  });
});

describe('columns: one role per column for the table', () => {
  const resolve = (rows: Raw[][]) => letters(resolveColumns(readHeader(view(rows), 1)!));

  it('earlier years keep their year; the realisasi year is the reporting year', () => {
    expect(resolve([['Indikator', 'Target 2022', 'Realisasi 2022', 'Capaian (%)', 'Target 2023', 'Realisasi 2023', 'Capaian (%)', 'Target 2024']])).toEqual({
      indikator: 'A', target_2022: 'B', realisasi_2022: 'C', capaian_2022: 'D', target: 'E', realisasi: 'F', capaian: 'G', target_2024: 'H',
    });
  });

  it('in a budget table "%" is the budget percentage; in a kinerja table it is the capaian', () => {
    expect(resolve([['Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', '%']])).toMatchObject({ pagu: 'B', realisasi: 'C', persen: 'D' });
    expect(resolve([['Indikator', 'Target', 'Realisasi', '%']])).toMatchObject({ target: 'B', realisasi: 'C', capaian: 'D' });
  });

  it('a second target for the end of the Renstra is target_renstra', () => {
    expect(resolve([['Indikator', 'Target', 'Realisasi', 'Capaian', 'Target Akhir Renstra']])).toMatchObject({ target: 'B', target_renstra: 'E' });
  });
});

describe('kind: from the roles, titles only break ties', () => {
  it('target, realisasi and capaian make a realisation table, with previous years beside it', () => {
    const d = decideKind({ indikator: col(1), target_2022: col(2), target: col(3), realisasi: col(4), capaian: col(5) }, '', 'Sheet1')!;
    expect(d.kind).toBe('realisasi_kinerja');
  });
  it('indikator + target + anggaran is a PK without any title; program + target + pagu is a DPA (rencana aksi) unless the title says PK', () => {
    expect(decideKind({ indikator: col(1), target: col(2), pagu: col(3) }, '', 'Lampiran')!.kind).toBe('perjanjian_kinerja');
    expect(decideKind({ uraian: col(1), target: col(2), pagu: col(3) }, 'Rencana Aksi 2023', 'RA')!.kind).toBe('dpa');
    expect(decideKind({ uraian: col(1), target: col(2), pagu: col(3) }, 'Perjanjian Kinerja 2023', 'PK')!.kind).toBe('perjanjian_kinerja');
  });
  it('pagu + realisasi is a budget realisation; efisiensi beside serapan is an efisiensi table', () => {
    expect(decideKind({ uraian: col(1), pagu: col(2), realisasi: col(3), persen: col(4) }, '', 'x')!.kind).toBe('realisasi_anggaran');
    expect(decideKind({ sasaran: col(1), serapan: col(2), capaian: col(3), efisiensi: col(4) }, '', 'x')!.kind).toBe('efisiensi');
  });
  it('no value role: not a table', () => {
    expect(decideKind({ no: col(1), uraian: col(2) }, '', 'x')).toBeUndefined();
  });
});

describe('body: rows, totals and the hierarchy', () => {
  it('seed 001 PK total 2.727.830.900: programs under codes, the JUMLAH row is a total', () => {
    const rows: Raw[][] = [
      ['7.01.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 2000000000],
      ['7.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 727830900],
      ['7.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 727830700],
      ['JUMLAH', null, 2727830900],
    ];
    const out = readBody({ view: view(rows), top: 1, bottom: 4, left: 1, right: 3, columns: { kode: col(1), uraian: col(2), pagu: col(3) } });
    expect(out.map(r => [r.kind, r.level, r.parent])).toEqual([
      ['data', 'program', undefined],
      ['data', 'kegiatan', 0],
      ['data', 'sub_kegiatan', 1],
      ['total', 'total', undefined],
    ]);
  });

  it('RATA-RATA is an average row; a heading without values is a group', () => {
    const rows: Raw[][] = [
      ['Sasaran 1: Meningkatnya kualitas pelayanan', null, null, null],
      ['Indeks Kepuasan Masyarakat', 85, 80.5, 94.71],
      ['Rata-rata capaian', null, null, 94.71],
    ];
    const out = readBody({ view: view(rows), top: 1, bottom: 3, left: 1, right: 4, columns: { indikator: col(1), target: col(2), realisasi: col(3), capaian: col(4) } });
    expect(out.map(r => r.kind)).toEqual(['group', 'data', 'average']);
  });
});
