/**
 * Efisiensi has several conflicting definitions (domain.md "Efisiensi"); every result names the one it used.
 */
import { Dec, HUNDRED, ZERO } from './decimal';
import { persenSisa, serapan as computeSerapan } from './anggaran';
import { formatId } from './number/format';

export type EfisiensiDefinition = 'sisa' | 'selisih' | 'rasio' | 'pmk';

export const EFISIENSI_DEFINITIONS: Record<EfisiensiDefinition, { name: string; formula: string; description: string }> = {
  sisa: {
    name: 'Efisiensi sebagai sisa anggaran',
    formula: '(pagu − realisasi)/pagu×100',
    description: 'Persentase anggaran yang tidak terpakai (penghematan) terhadap pagu.',
  },
  selisih: {
    name: 'Selisih capaian kinerja dan serapan anggaran',
    formula: 'capaian kinerja (%) − serapan anggaran (%)',
    description: 'Nilai positif berarti hasil kinerja lebih tinggi daripada persentase anggaran yang digunakan.',
  },
  rasio: {
    name: 'Rasio capaian kinerja terhadap serapan anggaran',
    formula: 'capaian kinerja (%)/serapan anggaran (%)',
    description: 'Nilai di atas 1 berarti efisien: setiap persen anggaran menghasilkan lebih dari satu persen capaian.',
  },
  pmk: {
    name: 'Efisiensi menurut PMK 249/2011',
    formula: 'E = rata-rata [1 − (biaya riil per keluaran/biaya rencana per keluaran)], E dibatasi ±20%; nilai = 50% + (E/20%)×50%',
    description: 'Aturan pemerintah pusat untuk evaluasi kinerja anggaran; disediakan sebagai pilihan.',
  },
};

export interface EfisiensiInput {
  pagu?: Dec;
  realisasiAnggaran?: Dec;
  capaianKinerja?: Dec;
  /** Serapan %; derived from pagu and realisasiAnggaran when absent. */
  serapan?: Dec;
  outputs?: { plannedCostPerUnit: Dec; realisedCostPerUnit: Dec }[];
}

/** For 'pmk', `e` is the efficiency E in % before clamping and `eClamped` the E actually used. */
export type EfisiensiResult =
  | { ok: true; value: Dec; formula: string; e?: Dec; eClamped?: Dec }
  | { ok: false; reason: string };

const PMK_BOUND = new Dec(20);
const FIFTY = new Dec(50);

export function hitungEfisiensi(def: EfisiensiDefinition, i: EfisiensiInput): EfisiensiResult {
  const label = `${def}: ${EFISIENSI_DEFINITIONS[def].formula}`;
  switch (def) {
    case 'sisa': {
      if (!i.pagu || !i.realisasiAnggaran) return { ok: false, reason: 'Efisiensi (sisa anggaran) memerlukan pagu dan realisasi anggaran.' };
      const r = persenSisa(i.pagu, i.realisasiAnggaran);
      return r.ok ? { ok: true, value: r.value, formula: label } : r;
    }
    case 'selisih':
    case 'rasio': {
      if (!i.capaianKinerja) return { ok: false, reason: `Efisiensi (${def}) memerlukan capaian kinerja (%).` };
      const s = serapanOf(i);
      if (!s.ok) return s;
      if (def === 'selisih') return { ok: true, value: i.capaianKinerja.minus(s.value), formula: label };
      if (s.value.isZero()) return { ok: false, reason: 'Serapan anggaran 0%; rasio capaian terhadap serapan tidak dapat dihitung (pembagian dengan nol).' };
      return { ok: true, value: i.capaianKinerja.div(s.value), formula: label };
    }
    case 'pmk':
      return pmk(i.outputs ?? [], label);
  }
}

function serapanOf(i: EfisiensiInput): { ok: true; value: Dec } | { ok: false; reason: string } {
  if (i.serapan) return { ok: true, value: i.serapan };
  if (i.pagu && i.realisasiAnggaran) return computeSerapan(i.realisasiAnggaran, i.pagu);
  return { ok: false, reason: 'Efisiensi memerlukan serapan anggaran (%) atau pagu dan realisasi anggaran.' };
}

function pmk(outputs: NonNullable<EfisiensiInput['outputs']>, label: string): EfisiensiResult {
  if (outputs.length === 0) return { ok: false, reason: 'Efisiensi PMK 249/2011 memerlukan biaya rencana dan biaya riil per keluaran.' };
  let sum = ZERO;
  for (const [n, o] of outputs.entries()) {
    if (!o.plannedCostPerUnit.isFinite() || o.plannedCostPerUnit.lte(0)) {
      return { ok: false, reason: `Biaya rencana per keluaran ke-${n + 1} bernilai 0 atau tidak sah; efisiensi PMK tidak dapat dihitung.` };
    }
    sum = sum.plus(new Dec(1).minus(o.realisedCostPerUnit.div(o.plannedCostPerUnit)));
  }
  const e = sum.div(outputs.length).times(HUNDRED);
  const eClamped = Dec.max(PMK_BOUND.neg(), Dec.min(PMK_BOUND, e));
  const value = FIFTY.plus(eClamped.div(PMK_BOUND).times(FIFTY));
  const note = eClamped.eq(e) ? '' : ` (E ${formatId(e, 2)}% dibatasi menjadi ${formatId(eClamped, 2)}%)`;
  return { ok: true, value, formula: label + note, e, eClamped };
}

/** SAKIP evaluation (LKE): efficiency may only be claimed when capaian kinerja reaches 100%. */
export function efisiensiDapatDiklaim(capaianKinerja: Dec): { ok: boolean; reason: string } {
  const c = formatId(capaianKinerja, 2);
  if (capaianKinerja.gte(HUNDRED)) {
    return { ok: true, reason: `Capaian kinerja ${c}% mencapai 100% atau lebih; efisiensi dapat diklaim.` };
  }
  return {
    ok: false,
    reason: `Capaian kinerja ${c}% di bawah 100%; menurut kriteria evaluasi SAKIP (LKE) efisiensi tidak dapat diukur atau diklaim.`,
  };
}
