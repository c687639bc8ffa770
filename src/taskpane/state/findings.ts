/** Findings arranged for reading: by sheet (in the order the report meets them), then Galat, Peringatan, Info. */
import type { Finding, FindingGroup, Severity } from '../../model/report';
import { ruleName, ruleTodo } from '../../engine/checks/rules';
import { SEVERITIES } from './labels';

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface SheetGroup {
  sheet: string;
  count: number;
  groups: SeverityGroup[];
}

/** Row-major position of an A1 cell, for sorting; unknown text sorts last. */
function position(cell: string): [number, number] {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(cell);
  if (!m) return [Number.MAX_SAFE_INTEGER, 0];
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

function byCell(a: Finding, b: Finding): number {
  const [ra, ca] = position(a.cell);
  const [rb, cb] = position(b.cell);
  return ra - rb || ca - cb;
}

export function groupFindings(findings: Finding[], show: Record<Severity, boolean> = { error: true, warning: true, info: true }): SheetGroup[] {
  const sheets: string[] = [];
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!show[f.severity]) continue;
    let list = bySheet.get(f.sheet);
    if (!list) {
      list = [];
      bySheet.set(f.sheet, list);
      sheets.push(f.sheet);
    }
    list.push(f);
  }
  return sheets.map(sheet => {
    const list = bySheet.get(sheet)!;
    const groups = SEVERITIES.map(severity => ({ severity, findings: list.filter(f => f.severity === severity).sort(byCell) })).filter(
      g => g.findings.length > 0,
    );
    return { sheet, count: list.length, groups };
  });
}

/** A cell named in a finding: "D7" on the finding's own sheet, or "PK!D5" / "'Lampiran 2'!D30" on another. */
export function parseCellRef(ref: string, sheet: string): { sheet: string; cell: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { sheet, cell: ref.trim() };
  let name = ref.slice(0, bang).trim();
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheet: name, cell: ref.slice(bang + 1).trim() };
}

/** Stable key of a finding for React lists and for remembering which one is selected. */
export function findingKey(f: Finding): string {
  return `${f.sheet}!${f.cell}#${f.rule}`;
}

/* ------------------------------------------------------------------ the filtered, grouped list */


export interface FindingFilter {
  /** '' = every sheet / level / rule. */
  sheet: string;
  severity: Severity | '';
  rule: string;
  /** Free text: indicator or program name, cell address, words of the message. */
  text: string;
}

export const NO_FILTER: FindingFilter = { sheet: '', severity: '', rule: '', text: '' };

/** One line of the list: a single finding, a group (one cause, many cells), or a finding shown inside an opened group. */
export type Entry =
  | { kind: 'finding'; key: string; finding: Finding }
  | { kind: 'group'; key: string; group: FindingGroup; members: Finding[]; shownMembers: Finding[] }
  | { kind: 'member'; key: string; finding: Finding; groupKey: string };

export function groupKey(g: FindingGroup): string {
  return `grup:${g.sheet}!${g.cells[0]}#${g.rule}#${g.count}`;
}

/** Lower case without accents and repeated spaces, for matching what a person types. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function findingText(f: Finding): string {
  return fold([f.sheet, f.cell, `${f.sheet}!${f.cell}`, f.rowLabel ?? '', f.message, ruleName(f.rule), f.rule, f.stated].join(' \u0001 '));
}

/** Every search word must appear somewhere in the finding's text. */
function matches(words: string[], text: string): boolean {
  return words.every(w => text.includes(w));
}

/** Sheets, levels and rules that occur, in report order, for the filter menus (with counts). */
export function filterOptions(findings: Finding[]): { sheets: [string, number][]; rules: [string, number][]; severities: [Severity, number][] } {
  const sheets = new Map<string, number>();
  const rules = new Map<string, number>();
  const sev = new Map<Severity, number>();
  for (const f of findings) {
    sheets.set(f.sheet, (sheets.get(f.sheet) ?? 0) + 1);
    rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
    sev.set(f.severity, (sev.get(f.severity) ?? 0) + 1);
  }
  return {
    sheets: [...sheets],
    rules: [...rules].sort((a, b) => ruleName(a[0]).localeCompare(ruleName(b[0]), 'id')),
    severities: SEVERITIES.filter(s => sev.has(s)).map(s => [s, sev.get(s)!]),
  };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The list as shown: findings that pass the filter, those of one group folded into one entry (in the place of
 * the group's first cell), opened groups followed by their matching cells. Sorted by sheet (report order),
 * then level, then cell.
 */
export function buildEntries(findings: Finding[], groups: FindingGroup[], filter: FindingFilter, open: ReadonlySet<string> = new Set()): Entry[] {
  const words = fold(filter.text).split(' ').filter(Boolean);
  const pass = (f: Finding) =>
    (!filter.sheet || f.sheet === filter.sheet) && (!filter.severity || f.severity === filter.severity) && (!filter.rule || f.rule === filter.rule) && (!words.length || matches(words, findingText(f)));
  const byCell = new Map<string, Finding>();
  for (const f of findings) byCell.set(`${f.rule}\u0000${f.sheet}\u0000${f.cell}`, f);
  const inGroup = new Set<Finding>();
  const groupOf = new Map<Finding, FindingGroup>();
  for (const g of groups) {
    for (const c of g.cells) {
      const f = byCell.get(`${g.rule}\u0000${g.sheet}\u0000${c}`);
      if (f) {
        inGroup.add(f);
        if (!groupOf.has(f)) groupOf.set(f, g);
      }
    }
  }
  const sheetOrder = new Map<string, number>();
  for (const f of findings) if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
  type Row = { sheet: string; severity: Severity; cell: string; entry: Entry; members?: Finding[] };
  const rows: Row[] = [];
  for (const f of findings) {
    if (inGroup.has(f) || !pass(f)) continue;
    rows.push({ sheet: f.sheet, severity: f.severity, cell: f.cell, entry: { kind: 'finding', key: findingKey(f), finding: f } });
  }
  for (const g of groups) {
    const members = g.cells.map(c => byCell.get(`${g.rule}\u0000${g.sheet}\u0000${c}`)).filter((f): f is Finding => !!f && groupOf.get(f) === g);
    const groupWords = fold(`${g.message} ${ruleName(g.rule)} ${g.rule} ${g.sheet}`);
    const groupHit = !words.length || matches(words, groupWords);
    const shownMembers = members.filter(f => pass(f) || (groupHit && (!filter.sheet || f.sheet === filter.sheet) && (!filter.severity || f.severity === filter.severity) && (!filter.rule || f.rule === filter.rule)));
    if (!shownMembers.length) continue;
    const severity = g.severity ?? members.reduce<Severity>((s, f) => (RANK[f.severity] < RANK[s] ? f.severity : s), 'info');
    rows.push({ sheet: g.sheet, severity, cell: g.cells[0], entry: { kind: 'group', key: groupKey(g), group: g, members, shownMembers } });
  }
  rows.sort((a, b) => {
    const [ra, ca] = position(a.cell);
    const [rb, cb] = position(b.cell);
    return (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || RANK[a.severity] - RANK[b.severity] || ra - rb || ca - cb;
  });
  const out: Entry[] = [];
  for (const r of rows) {
    out.push(r.entry);
    if (r.entry.kind === 'group' && open.has(r.entry.key)) {
      const gk = r.entry.key;
      for (const f of r.entry.shownMembers) out.push({ kind: 'member', key: `${gk}>${findingKey(f)}`, finding: f, groupKey: gk });
    }
  }
  return out;
}

/** "Yang perlu dilakukan" of a finding's rule, for the card. */
export function todoOf(rule: string): string {
  return ruleTodo(rule);
}
