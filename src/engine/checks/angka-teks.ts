import { finding, type CheckRule } from './context';
import { withCause } from './groups';
import type { Finding } from '../../model/report';

const NUMERIC_ROLES = /^(target|realisasi|capaian|pagu|pagu_murni|persen|sisa|persen_sisa|selisih|persen_selisih|lebih|target_kas|fisik|serapan|efisiensi|koefisien|harga|jumlah)(_\d{4})?$/;

/**
 * angka_teks: numbers stored as text ("1.234.567,00", "100%", "2 Lembar"). Excel cannot add them up,
 * so a total over them is silently wrong. Reported on every such cell, so that each can be found and
 * fixed; a column of them shares one cause and is shown to people as one group (groups.ts).
 */
export const angkaTeks: CheckRule = ctx => {
  const out: Finding[] = [];
  for (const tv of ctx.tables) {
    for (const role of Object.keys(tv.table.columns)) {
      if (!NUMERIC_ROLES.test(role)) continue;
      const cells = tv.rows
        .filter(r => r.row.kind !== 'numbering')
        .map(r => r.cells[role])
        .filter(c => c && c.status === 'number' && c.fromText);
      if (!cells.length) continue;
      const header = tv.table.columns[role].header;
      const cause = {
        key: `teks:${tv.table.id}:${role}`,
        sentence: (n: string) => `${n} sel di kolom ${role} (${header}) berisi angka yang disimpan sebagai teks; Excel tidak dapat menjumlahkannya.`,
      };
      for (const c of cells) {
        const message = `Sel ${c.addr} di kolom ${role} (${header}) berisi angka yang disimpan sebagai teks ("${c.display}"); Excel tidak dapat menjumlahkannya. Ubah menjadi angka.`;
        out.push(withCause(finding('angka_teks', 'info', { sheet: c.sheet, addr: c.addr }, c.display, c.value!.toFixed(), message), cause));
      }
    }
  }
  return out;
};
