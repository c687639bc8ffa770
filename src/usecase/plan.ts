import type { Finding } from '../engine/report';
import { emptyPlan, type FillGroup, type PlannedCell, type SheetWrite, type WritePlan } from '../workbook/plan';
import { sheetRef } from '../workbook/address';
import type { Evaluation } from './check';
import type { RunSettings } from './settings';

/** Fill colours by severity (ARGB): Excel's own "bad", "neutral" and a light blue for info. */
export const SEVERITY_FILL: Record<Finding['severity'], string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

const SEVERITY_WORD: Record<Finding['severity'], string> = { error: 'Galat', warning: 'Peringatan', info: 'Info' };

/** Decides every write of a run: highlights and notes on stated cells, and our sheets. */
export function buildPlan(ev: Evaluation, settings: RunSettings, now: Date = new Date()): WritePlan {
  const plan = emptyPlan();
  plan.fills = fillGroups(ev.report.findings);
  plan.notes = notesFor(ev.report.findings);
  plan.sheets.push(temuanSheet(ev, now));
  void settings;
  return plan;
}

/** One fill group per sheet and severity; a cell with several findings takes the most severe colour. */
export function fillGroups(findings: Finding[]): FillGroup[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    const prev = best.get(key);
    if (!prev || rank[f.severity] < rank[prev.severity]) best.set(key, f);
  }
  const groups = new Map<string, FillGroup>();
  for (const f of best.values()) {
    const key = `${f.sheet}\u0000${f.severity}`;
    if (!groups.has(key)) groups.set(key, { sheet: f.sheet, color: SEVERITY_FILL[f.severity], cells: [] });
    groups.get(key)!.cells.push(f.cell);
  }
  return [...groups.values()];
}

/** One note per cell, listing every finding on it. */
export function notesFor(findings: Finding[]): WritePlan['notes'] {
  const byCell = new Map<string, { sheet: string; cell: string; lines: string[] }>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    if (!byCell.has(key)) byCell.set(key, { sheet: f.sheet, cell: f.cell, lines: [] });
    byCell.get(key)!.lines.push(`[${SEVERITY_WORD[f.severity]}] ${f.message}`);
  }
  return [...byCell.values()].map(n => ({ sheet: n.sheet, cell: n.cell, text: `Hitung Capaian:\n${n.lines.join('\n')}` }));
}

/** "Temuan": every finding with a link to its cell, filterable. */
export function temuanSheet(ev: Evaluation, now: Date): SheetWrite {
  const head = (t: string): PlannedCell => ({ value: t, bold: true, fill: 'FFD9E1F2', wrap: true });
  const rows: PlannedCell[][] = [
    [{ value: 'Daftar Temuan Hitung Capaian', bold: true }],
    [{ value: `Buku kerja: ${ev.report.workbook} · diperiksa ${now.toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric' })} · ${ev.scaleSource}` }],
    [],
    ['No', 'Lembar', 'Sel', 'Tingkat', 'Aturan', 'Tertulis', 'Seharusnya', 'Keterangan'].map(head),
  ];
  ev.report.findings.forEach((f, i) => {
    rows.push([
      { value: i + 1 },
      { value: f.sheet },
      { value: f.cell, link: `${sheetRef(f.sheet)}!${f.cell}` },
      { value: SEVERITY_WORD[f.severity], fill: SEVERITY_FILL[f.severity] },
      { value: f.rule },
      { value: f.stated },
      { value: f.expected },
      { value: f.message, wrap: true },
    ]);
  });
  return {
    name: 'Temuan',
    rows,
    columnWidths: [5, 20, 8, 11, 22, 16, 16, 90],
    freezeRows: 4,
    autoFilter: `A4:H${Math.max(4, rows.length)}`,
    landscape: true,
  };
}
