import { append } from '../engine/append';
import type { Finding } from '../model/report';
import type { ComputedValue } from '../engine/compute';
import { emptyPlan, OWN_NOTE_PREFIX, OWN_SHEET_TITLES, type BlockWrite, type FillGroup, type PlannedCell, type SheetWrite, type WritePlan } from '../model/write-plan';
import { a1, columnLetter, sheetRef } from '../model/address';
import type { TableValues } from '../layout/table-values';
import { capaianFormula, cellIndex, type CellIndex, efisiensiFormula, FMT_PERSEN, FMT_RUPIAH, isLive, num, sourceRef, summarySheet } from './summary-sheet';
import type { Evaluation } from './check';
import { narasiSheet } from './narasi-sheet';
import type { NarasiParagraph } from '../engine/narasi/generate';
import type { RunSettings } from './settings';
import { ruleName, ruleTodo } from '../engine/checks/rules';
import { Dec } from '../engine/decimal';
import { formatId } from '../engine/number';

/** Fill colours by severity (ARGB): Excel's own "bad", "neutral" and a light blue for info. */
export const SEVERITY_FILL: Record<Finding['severity'], string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

const SEVERITY_WORD: Record<Finding['severity'], string> = { error: 'Galat', warning: 'Peringatan', info: 'Info' };

/** Decides every write of a run: highlights and notes on stated cells, and our sheets. */
export function buildPlan(ev: Evaluation, settings: RunSettings, now: Date = new Date(), narasi?: NarasiParagraph[]): WritePlan {
  const plan = emptyPlan();
  plan.fills = fillGroups(ev.report.findings);
  plan.notes = notesFor(ev.report.findings);
  if (settings.output === 'kolom') {
    for (const tv of ev.tables) {
      const b = tableBlock(ev, tv, settings);
      if (!b) continue;
      plan.blocks.push(b.block);
      append(plan.notes, b.notes);
    }
  }
  plan.sheets.push(summarySheet(ev, settings, now));
  plan.sheets.push(temuanSheet(ev, now));
  plan.sheets.push(narasiSheet(ev, { capSebelumRataRata: settings.capSebelumRataRata }, narasi));
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
  return [...byCell.values()].map(n => ({ sheet: n.sheet, cell: n.cell, text: `${OWN_NOTE_PREFIX}:\n${n.lines.join('\n')}` }));
}

/** "94.71" → "94,71", "11862514803" → "11.862.514.803"; other text as it is. */
export function idNumberText(text: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(text.trim())) return text;
  return formatId(new Dec(text.trim()));
}

/** "D7–D306" for many cells, else the cells themselves. */
function cellsText(cells: string[]): string {
  return cells.length <= 3 ? cells.join(', ') : `${cells[0]}–${cells[cells.length - 1]}`;
}

/**
 * "Temuan": first one line per group of findings with one cause (with its count), then every other finding,
 * each with a link to its cell, the row it is on, the rule's name and what to do; the rule id stays in a
 * narrow last column for reference. Numbers are shown in id-ID.
 */
export function temuanSheet(ev: Evaluation, now: Date): SheetWrite {
  const head = (t: string): PlannedCell => ({ value: t, bold: true, fill: 'FFD9E1F2', wrap: true });
  const rows: PlannedCell[][] = [
    [{ value: OWN_SHEET_TITLES[1], bold: true }],
    [{ value: `Buku kerja: ${ev.report.workbook} · diperiksa ${now.toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric' })} · ${ev.scaleSource}` }],
    [],
    ['No', 'Lembar', 'Sel', 'Baris', 'Tingkat', 'Temuan', 'Keterangan', 'Tertulis', 'Seharusnya', 'Yang perlu dilakukan', 'Kode aturan'].map(head),
  ];
  const groups = ev.report.groups ?? [];
  const grouped = new Set<string>();
  for (const g of groups) for (const c of g.cells) grouped.add(`${g.rule}\u0000${g.sheet}\u0000${c}`);
  let n = 0;
  for (const g of groups) {
    const severity = g.severity ?? 'info';
    rows.push([
      { value: ++n },
      { value: g.sheet },
      { value: cellsText(g.cells), link: `${sheetRef(g.sheet)}!${g.cells[0]}` },
      { value: `${formatId(new Dec(g.count))} sel` },
      { value: SEVERITY_WORD[severity], fill: SEVERITY_FILL[severity] },
      { value: ruleName(g.rule), wrap: true },
      { value: g.message, wrap: true },
      { value: '' },
      { value: '' },
      { value: ruleTodo(g.rule), wrap: true },
      { value: g.rule },
    ]);
  }
  for (const f of ev.report.findings) {
    if (grouped.has(`${f.rule}\u0000${f.sheet}\u0000${f.cell}`)) continue;
    rows.push([
      { value: ++n },
      { value: f.sheet },
      { value: f.cell, link: `${sheetRef(f.sheet)}!${f.cell}` },
      { value: f.rowLabel ?? '', wrap: true },
      { value: SEVERITY_WORD[f.severity], fill: SEVERITY_FILL[f.severity] },
      { value: ruleName(f.rule), wrap: true },
      { value: f.message, wrap: true },
      { value: f.stated },
      { value: idNumberText(f.expected) },
      { value: ruleTodo(f.rule), wrap: true },
      { value: f.rule },
    ]);
  }
  return {
    name: 'Temuan',
    rows,
    columnWidths: [5, 18, 8, 30, 11, 24, 70, 14, 14, 36, 10],
    freezeRows: 4,
    autoFilter: `A4:K${Math.max(4, rows.length)}`,
    landscape: true,
  };
}

const BLOCK_KINDS = new Set(['realisasi_kinerja', 'realisasi_anggaran', 'efisiensi']);

/** Column heading of a recomputed value, by metric and the stated column's role ("capaian_2022" → "Capaian 2022"). */
function blockHeading(v: ComputedValue): string {
  const year = /_(\d{4})$/.exec(v.role)?.[1];
  const y = year ? ` ${year}` : '';
  switch (v.metric) {
    case 'capaian_kinerja':
    case 'rata_rata_capaian':
      return `Capaian${y} (hitung ulang)`;
    case 'persen_anggaran':
      return `Serapan${y} (hitung ulang)`;
    case 'sisa':
      return v.role === 'selisih' ? 'Selisih (hitung ulang)' : v.role === 'lebih' ? 'Lebih/(Kurang) (hitung ulang)' : 'Sisa (hitung ulang)';
    case 'persen_sisa':
      return v.role === 'persen_selisih' ? '% Selisih (hitung ulang)' : '% Sisa (hitung ulang)';
    case 'efisiensi':
      return 'Efisiensi (hitung ulang)';
    default:
      return `${v.metric} (hitung ulang)`;
  }
}

/**
 * Our columns just right of a table (one empty column between), one per recomputed role, with live formulas
 * on the source cells and the engine's value cached. Text numbers get the engine's value and a note.
 */
export function tableBlock(ev: Evaluation, tv: TableValues, settings: RunSettings): { block: BlockWrite; notes: WritePlan['notes'] } | undefined {
  const t = tv.table;
  if (!BLOCK_KINDS.has(t.kind)) return undefined;
  const values = ev.computed.values.filter(v => v.tableId === t.id);
  if (!values.length) return undefined;
  const cells = cellIndex(tv);
  // One column per role, in the order of the stated columns.
  const roleCol = new Map<string, number>();
  for (const v of values) {
    const c = cells.get(v.cell)?.col ?? 0;
    if (!roleCol.has(v.role) || c < roleCol.get(v.role)!) roleCol.set(v.role, c);
  }
  const roles = [...roleCol.entries()].sort((a, b) => a[1] - b[1]).map(e => e[0]);
  // A table with no header row gets its heading on the line above its body (its title line, left of our block).
  const top = t.headerRows[0] ?? Math.max(1, t.bodyTop - 1);
  const left = t.right + 2;
  const height = t.bodyBottom - top + 1;
  const rows: PlannedCell[][] = Array.from({ length: height }, () => roles.map(() => ({})));
  const notes: WritePlan['notes'] = [];
  roles.forEach((role, j) => {
    const first = values.find(v => v.role === role && v.metric !== 'rata_rata_capaian') || values.find(v => v.role === role)!;
    rows[0][j] = { value: blockHeading(first), bold: true, wrap: true, fill: 'FFE2EFDA' };
  });
  for (const v of values) {
    const j = roles.indexOf(v.role);
    const i = v.row - top;
    if (i <= 0 || i >= height) continue;
    const fmt = v.places === 0 ? FMT_RUPIAH : FMT_PERSEN;
    const f = blockFormula(v, cells, roles, left, top, values, settings);
    const at = a1(v.row, left + j);
    if (f) rows[i][j] = { formula: f, value: num(v.value), numFmt: fmt };
    else {
      rows[i][j] = { value: num(v.value), numFmt: fmt };
      const text = v.inputs.some(c => cells.get(c)?.fromText);
      notes.push({
        sheet: t.sheet,
        cell: at,
        text: `${OWN_NOTE_PREFIX}: ${text ? 'sel sumber berisi angka sebagai teks, sehingga nilai ini ditulis sebagai angka hasil hitung ulang (bukan rumus).' : 'nilai hasil hitung ulang (bukan rumus).'} ${v.formula}.`,
      });
    }
  }
  return { block: { sheet: t.sheet, topLeft: a1(top, left), rows, columnWidth: 16 }, notes };
}

const capaianByCell = new WeakMap<ComputedValue[], Map<string, ComputedValue>>();

/** The first capaian of a table at each cell, indexed once: searching the list per averaged row was quadratic. */
function capaianAt(values: ComputedValue[]): Map<string, ComputedValue> {
  let m = capaianByCell.get(values);
  if (!m) {
    m = new Map();
    for (const x of values) if (x.metric === 'capaian_kinerja' && !m.has(x.cell)) m.set(x.cell, x);
    capaianByCell.set(values, m);
  }
  return m;
}

/** Live formula for one recomputed value, or undefined when its inputs are not real numeric cells. */
function blockFormula(v: ComputedValue, cells: CellIndex, roles: string[], left: number, top: number, values: ComputedValue[], settings: RunSettings): string | undefined {
  if (v.metric === 'rata_rata_capaian') {
    if (settings.capSebelumRataRata !== null) return undefined;
    const col = columnLetter(left + roles.indexOf(v.role));
    const rowsOf = v.inputs.map(c => capaianAt(values).get(c));
    if (!rowsOf.length || rowsOf.some(x => !x || x.row <= top)) return undefined;
    return `IFERROR(AVERAGE(${rowsOf.map(x => col + x!.row).join(',')}),"")`;
  }
  const ins = v.inputs.map(c => cells.get(c));
  if (ins.length < 2 || !ins.every(isLive)) return undefined;
  const [x, y] = ins.map(c => sourceRef(c!));
  switch (v.metric) {
    case 'capaian_kinerja':
      if (/rentang/.test(v.formula)) return undefined;
      return capaianFormula(x, y, v.polarity);
    case 'persen_anggaran':
      return `IFERROR(${x}/${y}*100,"")`;
    case 'sisa':
      return `${x}-${y}`;
    case 'persen_sisa':
      return `IFERROR((${x}-${y})/${x}*100,"")`;
    case 'efisiensi':
      return efisiensiFormula(settings.efisiensi, x, y);
    default:
      return undefined;
  }
}
