import type { HeaderBlock } from './header';
import type { ColumnMapping } from './model';

const YEARED = new Set(['target', 'realisasi', 'capaian', 'persen', 'kategori', 'pagu', 'satuan']);

/**
 * Turns per-column guesses into one role per column for the table:
 * - the latest year is the reporting year; earlier years' columns become 'target_2022' etc.;
 * - a capaian column without a year belongs to the target/realisasi just before it;
 * - in budget tables a 'capaian'/'%' column is the budget percentage, in kinerja tables '%' is capaian;
 * - in efisiensi tables percentages of money are serapan.
 */
export function resolveColumns(h: HeaderBlock): Record<string, ColumnMapping> {
  const g = h.guesses.map(x => ({ ...x }));
  const has = (role: string) => g.some(x => x.role === role);
  const isBudget = has('pagu') || (has('realisasi') && !has('target') && !has('capaian')) || has('target_kas');
  const isEfisiensi = has('efisiensi');
  const isKinerja = has('target') && (has('realisasi') || has('capaian') || g.some(x => /realisasi/i.test(x.header)));

  // "Realisasi (%)" in a kinerja table is the realisasi of a percentage indicator, not a budget share.
  if (has('target') && !has('pagu') && !has('realisasi')) {
    const r = g.find(x => x.role === 'persen' && /realisasi|realiasi/i.test(x.header));
    if (r) r.role = 'realisasi';
  }
  // K/Rp pairs already say which half is money; the conversions below are for single columns.
  const paired = g.some(x => x.pair === 'k');
  for (const x of g) {
    if (paired && x.pairRole) {
      x.role = x.pairRole;
      x.reason = x.pairReason ?? x.reason;
    }
  }
  for (const x of paired ? [] : g) {
    if (isEfisiensi) {
      if (x.role === 'persen' || (x.role === 'realisasi' && x.percentHeader)) x.role = 'serapan';
    } else if (isBudget && !(isKinerja && !has('pagu'))) {
      if (x.role === 'capaian') x.role = 'persen';
    } else if (isKinerja && x.role === 'persen') {
      x.role = 'capaian';
    }
  }

  // Years: a capaian or kategori column inherits the year of the nearest value column before it.
  let lastYear: number | undefined;
  for (const x of g.sort((a, b) => a.col - b.col)) {
    if (x.year !== undefined && (x.role === 'target' || x.role === 'realisasi' || x.role === 'pagu')) lastYear = x.year;
    else if (x.year === undefined && (x.role === 'capaian' || x.role === 'persen') && lastYear !== undefined) x.year = lastYear;
  }
  const years = g.filter(x => YEARED.has(x.role) && x.year !== undefined).map(x => x.year!);
  const mainYear = years.length ? Math.max(...years) : undefined;
  for (const x of g) {
    if (YEARED.has(x.role) && x.year !== undefined && mainYear !== undefined && x.year < mainYear) x.role = `${x.role}_${x.year}`;
  }

  // One column per role: the best score, then the leftmost (keeps "Realisasi" before a later duplicate).
  const out: Record<string, ColumnMapping> = {};
  const order = [...g].sort((a, b) => b.score - a.score || a.col - b.col);
  const usedCols = new Set<number>();
  for (const x of order) {
    if (out[x.role] || usedCols.has(x.col)) continue;
    const numbered = h.numbering?.labels.get(x.col);
    const rule = numbered?.rule ?? ruleInHeader(x.header);
    out[x.role] = {
      col: x.col, header: x.header, reason: x.reason, score: x.score, percentHeader: x.percentHeader,
      ...(rule ? { rule: rule.replace(/[()\s]/g, '') } : {}),
      ...(numbered ? { numberLabel: numbered.label } : {}),
    };
    usedCols.add(x.col);
  }

  // A lone program or kegiatan column is the table's name column.
  if (!out.uraian && !out.indikator) {
    const lone = out.program && !out.kegiatan ? 'program' : out.kegiatan && !out.program ? 'kegiatan' : undefined;
    if (lone) {
      out.uraian = { ...out[lone], reason: out[lone].reason + '; satu-satunya kolom nama, dipakai sebagai uraian' };
      delete out[lone];
    }
  }
  return out;
}

/** A rule written inside a header cell: "Efisiensi (5=3-4)", "Capaian 16 = 14/4*100". */
function ruleInHeader(header: string): string | undefined {
  const m = /(\d+)\s*=\s*([\d()\s+\-*/x×]+)/.exec(header);
  return m ? `${m[1]}=${m[2]}`.split('=')[1] : undefined;
}
