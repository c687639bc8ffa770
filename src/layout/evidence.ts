import { lexicon } from '../lexicon';
import { columnLetter } from '../model/address';
import { sampleMatrix, sampleRows, type ColumnProfile, type SampleMatrix } from './column-profile';
import type { ColumnMapping } from '../model/recognition';
import { agrees, findRelations, isStrong, measure, MAJORITY, MIN_ROWS, type Relation, type RelationKind } from './relations';
import { isAncestorCode, isCode, splitCode } from './codes';
import type { SheetView } from './sheet-view';
import { cellText } from './text';
import { fractionColumnOf, fractionReading, missingFractions } from './fraction-columns';
import { SCALE_PRESETS } from '../engine/kategori/presets';

/**
 * Weighs what a table's values say against what its header words say. Header words are a hint; the
 * value types and the arithmetic between columns are the proof:
 * - a derived column the header names (capaian, persentase, sisa, efisiensi) is confirmed when its
 *   relation to its inputs holds on most rows, and said out loud when it does not;
 * - columns the header did not name get their role from relations that hold on most rows;
 * - numeric columns nobody could read are listed, so nothing is skipped silently.
 */

type Domain = 'kinerja' | 'anggaran' | 'efisiensi';

/** How a relation reads in the domain: which roles its derived column and inputs play. */
interface Reading {
  kind: RelationKind;
  out: string;
  a: string;
  b: string;
  domain: Domain;
}

/** Readings of one domain, written "kind out a b; …" (out = f(a, b) as relations.ts defines each kind). */
function readingsOf(domain: Domain, list: string): Reading[] {
  return list.split(';').map(x => {
    const [kind, out, a, b] = x.trim().split(/\s+/);
    return { kind: kind as RelationKind, out, a, b, domain };
  });
}

const READINGS: Reading[] = [
  ...readingsOf('kinerja', 'ratio capaian target realisasi'),
  ...readingsOf('anggaran', 'ratio persen pagu realisasi; ratio serapan pagu realisasi; ratio persen pagu realisasi_anggaran'),
  ...readingsOf('anggaran', 'difference sisa pagu realisasi; difference sisa pagu realisasi_anggaran; difference selisih pagu realisasi; difference selisih target_kas realisasi; difference lebih realisasi pagu'),
  ...readingsOf('efisiensi', 'difference efisiensi capaian serapan; difference efisiensi fisik serapan'),
  ...readingsOf('anggaran', 'share_of_difference persen_sisa pagu realisasi; product jumlah koefisien harga'),
];

const NAME_ROLES = ['uraian', 'indikator', 'program', 'kegiatan', 'sasaran', 'tahun'];

export interface ConfirmedReading {
  reading: Reading;
  relation: Relation;
  /** Roles this reading gave to columns the header did not name. */
  assigned: string[];
}

export interface TableEvidence {
  profiles: Map<number, ColumnProfile>;
  relations: Relation[];
  /** Readings that hold, confirming header roles or naming columns. */
  readings: ConfirmedReading[];
  /** Share of tested rows on which the table's derived columns agree with their inputs (0..1), or undefined with no derived column. */
  agreement?: number;
  /** Derived columns the header names whose values do not follow from their inputs. */
  disagreeing: string[];
  /** Percentages stored as fractions without a % format, read × 100 (fraction-columns.ts). */
  fractions?: { role: string; relation: Relation }[];
  /** Quantity columns no header word or relation could place. */
  unread: number[];
  /** The roles that came from values rather than header words. */
  fromValues: string[];
  domains: Set<Domain>;
  /** Parents proven to be the sums of their children (a DPA list read from its amounts). */
  sumProven?: boolean;
}

/**
 * Reads the sampled body, confirms and completes the column roles. Returns the completed columns and
 * the evidence behind them. A role from the header's words stays unless the values prove another
 * reading on most rows: a percentage under a generic word, one whose formula the values contradict,
 * or one of several columns with the same words.
 */
export function weighEvidence(
  view: SheetView,
  columns: Record<string, ColumnMapping>,
  body: { top: number; bottom: number; left: number; right: number },
  matrix: SampleMatrix = sampleBody(view, body),
): { columns: Record<string, ColumnMapping>; evidence: TableEvidence; matrix: SampleMatrix } {
  const profiles = new Map(matrix.profiles.map(p => [p.col, p]));
  const relations = findRelations(matrix);
  const out: Record<string, ColumnMapping> = { ...columns };
  const roleAt = new Map<number, string>();
  for (const [role, m] of Object.entries(out)) roleAt.set(m.col, role);

  const evidence: TableEvidence = { profiles, relations, readings: [], disagreeing: [], unread: [], fromValues: [], domains: new Set() };

  // 0. "Kinerja | Keuangan | Rp." under one "Realisasi": a column the words call realisasi whose values
  // are the realisasi anggaran over the pagu × 100 on most rows is that amount's percentage.
  percentUnderRealisasi(out, roleAt, relations, profiles);

  // 1. Confirm (or doubt) what the header says. One row that holds confirms a header's reading; the
  // header's reading is doubted only when most of at least MIN_ROWS rows contradict it.
  const measured: Relation[] = [];
  for (const reading of READINGS) {
    for (const suffix of suffixesOf(out, reading.out)) {
      const o = out[reading.out + suffix];
      const a = out[reading.a + suffix];
      const b = out[reading.b + suffix];
      if (!o || !a || !b) continue;
      let rel = measure(matrix, reading.kind, o.col, a.col, b.col);
      if (!rel) continue;
      if (rel.share < MAJORITY) {
        // Several columns carry the same header words: the one the arithmetic supports is the role's.
        const better = preferAlternate(matrix, reading, suffix, out, rel);
        if (better) rel = better;
      }
      if (rel.share < MAJORITY && reading.kind === 'ratio' && out[reading.out + suffix] === o) {
        // The bare ratio on most rows: the percentage is stored as a fraction, read × 100 from here on.
        const fr = fractionReading(matrix, profiles.get(o.col), o.col, a.col, b.col, rel);
        if (fr) {
          rel = fr;
          out[reading.out + suffix] = { ...o, fraction: true };
          (evidence.fractions ??= []).push({ role: reading.out + suffix, relation: fr });
        }
      }
      measured.push(rel);
      if (rel.share >= MAJORITY) {
        evidence.readings.push({ reading: { ...reading, out: reading.out + suffix, a: reading.a + suffix, b: reading.b + suffix }, relation: rel, assigned: [] });
        evidence.domains.add(reading.domain);
      } else if (rel.tested >= MIN_ROWS && rel.share < 0.5) {
        evidence.disagreeing.push(reading.out + suffix);
      }
    }
  }
  // 1a. A derived role the values contradict, while another column holds exactly its formula over
  // the same inputs ("Porsi (%)" read as the percentage beside "Kinerja Serapan (%)"): the role moves.
  for (const role of [...evidence.disagreeing]) {
    const rd = READINGS.find(x => x.out === role && out[x.a] && out[x.b]);
    if (!rd) continue;
    const rel = relations.find(r => isStrong(r) && r.kind === rd.kind && r.a === out[rd.a].col && r.b === out[rd.b].col && r.out !== out[role].col && (!roleAt.has(r.out) || SOFT_ROLES.has(roleAt.get(r.out)!)));
    if (!rel) continue;
    const from = out[role];
    const prior = roleAt.get(rel.out);
    if (prior && out[prior]?.col === rel.out) delete out[prior];
    roleAt.delete(from.col);
    out[role] = { col: rel.out, header: view.headerText(body.top - 1, rel.out) || columnLetter(rel.out), reason: `${role} = f(${rd.a}, ${rd.b}) berlaku pada ${rel.holds} dari ${rel.tested} baris di kolom ini, bukan di kolom ${columnLetter(from.col)} ("${from.header}")`, score: 0.85 };
    roleAt.set(rel.out, role);
    evidence.disagreeing = evidence.disagreeing.filter(r => r !== role);
    evidence.readings.push({ reading: rd, relation: rel, assigned: [role] });
    evidence.domains.add(rd.domain);
  }
  // 1b. Kinerja and anggaran side by side ("Target | Capaian | % | Anggaran | Realisasi | %"): the
  // budget reading's realisasi is the realisasi anggaran, which leaves 'realisasi' to the indicator.
  if (out.target && !evidence.readings.some(x => x.reading.domain === 'kinerja')) {
    const budget = evidence.readings.find(x => x.reading.domain === 'anggaran' && x.reading.b === 'realisasi');
    if (budget && !out.realisasi_anggaran) {
      out.realisasi_anggaran = { ...out.realisasi, reason: `${out.realisasi.reason}; realisasi anggaran di samping kolom kinerja` };
      roleAt.set(out.realisasi.col, 'realisasi_anggaran');
      delete out.realisasi;
      budget.reading = { ...budget.reading, b: 'realisasi_anggaran', out: budget.reading.out === 'serapan' ? 'persen' : budget.reading.out };
      if (budget.reading.out === 'persen' && out.serapan && out.serapan.col === budget.relation.out) {
        // A "persen" the header gave elsewhere ("Capaian" converted for a budget table) is left for the values.
        if (out.persen && out.persen.col !== out.serapan.col) roleAt.delete(out.persen.col);
        out.persen = out.serapan;
        roleAt.set(out.serapan.col, 'persen');
        delete out.serapan;
      }
    }
  }
  // 1c. "Capaian Kinerja (%) | Realisasi Anggaran (%) | Selisih (%)" with no amounts in the table: the
  // column that is the capaian minus another percentage on most rows is the efisiensi.
  efisiensiOfPercentages(view, out, roleAt, relations, profiles, evidence, body.top - 1);
  // 1d. "Jumlah Anggaran | Jumlah Realisasi | Bertambah/(Kurang)" with no pagu murni: a change column whose
  // values are the pagu minus the realisasi (or the reverse) on most rows is the sisa (or the lebih), not a change of the pagu.
  changeIsSisa(out, roleAt, relations, evidence);
  // 1e. "Lebih/(Kurang)" of an LRA is realisasi − anggaran (PP 71/2010), where a budget monitor's "Selisih"
  // is what is left: the sign the values carry on most rows says which one the column is.
  sisaIsLebih(out, roleAt, relations, evidence);
  // 2. Name columns the header left unread, from relations that hold on most rows.
  // A percentage role the header gave only from a generic word ("%", "Persentase"), or one whose own
  // formula the values contradict, is soft: a relation that holds on most rows may read it otherwise
  // (the "%" beside target and realisasi is the capaian; "Capaian" beside "% Capaian" is an amount).
  const doubted = new Set(evidence.disagreeing.map(r => out[r]?.col));
  const soft = (col: number) => {
    const role = roleAt.get(col);
    if (role === undefined || !SOFT_ROLES.has(role) || evidence.readings.some(x => x.relation.out === col)) return false;
    return out[role].score <= SOFT_SCORE || doubted.has(col);
  };
  // Two columns that hold one value on every row ("Nilai 0 | … | Nilai 10" of a scoring grid) make any
  // relation through them hold by construction: it proves nothing about what the columns are.
  const constant = constantColumns(matrix);
  for (const rel of relations) {
    if (!isStrong(rel)) continue;
    const cols3 = [rel.out, rel.a, rel.b];
    if (cols3.filter(c => constant.has(c)).length >= 2) continue;
    const known = cols3.map(c => (soft(c) ? undefined : roleAt.get(c)));
    if (known.every(Boolean)) continue;
    // Columns of another year ("2016 / Realisasi | % thd APBNP") read as that year's triple.
    const suffix = sharedSuffix(known);
    const readings = suffix === undefined ? READINGS : READINGS.map(rd => ({ ...rd, out: rd.out + suffix, a: rd.a + suffix, b: rd.b + suffix }));
    const change = rel.kind === 'difference' && isChangeOverTime(view, body.top - 1, rel);
    const reading = readings.find(rd => rd.kind === rel.kind && !(change && rd.domain === 'efisiensi') && fits(rd, known, cols3, profiles, out, soft));
    if (!reading) continue;
    const assigned: string[] = [];
    const roles = [reading.out, reading.a, reading.b];
    cols3.forEach((col, i) => {
      if (known[i] === roles[i]) return;
      const before = roleAt.get(col);
      const had = before !== undefined && out[before]?.col === col ? out[before] : undefined;
      if (had) delete out[before!];
      out[roles[i]] = {
        col,
        header: had?.header || view.headerText(body.top - 1, col) || columnLetter(col),
        reason: `nilai kolom ini ${relationWords(rel, roles[i], reading)} pada ${rel.holds} dari ${rel.tested} baris`,
        score: Math.min(0.9, 0.5 + rel.share * 0.4),
      };
      roleAt.set(col, roles[i]);
      assigned.push(roles[i]);
      evidence.fromValues.push(roles[i]);
    });
    evidence.readings.push({ reading, relation: rel, assigned });
    evidence.domains.add(reading.domain);
  }
  // 2g. A second realisation over the same pagu ("Realisasi Pengadaan (sudah ttd kontrak)" beside
  // "Realisasi Pembayaran (SP2D)"), each with its own percentage.
  secondBudgetShare(view, out, roleAt, relations, profiles, evidence, body.top - 1);
  paymentIsRealisasi(view, out, roleAt, body.top - 1);
  // 2h. Realisasi in rupiah and no pagu named: the unread amount column left of it that bounds it on
  // most rows ("Nominal | Realisasi SP2D", "Nilai Kontrak | … | Realisasi") is the pagu it is spent from.
  if (out.realisasi && !out.pagu && !out.target && !out.target_kas) {
    const bound = paguBoundingRealisasi(matrix, out.realisasi.col, roleAt, out);
    if (bound) {
      out.pagu = { col: bound.col, header: view.headerText(body.top - 1, bound.col) || columnLetter(bound.col), reason: bound.reason, score: 0.7 };
      roleAt.set(bound.col, 'pagu');
      evidence.fromValues.push('pagu');
      evidence.domains.add('anggaran');
    }
  }
  // 2i. "Volume | Anggaran | Fisik | % | Keuangan | %": a volume with no harga or jumlah beside it is no
  // rincian line but the target of the fisik that achieves it, when the % after them is their ratio.
  volumeAsTarget(view, out, roleAt, relations, profiles, evidence, body.top - 1);
  // 2j. A capaian in a table of pagu and rupiah realisasi with no target ("RKAP | Realisasi | Pencapaian (%)")
  // is the budget's percentage.
  const realCol = out.realisasi?.col;
  if (out.capaian && out.pagu && !out.target && !out.persen && realCol !== undefined && profiles.get(realCol)?.type === 'rupiah' && profiles.get(out.capaian.col)?.type !== 'rupiah') {
    out.persen = { ...out.capaian, reason: `${out.capaian.reason}; di tabel pagu dan realisasi rupiah tanpa target, capaian adalah persentase realisasi anggaran` };
    roleAt.set(out.capaian.col, 'persen');
    delete out.capaian;
  }
  // 2k. The percentage the header did not name, stored as a fraction of two named columns.
  missingFractions(matrix, profiles, out, roleAt, evidence, c => view.headerText(body.top - 1, c));
  // 2f. A rincian belanja (jumlah = koefisien × harga) with one more amount column filled only on the
  // rekening lines, each the sum of the jumlah of the lines under it: the pagu per rekening.
  if (out.jumlah && !out.pagu) {
    const totals = rekeningTotals(view, body, out.jumlah.col, roleAt, profiles);
    if (totals) {
      out.pagu = { col: totals.col, header: view.headerText(body.top - 1, totals.col) || columnLetter(totals.col), reason: totals.reason, score: 0.8 };
      roleAt.set(totals.col, 'pagu');
      evidence.fromValues.push('pagu');
    }
  }
  // 2d. The same capaian triple repeated per quarter ("Rencana TW I–IV | Realisasi TW I–IV | Capaian TW I–IV").
  repeatedQuarterTriples(view, out, roleAt, relations, evidence, body.top - 1);
  // 2e. A second capaian of the same realisasi against another target ("Target 2018 Pertahun | Persentase Capaian Pertahun").
  secondCapaian(view, out, roleAt, relations, profiles, evidence, body.top - 1);
  // 2c. A list of codes with one column of amounts, where every coded parent is the sum of its
  // children: the pagu of a DPA (program > kegiatan > sub kegiatan), header words or not.
  if (!evidence.readings.length && !out.pagu && !out.target) {
    const summed = sumOfChildren(matrix, view, out, roleAt);
    if (summed) {
      out.pagu = { col: summed.col, header: view.headerText(body.top - 1, summed.col) || columnLetter(summed.col), reason: summed.reason, score: 0.8 };
      roleAt.set(summed.col, 'pagu');
      evidence.fromValues.push('pagu');
      evidence.domains.add('anggaran');
      evidence.sumProven = true;
    }
  }
  // 2a. "Target | Capaian" with no realisasi: when the "capaian" values track the target (counts
  // beside counts) rather than sit around 100, the column is the achieved amount, the realisasi.
  const amount = capaianIsAmount(matrix, out);
  let asRealisasi = amount ? `nilainya sebanding dengan target (${amount}), bukan persentase` : capaianIsRatioInput(relations, out, roleAt);
  // … or of its ratio to the target stored as a fraction without a % format ("Target (%) | Capaian (%) | Kinerja").
  const fracCapaian = !asRealisasi && out.capaian && out.target && !out.realisasi ? fractionColumnOf(matrix, profiles, out.target.col, out.capaian.col, c => roleAt.has(c)) : undefined;
  if (fracCapaian) asRealisasi = `kolom ${columnLetter(fracCapaian.out)} = kolom ini / target (pecahan) pada ${fracCapaian.holds} dari ${fracCapaian.tested} baris`;
  if (asRealisasi) {
    out.realisasi = { ...out.capaian, reason: `${out.capaian.reason}; ${asRealisasi}, sehingga dibaca sebagai realisasi` };
    roleAt.set(out.capaian.col, 'realisasi');
    delete out.capaian;
    evidence.fromValues.push('realisasi');
    // The percentage that is realisasi / target on most rows ("Sasaran | Pencapaian | Cakupan (%)") is then the capaian.
    const rel = fracCapaian ?? relations.find(r => isStrong(r) && r.kind === 'ratio' && r.a === out.target.col && r.b === out.realisasi.col && !roleAt.has(r.out));
    if (rel) {
      out.capaian = { col: rel.out, header: view.headerText(body.top - 1, rel.out) || columnLetter(rel.out), reason: `kolom ini = realisasi / target${fracCapaian ? '' : ' × 100'} pada ${rel.holds} dari ${rel.tested} baris`, score: 0.8, ...(fracCapaian ? { fraction: true } : {}) };
      if (fracCapaian) (evidence.fractions ??= []).push({ role: 'capaian', relation: rel });
      roleAt.set(rel.out, 'capaian');
      evidence.fromValues.push('capaian');
      evidence.readings.push({ reading: { kind: 'ratio', out: 'capaian', a: 'target', b: 'realisasi', domain: 'kinerja' }, relation: rel, assigned: ['capaian'] });
      evidence.domains.add('kinerja');
    }
  }
  // 2b. Four columns of quarters beside a realisasi: the realisasi is their sum (counts) or the last
  // quarter reported (percentages, indexes, cumulative "s.d." series) on most rows.
  const quarters = findQuarters(view, matrix, out, roleAt, body.top - 1);
  if (quarters) {
    quarters.cols.forEach((col, i) => {
      const role = `realisasi_tw${i + 1}`;
      out[role] = { col, header: view.headerText(body.top - 1, col) || columnLetter(col), reason: quarters.reason, score: 0.85 };
      roleAt.set(col, role);
    });
  }
  // 3. The columns around the numbers: the name, the code, the row number.
  if (evidence.fromValues.length) completeLabels(out, roleAt, profiles, evidence, view, body.top - 1, matrix.rows);

  // Doubts about a column the values have since read otherwise are settled.
  evidence.disagreeing = evidence.disagreeing.filter(r => out[r] && !evidence.readings.some(x => x.relation.out === out[r].col));
  evidence.fromValues = evidence.fromValues.filter(r => out[r]);
  // 4. How well the values agree with the reading, and what nobody could read.
  let tested = 0;
  let holds = 0;
  for (const rel of [...measured, ...evidence.readings.filter(x => x.assigned.length).map(x => x.relation)]) {
    tested += rel.tested;
    holds += rel.holds;
  }
  if (tested) evidence.agreement = holds / tested;
  for (const p of matrix.profiles) {
    if (roleAt.has(p.col)) continue;
    if (p.type === 'rupiah' || p.type === 'percent' || p.type === 'decimal' || (p.type === 'count' && p.numeric >= 2)) evidence.unread.push(p.col);
  }
  return { columns: out, evidence, matrix };
}

const QUARTER_WORDS = lexicon.words.quarterLabel;
/** The lexicon's head words of a realisasi and of a target ("Realisasi TW I" beside "Rencana TW I"). */
const REALISED = lexicon.headWords.roles.realisasi;
const PLANNED = lexicon.headWords.roles.target;

/** The quarter (1–4) a column header names, or undefined. */
function quarterOf(label: string): number | undefined {
  const m = QUARTER_WORDS.exec(label);
  if (!m) return undefined;
  const t = (m[2] ?? m[3]).toLowerCase();
  return /^\d$/.test(t) ? Number(t) : { i: 1, ii: 2, iii: 3, iv: 4 }[t];
}

/** Four adjacent unnamed quantity columns that add up to (or end in) the realisasi, with the reason. */
function findQuarters(view: SheetView, m: SampleMatrix, cols: Record<string, ColumnMapping>, roleAt: Map<number, string>, headerRow: number): { cols: number[]; reason: string } | undefined {
  const real = cols.realisasi;
  if (!real || cols.realisasi_tw1) return undefined;
  const jr = m.cols.indexOf(real.col);
  // A role the header gave and the values have since moved elsewhere ("Realisasi TW I" first taken for the year's realisasi) does not hold its column.
  const usable = (k: number) => roleHeld(cols, roleAt, m.cols[k]) === undefined && ['count', 'decimal', 'percent'].includes(m.profiles[k].type);
  const labelOf = (k: number) => view.headerText(headerRow, m.cols[k]).trim().toLowerCase();
  const candidates: number[][] = [];
  // "Rencana TW I | Realisasi TW I | … | Realisasi TW IV" in one header row: the realisasi of each quarter by its words.
  const named = [1, 2, 3, 4].map(q => m.cols.map((_, k) => k).filter(k => usable(k) && quarterOf(labelOf(k)) === q && REALISED.test(labelOf(k)) && !PLANNED.test(labelOf(k))));
  if (named.every(x => x.length === 1)) candidates.push(named.map(x => x[0]));
  for (let j = 0; j + 3 < m.cols.length; j++) candidates.push([0, 1, 2, 3].map(k => j + k));
  for (const four of candidates) {
    if (four.some(k => !usable(k))) continue;
    // Four quarters I–IV in order (a label merged over a T/R pair is one quarter, not two).
    const worded = four.every((k, i) => quarterOf(labelOf(k)) === i + 1);
    let tested = 0;
    let holds = 0;
    for (let i = 0; i < m.rows.length; i++) {
      const r = m.values[i][jr];
      const q = four.map(k => m.values[i][k]);
      const present = q.filter((v): v is number => v !== undefined);
      if (r === undefined || present.length < 2) continue;
      tested++;
      const d = m.decimals[i][jr];
      const sum = present.reduce((a, b) => a + b, 0);
      if (agrees(r, sum, d) || agrees(r, present[present.length - 1], d)) holds++;
    }
    const proven = tested >= MIN_ROWS && holds / tested >= MAJORITY;
    if (proven || (worded && tested > 0)) {
      const letters = four.map(k => columnLetter(m.cols[k])).join(', ');
      return {
        cols: four.map(k => m.cols[k]),
        reason: proven
          ? `kolom ${letters}: realisasi kolom ${columnLetter(real.col)} sama dengan jumlah atau triwulan terakhirnya pada ${holds} dari ${tested} baris`
          : `kolom ${letters} berjudul triwulan I–IV`,
      };
    }
  }
  return undefined;
}

/**
 * Swaps in other columns with the same header roles when the relation then holds on most rows. Every
 * combination is tried ("Target Triwulan" beside "target 2021", "realisasi s/d Triwulan II" beside
 * "pembilang"): the one the arithmetic supports on the most rows wins.
 */
function preferAlternate(m: SampleMatrix, rd: Reading, suffix: string, out: Record<string, ColumnMapping>, current: Relation): Relation | undefined {
  const roles = [rd.out + suffix, rd.a + suffix, rd.b + suffix];
  const options = roles.map(r => [out[r], ...(out[r].alternates ?? [])]);
  if (options.every(o => o.length === 1) || options.reduce((n, o) => n * o.length, 1) > 64) return undefined;
  let best: { rel: Relation; pick: number[] } | undefined;
  for (let i = 0; i < options[0].length; i++) {
    for (let j = 0; j < options[1].length; j++) {
      for (let k = 0; k < options[2].length; k++) {
        if (!i && !j && !k) continue;
        const cols = [options[0][i].col, options[1][j].col, options[2][k].col];
        if (new Set(cols).size < 3) continue;
        const rel = measure(m, rd.kind, cols[0], cols[1], cols[2]);
        if (!rel || rel.share < MAJORITY || rel.holds <= current.holds || (best && rel.holds <= best.rel.holds)) continue;
        best = { rel, pick: [i, j, k] };
      }
    }
  }
  if (!best) return undefined;
  best.pick.forEach((p, n) => {
    if (!p) return;
    const before = out[roles[n]];
    const alt = options[n][p];
    out[roles[n]] = {
      ...alt,
      reason: `${alt.reason}; dipilih dari ${options[n].length} kolom berjudul serupa karena ${rd.out} = f(${rd.a}, ${rd.b}) berlaku pada ${best!.rel.holds} dari ${best!.rel.tested} baris`,
      alternates: [{ ...before, alternates: undefined }, ...(before.alternates ?? []).filter(x => x.col !== alt.col)],
    };
  });
  return best.rel;
}

/**
 * Columns the header words call realisasi that hold the percentage of a realisasi anggaran (this
 * year's or a quarter's) over the pagu: they become 'persen' (or 'persen_tw2'), and when the main
 * realisasi was one of them, the remaining realisasi column of another type takes its place.
 */
function percentUnderRealisasi(out: Record<string, ColumnMapping>, roleAt: Map<number, string>, relations: Relation[], profiles: Map<number, ColumnProfile>): void {
  const main = out.realisasi;
  const pagu = out.pagu;
  if (!main || !pagu) return;
  const amounts = new Map<number, string>();
  for (const [role, m] of Object.entries(out)) {
    const q = /^realisasi_anggaran(_tw[1-4])?$/.exec(role);
    if (q) amounts.set(m.col, q[1] ?? '');
  }
  if (!amounts.size) return;
  const moved = new Set<number>();
  for (const m of [main, ...(main.alternates ?? [])]) {
    const p = profiles.get(m.col);
    if (!p || p.type === 'rupiah') continue;
    const rel = relations.find(r => isStrong(r) && r.kind === 'ratio' && r.out === m.col && r.a === pagu.col && amounts.has(r.b));
    if (!rel) continue;
    const role = `persen${amounts.get(rel.b)}`;
    if (out[role] && out[role].col !== m.col) continue;
    out[role] = { col: m.col, header: m.header, reason: `${m.reason}; nilainya = kolom realisasi anggaran / pagu × 100 pada ${rel.holds} dari ${rel.tested} baris, sehingga dibaca sebagai persentase`, score: m.score, percentHeader: true };
    roleAt.set(m.col, role);
    moved.add(m.col);
  }
  if (!moved.size) return;
  const rest = [main, ...(main.alternates ?? [])].filter(m => !moved.has(m.col));
  if (!moved.has(main.col)) {
    main.alternates = rest.slice(1);
    return;
  }
  delete out.realisasi;
  const next = rest.sort((x, y) => y.score - x.score || x.col - y.col)[0];
  if (!next) return;
  out.realisasi = { ...next, alternates: rest.filter(m => m !== next).map(m => ({ ...m, alternates: undefined })) };
  roleAt.set(next.col, 'realisasi');
}

/**
 * A kinerja triple (capaian = realisasi / target × 100) whose three columns, shifted by the same step,
 * hold the same relation on most rows again, two to four times in all, under quarter words or four
 * times: a table of quarters. The triple the header or the values already named stays the year's
 * roles; the others become 'target_tw2', 'realisasi_tw2', 'capaian_tw2' … by their column order, so
 * every quarter's capaian is recomputed and a wrong one reported.
 */
function repeatedQuarterTriples(view: SheetView, out: Record<string, ColumnMapping>, roleAt: Map<number, string>, relations: Relation[], ev: TableEvidence, headerRow: number): void {
  const [c, t, r] = [out.capaian, out.target, out.realisasi];
  if (!c || !t || !r || out.realisasi_tw1 || out.target_tw2 || out.pagu) return;
  const shifted = relations.filter(x => isStrong(x) && x.kind === 'ratio' && x.out !== c.col && x.out - c.col === x.a - t.col && x.out - c.col === x.b - r.col && ![x.out, x.a, x.b].some(col => roleAt.has(col)));
  const byShift = new Map<number, Relation>();
  for (const x of shifted) if (!byShift.has(x.out - c.col)) byShift.set(x.out - c.col, x);
  const shifts = [0, ...byShift.keys()].sort((a, b) => a - b);
  if (shifts.length < 2 || shifts.length > 4) return;
  const step = shifts[1] - shifts[0];
  if (shifts.some((d, i) => d !== shifts[0] + i * step)) return;
  const quarterWords = [c.col, ...[...byShift.values()].map(x => x.out)].every(col => QUARTER_WORDS.test(view.headerText(headerRow, col)));
  if (shifts.length < 4 && !quarterWords) return;
  shifts.forEach((d, i) => {
    if (d === 0) return;
    const rel = byShift.get(d)!;
    const q = `_tw${i + 1}`;
    const reason = `capaian triwulan ke-${i + 1}: kolom ${columnLetter(rel.out)} = ${columnLetter(rel.b)} / ${columnLetter(rel.a)} × 100 pada ${rel.holds} dari ${rel.tested} baris, sejajar dengan kolom ${columnLetter(c.col)}`;
    const roles: [string, number][] = [['capaian' + q, rel.out], ['target' + q, rel.a], ['realisasi' + q, rel.b]];
    for (const [role, col] of roles) {
      out[role] = { col, header: view.headerText(headerRow, col) || columnLetter(col), reason, score: 0.85 };
      roleAt.set(col, role);
    }
    ev.readings.push({ reading: { kind: 'ratio', out: 'capaian' + q, a: 'target' + q, b: 'realisasi' + q, domain: 'kinerja' }, relation: rel, assigned: roles.map(x => x[0]) });
  });
}

/**
 * Beside the year's triple, a column that is the same realisasi over another target × 100 on most rows
 * is the capaian against that target (the annual or the Renstra one): 'target_tahunan' and
 * 'capaian_tahunan', or '_renstra' when the header names the Renstra period.
 */
function secondCapaian(view: SheetView, out: Record<string, ColumnMapping>, roleAt: Map<number, string>, relations: Relation[], profiles: Map<number, ColumnProfile>, ev: TableEvidence, headerRow: number): void {
  const real = out.realisasi;
  if (!real || !out.target || !out.capaian || out.pagu) return;
  for (const rel of relations) {
    if (!isStrong(rel) || rel.kind !== 'ratio' || rel.b !== real.col || rel.a === out.target.col) continue;
    if (profiles.get(rel.out)?.type === 'rupiah' || profiles.get(rel.a)?.type === 'rupiah') continue;
    const outRole = roleAt.get(rel.out);
    const aRole = roleAt.get(rel.a);
    if ((outRole && outRole !== 'capaian_renstra' && outRole !== 'capaian_tahunan') || (aRole && !/^target_(renstra|tahunan)$/.test(aRole))) continue;
    const words = `${view.headerText(headerRow, rel.a)} ${out[aRole ?? '']?.header ?? ''}`;
    const tag = aRole ? aRole.slice('target'.length) : lexicon.words.renstra.test(words) ? '_renstra' : '_tahunan';
    if (out['capaian' + tag] && out['capaian' + tag].col !== rel.out) continue;
    const reason = `kolom ${columnLetter(rel.out)} = ${columnLetter(rel.b)} / ${columnLetter(rel.a)} × 100 pada ${rel.holds} dari ${rel.tested} baris: capaian realisasi terhadap target lain`;
    const assigned: string[] = [];
    for (const [role, col] of [['target' + tag, rel.a], ['capaian' + tag, rel.out]] as [string, number][]) {
      if (roleAt.get(col) === role) continue;
      out[role] = { col, header: view.headerText(headerRow, col) || columnLetter(col), reason, score: 0.8 };
      roleAt.set(col, role);
      assigned.push(role);
      ev.fromValues.push(role);
    }
    ev.readings.push({ reading: { kind: 'ratio', out: 'capaian' + tag, a: 'target' + tag, b: 'realisasi', domain: 'kinerja' }, relation: rel, assigned });
    return;
  }
}

/** Words of a change between periods: "Kenaikan/(Penurunan)", "Perubahan 2022-2023", "Pertumbuhan", "Growth". */
const CHANGE_WORDS = lexicon.words.change;

/**
 * c = b − a between two years' values ("Nilai 2021 | Nilai 2022 | Kenaikan/(Penurunan)", an IPM's components
 * "2022 | 2023 | Perubahan") is a change over time: the same arithmetic as efisiensi = capaian − serapan, but
 * no efisiensi. Told by a column's words or by two of the columns naming different years.
 */
function isChangeOverTime(view: SheetView, headerRow: number, rel: Relation): boolean {
  const words = (col: number) => [headerRow - 2, headerRow - 1, headerRow].filter(r => r >= view.top).map(r => view.headerText(r, col)).join(' ');
  // The same fact reads three ways (c = b − a, a = b − c, …): any of the three columns may carry the words.
  const cols = [rel.out, rel.a, rel.b];
  if (cols.some(c => CHANGE_WORDS.test(words(c)))) return true;
  const years = new Set(cols.map(c => /\b(?:19|20)\d\d\b/.exec(words(c))?.[0]).filter(Boolean));
  return years.size >= 2;
}

/** Percentage roles a header word may give a column that the arithmetic then reads as the serapan or the efisiensi. */
const PERCENTAGE_ROLES = new Set(['persen', 'persen_selisih', 'persen_sisa', 'serapan']);

/**
 * A table of percentages only (no rupiah column, no target or realisasi): when a column is the capaian
 * minus another percentage on most rows (not a change between two years), it is the efisiensi and the
 * other the serapan, whatever generic words ("Selisih (%)", "Realisasi Anggaran (%)") head them.
 */
function efisiensiOfPercentages(view: SheetView, out: Record<string, ColumnMapping>, roleAt: Map<number, string>, relations: Relation[], profiles: Map<number, ColumnProfile>, ev: TableEvidence, headerRow: number): void {
  if (!out.capaian || out.efisiensi || out.serapan || out.target || out.realisasi || out.pagu) return;
  if ([...profiles.values()].some(p => p.type === 'rupiah')) return;
  const c = out.capaian.col;
  const free = (col: number) => {
    const role = roleHeld(out, roleAt, col);
    return role === undefined || PERCENTAGE_ROLES.has(role);
  };
  const rel = relations.find(r => isStrong(r) && r.kind === 'difference' && r.a === c && r.out !== c && r.b !== c && free(r.out) && free(r.b) && !isChangeOverTime(view, headerRow, r));
  if (!rel) return;
  const assigned: string[] = [];
  for (const [col, role] of [[rel.out, 'efisiensi'], [rel.b, 'serapan']] as const) {
    const prior = roleHeld(out, roleAt, col);
    const had = prior ? out[prior] : undefined;
    if (prior) delete out[prior];
    out[role] = { col, header: had?.header || view.headerText(headerRow, col) || columnLetter(col), reason: `efisiensi = capaian − serapan berlaku pada ${rel.holds} dari ${rel.tested} baris (kolom ${columnLetter(rel.out)} = ${columnLetter(c)} − ${columnLetter(rel.b)})`, score: 0.85 };
    roleAt.set(col, role);
    assigned.push(role);
  }
  ev.readings.push({ reading: { kind: 'difference', out: 'efisiensi', a: 'capaian', b: 'serapan', domain: 'efisiensi' }, relation: rel, assigned });
  ev.domains.add('efisiensi');
}

/**
 * "Bertambah/(Berkurang)" is the change of the pagu in a DPPA (setelah − sebelum perubahan); in a table with
 * a pagu and a realisasi but no pagu before the change, the column that holds pagu − realisasi on most
 * rows is what is left of the pagu, and one that holds realisasi − pagu is the LRA's lebih/(kurang).
 */
function changeIsSisa(out: Record<string, ColumnMapping>, roleAt: Map<number, string>, relations: Relation[], ev: TableEvidence): void {
  if (!out.perubahan || out.sisa || out.lebih || out.pagu_murni || !out.pagu || !out.realisasi) return;
  const col = out.perubahan.col;
  const pagu = out.pagu.col;
  const real = out.realisasi.col;
  const rel = relations.find(r => isStrong(r) && r.kind === 'difference' && r.out === col && ((r.a === pagu && r.b === real) || (r.a === real && r.b === pagu)));
  if (!rel) return;
  const left = rel.a === pagu;
  const role = left ? 'sisa' : 'lebih';
  out[role] = { ...out.perubahan, reason: `${out.perubahan.reason}; nilainya ${left ? 'pagu − realisasi' : 'realisasi − pagu'} pada ${rel.holds} dari ${rel.tested} baris, sehingga dibaca sebagai ${left ? 'sisa anggaran' : 'lebih/(kurang)'}`, score: 0.85 };
  delete out.perubahan;
  roleAt.set(col, role);
  ev.readings.push({ reading: left ? { kind: 'difference', out: 'sisa', a: 'pagu', b: 'realisasi', domain: 'anggaran' } : { kind: 'difference', out: 'lebih', a: 'realisasi', b: 'pagu', domain: 'anggaran' }, relation: rel, assigned: [role] });
  ev.domains.add('anggaran');
}

/** A sisa or selisih the values contradict that holds realisasi − pagu on most rows is the lebih/(kurang). */
function sisaIsLebih(out: Record<string, ColumnMapping>, roleAt: Map<number, string>, relations: Relation[], ev: TableEvidence): void {
  if (out.lebih || !out.pagu || !out.realisasi || out.target_kas) return;
  for (const role of ['sisa', 'selisih']) {
    const m = out[role];
    if (!m || !ev.disagreeing.includes(role)) continue;
    const rel = relations.find(r => isStrong(r) && r.kind === 'difference' && r.out === m.col && r.a === out.realisasi.col && r.b === out.pagu.col);
    if (!rel) continue;
    out.lebih = { ...m, reason: `${m.reason}; nilainya realisasi − pagu pada ${rel.holds} dari ${rel.tested} baris, sehingga dibaca sebagai lebih/(kurang)` };
    delete out[role];
    roleAt.set(m.col, 'lebih');
    ev.disagreeing = ev.disagreeing.filter(r => r !== role);
    ev.readings.push({ reading: { kind: 'difference', out: 'lebih', a: 'realisasi', b: 'pagu', domain: 'anggaran' }, relation: rel, assigned: ['lebih'] });
    ev.domains.add('anggaran');
    return;
  }
}

/** The year suffix ('_2016') all the known roles of a relation share, or undefined when they have none. */
function sharedSuffix(known: (string | undefined)[]): string | undefined {
  const suffixes = known.filter((r): r is string => r !== undefined).map(r => /_(?:19|20)\d\d$/.exec(r)?.[0]);
  return suffixes.length && suffixes.every(x => x && x === suffixes[0]) ? suffixes[0] : undefined;
}

/** The role a column holds now; roleAt may still name a role that has since moved to another column. */
function roleHeld(out: Record<string, ColumnMapping>, roleAt: Map<number, string>, col: number): string | undefined {
  const role = roleAt.get(col);
  return role !== undefined && out[role]?.col === col ? role : undefined;
}

/** The stage a second realisation amount measures, from its header words (lexicon "spendingStages"). */
function stageTag(words: string): string {
  const w = words.toLowerCase();
  const stage = lexicon.spendingStages.find(s => s.re.test(w));
  return `_${stage?.stage ?? 'lain'}`;
}

/** Stages that come before the payment: a contract signed, a request (SPP) or an order (SPM) to pay. */
const BEFORE_PAYMENT = new Set(lexicon.spendingStages.filter(s => s.beforePayment).map(s => `_${s.stage}`));

/**
 * The realisasi of a budget is the money paid out (SP2D). When the column taken as realisasi names an
 * earlier stage and an SP2D column stands beside it, the two trade places, with their percentages.
 */
function paymentIsRealisasi(view: SheetView, out: Record<string, ColumnMapping>, roleAt: Map<number, string>, headerRow: number): void {
  const paid = out.realisasi_sp2d;
  const main = out.realisasi;
  if (!paid || !main) return;
  const tag = stageTag(`${main.header} ${view.headerText(headerRow, main.col)}`);
  if (!BEFORE_PAYMENT.has(tag) || out['realisasi' + tag]) return;
  const moves: [string, string][] = [['realisasi', 'realisasi' + tag], ['persen', 'persen' + tag], ['realisasi_sp2d', 'realisasi'], ['persen_sp2d', 'persen']];
  const moving = moves.map(([from, to]) => [out[from], to] as const);
  for (const [from] of moves) delete out[from];
  for (const [m, to] of moving) {
    if (!m) continue;
    const why = to === 'realisasi' || to === 'persen' ? 'pembayaran (SP2D) adalah realisasi anggaran' : 'tahap sebelum pembayaran';
    out[to] = { ...m, reason: `${m.reason}; ${why}` };
    roleAt.set(m.col, to);
  }
}

/**
 * A percentage over the pagu of an amount that is not the table's realisasi: a second stage of the
 * same spending (contracts signed, SPM, SP2D paid). Both the amount and its percentage get their own
 * roles so each percentage is recomputed from its own amount; when the header's "persen" was this
 * second one, the main realisasi's percentage (read as serapan from its values) becomes the persen.
 */
function secondBudgetShare(view: SheetView, out: Record<string, ColumnMapping>, roleAt: Map<number, string>, relations: Relation[], profiles: Map<number, ColumnProfile>, ev: TableEvidence, headerRow: number): void {
  const pagu = out.pagu;
  const real = out.realisasi ?? out.realisasi_anggaran;
  if (!pagu || !real || out.target) return;
  for (const rel of relations) {
    if (!isStrong(rel) || rel.kind !== 'ratio' || rel.a !== pagu.col || rel.b === real.col) continue;
    if (profiles.get(rel.b)?.type !== 'rupiah' || profiles.get(rel.out)?.type === 'rupiah' || roleHeld(out, roleAt, rel.b)) continue;
    const outRole = roleHeld(out, roleAt, rel.out);
    // A reading that confirmed this column through an input that has since moved (several columns
    // with the same words, the arithmetic chose another) no longer holds it.
    if ((outRole && !SOFT_ROLES.has(outRole)) || ev.readings.some(x => x.relation.out === rel.out && out[x.reading.b]?.col === x.relation.b)) continue;
    const tag = stageTag(`${view.headerText(headerRow, rel.b)} ${view.headerText(headerRow, rel.out)}`);
    if (out['persen' + tag] || out['realisasi' + tag]) continue;
    if (outRole && out[outRole]?.col === rel.out) delete out[outRole];
    const reason = `kolom ${columnLetter(rel.out)} = ${columnLetter(rel.b)} / ${columnLetter(rel.a)} × 100 pada ${rel.holds} dari ${rel.tested} baris: persentase tahap realisasi lain atas pagu yang sama`;
    for (const [role, col] of [['realisasi' + tag, rel.b], ['persen' + tag, rel.out]] as [string, number][]) {
      out[role] = { col, header: view.headerText(headerRow, col) || columnLetter(col), reason, score: 0.8, ...(role.startsWith('persen') ? { percentHeader: true } : {}) };
      roleAt.set(col, role);
      ev.fromValues.push(role);
    }
    ev.readings.push({ reading: { kind: 'ratio', out: 'persen' + tag, a: 'pagu', b: 'realisasi' + tag, domain: 'anggaran' }, relation: rel, assigned: ['realisasi' + tag, 'persen' + tag] });
    if (outRole === 'persen' && !out.persen && out.serapan && ev.readings.some(x => x.relation.out === out.serapan.col && x.relation.b === real.col)) {
      out.persen = { ...out.serapan, reason: `${out.serapan.reason}; persentase realisasi tabel ini` };
      roleAt.set(out.serapan.col, 'persen');
      delete out.serapan;
    }
  }
}

/**
 * The nearest unread rupiah column left of a rupiah realisasi whose amount the realisasi stays within
 * (between a fifth of it and a tenth above it) on most rows: spending and what it was spent from. The
 * rows where the realisasi runs over are the findings, so the share asked is a majority, not all.
 */
function paguBoundingRealisasi(m: SampleMatrix, realCol: number, roleAt: Map<number, string>, out: Record<string, ColumnMapping>): { col: number; reason: string } | undefined {
  const jr = m.cols.indexOf(realCol);
  if (jr < 0 || m.profiles[jr].type !== 'rupiah') return undefined;
  for (let j = jr - 1; j >= 0; j--) {
    if (m.profiles[j].type !== 'rupiah' || roleHeld(out, roleAt, m.cols[j])) continue;
    let tested = 0;
    let within = 0;
    m.values.forEach(line => {
      const pagu = line[j];
      const real = line[jr];
      if (pagu === undefined || real === undefined || pagu <= 0) return;
      tested++;
      if (real >= pagu * 0.2 && real <= pagu * 1.1) within++;
    });
    if (tested >= MIN_ROWS && within / tested >= MAJORITY) {
      return { col: m.cols[j], reason: `realisasi kolom ${columnLetter(realCol)} berada dalam batas nilai kolom ini pada ${within} dari ${tested} baris, sehingga dibaca sebagai pagu` };
    }
    // Only the nearest amount column is the candidate: a farther one is another year's or another stage's.
    return undefined;
  }
  return undefined;
}

/** A parent row's amount and its children's. */
interface Head {
  own: number;
  kids: number[];
}

/** Parents whose amount is the sum of their children's: proof when most of at least two parents add up. */
function sumsHold(heads: Head[]): { sums: number; parents: number } | undefined {
  const withKids = heads.filter(h => h.kids.length);
  const sums = withKids.filter(h => Math.abs(h.kids.reduce((a, b) => a + b, 0) - h.own) < 0.5).length;
  return withKids.length >= 2 && sums / withKids.length >= MAJORITY ? { sums, parents: withKids.length } : undefined;
}

/**
 * The kinerja triple of a physical-and-financial progress table: the volume planned (read as koefisien
 * from its words) is the target, the fisik achieved the realisasi, and the percentage that is their ratio
 * on most rows the capaian; the money realisasi beside them becomes the realisasi anggaran of the pagu.
 */
function volumeAsTarget(view: SheetView, out: Record<string, ColumnMapping>, roleAt: Map<number, string>, relations: Relation[], profiles: Map<number, ColumnProfile>, ev: TableEvidence, headerRow: number): void {
  const vol = out.koefisien;
  if (!vol || out.harga || out.jumlah || out.target) return;
  const money = (col: number) => profiles.get(col)?.type === 'rupiah';
  const rel = relations.find(r => isStrong(r) && r.kind === 'ratio' && r.a === vol.col && !money(r.b) && !money(r.out));
  if (!rel) return;
  for (const col of [rel.b, rel.out]) {
    const role = roleHeld(out, roleAt, col);
    if (role) delete out[role];
  }
  if (out.realisasi && money(out.realisasi.col) && !out.realisasi_anggaran) {
    out.realisasi_anggaran = { ...out.realisasi, reason: `${out.realisasi.reason}; realisasi anggaran di samping realisasi fisik` };
    roleAt.set(out.realisasi.col, 'realisasi_anggaran');
    delete out.realisasi;
  }
  delete out.koefisien;
  const reason = `kolom ${columnLetter(rel.out)} = ${columnLetter(rel.b)} / ${columnLetter(rel.a)} × 100 pada ${rel.holds} dari ${rel.tested} baris: volume sasaran, capaian fisiknya dan persentasenya`;
  for (const [role, col] of [['target', rel.a], ['realisasi', rel.b], ['capaian', rel.out]] as [string, number][]) {
    out[role] = { col, header: view.headerText(headerRow, col) || columnLetter(col), reason, score: 0.8 };
    roleAt.set(col, role);
    ev.fromValues.push(role);
  }
  ev.readings.push({ reading: { kind: 'ratio', out: 'capaian', a: 'target', b: 'realisasi', domain: 'kinerja' }, relation: rel, assigned: ['target', 'realisasi', 'capaian'] });
  ev.domains.add('kinerja');
}

/** Rows read for rekening totals: the first ones of the body, contiguous, since the sums run down them. */
const TOTALS_ROWS = 400;

/**
 * The unread money column whose values stand on the lines where jumlah is blank (the rekening heads)
 * and equal, on most of them, the sum of the jumlah of the lines down to the next head.
 */
function rekeningTotals(view: SheetView, body: { top: number; bottom: number }, jumlahCol: number, roleAt: Map<number, string>, profiles: Map<number, ColumnProfile>): { col: number; reason: string } | undefined {
  const candidates = [...profiles.values()].filter(p => p.type === 'rupiah' && !roleAt.has(p.col) && p.col !== jumlahCol).map(p => p.col);
  if (!candidates.length) return undefined;
  const rows: number[] = [];
  for (let r = body.top; r <= body.bottom && rows.length < TOTALS_ROWS; r++) if (!view.isBlankRow(r)) rows.push(r);
  const m = sampleMatrix(view, rows, [jumlahCol, ...candidates]);
  for (let j = 1; j < m.cols.length; j++) {
    const heads: Head[] = [];
    for (let i = 0; i < rows.length; i++) {
      const own = m.values[i][j];
      if (own === undefined || m.values[i][0] !== undefined) continue;
      const kids: number[] = [];
      for (let k = i + 1; k < rows.length && m.values[k][j] === undefined; k++) {
        const v = m.values[k][0];
        if (v !== undefined) kids.push(v);
      }
      heads.push({ own, kids });
    }
    const t = sumsHold(heads);
    if (t) return { col: m.cols[j], reason: `kolom ini pada baris rekening sama dengan jumlah rincian di bawahnya pada ${t.sums} dari ${t.parents} rekening` };
  }
  return undefined;
}

/** The amount column whose coded parent rows equal the sums of their children on most parents. */
function sumOfChildren(m: SampleMatrix, view: SheetView, out: Record<string, ColumnMapping>, roleAt: Map<number, string>): { col: number; reason: string } | undefined {
  const codeCol = out.kode?.col ?? m.profiles.find(p => p.type === 'code')?.col;
  if (codeCol === undefined) return undefined;
  const codes = m.rows.map(r => {
    const t = cellText(view.cell(r, codeCol));
    return isCode(t) ? t.trim() : splitCode(t).code;
  });
  for (const p of m.profiles) {
    if (p.type !== 'rupiah' || roleAt.has(p.col)) continue;
    const j = m.cols.indexOf(p.col);
    const heads: Head[] = [];
    codes.forEach((code, i) => {
      if (!code) return;
      const own = m.values[i][j];
      if (own === undefined) return;
      // Direct children: the following rows whose code extends this one, one level down.
      const kids: number[] = [];
      for (let k = i + 1; k < codes.length; k++) {
        const c = codes[k];
        if (!c || !isAncestorCode(code, c)) break;
        const between = codes.slice(i + 1, k).some(x => x && isAncestorCode(code, x) && isAncestorCode(x, c));
        if (between) continue;
        const v = m.values[k][j];
        if (v === undefined) return;
        kids.push(v);
      }
      heads.push({ own, kids });
    });
    const t = sumsHold(heads);
    if (t) return { col: p.col, reason: `baris induk berkode sama dengan jumlah baris di bawahnya pada ${t.sums} dari ${t.parents} induk` };
  }
  return undefined;
}

/** "3 dari 4 baris" when a capaian column without realisasi holds amounts like its target's. */
function capaianIsAmount(m: SampleMatrix, out: Record<string, ColumnMapping>): string | undefined {
  if (!out.capaian || !out.target || out.realisasi) return undefined;
  const jc = m.cols.indexOf(out.capaian.col);
  const jt = m.cols.indexOf(out.target.col);
  if (jc < 0 || jt < 0 || m.profiles[jc].percent) return undefined;
  let tested = 0;
  let amounts = 0;
  for (const line of m.values) {
    const c = line[jc];
    const t = line[jt];
    if (c === undefined || t === undefined || c <= 0 || t <= 0) continue;
    // A target near 100 says nothing: both readings put the value near 100.
    if (t >= 50 && t <= 200) continue;
    tested++;
    if (Math.abs(Math.log(c / t)) < Math.abs(Math.log(c / 100))) amounts++;
  }
  if (tested >= MIN_ROWS && amounts / tested >= MAJORITY) return `${amounts} dari ${tested} baris`;
  // Targets near 100 leave the sizes undecided; the written decimals then tell: an amount is written like
  // its target on every row (0 decimals beside counts, 2 beside indexes), a percentage in its own format.
  let rows = 0;
  let same = 0;
  const kinds = new Set<number>();
  m.values.forEach((line, i) => {
    if (line[jc] === undefined || line[jt] === undefined) return;
    rows++;
    const d = m.decimals[i][jc];
    if (d === m.decimals[i][jt]) same++;
    kinds.add(d);
  });
  return rows >= MIN_ROWS + 1 && same === rows && kinds.size > 1 ? `desimal sama dengan target pada ${same} dari ${rows} baris` : undefined;
}

/**
 * "Target | Pencapaian | Kinerja (%)": the column the header words call the capaian is the input of
 * another column's ratio to the target (that column = it / target × 100 on most rows), so it is the
 * achieved amount and the other column the capaian, whatever the words of either.
 */
function capaianIsRatioInput(relations: Relation[], out: Record<string, ColumnMapping>, roleAt: Map<number, string>): string | undefined {
  if (!out.capaian || !out.target || out.realisasi) return undefined;
  const rel = relations.find(r => isStrong(r) && r.kind === 'ratio' && r.a === out.target.col && r.b === out.capaian.col && r.out !== out.capaian.col && !roleAt.has(r.out));
  return rel ? `kolom ${columnLetter(rel.out)} = kolom ini / target × 100 pada ${rel.holds} dari ${rel.tested} baris` : undefined;
}

/** Columns whose sampled numbers are one and the same value on every row that has one. */
function constantColumns(m: SampleMatrix): Set<number> {
  const out = new Set<number>();
  m.cols.forEach((col, j) => {
    const seen = new Set(m.values.map(v => v[j]).filter(v => v !== undefined));
    if (seen.size === 1) out.add(col);
  });
  return out;
}

/** The sampled body of a table: every column between its edges. */
export function sampleBody(view: SheetView, body: { top: number; bottom: number; left: number; right: number }): SampleMatrix {
  const cols: number[] = [];
  for (let c = body.left; c <= body.right; c++) cols.push(c);
  return sampleMatrix(view, sampleRows(view, body.top, body.bottom), cols);
}

/** The suffixes ('' or '_2022') under which a role appears among the columns. */
function suffixesOf(cols: Record<string, ColumnMapping>, base: string): string[] {
  const out: string[] = [];
  for (const role of Object.keys(cols)) {
    if (role === base) out.push('');
    else if (role.startsWith(base + '_') && /^_\d{4}$/.test(role.slice(base.length))) out.push(role.slice(base.length));
  }
  return out;
}

/**
 * "Target Fisik (%) | Realisasi Fisik (%) | Capaian Fisik (%)" in a table without a budget: physical
 * progress measured as an indicator, read as target, realisasi and capaian when the ratio proves it.
 */
const PHYSICAL: Record<string, string[]> = { target: ['target_fisik'], realisasi: ['fisik'], capaian: ['fisik'] };

/** Roles a generic header word gives ("%", "Persentase"), which the values may read otherwise. */
const SOFT_ROLES = new Set(['persen', 'capaian', 'serapan']);
const SOFT_SCORE = 0.8;

/** Does a reading fit the roles already known and the types of the columns it would name? */
function fits(rd: Reading, known: (string | undefined)[], cols: number[], profiles: Map<number, ColumnProfile>, taken: Record<string, ColumnMapping>, soft: (col: number) => boolean): boolean {
  const roles = [rd.out, rd.a, rd.b];
  for (let i = 0; i < 3; i++) {
    if (known[i] !== undefined) {
      if (known[i] !== roles[i] && !(rd.domain === 'kinerja' && !taken.pagu && PHYSICAL[roles[i]]?.includes(known[i]!))) return false;
    } else if (taken[roles[i]] && !(taken[roles[i]].col === cols[i] || soft(taken[roles[i]].col))) return false;
  }
  const type = (i: number) => profiles.get(cols[i])?.type;
  const money = (i: number) => type(i) === 'rupiah';
  if (rd.kind === 'product') {
    // Jumlah = koefisien × harga: two amounts of money and a quantity (the volume) between them.
    return (known[0] !== undefined || money(0)) && (known[2] !== undefined || money(2)) && (known[1] !== undefined || !money(1));
  }
  if (rd.domain === 'anggaran') {
    // Budget relations are between amounts of money: rupiah, or the unit of the pagu the header already
    // named ("Alokasi (Rp juta) | Terpakai (Rp juta)": 1.250,50 | 1.118,25).
    const likeKnown = (i: number) => [1, 2].some(j => j !== i && (known[j] === 'pagu' || known[j] === 'pagu_murni') && type(j) === type(i) && type(i) !== 'percent');
    if (known[1] === undefined && !money(1) && !likeKnown(1)) return false;
    if (known[2] === undefined && !money(2) && !likeKnown(2)) return false;
  }
  if (rd.domain === 'kinerja') {
    // Targets and realisasi of indicators are counts, percentages, indexes; not rupiah pairs.
    if (money(1) && money(2)) return false;
  }
  if (rd.domain === 'efisiensi') {
    for (const i of [1, 2]) if (known[i] === undefined && type(i) !== 'percent' && type(i) !== 'decimal' && type(i) !== 'count') return false;
  }
  // A derived percentage is not a column of money; a difference of amounts is.
  const amount = rd.out === 'sisa' || rd.out === 'lebih';
  if (known[0] === undefined && !amount && money(0)) return false;
  if (known[0] === undefined && amount && !money(0)) return false;
  return true;
}

function relationWords(rel: Relation, role: string, rd: Reading): string {
  const L = columnLetter;
  const formula =
    rel.kind === 'ratio'
      ? `${L(rel.out)} = ${L(rel.b)} / ${L(rel.a)} × 100`
      : rel.kind === 'difference'
        ? `${L(rel.out)} = ${L(rel.a)} − ${L(rel.b)}`
        : `${L(rel.out)} = (${L(rel.a)} − ${L(rel.b)}) / ${L(rel.a)} × 100`;
  return `cocok sebagai ${role} menurut hubungan ${formula} (${rd.domain})`;
}

/** Name, code and row-number columns for a table read from its values. */
function completeLabels(out: Record<string, ColumnMapping>, roleAt: Map<number, string>, profiles: Map<number, ColumnProfile>, ev: TableEvidence, view: SheetView, headerRow: number, rows: number[]): void {
  const free = [...profiles.values()].filter(p => !roleAt.has(p.col)).sort((a, b) => a.col - b.col);
  const header = (c: number) => view.headerText(headerRow, c) || columnLetter(c);
  if (!out.kode) {
    const code = free.find(p => p.type === 'code');
    if (code) {
      out.kode = { col: code.col, header: header(code.col), reason: 'kolom berisi kode Permendagri 90', score: 0.8 };
      roleAt.set(code.col, 'kode');
    }
  }
  if (!out.no) {
    const no = free.find(p => p.type === 'sequence' && !roleAt.has(p.col));
    if (no) {
      out.no = { col: no.col, header: header(no.col), reason: 'kolom berisi nomor urut 1, 2, 3, …', score: 0.8 };
      roleAt.set(no.col, 'no');
    }
  }
  if (!out.kategori && out.capaian) {
    // A column of band names ("Sangat Tinggi", "Baik") beside the capaian is its kategori.
    const bands = free.find(p => p.type === 'text' && !roleAt.has(p.col) && holdsBandNames(view, rows, p.col));
    if (bands) {
      out.kategori = { col: bands.col, header: header(bands.col), reason: 'kolom berisi nama kategori skala (Sangat Tinggi, Baik, …)', score: 0.7 };
      roleAt.set(bands.col, 'kategori');
    }
  }
  if (!NAME_ROLES.some(r => out[r])) {
    const name = free.find(p => p.type === 'text' && !roleAt.has(p.col));
    if (name) {
      const role = ev.domains.has('kinerja') || ev.domains.has('efisiensi') ? 'indikator' : 'uraian';
      out[role] = { col: name.col, header: header(name.col), reason: 'kolom teks pertama di samping angka, dipakai sebagai nama baris', score: 0.6 };
      roleAt.set(name.col, role);
    }
  }
}

const BAND_NAMES = new Set(SCALE_PRESETS.flatMap(s => s.bands.map(b => b.label.toLowerCase())));

/** Most of the column's texts (three at least) are band names of the known kategori scales. */
function holdsBandNames(view: SheetView, rows: number[], col: number): boolean {
  let texts = 0;
  let bands = 0;
  for (const r of rows) {
    const t = cellText(view.cell(r, col)).trim().toLowerCase();
    if (!t) continue;
    texts++;
    if (BAND_NAMES.has(t.replace(/\s+/g, ' '))) bands++;
  }
  return bands >= MIN_ROWS && bands >= texts * 0.8;
}

/** One sentence per thing the user should know about how the table was read. */
export function evidenceNotices(where: string, ev: TableEvidence, columns: Record<string, ColumnMapping>, headerText: (col: number) => string): string[] {
  const out: string[] = [];
  const L = columnLetter;
  if (ev.fromValues.length) {
    const list = ev.fromValues.map(r => `${r} = kolom ${L(columns[r].col)}`).join(', ');
    out.push(`${where}: judul kolom tidak dikenali; peran kolom ditentukan dari hubungan antarangka (${list}). Periksa pembacaan ini di panel Tabel atau tandai tabel secara manual.`);
  }
  for (const { role, relation: r } of ev.fractions ?? []) {
    const m = columns[role];
    if (!m) continue;
    out.push(`${where}: kolom ${L(m.col)} ("${m.header}") berisi pecahan tanpa format persen: nilainya sama dengan kolom ${L(r.b)} / kolom ${L(r.a)} (tanpa × 100) pada ${r.holds} dari ${r.tested} baris, jadi dibaca sebagai persen (0,8889 = 88,89%).`);
  }
  for (const role of ev.disagreeing) {
    const m = columns[role];
    out.push(`${where}: kolom ${L(m.col)} ("${m.header}") dibaca sebagai ${role}, tetapi nilainya tidak mengikuti rumusnya pada sebagian besar baris; periksa apakah kolom ini benar ${role} atau dihitung dengan cara lain.`);
  }
  // A column whose header names a role another column plays is not "unknown": say which one was used.
  const twinOf = new Map<number, [string, ColumnMapping]>();
  for (const [role, m] of Object.entries(columns)) for (const alt of m.alternates ?? []) twinOf.set(alt.col, [role, m]);
  const named = (c: number) => `${L(c)}${headerText(c) ? ` ("${headerText(c)}")` : ''}`;
  const twins = ev.unread.filter(c => twinOf.has(c));
  const unknown = ev.unread.filter(c => !twinOf.has(c));
  for (const c of twins) {
    const [role, used] = twinOf.get(c)!;
    out.push(`${where}: kolom ${named(c)} berjudul seperti ${role}, tetapi kolom ${L(used.col)} yang dipakai sebagai ${role}; kolom ${L(c)} tidak diperiksa. Tandai tabel secara manual bila kolom lain yang dimaksud.`);
  }
  if (unknown.length) {
    out.push(`${where}: kolom ${unknown.map(named).join(', ')} berisi angka tetapi judulnya tidak dikenali; kolom ini tidak diperiksa.`);
  }
  return out;
}
