/** One sentence against the rows it speaks about: percentages, amounts, kategori words and years. */
import { lexicon } from '../../../lexicon';
import { Dec, fixed, plain } from '../../decimal';
import { classify, sameKategori } from '../../kategori';
import { formatId } from '../../number';
import { matchesStated, roundHalfUp } from '../../rounding';
import type { Finding } from '../../../model/report';
import { numbersInText, type NumberInText } from '../../narasi/prose';
import { yearsIn } from '../../narasi/report-year';
import { finding, ref, type CheckContext } from '../context';
import { type TextRow } from './rows';
import { isNumber as isNum } from '../../../layout/table-values';

const CENT = new Dec('0.01');

/** Where a sentence's findings go (the text cell), deduplicated across the sentences of one cell. */
export interface SentenceScope {
  ctx: CheckContext;
  at: { sheet: string; addr: string };
  out: Finding[];
  seen: Set<string>;
}

const SKIP_BEFORE =
  lexicon.words.narasiSkipBefore;
const BUDGET = lexicon.words.narasiBudget;
const CAPAIAN = lexicon.words.narasiCapaian;

function quotes(p: NumberInText, x: Dec): boolean {
  return matchesStated(p.value, p.decimals, x, p.decimals >= 2 ? { tolerance: CENT } : undefined);
}

/** One value all candidates agree on (at two decimals), else undefined. */
function agreedValue(values: Dec[]): Dec | undefined {
  if (!values.length) return undefined;
  const r = values.map(v => roundHalfUp(v, 2));
  return r.every(x => x.eq(r[0])) ? values[0] : undefined;
}

const shorten = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

function addFinding(k: SentenceScope, f: Finding): void {
  const key = `${f.sheet}!${f.cell}|${f.stated}|${f.expected}`;
  if (k.seen.has(key)) return;
  k.seen.add(key);
  k.out.push(f);
}

export function checkSentence(k: SentenceScope, text: string, subject: TextRow[]): void {
  if (!subject.length) return;
  const nums = numbersInText(text);
  const lower = text.toLowerCase();
  const tahun = agreedYear(subject);
  checkPercent(k, text, lower, nums, subject, tahun);
  checkAmounts(k, lower, nums, subject, tahun);
  checkKategori(k, text, subject);
  if (tahun !== undefined) checkYear(k, text, lower, nums, subject, tahun);
}

function agreedYear(subject: TextRow[]): number | undefined {
  const ys = new Set(subject.map(b => b.tahun));
  return ys.size === 1 ? [...ys][0] : undefined;
}

function checkPercent(k: SentenceScope, text: string, lower: string, nums: NumberInText[], subject: TextRow[], tahun: number | undefined): void {
  nums.forEach((p, i) => {
    if (!p.percent) return;
    // The clause starts after the previous figure; "capaian … Tahun 2021 sebesar 94,29%" reads past this year's year.
    const prev = nums.slice(0, i).reverse().find(n => !(n.year && n.value.eq(tahun ?? -1)));
    const prevEnd = prev ? prev.end : 0;
    const before = lower.slice(Math.max(prevEnd, p.start - 80), p.start);
    const nextStart = i + 1 < nums.length ? nums[i + 1].start : lower.length;
    const after = lower.slice(p.end, Math.min(nextStart, p.end + 30)).replace(/^[\s%]*(persen|prosen)?/, '');
    if (SKIP_BEFORE.test(before)) return;
    // The figure of another year ("… Tahun 2020 sebesar 99,98%") is not this year's.
    const near = lower.slice(Math.max(0, p.start - 60), p.start);
    if (yearsIn(near).some(y => y !== tahun)) return;
    const budget = BUDGET.test(before) || lexicon.words.narasiBudgetAfter.test(after);
    const capaian = !budget && (CAPAIAN.test(before) || /^\s*dari\s+target/.test(after));
    if (!budget && !capaian) return;
    const cands = subject.filter(b => (budget ? b.serapan : b.capaian));
    if (!cands.length) return;
    const expected = agreedValue(cands.map(b => (budget ? b.serapan!.value : b.capaian!.value)));
    if (!expected) return;
    if (cands.some(b => b.allowed.some(x => quotes(p, x)))) return;
    const b = cands[0];
    const stated = `${p.raw}%`;
    const shown = formatId(roundHalfUp(expected, 2), 2);
    const what = budget ? 'serapan anggaran' : 'capaian';
    const related = budget ? b.serapan!.cells.map(c => ref(b.tv.table.sheet, c, k.at.sheet)) : [ref(b.capaian!.sheet, b.capaian!.cell, k.at.sheet)];
    addFinding(
      k,
      finding(
        'narasi_selisih',
        'warning',
        k.at,
        stated,
        fixed(expected, 2),
        `Teks menyebut ${what} ${p.raw.replace('.', ',')}% untuk “${shorten(b.label)}” padahal tabel menghitung ${shown}%${formulaText(b, budget)}.`,
        related,
      ),
    );
  });
}

// "… dengan target 6960 orang dan terealisasi sebanyak 2.934 orang …", "… dari anggaran Tahun 2021 sebesar Rp. 426.954.700"
const PERIODE_RE = String.raw`(?:\s+(?:pada\s+)?(?:tahun|tw|triwulan|s\.?\s?d\.?|s\/d)(?:\s+(?:tahun|tw|triwulan))?\s+[\divx]+\.?)*`;
const SAMBUNG_RE = String.raw`(?:\s+(?:adalah|yaitu|yakni|sebesar|sebanyak|mencapai|ditetapkan|yang))*\s*`;
const TARGET_AT = new RegExp(String.raw`\btarget(?:\s+(?:kinerja|output))?${PERIODE_RE}${SAMBUNG_RE}$`);
const REALISASI_AT = new RegExp(String.raw`\b(?:terealisasi|realisasi(?:nya)?(?:\s+(?:output|kinerja|fisik))?)${PERIODE_RE}${SAMBUNG_RE}$`);
const PAGU_AT = new RegExp(String.raw`\b(?:anggaran|pagu)(?:\s+(?:murni|perubahan|setelah perubahan))?${PERIODE_RE}${SAMBUNG_RE}(?:rp\.?\s*)$`);
const DANA_AT = new RegExp(String.raw`\b(?:dana|realisasi(?:\s+(?:anggaran|belanja|keuangan))?|terealisasi)${PERIODE_RE}${SAMBUNG_RE}(?:rp\.?\s*)$`);

/**
 * Counts and rupiah said to be the row's target, realisasi, pagu or realisasi anggaran. Counts only in a
 * sentence about the indicator's achievement (it speaks of capaian), so side counts ("25 unit barang") pass.
 */
function checkAmounts(k: SentenceScope, lower: string, nums: NumberInText[], subject: TextRow[], tahun: number | undefined): void {
  const aboutCapaian = CAPAIAN.test(lower);
  for (const n of nums) {
    if (n.percent || n.year) continue;
    const before = lower.slice(Math.max(0, n.start - 70), n.start);
    const years = yearsIn(before.slice(-30));
    if (years.some(y => y !== tahun)) continue;
    let field: 'target' | 'realisasi' | 'pagu' | undefined;
    let rupiah = false;
    if (n.rupiah || /rp\.?\s*$/.test(before)) {
      rupiah = true;
      field = PAGU_AT.test(before) ? 'pagu' : DANA_AT.test(before) ? 'realisasi' : undefined;
    } else if (aboutCapaian) {
      field = TARGET_AT.test(before) ? 'target' : REALISASI_AT.test(before) ? 'realisasi' : undefined;
    }
    if (!field) continue;
    const cands = subject.filter(b => (rupiah ? b.serapan && b.rupiah.length : b.capaian));
    const cells = cands.map(b => b.rv.cells[field!]).filter(isNum);
    if (!cells.length || cells.length !== cands.length || !cells.every(c => c.value.eq(cells[0].value))) continue;
    if (cands.some(b => b.allowed.some(x => n.value.eq(x)))) continue;
    const b = cands[0];
    const cell = cells[0];
    const word = field === 'pagu' ? 'pagu' : field === 'target' ? 'target' : rupiah ? 'realisasi anggaran' : 'realisasi';
    const shown = rupiah ? `Rp ${formatId(n.value)}` : formatId(n.value);
    const table = rupiah ? `Rp ${formatId(cell.value)}` : formatId(cell.value);
    addFinding(
      k,
      finding(
        'narasi_selisih',
        'warning',
        k.at,
        n.raw,
        plain(cell.value),
        `Teks menyebut ${word} ${shown} untuk “${shorten(b.label)}” padahal tabel mencatat ${table}.`,
        [ref(cell.sheet, cell.addr, k.at.sheet)],
      ),
    );
  }
}

/** "(realisasi 3 / target 4)" for messages, from the row's cells as the workbook shows them. */
function formulaText(b: TextRow, budget: boolean): string {
  const c = b.rv.cells;
  if (budget) {
    return isNum(c.realisasi) && isNum(c.pagu) ? ` (realisasi ${c.realisasi.display} / pagu ${c.pagu.display})` : '';
  }
  return isNum(c.realisasi) && isNum(c.target) ? ` (realisasi ${c.realisasi.display} / target ${c.target.display})` : '';
}

function checkKategori(k: SentenceScope, text: string, subject: TextRow[]): void {
  const cands = subject.filter(b => b.capaian);
  if (!cands.length) return;
  const bands = cands.map(b => classify(k.ctx.scale, roundHalfUp(b.capaian!.value, 2)).label);
  if (bands.some(x => x === undefined) || new Set(bands).size !== 1) return;
  const band = bands[0]!;
  const labels = [...new Set(k.ctx.scale.bands.map(b => b.label))].sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  for (const label of labels) {
    const re = new RegExp(`(?<![\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'giu');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const before = text.slice(Math.max(0, start - 60), start).toLowerCase();
      // Only a word said to be the kategori/predikat, and not the mutu grade of a survey or an evaluation.
      if (!lexicon.words.narasiKategoriBefore.test(before)) continue;
      if (lexicon.words.narasiOtherScore.test(before)) continue;
      if (sameKategori(m[0], band)) continue;
      const b = cands[0];
      addFinding(
        k,
        finding(
          'narasi_selisih',
          'warning',
          k.at,
          m[0],
          band,
          `Teks menyebut kategori “${m[0]}” untuk “${shorten(b.label)}” padahal capaian ${formatId(roundHalfUp(b.capaian!.value, 2), 2)}% termasuk “${band}” menurut ${k.ctx.scaleSource}.`,
          [ref(b.capaian!.sheet, b.capaian!.cell, k.at.sheet)],
        ),
      );
    }
  }
}

function checkYear(k: SentenceScope, text: string, lower: string, nums: NumberInText[], subject: TextRow[], tahun: number): void {
  const b = subject[0];
  const label = shorten(b.label);
  const related = [ref(b.tv.table.sheet, b.capaian?.cell ?? b.serapan!.cells[0], k.at.sheet)];
  const report = (y: number, message: string) =>
    addFinding(k, finding('narasi_selisih', 'warning', k.at, String(y), String(tahun), message, related));

  // "tahun ini (2020)", "tahun ini, yaitu 2020"
  for (const m of lower.matchAll(lexicon.words.narasiThisYear)) {
    const y = Number(m[1]);
    if (y !== tahun) report(y, `Teks menyebut “tahun ini” sebagai Tahun ${y} untuk “${label}” padahal tabel melaporkan Tahun ${tahun}.`);
  }
  // A comparison with a year after the reporting year: the earlier year was meant.
  for (const m of lower.matchAll(lexicon.words.narasiComparedYear)) {
    const y = Number(m[1]);
    if (y > tahun) report(y, `Teks membandingkan “${label}” dengan Tahun ${y}, padahal tabel melaporkan Tahun ${tahun}; tahun pembanding seharusnya sebelum ${tahun}.`);
  }
  // "… Tahun 2020 sebesar Rp 32.615.000" where that amount (or percentage) is this year's figure of the row.
  if (lexicon.words.narasiComparison.test(lower)) return;
  nums.forEach((n, i) => {
    if (!n.year || n.value.eq(tahun) || !/tahun(\s+anggaran)?\s*$/.test(lower.slice(Math.max(0, n.start - 16), n.start))) return;
    const next = nums[i + 1];
    if (!next || !lexicon.words.narasiStatedAs.test(lower.slice(n.end, next.start))) return;
    if (!(next.percent || (next.value.gte(1000000) && !next.year))) return;
    const y = n.value.toNumber();
    const thisYear = subject.some(s => s.current.some(x => (next.percent ? quotes(next, x) : next.value.eq(x))));
    const thatYear = subject.some(s => (s.earlier.get(y) ?? []).some(x => (next.percent ? quotes(next, x) : next.value.eq(x))));
    if (thisYear && !thatYear) {
      report(y, `Teks menyebut angka ${next.raw}${next.percent ? '%' : ''} sebagai angka Tahun ${y} untuk “${label}”, padahal angka tersebut adalah angka Tahun ${tahun} pada tabel.`);
    }
  });
  void text;
}
