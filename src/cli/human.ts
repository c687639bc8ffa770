import { ruleName, ruleTodo } from '../engine/checks/rules';
import type { CheckReport, Finding } from '../model/report';

const KIND_NAMES: Record<string, string> = {
  dpa: 'DPA',
  perjanjian_kinerja: 'Perjanjian Kinerja',
  realisasi_kinerja: 'Realisasi Kinerja',
  realisasi_anggaran: 'Realisasi Anggaran',
  efisiensi: 'Efisiensi',
};
const SEVERITY_NAMES = { error: 'GALAT', warning: 'PERINGATAN', info: 'INFO' } as const;

/** 1234 → "1.234". */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '.');

/** "D7–D306" for a run of cells, else the first cells and "…". */
function cellsText(cells: string[]): string {
  if (cells.length <= 3) return cells.join(', ');
  return `${cells[0]}–${cells[cells.length - 1]}`;
}

/**
 * The default, human-readable report in Indonesian. Findings of one cause on many cells (report.groups) are one
 * line with their count; the findings in a group are not repeated. Each rule is named in words, with what to do.
 */
export function humanReport(r: CheckReport): string {
  const lines: string[] = [];
  lines.push(`Buku kerja: ${r.workbook}`);
  if (r.settings) lines.push(`Skala kategori: ${r.settings.skala}`, `Efisiensi: ${r.settings.efisiensi}`);
  lines.push('', `Tabel dikenali: ${count(r.tables.length)}`);
  for (const t of r.tables) {
    const cols = Object.entries(t.columns).map(([k, v]) => `${k}=${v}`).join(' ');
    lines.push(`  - ${t.sheet}!${t.range}  ${KIND_NAMES[t.kind] ?? t.kind}  (keyakinan ${Math.round(t.confidence * 100)}%)  ${cols}`);
  }
  for (const n of r.notices || []) lines.push(`  ! ${n}`);
  const f = r.summary.findings;
  lines.push('', `Nilai dihitung ulang: ${count(r.results.length)}`, `Temuan: ${count(f.error)} galat, ${count(f.warning)} peringatan, ${count(f.info)} info`);

  const groups = r.groups ?? [];
  const grouped = new Set<string>();
  for (const g of groups) for (const c of g.cells) grouped.add(`${g.rule}\u0000${g.sheet}\u0000${c}`);
  const groupsBySheet = new Map<string, typeof groups>();
  for (const g of groups) groupsBySheet.set(g.sheet, [...(groupsBySheet.get(g.sheet) ?? []), g]);
  const single = r.findings.filter(x => !grouped.has(`${x.rule}\u0000${x.sheet}\u0000${x.cell}`));
  const sheets = [...new Set([...r.findings.map(x => x.sheet)])];
  const used = new Set<string>();
  for (const sheet of sheets) {
    const mine = single.filter(x => x.sheet === sheet);
    const gs = groupsBySheet.get(sheet) ?? [];
    if (!mine.length && !gs.length) continue;
    lines.push('', `[${sheet}]`);
    for (const g of gs) {
      const sev = SEVERITY_NAMES[g.severity ?? 'info'];
      lines.push(`  ${cellsText(g.cells).padEnd(6)} ${sev.padEnd(10)} ${count(g.count)}× ${ruleName(g.rule)}: ${g.message}`);
    }
    for (const x of mine) lines.push(findingLine(x));
    for (const x of [...gs.map(g => g.rule), ...mine.map(m => m.rule)]) used.add(x);
  }
  const u = r.understanding;
  if (!r.findings.length) {
    // Nothing found is "all correct" only where everything was read.
    if (u && u.level !== 'full') lines.push('', `Tidak ada ketidaksesuaian pada angka yang dapat dibaca. ${u.summary}`);
    else lines.push('', 'Tidak ada ketidaksesuaian yang ditemukan.');
  } else if (u && u.level !== 'full') lines.push('', u.summary);
  if (r.findings.length) {
    lines.push('', 'Yang perlu dilakukan:');
    for (const rule of used) lines.push(`  - ${ruleName(rule)} (${rule}): ${ruleTodo(rule)}`);
  }
  return lines.join('\n');
}

function findingLine(x: Finding): string {
  const row = x.rowLabel ? ` [${x.rowLabel.length > 60 ? x.rowLabel.slice(0, 59) + '…' : x.rowLabel}]` : '';
  return `  ${x.cell.padEnd(6)} ${SEVERITY_NAMES[x.severity].padEnd(10)} ${x.message}${row}`;
}
