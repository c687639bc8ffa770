import type { CheckReport } from '../engine/report';

const KIND_NAMES: Record<string, string> = {
  dpa: 'DPA',
  perjanjian_kinerja: 'Perjanjian Kinerja',
  realisasi_kinerja: 'Realisasi Kinerja',
  realisasi_anggaran: 'Realisasi Anggaran',
  efisiensi: 'Efisiensi',
};
const SEVERITY_NAMES = { error: 'GALAT', warning: 'PERINGATAN', info: 'INFO' } as const;

/** The default, human-readable report in Indonesian. */
export function humanReport(r: CheckReport): string {
  const lines: string[] = [];
  lines.push(`Buku kerja: ${r.workbook}`);
  if (r.settings) lines.push(`Skala kategori: ${r.settings.skala}`, `Efisiensi: ${r.settings.efisiensi}`);
  lines.push('', `Tabel dikenali: ${r.tables.length}`);
  for (const t of r.tables) {
    const cols = Object.entries(t.columns).map(([k, v]) => `${k}=${v}`).join(' ');
    lines.push(`  - ${t.sheet}!${t.range}  ${KIND_NAMES[t.kind] ?? t.kind}  (keyakinan ${Math.round(t.confidence * 100)}%)  ${cols}`);
  }
  for (const n of r.notices || []) lines.push(`  ! ${n}`);
  const f = r.summary.findings;
  lines.push('', `Nilai dihitung ulang: ${r.results.length}`, `Temuan: ${f.error} galat, ${f.warning} peringatan, ${f.info} info`);
  let sheet = '';
  for (const x of r.findings) {
    if (x.sheet !== sheet) {
      sheet = x.sheet;
      lines.push('', `[${sheet}]`);
    }
    lines.push(`  ${x.cell.padEnd(6)} ${SEVERITY_NAMES[x.severity].padEnd(10)} ${x.message}`);
  }
  if (!r.findings.length) lines.push('', 'Tidak ada ketidaksesuaian yang ditemukan.');
  return lines.join('\n');
}
