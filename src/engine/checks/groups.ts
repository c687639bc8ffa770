import { cellAt, type WorkbookData } from '../../model/grid';
import { columnNumber, parseA1 } from '../../model/address';
import type { Finding, FindingGroup, Severity } from '../../model/report';
import { countId } from './context';
import { ruleName } from './rules';

/**
 * One cause on many cells is one line for a person: a whole column of numbers stored as text, the same
 * wrong formula down a column, a required column left empty. Rules that know the cause of a finding say
 * so with `withCause`; for the rest, a finding on a formula cell is caused by that formula (compared in
 * relative form, so =E7/D7*100 and =E8/D8*100 are one formula). Every finding stays in `findings`.
 */

export interface Cause {
  /** Findings of one rule, sheet and column with equal keys share their cause. */
  key: string;
  /** The group's sentence for a count already in id-ID ("300"). */
  sentence(count: string): string;
}

/** Fewest findings that make a group. */
export const GROUP_MIN = 3;

const causes = new WeakMap<Finding, Cause>();

/** Marks a finding with its cause, for grouping; returns the finding. */
export function withCause(f: Finding, cause: Cause): Finding {
  causes.set(f, cause);
  return f;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Groups the findings (already in report order) that share rule, sheet, column and cause. */
export function groupFindings(findings: Finding[], wb?: WorkbookData): FindingGroup[] {
  const buckets = new Map<string, { cause: Cause; list: Finding[] }>();
  for (const f of findings) {
    const cause = causes.get(f) ?? formulaCause(f, wb);
    if (!cause) continue;
    const column = /^\$?([A-Za-z]{1,3})/.exec(f.cell)?.[1]?.toUpperCase() ?? '';
    const key = `${f.rule}\u0000${f.sheet}\u0000${column}\u0000${cause.key}`;
    const b = buckets.get(key);
    if (b) b.list.push(f);
    else buckets.set(key, { cause, list: [f] });
  }
  const out: FindingGroup[] = [];
  for (const { cause, list } of buckets.values()) {
    if (list.length < GROUP_MIN) continue;
    const severity = list.reduce<Severity>((s, f) => (RANK[f.severity] < RANK[s] ? f.severity : s), 'info');
    out.push({
      rule: list[0].rule,
      sheet: list[0].sheet,
      count: list.length,
      cells: list.map(f => f.cell),
      message: cause.sentence(countId(list.length)),
      severity,
      cause: cause.key,
    });
  }
  return out;
}

/** The cause of a finding on a formula cell: its formula with references made relative to the cell. */
function formulaCause(f: Finding, wb?: WorkbookData): Cause | undefined {
  if (!wb) return undefined;
  const sheet = wb.sheets.find(s => s.name === f.sheet);
  if (!sheet) return undefined;
  let at: { row: number; col: number };
  try {
    at = parseA1(f.cell);
  } catch {
    return undefined;
  }
  const formula = cellAt(sheet, at.row, at.col)?.formula;
  if (!formula) return undefined;
  const relative = relativeFormula(formula, at.row, at.col);
  const column = /^[A-Za-z]+/.exec(f.cell)![0].toUpperCase();
  return {
    key: `rumus:${relative}`,
    sentence: n => `${n} sel di kolom ${column} memakai rumus yang sama (mis. =${formula}) dan hasilnya tidak sesuai: ${ruleName(f.rule).toLowerCase()}.`,
  };
}

/** "E7/D7*100" at row 7, column F → "C-1R0/C-2R0*100": equal for the same formula filled down or across. */
export function relativeFormula(formula: string, row: number, col: number): string {
  return formula.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)\b/g, (_m, absC: string, c: string, absR: string, r: string) => {
    const cc = absC ? `C${columnNumber(c)}` : `C${columnNumber(c) - col}`;
    const rr = absR ? `R${r}` : `R${Number(r) - row}`;
    return `[${cc}${rr}]`;
  });
}
