import { lexicon } from '../lexicon';
import { isNumber as isNum } from '../layout/table-values';
import type { TableValues, ValueCell, RowValues } from '../layout/table-values';
import { aggregateQuarters, aggregationFor, hitungCapaian, parseRangeTarget, rataRataCapaian, type Polarity } from './capaian';
import { persenSisa, serapan, sisa, STAGE_SUFFIX } from './anggaran';
import { compactDigits, Dec, HUNDRED } from './decimal';
import { hitungEfisiensi, type EfisiensiDefinition } from './efisiensi';
import { suggestPolarity } from './polarity';
import type { Metric } from '../model/report';

/** Everything compute needs to know about the office's choices. */
export interface ComputeSettings {
  efisiensi: EfisiensiDefinition;
  capSebelumRataRata: Dec | null;
  /** User's polarity per normalised indicator label. */
  polaritas: Record<string, Polarity>;
}

/** One recomputed value, placed on the cell where the workbook states (or should state) it. */
export interface ComputedValue {
  tableId: string;
  sheet: string;
  cell: string;
  row: number;
  rowIndex: number;
  metric: Metric;
  /** The role of the stated column ('capaian', 'capaian_2022', 'persen', 'sisa', …). */
  role: string;
  value: Dec;
  /** Decimals to show and compare: 2 for percentages, 0 for rupiah. */
  places: number;
  formula: string;
  polarity?: Polarity;
  polarityReason?: string;
  /** The name the polarity was decided by (the indicator's own, or the row's label): the pane lists it under this name. */
  polarityName?: string;
  /** Cells the value was computed from (A1, same sheet). */
  inputs: string[];
  stated?: ValueCell;
  /** The rows an average summarises. */
  averagedRows?: number[];
}

/** A value that could not be computed, with the reason, for the task pane and notes. */
export interface NotComputed {
  sheet: string;
  cell: string;
  metric: Metric;
  reason: string;
}

export interface ComputeOutput {
  values: ComputedValue[];
  notComputed: NotComputed[];
}

const rowIndexes = new WeakMap<ComputedValue[], Map<string, ComputedValue[]>>();

/**
 * The computed values of one table row, from an index built once per (finished) list: looking them
 * up with find() per row made large workbooks quadratic.
 */
export function atRow(values: ComputedValue[], tableId: string, rowIndex: number): ComputedValue[] {
  let idx = rowIndexes.get(values);
  if (!idx) {
    idx = new Map();
    for (const v of values) {
      const k = `${v.tableId}#${v.rowIndex}`;
      const list = idx.get(k);
      if (list) list.push(v);
      else idx.set(k, [v]);
    }
    rowIndexes.set(values, idx);
  }
  return idx.get(`${tableId}#${rowIndex}`) ?? [];
}

export function normLabel(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Polarity of an indicator: the user's choice, else the engine's suggestion from its name, else positif. */
export function polarityOf(label: string, s: ComputeSettings): { polarity: Polarity; reason: string } {
  const chosen = s.polaritas[normLabel(label)];
  if (chosen) return { polarity: chosen, reason: 'dipilih pengguna' };
  const hint = suggestPolarity(label);
  if (hint && hint.polarity === 'negatif') return { polarity: 'negatif', reason: hint.reason };
  return { polarity: 'positif', reason: 'semakin tinggi realisasi semakin baik (bawaan)' };
}


/** Recomputes capaian, budget percentages, sisa, efisiensi and averages for every table. */
export function computeTables(tables: TableValues[], s: ComputeSettings): ComputeOutput {
  const out: ComputeOutput = { values: [], notComputed: [] };
  for (const tv of tables) {
    const kind = tv.table.kind;
    // An efisiensi table that carries its inputs (target, realisasi, pagu) has its capaian and serapan recomputed too.
    if (kind === 'realisasi_kinerja' || kind === 'efisiensi') computeKinerja(tv, s, out);
    if (kind === 'realisasi_anggaran' || kind === 'dpa' || kind === 'perjanjian_kinerja') computeAnggaran(tv, out);
    if (kind === 'efisiensi' || (kind === 'realisasi_anggaran' && tv.table.columns.efisiensi)) computeEfisiensi(tv, s, out);
  }
  return out;
}

/**
 * Adds a computed value. Built as one literal per shape, not by spreading `v`: a large table has
 * hundreds of thousands of these, and a spread object cost twice the memory of a literal. The value's
 * digits are compacted as it is kept for the whole run. Keys keep the order the spread gave.
 */
function push(out: ComputeOutput, tv: TableValues, rv: RowValues, stated: ValueCell, v: Omit<ComputedValue, 'tableId' | 'sheet' | 'cell' | 'row' | 'rowIndex' | 'stated'>): void {
  const tableId = tv.table.id;
  const sheet = tv.table.sheet;
  const cell = stated.addr;
  const row = rv.row.row;
  const rowIndex = rv.index;
  const { metric, role, places, formula, polarity, polarityReason, polarityName, inputs, averagedRows } = v;
  const value = compactDigits(v.value);
  if (polarity !== undefined && polarityReason !== undefined && averagedRows === undefined) {
    out.values.push({ tableId, sheet, cell, row, rowIndex, stated, metric, role, value, places, formula, polarity, polarityReason, polarityName, inputs });
  } else if (polarity === undefined && polarityReason === undefined && averagedRows !== undefined) {
    out.values.push({ tableId, sheet, cell, row, rowIndex, stated, metric, role, value, places, formula, inputs, averagedRows });
  } else if (polarity === undefined && polarityReason === undefined && averagedRows === undefined) {
    out.values.push({ tableId, sheet, cell, row, rowIndex, stated, metric, role, value, places, formula, inputs });
  } else {
    out.values.push({ tableId, sheet, cell, row, rowIndex, stated, ...v, value });
  }
}

/** Year or quarter suffixes present for the target/realisasi/capaian triples ('' = the reporting year). */
function tripleSuffixes(tv: TableValues): string[] {
  const out: string[] = [];
  for (const role of Object.keys(tv.table.columns)) {
    const m = /^capaian(_\d{4}|_tw[1-4]|_renstra|_tahunan)?$/.exec(role);
    if (m) out.push(m[1] || '');
  }
  return out;
}

/**
 * The row's polarity: the user's choice for its label or its indicator, else the suggestion from the
 * indicator's own name (the label may be the program's, "Program Penyelenggaraan …", beside
 * "Prevalensi stunting"), else from the label.
 */
function rowPolarity(label: string, indikator: string | undefined, s: ComputeSettings): { polarity: Polarity; reason: string; name: string } {
  const ind = indikator?.trim();
  if (!ind || ind === label || s.polaritas[normLabel(label)]) return { ...polarityOf(label, s), name: label };
  const own = polarityOf(ind, s);
  return own.polarity === 'negatif' || s.polaritas[normLabel(ind)] ? { ...own, name: ind } : { ...polarityOf(label, s), name: label };
}

/**
 * Annual realisasi from quarterly columns (realisasi_tw1…4): a count sums its quarters; a percentage,
 * an index value or a lower-is-better indicator takes the last quarter reported (domain: summing
 * quarters of a percentage is the classic error, 4 × 310 = 1240).
 */
function annualFromQuarters(tv: TableValues, rv: RowValues, stated: ValueCell, polarity: Polarity, out: ComputeOutput): void {
  // Quarters that carry their own targets are a quarterly table, not the parts of an annual realisasi.
  if ([1, 2, 3, 4].some(n => rv.cells[`target_tw${n}`])) return;
  const quarters = [1, 2, 3, 4].map(n => rv.cells[`realisasi_tw${n}`]).filter((c): c is ValueCell => !!c);
  if (quarters.length < 2) return;
  const values = quarters.map(q => (isNum(q) ? q.value : undefined));
  if (values.every(v => v === undefined)) return;
  const indikator = rv.cells.indikator?.text || rv.row.label;
  // The unit: its own column, else the indicator's words ("Jumlah dokumen … (dokumen)" counts).
  const satuan = rv.cells.satuan?.text || unitInName(indikator);
  const how = aggregationFor({ satuan, polarity, isIndex: INDEX_WORDS.test(indikator) || stated.percent });
  const value = aggregateQuarters(values, how);
  if (!value) return;
  push(out, tv, rv, stated, {
    metric: 'realisasi_tahunan',
    role: 'realisasi',
    value,
    places: value.decimalPlaces() > 0 ? 2 : 0,
    formula: how === 'jumlah' ? 'jumlah realisasi triwulan I–IV (indikator hitungan)' : 'realisasi triwulan terakhir (persentase, nilai indeks atau indikator negatif)',
    inputs: quarters.map(q => q.addr),
  });
}

/** A unit named in an indicator: "(dokumen)", or the counted noun of "Jumlah dokumen …". */
function unitInName(name: string): string {
  const paren = /\(([^()]{2,20})\)\s*$/.exec(name);
  if (paren) return paren[1].trim();
  const counted = lexicon.words.countedNoun.exec(name.trim());
  return counted ? counted[1] : '';
}

const INDEX_WORDS = lexicon.words.indexIndicator;

function computeKinerja(tv: TableValues, s: ComputeSettings, out: ComputeOutput): void {
  const suffixes = tripleSuffixes(tv);
  // This table's capaian per row as they are computed, for the average rows below them.
  const capaianOf = new Map<number, ComputedValue>();
  let groupStart = 0;
  for (const rv of tv.rows) {
    if (rv.row.kind === 'average') {
      computeAverage(tv, rv, groupStart, s, out, capaianOf);
      groupStart = tv.rows.indexOf(rv) + 1;
      continue;
    }
    if (rv.row.kind !== 'data') continue;
    budgetShareOfKinerjaRow(tv, rv, out);
    const label = rv.row.label || rv.cells.indikator?.text || '';
    const pol = rowPolarity(label, rv.cells.indikator?.text, s);
    for (const suf of suffixes) {
      const target = rv.cells['target' + suf];
      // A capaian against the annual or the Renstra target without its own realisasi column divides the year's.
      const real = rv.cells['realisasi' + suf] ?? (suf === '_tahunan' || suf === '_renstra' ? rv.cells.realisasi : undefined);
      const stated = rv.cells['capaian' + suf];
      if (!stated) continue;
      if (!target || !real) continue;
      let t: Dec | { low: Dec; high: Dec } | undefined = isNum(target) ? target.value : undefined;
      if (!t && target.status === 'text') t = parseRangeTarget(target.text);
      if (!t || !isNum(real)) {
        if (target.status !== 'empty' || real.status !== 'empty') {
          out.notComputed.push({ sheet: tv.table.sheet, cell: stated.addr, metric: 'capaian_kinerja', reason: !t ? whyNot('target', target) : whyNot('realisasi', real) });
        }
        continue;
      }
      if (!suf) annualFromQuarters(tv, rv, real, pol.polarity, out);
      const r = hitungCapaian({ target: t, realisasi: real.value, polarity: pol.polarity });
      if (!r.ok) {
        out.notComputed.push({ sheet: tv.table.sheet, cell: stated.addr, metric: 'capaian_kinerja', reason: r.reason });
        continue;
      }
      if (!suf) capaianOf.set(rv.index, { tableId: tv.table.id, sheet: tv.table.sheet, cell: stated.addr, row: rv.row.row, rowIndex: rv.index, metric: 'capaian_kinerja', role: 'capaian', value: r.value, places: 2, formula: r.formula, inputs: [] });
      push(out, tv, rv, stated, {
        metric: 'capaian_kinerja',
        role: 'capaian' + suf,
        value: r.value,
        places: 2,
        formula: r.formula,
        polarity: pol.polarity,
        polarityReason: pol.reason,
        polarityName: pol.name,
        inputs: [target.addr, real.addr],
      });
    }
  }
}

/** Monev rows carry money beside kinerja: Tingkat Capaian Rp = realisasi anggaran / pagu × 100. */
function budgetShareOfKinerjaRow(tv: TableValues, rv: RowValues, out: ComputeOutput): void {
  // The year's share, each quarter's ("Keuangan" of TW I = realisasi anggaran TW I / pagu × 100), and
  // the Renstra's against its own pagu.
  for (const suf of ['', '_tw1', '_tw2', '_tw3', '_tw4', '_renstra']) {
    const pagu = rv.cells['pagu' + suf] ?? (suf.startsWith('_tw') ? rv.cells.pagu : undefined);
    if (!isNum(pagu)) continue;
    const real = rv.cells['realisasi_anggaran' + suf];
    const persen = rv.cells['persen' + suf] ?? (!suf && tv.table.kind === 'efisiensi' ? rv.cells.serapan : undefined);
    if (!persen || !isNum(real)) continue;
    const r = serapan(real.value, pagu.value);
    if (r.ok) push(out, tv, rv, persen, { metric: 'persen_anggaran', role: 'persen' + suf, value: r.value, places: 2, formula: r.formula, inputs: [real.addr, pagu.addr] });
  }
}

/** An average row: the mean of the recomputed capaian of the data rows above it (since the last average). */
function computeAverage(tv: TableValues, rv: RowValues, from: number, s: ComputeSettings, out: ComputeOutput, capaianOf: Map<number, ComputedValue>): void {
  const stated = rv.cells.capaian;
  if (!stated) return;
  const rows = tv.rows.slice(from, tv.rows.indexOf(rv)).filter(x => x.row.kind === 'data');
  const values: Dec[] = [];
  const inputs: string[] = [];
  for (const x of rows) {
    const c = capaianOf.get(x.index);
    if (c) { values.push(c.value); inputs.push(c.cell); }
  }
  if (!values.length) return;
  const r = rataRataCapaian(values, s.capSebelumRataRata);
  if (!r.ok) return;
  push(out, tv, rv, stated, { metric: 'rata_rata_capaian', role: 'capaian', value: r.value, places: 2, formula: r.formula, inputs, averagedRows: rows.map(x => x.row.row) });
}

/** Why an input is not a number, in words ("kosong" when nothing was entered: nilai_kosong reports that). */
function whyNot(name: string, c: ValueCell): string {
  if (c.status === 'empty' || c.status === 'dash') return `${name} kosong`;
  if (c.status === 'error') return `${name} berisi galat ${c.display}`;
  if (c.status === 'ambiguous') return `${name} "${c.display}" dapat dibaca dua cara (${c.reason ?? 'pemisah ribuan atau desimal'})`;
  return `${name} "${c.display}" bukan angka`;
}

/** Reads a column rule such as "7=6/5*100" into the roles it divides; undefined when absent. */
function ruleRoles(tv: TableValues, role: string): { num: string; den: string } | undefined {
  const rule = tv.table.columns[role]?.rule;
  if (!rule) return undefined;
  // Column-number labels come from the header's numbering row; map label → role.
  const labelToRole = new Map<string, string>();
  for (const [r, m] of Object.entries(tv.table.columns)) if (m.numberLabel) labelToRole.set(m.numberLabel, r);
  const div = /^(\d+)\/(\d+)(\*100)?$/.exec(rule.replace(/[x×]/g, '*'));
  if (div && labelToRole.has(div[1]) && labelToRole.has(div[2])) return { num: labelToRole.get(div[1])!, den: labelToRole.get(div[2])! };
  return undefined;
}

/**
 * Budget percentages beside the year's, each over its own amount and base, read from the table's roles once:
 * another year's ("2016 / APBNP | Realisasi | % thd APBNP") and a second spending stage over the same pagu
 * ("% berdasarkan ttd kontrak", "% SPP").
 */
function otherBudgetShares(roles: string[]): { role: string; amounts: string[]; base: string }[] {
  const out: { role: string; amounts: string[]; base: string }[] = [];
  for (const role of roles) {
    const year = /^persen(_(?:19|20)\d\d)$/.exec(role)?.[1];
    if (year) out.push({ role, amounts: ['realisasi' + year, 'realisasi_anggaran' + year], base: 'pagu' + year });
    const stage = role.startsWith('persen') ? STAGE_SUFFIX.exec(role)?.[1] : undefined;
    if (stage) out.push({ role, amounts: ['realisasi' + stage], base: 'pagu' });
  }
  return out;
}

function computeAnggaran(tv: TableValues, out: ComputeOutput): void {
  const cols = tv.table.columns;
  const otherShares = otherBudgetShares(Object.keys(cols));
  for (const rv of tv.rows) {
    if (rv.row.kind !== 'data' && rv.row.kind !== 'total' && rv.row.kind !== 'group') continue;
    const c = rv.cells;
    const pagu = c.pagu;
    const real = c.realisasi;
    // Budget percentage: by the header's own rule when it has one ("7 = 6/5*100"), else realisasi/pagu.
    if (c.persen && cols.persen) {
      const rule = ruleRoles(tv, 'persen');
      const numRole = rule?.num ?? 'realisasi';
      const denRole = rule?.den ?? 'pagu';
      const num = c[numRole];
      const den = c[denRole];
      if (isNum(num) && isNum(den)) {
        const r = serapan(num.value, den.value);
        if (r.ok) {
          push(out, tv, rv, c.persen, { metric: 'persen_anggaran', role: 'persen', value: r.value, places: 2, formula: rule ? `${r.formula} (rumus kolom ${cols.persen.rule})` : r.formula, inputs: [num.addr, den.addr] });
        }
      }
    }
    for (const share of otherShares) {
      const stated = c[share.role];
      const amount = share.amounts.map(r => c[r]).find(x => x !== undefined);
      const base = c[share.base];
      if (!stated || !isNum(amount) || !isNum(base)) continue;
      const r = serapan(amount.value, base.value);
      if (r.ok) push(out, tv, rv, stated, { metric: 'persen_anggaran', role: share.role, value: r.value, places: 2, formula: r.formula, inputs: [amount.addr, base.addr] });
    }
    if (isNum(pagu) && isNum(real)) {
      if (c.sisa) {
        push(out, tv, rv, c.sisa, { metric: 'sisa', role: 'sisa', value: sisa(pagu.value, real.value), places: 0, formula: 'pagu − realisasi', inputs: [pagu.addr, real.addr] });
      }
      if (c.lebih) {
        push(out, tv, rv, c.lebih, { metric: 'sisa', role: 'lebih', value: real.value.minus(pagu.value), places: 0, formula: 'realisasi − pagu', inputs: [real.addr, pagu.addr] });
      }
      if (c.persen_sisa) {
        const r = persenSisa(pagu.value, real.value);
        if (r.ok) push(out, tv, rv, c.persen_sisa, { metric: 'persen_sisa', role: 'persen_sisa', value: r.value, places: 2, formula: r.formula, inputs: [pagu.addr, real.addr] });
      }
    }
    // Selisih: against the cash target when the table has one (rule "8 = 5-6"), else against pagu.
    const base = isNum(c.target_kas) ? c.target_kas : pagu;
    const baseName = base === pagu ? 'pagu' : 'target keuangan';
    if (isNum(base) && isNum(real)) {
      if (c.selisih) {
        push(out, tv, rv, c.selisih, { metric: 'sisa', role: 'selisih', value: base.value.minus(real.value), places: 0, formula: `${baseName} − realisasi`, inputs: [base.addr, real.addr] });
      }
      if (c.persen_selisih && !base.value.isZero()) {
        push(out, tv, rv, c.persen_selisih, { metric: 'persen_sisa', role: 'persen_selisih', value: base.value.minus(real.value).div(base.value).times(HUNDRED), places: 2, formula: `(${baseName} − realisasi)/${baseName}×100`, inputs: [base.addr, real.addr] });
      }
    }
  }
}

/**
 * The efisiensi definition a table follows: its own column rule when the header spells one
 * ("5 = 3 − 4" over capaian and serapan is `selisih`), else the office's named choice; when the
 * table lacks the columns that choice needs, the definition its columns support, said in the formula.
 */
function tableDefinition(tv: TableValues, s: ComputeSettings): { def: EfisiensiDefinition; why: string } {
  const cols = tv.table.columns;
  const rule = cols.efisiensi?.rule;
  if (rule) {
    // Column numbers from the numbering row, else by position in the table (column 1 = leftmost).
    const roleOf = new Map(Object.entries(cols).map(([r, m]) => [m.numberLabel ?? String(m.col - tv.table.left + 1), r]));
    const isCap = (l: string) => /^(capaian|fisik)$/.test(roleOf.get(l) ?? '');
    const isSer = (l: string) => /^(serapan|persen)$/.test(roleOf.get(l) ?? '');
    const m = /^(\d+)([-/])(\d+)(\*100)?$/.exec(rule.replace(/[−–]/g, '-'));
    if (m && isCap(m[1]) && isSer(m[3])) return { def: m[2] === '-' ? 'selisih' : 'rasio', why: `rumus kolom ${rule}` };
  }
  const has = (r: string) => !!cols[r];
  const capaian = has('capaian') || has('fisik');
  const serapan = has('serapan') || has('persen') || (has('pagu') && has('realisasi'));
  const can: Record<EfisiensiDefinition, boolean> = {
    selisih: capaian && serapan,
    rasio: capaian && serapan,
    sisa: has('pagu') && has('realisasi'),
    pmk: false,
  };
  if (can[s.efisiensi]) return { def: s.efisiensi, why: 'definisi pilihan' };
  const fallback = (['selisih', 'sisa'] as EfisiensiDefinition[]).find(d => can[d]);
  return fallback ? { def: fallback, why: `kolom tabel hanya memungkinkan definisi ${fallback}` } : { def: s.efisiensi, why: 'definisi pilihan' };
}

function computeEfisiensi(tv: TableValues, s: ComputeSettings, out: ComputeOutput): void {
  const { def, why } = tableDefinition(tv, s);
  for (const rv of tv.rows) {
    if (rv.row.kind !== 'data' && rv.row.kind !== 'total') continue;
    const c = rv.cells;
    const stated = c.efisiensi;
    if (!stated) continue;
    const capaian = isNum(c.capaian) ? c.capaian : isNum(c.fisik) ? c.fisik : undefined;
    const ser = isNum(c.serapan) ? c.serapan : isNum(c.persen) ? c.persen : undefined;
    const pagu = isNum(c.pagu) ? c.pagu : undefined;
    const real = isNum(c.realisasi) ? c.realisasi : undefined;
    if (!capaian && !ser && !pagu) continue;
    const r = hitungEfisiensi(def, { capaianKinerja: capaian?.value, serapan: ser?.value, pagu: pagu?.value, realisasiAnggaran: real?.value });
    if (!r.ok) {
      out.notComputed.push({ sheet: tv.table.sheet, cell: stated.addr, metric: 'efisiensi', reason: r.reason });
      continue;
    }
    const inputs = (def === 'sisa' ? [pagu?.addr, real?.addr] : [capaian?.addr, ser?.addr]).filter((x): x is string => !!x);
    push(out, tv, rv, stated, { metric: 'efisiensi', role: 'efisiensi', value: r.value, places: 2, formula: why === 'definisi pilihan' ? r.formula : `${r.formula} (${why})`, inputs });
  }
}
