/** Findings arranged for reading: by sheet (in the order the report meets them), then Galat, Peringatan, Info. */
import type { Finding, Severity } from '../../engine/report';
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
