/**
 * The recogniser's vocabulary, read from lexicon.json: validated and compiled once when this module loads, so a
 * broken entry stops the tool at start-up with the entry named instead of silently misreading workbooks.
 * Code keeps the logic (K/Rp pairs, flattened headers, years, percentages); the words live in the data file.
 */
import data from './lexicon.json';
import { expandGroups, validateLexicon } from './validate';

export { validateLexicon } from './validate';

/** The names of the word lists in lexicon.json ("wordLists"), so code can only ask for a list that exists. */
export type WordListName = Exclude<keyof typeof data.wordLists, `$${string}`>;

export type RuleScope = 'leaf' | 'full' | 'group';
/** Which text of the header a rule reads: the leaf, the leaf or (for a generic leaf) the whole header, the whole header, the group above. */
export type RuleText = 'context' | 'leaf' | 'full' | 'parent';

export interface HeaderRule {
  role: string;
  /** For group rules: the role of the Rp half of a K/Rp pair. */
  rupiahRole?: string;
  scope: RuleScope;
  on: RuleText;
  re: RegExp;
  score: number;
  /** Indonesian name used in the reason shown to users ("cocok dengan …"). */
  label: string;
  source: string[];
  when: {
    percent?: boolean;
    quarter?: boolean;
    contextHas?: RegExp;
    contextLacks?: RegExp;
    fullHas?: RegExp;
    fullLacks?: RegExp;
    leafLacks?: RegExp;
    /** The rule's words must come before these words when both are present. */
    before?: RegExp;
  };
}

/** The texts of one column header a rule can read. */
export interface HeaderTexts {
  leaf: string;
  context: string;
  full: string;
  parent: string;
  /** The leaf names a percentage. */
  percent: boolean;
  /** The group names a quarter (triwulan / TW). */
  quarter?: boolean;
}

export interface Lexicon {
  sources: Record<string, string>;
  rules: Record<RuleScope, HeaderRule[]>;
  percent: RegExp;
  percentHeader: RegExp;
  kinerjaLeaf: { re: RegExp; label: string };
  rupiahLeaf: { re: RegExp; label: string };
  quarter: RegExp;
  genericLeaf: RegExp;
  flattenedHeader: RegExp;
  headerOnlyWords: RegExp;
  /** The words that head a header as target, realisasi or capaian (the first one decides), and the words of a ratio. */
  headWords: { roles: Record<'target' | 'realisasi' | 'capaian', RegExp>; ratio: RegExp };
  totalRow: RegExp;
  averageRow: RegExp;
  rowLevels: { level: string; re: RegExp }[];
  /** Title or sheet-name words per table kind (tie-breakers for the kind decision). */
  titleWords: { perjanjian_kinerja: RegExp; dpa: RegExp };
  polarity: { negative: { phrase: string; re: RegExp; measuresTime: boolean }[]; positive: { keyword: string; re: RegExp }[] };
  /** Single-pattern word lists ("wordLists"), each with the flags the data file gives. */
  words: Record<WordListName, RegExp>;
  /** Spending stages in order of precedence; a stage before the payment (SP2D) is not the realisasi anggaran. */
  spendingStages: { stage: string; re: RegExp; beforePayment: boolean }[];
  /** Comparison and range phrases of printed scale bands, each with the sign it stands for, in order. */
  scalePhrases: [RegExp, string][];
  /** Kategori words of any scale by rank from the top band (0), for labels in another scale's vocabulary. */
  kategoriRanks: { rank: number; re: RegExp }[];
}

/** Validates and compiles lexicon data; throws with every problem listed. (`any` below: validateLexicon has checked the shapes.) */
export function compileLexicon(raw: unknown): Lexicon {
  const problems = validateLexicon(raw);
  if (problems.length) throw new Error(`lexicon.json tidak valid:\n${problems.join('\n')}`);
  const d = raw as any;
  const groups: Record<string, string> = {};
  for (const [name, g] of Object.entries<any>(d.wordGroups ?? {})) groups[name] = g.pattern;
  const re = (pattern: string) => new RegExp(expandGroups(pattern, groups));
  const sources = (s: string | string[]) => (Array.isArray(s) ? s : [s]);
  const alternatives = (list: { pattern: string }[]) => list.map(e => expandGroups(e.pattern, groups)).join('|');

  const rules: Record<RuleScope, HeaderRule[]> = { leaf: [], full: [], group: [] };
  for (const r of d.headerRoles) {
    const w = r.when ?? {};
    const when: HeaderRule['when'] = {};
    if (w.percent !== undefined) when.percent = w.percent;
    if (w.quarter !== undefined) when.quarter = w.quarter;
    for (const k of ['contextHas', 'contextLacks', 'fullHas', 'fullLacks', 'leafLacks', 'before'] as const) if (w[k] !== undefined) when[k] = re(w[k]);
    const on: RuleText = r.on ?? (r.scope === 'leaf' ? 'leaf' : r.scope === 'group' ? 'parent' : 'context');
    rules[r.scope as RuleScope].push({
      role: r.role, ...(r.rupiahRole ? { rupiahRole: r.rupiahRole } : {}), scope: r.scope, on, re: re(r.pattern), score: r.score, label: r.label, source: sources(r.source), when,
    });
  }
  const total = d.rows.total;
  return {
    sources: d.sources,
    rules,
    percent: new RegExp(groups.percent ?? '%'),
    percentHeader: re(d.percentHeader.pattern),
    kinerjaLeaf: { re: re(d.kinerjaRupiahPair.kinerjaLeaf.pattern), label: d.kinerjaRupiahPair.kinerjaLeaf.label },
    rupiahLeaf: { re: re(d.kinerjaRupiahPair.rupiahLeaf.pattern), label: d.kinerjaRupiahPair.rupiahLeaf.label },
    quarter: re(d.kinerjaRupiahPair.quarter.pattern),
    genericLeaf: re(d.genericLeaf.pattern),
    flattenedHeader: new RegExp(`^(?:${expandGroups(d.flattenedHeader.group, groups)})\\s+(${expandGroups(d.flattenedHeader.leaf, groups)})$`),
    headerOnlyWords: re(d.headerOnlyWords.pattern),
    headWords: {
      roles: { target: re(d.headWords.target.pattern), realisasi: re(d.headWords.realisasi.pattern), capaian: re(d.headWords.capaian.pattern) },
      ratio: re(d.headWords.ratio.pattern),
    },
    totalRow: new RegExp(`^(?:${alternatives(total.words)})(?: (?:${expandGroups(total.suffix.pattern, groups)}))?$`),
    averageRow: new RegExp(`^(?:${alternatives(d.rows.average.words)})\\b`),
    rowLevels: d.rows.levels.map((l: any) => ({ level: l.level, re: re(l.pattern) })),
    titleWords: { perjanjian_kinerja: new RegExp(alternatives(d.titles.perjanjian_kinerja)), dpa: new RegExp(alternatives(d.titles.dpa)) },
    words: Object.fromEntries(
      Object.entries<any>(d.wordLists).filter(([name]) => !name.startsWith('$')).map(([name, e]) => [name, new RegExp(expandGroups(e.pattern, groups), e.flags ?? '')]),
    ) as Record<WordListName, RegExp>,
    spendingStages: d.spendingStages.stages.map((s: any) => ({ stage: s.stage, re: re(s.pattern), beforePayment: s.beforePayment === true })),
    // Every occurrence is replaced, so each phrase carries the g flag.
    scalePhrases: d.scalePhrases.phrases.map((p: any) => [new RegExp(expandGroups(p.pattern, groups), 'g'), p.replacement]),
    kategoriRanks: d.kategoriRanks.ranks.map((r: any) => ({ rank: r.rank, re: re(r.pattern) })),
    polarity: {
      // A phrase matches at a word start, its spaces as any one space (names are normalised to single spaces).
      negative: d.polarity.negative.map((e: any) => ({ phrase: e.phrase, re: new RegExp(`\\b${e.phrase.replace(/ /g, '\\s')}`), measuresTime: e.measuresTime === true })),
      positive: d.polarity.positive.map((e: any) => ({ keyword: e.keyword, re: re(e.pattern) })),
    },
  };
}

/** The project's vocabulary, compiled once. */
export const lexicon: Lexicon = compileLexicon(data);

/** Does a rule apply to a column header? Its pattern on its text, then every condition it states. */
export function ruleMatches(rule: HeaderRule, t: HeaderTexts): boolean {
  const text = t[rule.on];
  const m = rule.re.exec(text);
  if (!m) return false;
  const w = rule.when;
  if (w.percent !== undefined && w.percent !== t.percent) return false;
  if (w.quarter !== undefined && w.quarter !== !!t.quarter) return false;
  if (w.contextHas && !w.contextHas.test(t.context)) return false;
  if (w.contextLacks && w.contextLacks.test(t.context)) return false;
  if (w.fullHas && !w.fullHas.test(t.full)) return false;
  if (w.fullLacks && w.fullLacks.test(t.full)) return false;
  if (w.leafLacks && w.leafLacks.test(t.leaf)) return false;
  if (w.before) {
    const other = w.before.exec(text);
    if (other && other.index <= m.index) return false;
  }
  return true;
}

/** The first rule of a scope that applies (order in the data file is precedence). */
export function firstRule(scope: RuleScope, t: HeaderTexts, lex: Lexicon = lexicon): HeaderRule | undefined {
  return lex.rules[scope].find(r => ruleMatches(r, t));
}
