import type { CheckReport } from '../../src/model/report';

/** Answers in the corpus format (shared/corpus/README.md). */
export interface Expected {
  tables: { sheet: string; kind: string; altKinds?: string[]; headerRow: number; columns: Record<string, string> }[];
  values: { sheet: string; cell: string; metric: string; value: string; polarity?: string }[];
  findings: { sheet: string; cell: string; rule: string; alt?: { sheet: string; cell: string }[]; alt_rules?: string[] }[];
  clean: { sheet: string; cell: string; allow?: string[] }[];
}

export interface Misses {
  tables: string[];
  values: string[];
  findings: string[];
  falsePositives: string[];
}

/** As the corpus scorer: the first header row, or for a table with no header row the first row of its range. */
function firstHeaderRow(t: CheckReport['tables'][number]): number {
  return t.headerRows.length ? Math.min(...t.headerRows) : Number(/^[A-Z]+(\d+)/.exec(t.range)?.[1]);
}

/** Scores a report against answers with the corpus's rules; returns what was missed, by kind. */
export function misses(expected: Expected, report: CheckReport): Misses {
  const m: Misses = { tables: [], values: [], findings: [], falsePositives: [] };
  for (const e of expected.tables) {
    const kinds = [e.kind, ...(e.altKinds || [])];
    const t = report.tables.find(x => x.sheet === e.sheet && kinds.includes(x.kind) && firstHeaderRow(x) === e.headerRow);
    if (!t) m.tables.push(`${e.sheet} row ${e.headerRow} ${e.kind}: not found`);
    else
      for (const k of ['target', 'realisasi', 'capaian', 'pagu']) {
        if (e.columns[k] && t.columns[k] !== e.columns[k]) m.tables.push(`${e.sheet} row ${e.headerRow}: ${k} ${t.columns[k]} ≠ ${e.columns[k]}`);
      }
  }
  for (const v of expected.values) {
    const got = report.results.filter(r => r.sheet === v.sheet && r.cell === v.cell);
    if (!got.some(r => Math.abs(Number(r.value) - Number(v.value)) <= 0.01)) m.values.push(`${v.sheet}!${v.cell} want ${v.value} got ${got.map(r => r.value).join('/') || '-'}`);
  }
  const allowed = new Map<string, Set<string>>();
  for (const f of expected.findings) {
    const cells = [{ sheet: f.sheet, cell: f.cell }, ...(f.alt || [])];
    const rules = [f.rule, ...(f.alt_rules || [])];
    cells.forEach(c => rules.forEach(r => (allowed.get(`${c.sheet}!${c.cell}`) ?? allowed.set(`${c.sheet}!${c.cell}`, new Set()).get(`${c.sheet}!${c.cell}`)!).add(r)));
    const hit = report.findings.some(x => cells.some(c => c.sheet === x.sheet && c.cell === x.cell) && rules.includes(x.rule));
    if (!hit) m.findings.push(`${f.sheet}!${f.cell} ${f.rule}`);
  }
  for (const c of expected.clean) {
    const ok = new Set([...(c.allow || []), ...(allowed.get(`${c.sheet}!${c.cell}`) || [])]);
    const bad = report.findings.filter(x => x.sheet === c.sheet && x.cell === c.cell && !ok.has(x.rule));
    if (bad.length) m.falsePositives.push(`${c.sheet}!${c.cell} ${bad.map(b => b.rule).join(',')}`);
  }
  return m;
}
