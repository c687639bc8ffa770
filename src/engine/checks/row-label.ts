import type { TableValues } from '../../layout/table-values';
import type { Finding } from '../../model/report';

/** Longest row label kept on a finding. */
const MAX = 120;

/**
 * Names the row of each finding (the indicator, or the program / kegiatan / sub kegiatan without its code),
 * so that a person sees "IKM … (E21)" rather than a bare address. Findings outside table rows keep none.
 */
export function labelRows(findings: Finding[], tables: TableValues[]): Finding[] {
  const labels = new Map<string, string>();
  for (const tv of tables) {
    for (const rv of tv.rows) {
      const label = (rv.cells.indikator?.text || rv.row.label || '').replace(/\s+/g, ' ').trim();
      if (!label) continue;
      const key = `${tv.table.sheet}\u0000${rv.row.row}`;
      if (!labels.has(key)) labels.set(key, label.length > MAX ? label.slice(0, MAX - 1).trimEnd() + '…' : label);
    }
  }
  for (const f of findings) {
    const row = /(\d+)$/.exec(f.cell)?.[1];
    const label = row ? labels.get(`${f.sheet}\u0000${row}`) : undefined;
    if (label && f.rowLabel === undefined) f.rowLabel = label;
  }
  return findings;
}
