/**
 * Checks the lexicon data file before anything is compiled from it: every entry names its source, every pattern
 * compiles, no rule is shadowed by an identical earlier one. Returns one line per problem, empty when valid.
 */

export const SCOPES = ['leaf', 'full', 'group'] as const;
export const TEXTS = ['context', 'leaf', 'full', 'parent'] as const;
const WHEN_KEYS = ['percent', 'contextHas', 'contextLacks', 'fullHas', 'fullLacks', 'leafLacks', 'before', 'quarter'];
const WHEN_PATTERNS = ['contextHas', 'contextLacks', 'fullHas', 'fullLacks', 'leafLacks', 'before'];
const GROUP_REF = /\{\{([a-z_]+)\}\}/g;

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim().length > 0;

/** Replaces {{name}} with the word group's pattern, as a non-capturing group. */
export function expandGroups(pattern: string, groups: Record<string, string>): string {
  return pattern.replace(GROUP_REF, (_, name: string) => (name in groups ? `(?:${groups[name]})` : `{{${name}}}`));
}

export function validateLexicon(raw: unknown): string[] {
  const problems: string[] = [];
  if (!isObj(raw)) return ['lexicon: not an object'];
  const sources = isObj(raw.sources) ? raw.sources : {};
  if (!isObj(raw.sources) || !Object.keys(sources).length) problems.push('sources: missing');
  for (const [k, v] of Object.entries(sources)) if (!isText(v)) problems.push(`sources.${k}: empty description`);

  const checkSource = (where: string, src: unknown) => {
    const list = Array.isArray(src) ? src : [src];
    if (!list.length || list.some(s => !isText(s))) {
      problems.push(`${where}: no source`);
      return;
    }
    for (const s of list as string[]) if (!(s in sources)) problems.push(`${where}: unknown source "${s}"`);
  };
  const groups: Record<string, string> = {};
  const wordGroups = isObj(raw.wordGroups) ? raw.wordGroups : {};
  for (const [name, g] of Object.entries(wordGroups)) {
    if (!isObj(g) || !isText(g.pattern)) {
      problems.push(`wordGroups.${name}: no pattern`);
      continue;
    }
    checkSource(`wordGroups.${name}`, g.source);
    groups[name] = g.pattern;
  }
  // The percentage words are read by code (not only through {{percent}} in patterns).
  if (!('percent' in groups)) problems.push('wordGroups.percent: missing');
  const checkPattern = (where: string, pattern: unknown, flags = '', mayMatchEmpty = false): RegExp | undefined => {
    if (!isText(pattern)) {
      problems.push(`${where}: no pattern`);
      return undefined;
    }
    const expanded = expandGroups(pattern, groups);
    const missing = [...expanded.matchAll(GROUP_REF)].map(m => m[1]);
    if (missing.length) {
      problems.push(`${where}: unknown word group ${missing.map(m => `{{${m}}}`).join(', ')}`);
      return undefined;
    }
    try {
      const re = new RegExp(expanded, flags);
      if (!mayMatchEmpty && re.test('')) problems.push(`${where}: pattern /${pattern}/ matches empty text`);
      return re;
    } catch (e) {
      problems.push(`${where}: pattern /${pattern}/ does not compile (${(e as Error).message})`);
      return undefined;
    }
  };
  /** A pattern + source entry (`{ pattern, source }`), the common shape of word lists. */
  const checkWordEntry = (where: string, e: unknown) => {
    if (!isObj(e)) return problems.push(`${where}: not an object`);
    checkPattern(where, e.pattern);
    checkSource(where, e.source);
  };

  const rules = Array.isArray(raw.headerRoles) ? raw.headerRoles : [];
  if (!rules.length) problems.push('headerRoles: missing');
  const seen = new Map<string, { i: number; role: string }>();
  rules.forEach((r, i) => {
    const where = `headerRoles[${i}]`;
    if (!isObj(r)) return problems.push(`${where}: not an object`);
    const label = `${where} (${String(r.role)})`;
    if (!isText(r.role)) problems.push(`${where}: no role`);
    if (!SCOPES.includes(r.scope as never)) problems.push(`${label}: scope must be one of ${SCOPES.join(', ')}`);
    if (r.on !== undefined && !TEXTS.includes(r.on as never)) problems.push(`${label}: "on" must be one of ${TEXTS.join(', ')}`);
    if (typeof r.score !== 'number' || !(r.score > 0 && r.score <= 1)) problems.push(`${label}: score must be in (0, 1]`);
    if (!isText(r.label)) problems.push(`${label}: no label`);
    if (r.scope === 'group' && !isText(r.rupiahRole)) problems.push(`${label}: a group rule needs the rupiahRole of its Rp half`);
    checkPattern(label, r.pattern);
    checkSource(label, r.source);
    const when = r.when === undefined ? {} : r.when;
    if (!isObj(when)) problems.push(`${label}: "when" is not an object`);
    else {
      for (const k of Object.keys(when)) if (!WHEN_KEYS.includes(k)) problems.push(`${label}: unknown condition "${k}"`);
      for (const k of WHEN_PATTERNS) if (k in when) checkPattern(`${label} when.${k}`, when[k]);
      for (const k of ['percent', 'quarter']) if (k in when && typeof when[k] !== 'boolean') problems.push(`${label}: when.${k} must be true or false`);
    }
    // The same test twice: the later entry can never decide, whatever its role says.
    const key = JSON.stringify([r.scope, r.on ?? null, r.pattern, when]);
    const prev = seen.get(key);
    if (prev) problems.push(`${label}: same pattern and conditions as headerRoles[${prev.i}] (${prev.role}); the later one never applies`);
    else seen.set(key, { i, role: String(r.role) });
  });

  const single = (path: string, e: unknown) => checkWordEntry(path, e);
  single('percentHeader', raw.percentHeader);
  single('genericLeaf', raw.genericLeaf);
  single('headerOnlyWords', raw.headerOnlyWords);
  const head = isObj(raw.headWords) ? raw.headWords : {};
  for (const k of ['target', 'realisasi', 'capaian', 'ratio']) single(`headWords.${k}`, head[k]);
  const pair = isObj(raw.kinerjaRupiahPair) ? raw.kinerjaRupiahPair : {};
  for (const k of ['kinerjaLeaf', 'rupiahLeaf', 'quarter']) single(`kinerjaRupiahPair.${k}`, pair[k]);
  const flat = isObj(raw.flattenedHeader) ? raw.flattenedHeader : {};
  checkPattern('flattenedHeader.group', flat.group);
  checkPattern('flattenedHeader.leaf', flat.leaf);
  checkSource('flattenedHeader', flat.source);

  const rows = isObj(raw.rows) ? raw.rows : {};
  for (const k of ['total', 'average']) {
    const list = isObj(rows[k]) && Array.isArray((rows[k] as Obj).words) ? ((rows[k] as Obj).words as unknown[]) : [];
    if (!list.length) problems.push(`rows.${k}: no words`);
    list.forEach((e, i) => checkWordEntry(`rows.${k}.words[${i}]`, e));
  }
  if (isObj(rows.total)) single('rows.total.suffix', rows.total.suffix);
  const levels = Array.isArray(rows.levels) ? rows.levels : [];
  if (!levels.length) problems.push('rows.levels: missing');
  levels.forEach((e, i) => {
    checkWordEntry(`rows.levels[${i}]`, e);
    if (isObj(e) && !isText(e.level)) problems.push(`rows.levels[${i}]: no level`);
  });

  const titles = isObj(raw.titles) ? raw.titles : {};
  for (const kind of ['perjanjian_kinerja', 'dpa']) {
    const list = Array.isArray(titles[kind]) ? (titles[kind] as unknown[]) : [];
    if (!list.length) problems.push(`titles.${kind}: no words`);
    list.forEach((e, i) => checkWordEntry(`titles.${kind}[${i}]`, e));
  }

  const lists = isObj(raw.wordLists) ? raw.wordLists : {};
  const listNames = Object.keys(lists).filter(k => !k.startsWith('$'));
  if (!listNames.length) problems.push('wordLists: missing');
  for (const name of listNames) {
    const e = lists[name];
    const where = `wordLists.${name}`;
    if (!isObj(e)) {
      problems.push(`${where}: not an object`);
      continue;
    }
    // g is for lists read with matchAll or replace; y would make every match depend on the previous one.
    const flagsOk = e.flags === undefined || (typeof e.flags === 'string' && /^[gimsu]*$/.test(e.flags));
    if (!flagsOk) problems.push(`${where}: flags must be some of g, i, m, s, u`);
    // A list that reads the text between two things ("… adalah sebesar …") may match nothing at all, when it says so.
    if (e.matchesEmpty !== undefined && typeof e.matchesEmpty !== 'boolean') problems.push(`${where}: matchesEmpty must be true or false`);
    checkPattern(where, e.pattern, flagsOk && typeof e.flags === 'string' ? e.flags : '', e.matchesEmpty === true);
    checkSource(where, e.source);
  }
  const stages = isObj(raw.spendingStages) && Array.isArray(raw.spendingStages.stages) ? raw.spendingStages.stages : [];
  if (!stages.length) problems.push('spendingStages.stages: missing');
  stages.forEach((e, i) => {
    const where = `spendingStages.stages[${i}]`;
    checkWordEntry(where, e);
    if (isObj(e) && !(isText(e.stage) && /^[a-z0-9]+$/.test(e.stage))) problems.push(`${where}: stage must be one lower-case word (it becomes a role suffix)`);
    if (isObj(e) && e.beforePayment !== undefined && typeof e.beforePayment !== 'boolean') problems.push(`${where}: beforePayment must be true or false`);
  });

  const scalePhrases = isObj(raw.scalePhrases) && Array.isArray(raw.scalePhrases.phrases) ? raw.scalePhrases.phrases : [];
  if (!scalePhrases.length) problems.push('scalePhrases.phrases: missing');
  scalePhrases.forEach((e, i) => {
    checkWordEntry(`scalePhrases.phrases[${i}]`, e);
    if (isObj(e) && typeof e.replacement !== 'string') problems.push(`scalePhrases.phrases[${i}]: no replacement`);
  });

  const ranks = isObj(raw.kategoriRanks) && Array.isArray(raw.kategoriRanks.ranks) ? raw.kategoriRanks.ranks : [];
  if (!ranks.length) problems.push('kategoriRanks.ranks: missing');
  ranks.forEach((e, i) => {
    checkWordEntry(`kategoriRanks.ranks[${i}]`, e);
    if (isObj(e) && !(Number.isInteger(e.rank) && (e.rank as number) >= 0)) problems.push(`kategoriRanks.ranks[${i}]: rank must be a whole number from 0 (the top band)`);
  });

  const pol = isObj(raw.polarity) ? raw.polarity : {};
  const negative = Array.isArray(pol.negative) ? pol.negative : [];
  const positive = Array.isArray(pol.positive) ? pol.positive : [];
  if (!negative.length) problems.push('polarity.negative: missing');
  if (!positive.length) problems.push('polarity.positive: missing');
  const phrases = new Set<string>();
  negative.forEach((e, i) => {
    const where = `polarity.negative[${i}]`;
    if (!isObj(e) || !isText(e.phrase)) return problems.push(`${where}: no phrase`);
    // Indicator names are matched lower-case with letters and digits only (see engine/polarity.ts).
    if (!/^[a-z0-9]+( [a-z0-9]+)*$/.test(e.phrase)) problems.push(`${where}: "${e.phrase}" must be lower-case words separated by single spaces`);
    if (phrases.has(e.phrase)) problems.push(`${where}: "${e.phrase}" listed twice`);
    phrases.add(e.phrase);
    checkSource(where, e.source);
  });
  positive.forEach((e, i) => {
    const where = `polarity.positive[${i}]`;
    checkWordEntry(where, e);
    if (isObj(e) && !isText(e.keyword)) problems.push(`${where}: no keyword`);
  });
  return problems;
}
