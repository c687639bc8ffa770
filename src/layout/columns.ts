import { VALUE_ROLES, type HeaderBlock } from './header';
import type { ColumnMapping } from '../model/recognition';
import { lexicon } from '../lexicon';

const YEARED = new Set(['target', 'realisasi', 'capaian', 'persen', 'kategori', 'pagu', 'satuan']);

/**
 * Turns per-column guesses into one role per column for the table:
 * - the year of the realisasi, else the fiscal year the workbook's titles name, else the latest year is the
 *   reporting year; other years' columns become 'target_2022' etc.;
 * - a capaian column without a year belongs to the target/realisasi just before it;
 * - in budget tables a 'capaian'/'%' column is the budget percentage, in kinerja tables '%' is capaian;
 * - in efisiensi tables percentages of money are serapan.
 */
// The header words below live in the lexicon (src/lexicon/lexicon.json, "wordLists"), each with its source.
/** A header up to the previous period: "s/d Bln Lalu", "s.d. Triwulan Lalu", "Periode Lalu". */
const PREVIOUS_PERIOD = lexicon.words.previousPeriod;

export function resolveColumns(
  h: HeaderBlock,
  holdsOnlyWords: (col: number) => boolean = () => false,
  holdsMoney: (col: number) => boolean = () => false,
  reportYear?: number,
  holdsOnlyNumbers: (col: number) => boolean = () => false,
  holdsYears: (col: number) => boolean = () => false,
): Record<string, ColumnMapping> {
  // Header words are a hint: a column of words cannot carry target, realisasi, pagu or a percentage,
  // and a column of numbers is not the name of its rows ("Anggaran Perubahan / Rincian" over counts).
  // "Sasaran" over numbers is the target population of a puskesmas' PKP ("Sasaran | Pencapaian | Cakupan").
  const g = h.guesses
    .map(x => (x.role === 'sasaran' && holdsOnlyNumbers(x.col) ? { ...x, role: 'target', reason: `${x.reason}; berisi angka, sehingga sasaran (jumlah yang dituju) dibaca sebagai target`, score: x.score * 0.9 } : x))
    .filter(x => !(VALUE_ROLES.has(x.role) && holdsOnlyWords(x.col)) && !(NAME_ROLES.has(x.role) && holdsOnlyNumbers(x.col)))
    // A column of years ("Tahun Anggaran": 2020, 2021, 2022) is the period of its rows, never an amount of money.
    .filter(x => !(MONEY_ROLES.has(x.role) && holdsYears(x.col)))
    .map(x => ({ ...x }));
  moneyIsNoPercentage(g, holdsMoney);
  targetOfMoneyIsPagu(g, holdsMoney);
  pairsInWords(g);
  const has = (role: string) => g.some(x => x.role === role);
  const isBudget = has('pagu') || (has('realisasi') && !has('target') && !has('capaian')) || has('target_kas');
  const isEfisiensi = has('efisiensi');
  const isKinerja = has('target') && (has('realisasi') || has('capaian') || g.some(x => /realisasi/i.test(x.header)));

  // "Realisasi (%)" in a kinerja table is the realisasi of a percentage indicator, not a budget share.
  if (has('target') && !has('pagu') && !has('realisasi')) {
    const r = g.find(x => x.role === 'persen' && lexicon.words.realisasiOfPercent.test(x.header));
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
  if (paired) renstraColumns(g);
  for (const x of paired ? [] : g) {
    if (isEfisiensi) {
      if (x.role === 'persen' || (x.role === 'realisasi' && x.percentHeader)) x.role = 'serapan';
    } else if (isBudget && !(isKinerja && !has('pagu')) && !(isKinerja && (has('persen') || has('serapan')))) {
      // (A kinerja table with its own budget percentage beside the pagu keeps its capaian.)
      // In a budget table the capaian and the serapan are the budget percentage.
      if (x.role === 'capaian' || (x.role === 'serapan' && !has('persen'))) x.role = 'persen';
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
  // The reporting year is the year of the realisasi; without one, the latest year named. Columns of
  // other years, earlier or later (next year's target), keep their year in their role.
  const years = g.filter(x => YEARED.has(x.role) && x.year !== undefined).map(x => x.year!);
  const realisasiYears = g.filter(x => x.role === 'realisasi' && x.year !== undefined).map(x => x.year!);
  // Targets alone (2024 | 2025 | 2026): the year the workbook's titles name, when it is among them.
  const mainYear = realisasiYears.length ? Math.max(...realisasiYears) : reportYear !== undefined && years.includes(reportYear) ? reportYear : years.length ? Math.max(...years) : undefined;
  for (const x of g) {
    if (YEARED.has(x.role) && x.year !== undefined && mainYear !== undefined && x.year !== mainYear) x.role = `${x.role}_${x.year}`;
  }
  // A second target for the end of the Renstra period or for next year is not this year's target.
  if (g.filter(x => x.role === 'target').length > 1) {
    for (const x of g) {
      if (x.role !== 'target') continue;
      if (lexicon.words.targetRenstra.test(x.header)) x.role = 'target_renstra';
      else if (lexicon.words.targetNextYear.test(x.header)) x.role = 'target_berikut';
    }
    // Of the year's targets, the one the agreement or the budget document names ("Target PK", "Target
    // DPA") is the year's target: the Renja target is the plan the DPA and the PK later fix (Permendagri 86/2017).
    const agreed = g.filter(x => x.role === 'target' && lexicon.words.agreedTarget.test(x.header));
    if (agreed.length === 1 && g.filter(x => x.role === 'target').length > 1) agreed[0].score += 0.01;
  }

  // "Anggaran | Anggaran Perubahan": the budget after the change is the pagu, the first one the pagu murni
  // (DPPA: Sebelum Perubahan | Setelah Perubahan, Permendagri 77/2020).
  const pagus = g.filter(x => x.role === 'pagu');
  const changed = pagus.filter(x => AFTER_CHANGE.test(x.header) && !BEFORE_CHANGE.test(x.header));
  if (pagus.length > 1 && changed.length === 1) {
    for (const x of pagus) {
      if (x === changed[0] || x.col > changed[0].col) continue;
      x.role = 'pagu_murni';
      x.reason = `${x.reason}; anggaran sebelum perubahan, karena kolom "${changed[0].header}" di kanannya menyebut perubahan`;
    }
  }

  // "Target | Realisasi | Anggaran | Realisasi Anggaran (Rp)": beside the indicator's realisasi, the one the
  // header says is money is the realisasi of the pagu.
  const realisasis = g.filter(x => x.role === 'realisasi');
  if (realisasis.length >= 2 && has('target') && has('pagu') && !has('realisasi_anggaran')) {
    const money = realisasis.filter(x => MONEY_WORDS.test(x.header));
    if (money.length === 1 && money.length < realisasis.length) {
      money[0].role = 'realisasi_anggaran';
      money[0].reason = `${money[0].reason}; realisasi anggaran di samping realisasi kinerja`;
    }
  }

  // "Realisasi s/d Bln Lalu | s/d Bln Ini": of several columns with the same role, the one up to the
  // previous period is that period's figure; the year's realisasi is the one up to this period.
  for (const role of ['realisasi', 'fisik', 'realisasi_anggaran']) {
    const same = g.filter(x => x.role === role);
    const earlier = same.filter(x => PREVIOUS_PERIOD.test(x.header));
    if (same.length < 2 || !earlier.length || earlier.length === same.length) continue;
    for (const x of earlier) {
      x.role = `${role}_lalu`;
      x.reason = `${x.reason}; sampai periode lalu, bukan periode ini`;
    }
  }

  // One column per role: the best score, then the leftmost (keeps "Realisasi" before a later duplicate).
  const out: Record<string, ColumnMapping> = {};
  const order = [...g].sort((a, b) => b.score - a.score || a.col - b.col);
  const usedCols = new Set<number>();
  for (const x of order) {
    if (usedCols.has(x.col)) continue;
    if (out[x.role]) {
      // Kept for the values to decide between: "Realisasi s.d. TW lalu" and "Jumlah Realisasi s.d. TW ini".
      (out[x.role].alternates ??= []).push({ col: x.col, header: x.header, reason: x.reason, score: x.score, percentHeader: x.percentHeader });
      continue;
    }
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

type Guess = HeaderBlock['guesses'][number];

const NAME_ROLES = new Set(['uraian', 'indikator', 'program', 'kegiatan', 'sasaran']);
const MONEY_ROLES = new Set(['pagu', 'pagu_murni', 'target_kas', 'realisasi_anggaran', 'sisa', 'selisih']);

/**
 * "Target | Realisasi | %" over rupiah amounts is a budget table: the target is the pagu. Only when
 * the table has no pagu and no indicator columns of other types (a monev's "Target (Rp)" beside its
 * kinerja target stays a target).
 */
function targetOfMoneyIsPagu(g: Guess[], holdsMoney: (col: number) => boolean): void {
  if (g.some(x => x.role === 'pagu' || x.pair)) return;
  // "Target (Rp) | Realisasi (Rp) | %" with no pagu and no kinerja target: the money target is the pagu
  // (the anggaran of an LRA pendapatan), as "Target | Realisasi" over rupiah is.
  const targets = g.filter(x => x.role === 'target' || x.role === 'target_kas');
  const reals = g.filter(x => x.role === 'realisasi');
  if (targets.length !== 1 || !reals.length || !holdsMoney(targets[0].col) || !reals.every(x => holdsMoney(x.col))) return;
  targets[0].role = 'pagu';
  targets[0].reason = `${targets[0].reason}; berisi jumlah rupiah seperti realisasinya, sehingga dibaca sebagai pagu`;
}

const AFTER_CHANGE = lexicon.words.afterChange;
const BEFORE_CHANGE = lexicon.words.beforeChange;

/** Renstra-period group words (with the "Resntra" typing error seen in evaluation forms) and "so far, up to last year". */
const RENSTRA_WORDS = lexicon.words.renstra;
const UP_TO_LAST_YEAR = lexicon.words.upToLastYear;
const RENSTRA_ROLES = new Set(['target', 'pagu', 'realisasi', 'realisasi_anggaran', 'capaian', 'persen']);

/**
 * The Permendagri 86/2017 evaluation form prints the Renstra beside the year's Renja, both as K/Rp
 * pairs: Target Renstra (akhir periode), Realisasi Renstra s.d. tahun lalu, Target Renja, Realisasi
 * Triwulan I–IV, Realisasi Renja, Realisasi Renstra s.d. tahun ini, Tingkat Capaian Renstra. The
 * Renstra columns get their own roles ('target_renstra', 'capaian_renstra', 'realisasi_renstra_lalu'),
 * so the year's target and realisasi are the Renja's and the Renstra capaian is checked against its own inputs.
 */
function renstraColumns(g: Guess[]): void {
  const renstra = (x: Guess) => RENSTRA_ROLES.has(x.role) && RENSTRA_WORDS.test(x.header);
  if (!g.some(x => x.role === 'target' && !renstra(x)) || !g.some(x => x.role === 'target' && renstra(x))) return;
  for (const x of g) {
    if (!renstra(x)) continue;
    x.role = `${x.role}_renstra${UP_TO_LAST_YEAR.test(x.header) ? '_lalu' : ''}`;
    x.reason = `${x.reason}; kolom Renstra di samping kolom Renja tahun berjalan`;
    x.year = undefined;
  }
}

const PERCENT_ROLES = new Set(['capaian', 'persen', 'serapan', 'efisiensi', 'persen_sisa']);

/**
 * A column of rupiah amounts is never a percentage, whatever its group words say. Beside a target of
 * the same year ("Capaian Kinerja dan Kerangka Pendanaan / 2021 / Target | Rp") it is that year's pagu;
 * elsewhere it is left unread (and said so) rather than checked as a capaian.
 */
function moneyIsNoPercentage(g: Guess[], holdsMoney: (col: number) => boolean): void {
  const paired = g.some(x => x.pair === 'k');
  for (let i = g.length - 1; i >= 0; i--) {
    const x = g[i];
    // The Rp half of a K/Rp pair takes its role from the pair (resolved below).
    if (!PERCENT_ROLES.has(x.role) || !holdsMoney(x.col) || (paired && x.pairRole)) continue;
    const target = g.find(y => y.col === x.col - 1 && y.role === 'target' && y.year === x.year);
    if (target) {
      x.role = 'pagu';
      x.reason = `${x.reason}; berisi jumlah rupiah di samping target tahun yang sama, sehingga dibaca sebagai pagu`;
      x.percentHeader = false;
    } else g.splice(i, 1);
  }
}

const MONEY_WORDS = lexicon.words.money;
const KINERJA_WORDS = lexicon.words.kinerja;
const PAIRABLE = new Set(['target', 'target_kas', 'realisasi', 'capaian', 'persen', 'pagu']);

/**
 * "Target Kinerja | Target Anggaran | Realisasi Kinerja | Realisasi Anggaran" is the K/Rp pair of the
 * Permendagri 86/2017 forms spelled out in words: when a table names both halves, the money half of
 * each pair is the pagu, the realisasi anggaran and the budget percentage.
 */
function pairsInWords(g: Guess[]): void {
  if (g.some(x => x.pair)) return;
  const candidates = g.filter(x => PAIRABLE.has(x.role));
  const kinerja = candidates.filter(x => KINERJA_WORDS.test(x.header) && !MONEY_WORDS.test(x.header));
  const money = candidates.filter(x => MONEY_WORDS.test(x.header) && !KINERJA_WORDS.test(x.header));
  if (!kinerja.length || !money.length) return;
  const kinds = (xs: Guess[]) => new Set(xs.map(x => (x.role === 'target_kas' || x.role === 'pagu' ? 'target' : x.role)));
  const k = kinds(kinerja);
  if (![...kinds(money)].some(r => k.has(r))) return;
  for (const x of money) {
    const reason = `${x.reason}; bagian anggaran dari pasangan kinerja/anggaran`;
    if (x.role === 'target' || x.role === 'target_kas' || x.role === 'pagu') x.role = BEFORE_CHANGE.test(x.header) ? 'pagu_murni' : 'pagu';
    else if (x.role === 'realisasi') x.role = 'realisasi_anggaran';
    else x.role = 'persen';
    x.reason = reason;
  }
}

/** A rule written inside a header cell: "Efisiensi (5=3-4)", "Capaian 16 = 14/4*100". */
function ruleInHeader(header: string): string | undefined {
  const m = /(\d+)\s*=\s*([\d()\s+\-*/x×]+)/.exec(header);
  return m ? `${m[1]}=${m[2]}`.split('=')[1] : undefined;
}
