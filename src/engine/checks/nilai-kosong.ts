import { finding, type CheckRule } from './context';
import { withCause } from './groups';
import type { Finding } from '../../model/report';

/** Which values a data row of each table kind cannot do without. */
const REQUIRED: Record<string, string[]> = {
  realisasi_kinerja: ['target', 'realisasi'],
  realisasi_anggaran: ['pagu', 'realisasi'],
  dpa: ['pagu'],
  perjanjian_kinerja: ['target', 'pagu'],
  efisiensi: [],
};

const MONEY = new Set(['pagu', 'realisasi_anggaran']);

/**
 * nilai_kosong: a required value is missing ('-' or empty) on a data row, or a money column holds a
 * percentage ("100%" where the pagu should be).
 */
export const nilaiKosong: CheckRule = ctx => {
  const out: Finding[] = [];
  for (const tv of ctx.tables) {
    const required = (REQUIRED[tv.table.kind] || []).filter(r => tv.table.columns[r]);
    const isMoney = (role: string) => MONEY.has(role) || (role === 'realisasi' && tv.table.kind === 'realisasi_anggaran');
    for (const rv of tv.rows) {
      if (rv.row.kind !== 'data') continue;
      for (const role of required) {
        const c = rv.cells[role];
        if (!c) continue;
        // A rincian line (koefisien × harga = jumlah) carries its amount in jumlah; the pagu stands on its rekening.
        if (role === 'pagu' && rv.cells.jumlah?.status === 'number') continue;
        const label = rv.row.label ? ` untuk "${rv.row.label.slice(0, 60)}"` : '';
        if (c.status === 'empty' || c.status === 'dash') {
          const f = finding('nilai_kosong', 'warning', { sheet: c.sheet, addr: c.addr }, c.display, '', `Nilai ${role} kosong${label}; isi nilainya atau tandai baris ini bila memang tidak dianggarkan/diukur.`);
          out.push(withCause(f, { key: `kosong:${tv.table.id}:${role}`, sentence: n => `${n} sel di kolom ${role} kosong; isi nilainya.` }));
        } else if (isMoney(role) && c.status === 'number' && c.percent) {
          out.push(finding('nilai_kosong', 'warning', { sheet: c.sheet, addr: c.addr }, c.display, '', `Kolom ${role} berisi persentase ${c.display}${label}, bukan jumlah rupiah; isi dengan nilai rupiah.`));
        }
      }
    }
  }
  return out;
};
