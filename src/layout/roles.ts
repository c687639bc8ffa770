import { firstRule, lexicon, type HeaderRule } from '../lexicon';
import { words, yearIn } from './text';

/**
 * Column roles from header words. A header may be several rows (merged group on top, leaf below);
 * the leaf decides, and generic leaves ("Rp", "%", "Keuangan") take their meaning from the group.
 * Matching is by word patterns, not exact strings, so typos and variants in real workbooks still match.
 * The words and their precedence live in src/lexicon/lexicon.json; this module keeps the logic around them.
 */

export interface RoleGuess {
  role: string;
  year?: number;
  score: number;
  reason: string;
  percentHeader: boolean;
  /** The column is the kinerja (K) half of a K/Rp pair (Monev Renja/Renstra forms). */
  pair?: 'k' | 'rp';
  /** For an "Rp" column: its role when the table turns out to have K/Rp pairs. */
  pairRole?: string;
  pairReason?: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Monev forms (Permendagri 86/2017) put a "K" (kinerja) and an "Rp" column under every group:
 * Target, Realisasi Triwulan I–IV, Realisasi tahun berjalan, Tingkat Capaian. The group decides
 * the role (lexicon rules of scope "group"), the leaf which half; quarters become realisasi_tw1…4.
 */
function kinerjaRupiahPair(leaf: string, parent: string, parts: string[]): Omit<RoleGuess, 'year' | 'percentHeader'> | undefined {
  const half = lexicon.kinerjaLeaf.re.test(leaf) || volumeOfKinerja(leaf, parent) ? 'k' : lexicon.rupiahLeaf.re.test(leaf) ? 'rp' : undefined;
  if (!half || !parent) return undefined;
  const halfLabel = half === 'k' ? lexicon.kinerjaLeaf.label : lexicon.rupiahLeaf.label;
  const reason = `judul kolom "${parts.filter(Boolean).join(' / ')}" adalah kolom ${halfLabel} dari pasangan K/Rp`;
  // "Realisasi Kinerja Pada Triwulan (Rp) / 1 / K": the unit between the word and the numeral does not part them.
  const tw = lexicon.quarter.exec(parent) ?? lexicon.quarter.exec(parent.replace(/\b(rp|k)\b/g, ' ').replace(/\s+/g, ' '));
  const rule = firstRule('group', { leaf, context: leaf, full: parent, parent, percent: false, quarter: !!tw });
  if (!rule) return undefined;
  const n = tw ? ROMAN[tw[1]] ?? Number(tw[1]) : undefined;
  const role = (half === 'k' ? rule.role : rule.rupiahRole ?? rule.role).replace('{n}', String(n));
  return { role, score: rule.score, reason, pair: half };
}

/**
 * "Target Kinerja / Koefisien / Volume" beside "Target Kinerja / Anggaran (Rp)": the volume under a
 * kinerja group is the K half (Permendagri 86/2017 counts kinerja as a volume); under a budget group
 * ("Anggaran / Volume | Harga | Jumlah") it stays the koefisien of a DPA line.
 */
function volumeOfKinerja(leaf: string, parent: string): boolean {
  const w = lexicon.words;
  return w.volumeLeaf.test(leaf.replace(/[()]/g, '').trim()) && w.kinerjaGroup.test(parent) && !w.budgetLineGroup.test(parent);
}

/** Rules on the leaf alone, tried first (lexicon scope "leaf"). */
function ruleOnLeaf(leaf: string): HeaderRule | undefined {
  return firstRule('leaf', { leaf, context: leaf, full: leaf, parent: '', percent: isPercent(leaf) });
}

/**
 * Rules on the whole header (lexicon scope "full"), tried after the leaf-only rules. A generic leaf
 * ("Rp", "%", "Keuangan") is read together with its group words.
 */
function ruleOnFull(leaf: string, full: string, parent: string): { role: string; label: string; score: number } | undefined {
  const context = lexicon.genericLeaf.test(leaf) ? full : leaf;
  return firstRule('full', { leaf, context, full, parent, percent: isPercent(leaf) });
}

/** The leaf names a percentage ("%", "(%)", "Persentase …"). */
function isPercent(leaf: string): boolean {
  return lexicon.percent.test(leaf);
}

/**
 * Guesses a column's role from its header parts, top (group) to bottom (leaf).
 * Returns undefined for columns no rule recognises.
 */
export function guessRole(parts: string[]): RoleGuess | undefined {
  const distinct = parts.map(words).filter((p, i, a) => p && a.indexOf(p) === i);
  if (!distinct.length) return undefined;
  const leaf = distinct[distinct.length - 1];
  const parent = distinct.slice(0, -1).join(' ');
  const full = distinct.join(' ');
  const year = yearIn(leaf) ?? yearIn(parent);
  const percentHeader = lexicon.percentHeader.test(leaf);
  let leafNoYear = leaf.replace(/\b20\d\d\b/g, '').replace(/\s+/g, ' ').trim();
  // A two-row header flattened into one cell: "Capaian Tahun 2023 Target" is the target column.
  const flat = lexicon.flattenedHeader.exec(leafNoYear);
  if (flat) leafNoYear = flat[1];
  const pair = kinerjaRupiahPair(leafNoYear, parent, parts);
  if (pair && pair.pair === 'k') return { ...pair, year, percentHeader };
  // An "Rp" column is the money half of a pair only when the table also has "K" columns; the
  // table decides (resolveColumns), so the plain reading comes first and the pair role rides along.
  const plain = plainGuess(leafNoYear, full, parent, parts, year, percentHeader);
  if (pair && plain) return { ...plain, pairRole: pair.role, pairReason: pair.reason };
  if (pair) return { role: 'rp_' + pair.role, year, score: 0.5, reason: pair.reason, percentHeader, pairRole: pair.role, pairReason: pair.reason };
  return plain;
}

function plainGuess(leafNoYear: string, full: string, parent: string, parts: string[], year: number | undefined, percentHeader: boolean): RoleGuess | undefined {
  const hit = ruleOnLeaf(leafNoYear) ?? ruleOnFull(leafNoYear, full, parent);
  if (!hit) return undefined;
  const text = lexicon.genericLeaf.test(leafNoYear) ? full : leafNoYear;
  // A band's words after a plan's ("Rencana Tingkat Capaian (Target)") name the plan, not the band.
  const head = hit.role in HEAD_WORDS ? headRole(text) : hit.role === 'kategori' ? firstWordRole(text) : undefined;
  if (head && head !== hit.role) {
    return { role: head, year, score: hit.score * 0.95, reason: `judul kolom "${parts.filter(Boolean).join(' / ')}" diawali kata ${HEAD_LABEL[head]}`, percentHeader };
  }
  return { role: hit.role, year, score: hit.score, reason: `judul kolom "${parts.filter(Boolean).join(' / ')}" cocok dengan ${hit.label}`, percentHeader };
}

/**
 * Indonesian puts the head of a phrase first: "Realisasi Capaian" is a realisasi, "Rencana Tingkat Capaian
 * (Target)" a target, "Capaian Target" a capaian. Where a header names several of the three, the first decides,
 * unless it states a ratio ("Realisasi terhadap Target"), which is the capaian. The words are the lexicon's
 * (headWords).
 */
const HEAD_WORDS: Record<string, RegExp> = lexicon.headWords.roles;
const HEAD_LABEL: Record<string, string> = { target: 'target', realisasi: 'realisasi', capaian: 'capaian' };

/** The role the header's very first word names (target, realisasi or capaian), if any. */
function firstWordRole(text: string): string | undefined {
  const first = text.split(' ')[0] ?? '';
  return Object.entries(HEAD_WORDS).find(([, re]) => re.test(first))?.[0];
}

function headRole(text: string): string | undefined {
  if (lexicon.headWords.ratio.test(text)) return undefined;
  let best: { role: string; at: number } | undefined;
  let named = 0;
  for (const [role, re] of Object.entries(HEAD_WORDS)) {
    const m = re.exec(text);
    if (!m) continue;
    named++;
    if (!best || m.index < best.at) best = { role, at: m.index };
  }
  return named >= 2 ? best!.role : undefined;
}

/** Words that only appear in header rows, for telling a second header row from a data row. */
export function isHeaderWord(text: string): boolean {
  if (text.length > 80) return false;
  const w = words(text);
  if (!w || w.length > 60) return false;
  if (guessRole([w])) return true;
  return lexicon.headerOnlyWords.test(w);
}
