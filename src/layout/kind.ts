import { lexicon } from '../lexicon';
import type { TableKind } from '../model/report';
import type { TableEvidence } from './evidence';
import type { ColumnMapping } from '../model/recognition';
import { words } from './text';

export interface KindDecision {
  kind: TableKind;
  altKinds: TableKind[];
  confidence: number;
  note: string;
}

/**
 * Decides what a table is from its column roles (from header words and from the arithmetic between
 * values), with the title and sheet name only breaking ties. Columns of other years and other targets
 * ('target_2022', 'target_renstra', 'target_berikut') carry their own role names, so they never make a realisation table
 * into a PK.
 */
export function decideKind(cols: Record<string, ColumnMapping>, title: string, sheetName: string, evidence?: TableEvidence): KindDecision | undefined {
  const has = (r: string) => !!cols[r];
  const proven = (domain: 'kinerja' | 'anggaran' | 'efisiensi') => !!evidence?.domains.has(domain);
  const context = words(`${title} ${sheetName}`);
  // Title words per kind: the lexicon's "titles".
  const saysPk = lexicon.titleWords.perjanjian_kinerja.test(context);
  const saysDpa = lexicon.titleWords.dpa.test(context);
  const named = has('uraian') || has('indikator') || has('program') || has('kegiatan') || has('sasaran') || has('tahun');
  const base = named ? 0.9 : 0.7;

  if ((has('efisiensi') && (has('serapan') || has('capaian') || has('fisik'))) || (proven('efisiensi') && !has('pagu'))) {
    return { kind: 'efisiensi', altKinds: [], confidence: base + 0.05, note: 'ada kolom efisiensi beserta capaian/serapan' };
  }
  // A rincian belanja (koefisien × harga); with a realisasi beside it, it is the realisation of that budget.
  if ((has('koefisien') || (has('harga') && has('jumlah'))) && !has('realisasi') && !has('realisasi_anggaran')) {
    return { kind: 'dpa', altKinds: [], confidence: base, note: 'rincian belanja: koefisien × harga' };
  }
  // Kinerja and budget side by side (target and realisasi, pagu and realisasi anggaran): a monev of both.
  if (has('target') && (has('capaian') || (has('realisasi') && (!has('pagu') || has('realisasi_anggaran'))))) {
    return { kind: 'realisasi_kinerja', altKinds: [], confidence: base + (has('capaian') ? 0.05 : 0), note: 'target, realisasi dan capaian kinerja' };
  }
  if (has('pagu') && (has('realisasi') || has('persen'))) {
    return { kind: 'realisasi_anggaran', altKinds: [], confidence: base + 0.05, note: 'pagu dan realisasi anggaran' };
  }
  if (has('realisasi') && has('target_kas')) {
    return { kind: 'realisasi_anggaran', altKinds: [], confidence: base - 0.1, note: 'target keuangan dan realisasi anggaran' };
  }
  if (has('target') && has('pagu')) {
    // Indicators with targets and a budget: the PK's shape, whatever the title says.
    if ((has('indikator') || has('sasaran')) && !has('uraian') && !saysDpa) {
      return { kind: 'perjanjian_kinerja', altKinds: ['dpa'], confidence: base - 0.05, note: 'sasaran/indikator dengan target dan anggaran' };
    }
    return saysPk && !saysDpa
      ? { kind: 'perjanjian_kinerja', altKinds: ['dpa'], confidence: base - 0.05, note: 'target dan pagu, judul menyebut perjanjian kinerja' }
      : { kind: 'dpa', altKinds: ['perjanjian_kinerja'], confidence: base - 0.1, note: 'target dan pagu per program/kegiatan (rencana aksi/DPA)' };
  }
  if (has('target')) {
    return { kind: 'perjanjian_kinerja', altKinds: [], confidence: base, note: 'indikator dengan target' };
  }
  if (has('pagu') && evidence?.sumProven) {
    return { kind: 'dpa', altKinds: ['perjanjian_kinerja'], confidence: base - 0.1, note: 'daftar berkode dengan pagu yang induknya sama dengan jumlah rinciannya' };
  }
  if (has('pagu')) {
    return saysPk
      ? { kind: 'perjanjian_kinerja', altKinds: ['dpa'], confidence: base - 0.1, note: 'anggaran program dalam perjanjian kinerja' }
      : { kind: 'dpa', altKinds: ['perjanjian_kinerja'], confidence: base - 0.05, note: 'pagu per program/kegiatan' };
  }
  return undefined;
}
