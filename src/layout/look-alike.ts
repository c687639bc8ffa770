import { lexicon } from '../lexicon';
import { columnLetter } from '../model/address';
import type { ColumnMapping, TableRow } from '../model/recognition';
import type { SampleMatrix } from './column-profile';
import type { TableEvidence } from './evidence';
import { VALUE_ROLES } from './header';

/**
 * Tables that look like report tables but are not one: population statistics, inventories. Their numbers hold
 * relations a report table also holds (L + P = Jumlah reads as pagu = realisasi + sisa; jumlah × harga as a
 * DPA line), so the arithmetic alone would take them. Each rule below names the evidence that the reading does
 * not fit; a table it catches is left out with a notice saying why, never silently.
 */

/** What the rules read of a table that has been built. */
export interface LookAlikeInput {
  kind: string;
  columns: Record<string, ColumnMapping>;
  rows: TableRow[];
  evidence: TableEvidence;
  matrix: SampleMatrix;
}

/** Share of rows a rule needs, and the fewest rows it decides on (as for relations). */
const MOST = 0.6;
const MIN_ROWS = 3;
/** No percentage of a report (capaian, serapan, efisiensi) comes near this; population counts and rupiah do. */
const NO_PERCENTAGE_ABOVE = 1000;
const PERCENT_ROLES = new Set(['capaian', 'serapan', 'efisiensi', 'persen', 'persen_sisa', 'fisik']);

/** The reason (Indonesian, for the notice) why this is not a report table, or undefined when it may be one. */
export function lookAlikeReason(t: LookAlikeInput): string | undefined {
  return ageBandRows(t) ?? percentagesThatAreNot(t) ?? countNotAmount(t);
}

/** Value roles that came from header words; the rules on value-only readings apply when there is none. */
function rolesFromWords(t: LookAlikeInput): string[] {
  return Object.keys(t.columns).filter(r => VALUE_ROLES.has(r.replace(/_\d{4}$/, '')) && !t.evidence.fromValues.includes(r));
}

/**
 * Rows labelled by age bands (0 - 4, 5 - 9, 10 - 14, …, 75+) in a table read from its values alone: a
 * population table (Profil Kesehatan, Sensus Penduduk). Report rows are programs, kegiatan, indicators or
 * rekening, never a run of contiguous number bands.
 */
function ageBandRows(t: LookAlikeInput): string | undefined {
  if (rolesFromWords(t).length) return undefined;
  const data = t.rows.filter(r => r.kind === 'data');
  let banded = 0;
  let contiguous = 0;
  let prevHigh: number | undefined;
  const shown: string[] = [];
  for (const r of data) {
    const label = r.label.trim();
    const m = lexicon.words.ageBand.exec(label);
    if (!m) {
      if (lexicon.words.ageBandOpen.test(label)) banded++;
      prevHigh = undefined;
      continue;
    }
    const low = Number(m[1]);
    const high = Number(m[2]);
    if (!(high > low)) {
      prevHigh = undefined;
      continue;
    }
    banded++;
    // "0 - 4 | 5 - 9" and "0 - 5 | 5 - 10" both follow on.
    if (prevHigh !== undefined && (low === prevHigh + 1 || low === prevHigh)) contiguous++;
    prevHigh = high;
    if (shown.length < 3) shown.push(label);
  }
  if (contiguous + 1 < MIN_ROWS || banded < data.length * MOST) return undefined;
  return `baris-barisnya adalah kelompok umur (${shown.join(', ')}, …), sehingga ini tabel data penduduk, bukan tabel laporan`;
}

/**
 * A reading from values alone that calls a column a percentage (capaian, serapan, efisiensi) whose values are
 * in the thousands: the relation holds between counts or amounts (L = Jumlah − P), not between percentages
 * as the kind requires.
 */
function percentagesThatAreNot(t: LookAlikeInput): string | undefined {
  if (rolesFromWords(t).length) return undefined;
  for (const [role, m] of Object.entries(t.columns)) {
    if (!PERCENT_ROLES.has(role) || !t.evidence.fromValues.includes(role)) continue;
    const p = t.evidence.profiles.get(m.col);
    if (!p || p.percent || p.numeric < MIN_ROWS || !(p.median > NO_PERCENTAGE_ABOVE)) continue;
    return `kolom ${columnLetter(m.col)} hanya cocok sebagai ${role} dari hubungan antarangka, tetapi nilainya (median ${Math.round(p.median)}) bukan persentase`;
  }
  return undefined;
}

/**
 * "Jumlah | Satuan | Harga Satuan | Nilai Perolehan" (Kartu Inventaris Barang): the Jumlah is the number of
 * items, below its unit price on most rows. In a DPA line the Jumlah is money, koefisien × harga, never below
 * the harga; without a koefisien column and with a Jumlah below the harga this is not a DPA.
 */
function countNotAmount(t: LookAlikeInput): string | undefined {
  const jumlah = t.columns.jumlah;
  const harga = t.columns.harga;
  if (t.kind !== 'dpa' || !jumlah || !harga || t.columns.koefisien) return undefined;
  const j = t.matrix.cols.indexOf(jumlah.col);
  const h = t.matrix.cols.indexOf(harga.col);
  if (j < 0 || h < 0) return undefined;
  let tested = 0;
  let below = 0;
  for (const row of t.matrix.values) {
    const a = row[j];
    const b = row[h];
    if (a === undefined || b === undefined || !(b > 0)) continue;
    tested++;
    if (a < b) below++;
  }
  if (tested < MIN_ROWS || below < tested * MOST) return undefined;
  return `kolom ${columnLetter(jumlah.col)} ("${jumlah.header}") lebih kecil daripada harga satuannya pada ${below} dari ${tested} baris: isinya banyaknya barang, bukan jumlah rupiah rincian belanja, sehingga ini bukan DPA`;
}
