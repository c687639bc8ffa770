import type { TableEvidence } from '../../src/layout/evidence';
import { decideKind } from '../../src/layout/kind';
import type { ColumnMapping } from '../../src/model/recognition';

/**
 * layout/kind.ts on its own: what a table is, from its column roles; the title and the sheet name only break
 * ties, and the arithmetic between values (the evidence) decides where no header word does. Titles are the
 * seed reports'.
 */
const col = (c: number): ColumnMapping => ({ col: c, header: '', reason: '', score: 1 });
const roles = (...names: string[]) => Object.fromEntries(names.map((r, i) => [r, col(i + 1)]));
const evidence = (e: { domains?: string[]; sumProven?: boolean }) => ({ domains: new Set(e.domains ?? []), sumProven: e.sumProven }) as unknown as TableEvidence;
const kindOf = (cols: Record<string, ColumnMapping>, title = '', sheet = 'Lembar1', ev?: TableEvidence) => {
  const d = decideKind(cols, title, sheet, ev);
  return d && [d.kind, d.altKinds];
};

describe('kind from the column roles', () => {
  it('seed 002 Tabel 44 (% Keuangan | % Fisik | % Efisiensi) is an efisiensi table', () => {
    expect(kindOf(roles('no', 'sasaran', 'serapan', 'fisik', 'efisiensi'), 'Realisasi Persentase Keuangan, Fisik dan Efisiensi Sasaran Strategis')).toEqual(['efisiensi', []]);
  });

  it('an efisiensi column alone, without serapan or capaian beside it, is not enough', () => {
    expect(kindOf(roles('uraian', 'efisiensi'))).toBeUndefined();
  });

  it('koefisien × harga, or harga with jumlah, is a DPA rincian', () => {
    expect(kindOf(roles('uraian', 'koefisien', 'satuan', 'harga', 'jumlah'))).toEqual(['dpa', []]);
    expect(kindOf(roles('uraian', 'harga', 'jumlah'))).toEqual(['dpa', []]);
  });

  it('volume and harga satuan beside a realisasi (an RKAKL realisation) are the realisation of that budget', () => {
    expect(kindOf(roles('kode', 'uraian', 'koefisien', 'satuan', 'harga', 'pagu', 'realisasi', 'sisa', 'persen'))).toEqual(['realisasi_anggaran', []]);
  });

  it('a monev with kinerja and budget side by side is a realisation of kinerja', () => {
    expect(kindOf(roles('indikator', 'target', 'pagu', 'realisasi', 'realisasi_anggaran'))).toEqual(['realisasi_kinerja', []]);
    // Target and realisasi beside a pagu with no realisasi anggaran: the realisasi is the budget's.
    expect(kindOf(roles('uraian', 'target', 'pagu', 'realisasi'))).toEqual(['realisasi_anggaran', []]);
  });

  it('seed 002 "No | Program | Pagu (Rp). | Realiasi (Rp). | Persentase Capaian (%)" is a budget realisation', () => {
    expect(kindOf(roles('no', 'uraian', 'pagu', 'realisasi', 'persen'), 'Perbandingan Program dan Kegiatan Tahun 2022 dan 2023')).toEqual(['realisasi_anggaran', []]);
    expect(kindOf(roles('uraian', 'pagu', 'persen'))).toEqual(['realisasi_anggaran', []]);
  });

  it('a target kas (cash plan) with its realisasi is a budget realisation too', () => {
    const d = decideKind(roles('uraian', 'target_kas', 'realisasi'), '', 'x')!;
    expect(d.kind).toBe('realisasi_anggaran');
    expect(d.confidence).toBeLessThan(decideKind(roles('uraian', 'pagu', 'realisasi'), '', 'x')!.confidence);
  });

  it('seed 001 Tabel 2.8 "NO | SASARAN | INDIKATOR SASARAN | TARGET" is a perjanjian kinerja', () => {
    expect(kindOf(roles('no', 'sasaran', 'indikator', 'target'), 'Perjanjian Kinerja tahun 2023')).toEqual(['perjanjian_kinerja', []]);
  });
});

describe('titles and sheet names break ties', () => {
  it('indicators with target and anggaran are a PK unless the title says Rencana Aksi', () => {
    expect(kindOf(roles('sasaran', 'indikator', 'target', 'pagu'))).toEqual(['perjanjian_kinerja', ['dpa']]);
    expect(kindOf(roles('sasaran', 'indikator', 'target', 'pagu'), 'Rencana Aksi Kecamatan Kalaena Tahun 2023')).toEqual(['dpa', ['perjanjian_kinerja']]);
  });

  it('the sheet name counts like a title: a pagu list on sheet "PK" is a PK, on "Lampiran" a DPA', () => {
    expect(kindOf(roles('no', 'uraian', 'pagu'), '', 'PK')).toEqual(['perjanjian_kinerja', ['dpa']]);
    expect(kindOf(roles('no', 'uraian', 'pagu'), '', 'Lampiran')).toEqual(['dpa', ['perjanjian_kinerja']]);
  });
});

describe('evidence from the values', () => {
  it('columns proven to be serapan, capaian and their difference make an efisiensi table with no header word', () => {
    expect(kindOf(roles('uraian', 'persen'), '', 'x', evidence({ domains: ['efisiensi'] }))).toEqual(['efisiensi', []]);
    expect(kindOf(roles('uraian', 'pagu'), '', 'x', evidence({ domains: ['efisiensi'] }))).toEqual(['dpa', ['perjanjian_kinerja']]);
  });

  it('a coded list whose parents are the sums of their children is a DPA, whatever the title says', () => {
    expect(kindOf(roles('kode', 'uraian', 'pagu'), 'Perjanjian Kinerja', 'PK', evidence({ sumProven: true }))).toEqual(['dpa', ['perjanjian_kinerja']]);
  });

  it('no value role at all: not a table', () => {
    expect(kindOf(roles('no', 'uraian', 'satuan', 'keterangan'))).toBeUndefined();
  });
});
