import { finding, ref, type CheckRule } from './context';
import type { Finding } from '../report';

const NUMERIC_ROLES = /^(target|realisasi|capaian|pagu|pagu_murni|persen|sisa|persen_sisa|selisih|persen_selisih|target_kas|fisik|serapan|efisiensi|koefisien|harga|jumlah)(_\d{4})?$/;

/**
 * angka_teks: numbers stored as text ("1.234.567,00", "100%", "2 Lembar"). Excel cannot add them up,
 * so a total over them is silently wrong. Reported once per column of a table, on its first cell.
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
      const first = cells[0];
      out.push(
        finding(
          'angka_teks',
          'info',
          { sheet: first.sheet, addr: first.addr },
          first.display,
          first.value!.toFixed(),
          `${cells.length} sel di kolom ${role} (${tv.table.columns[role].header}) berisi angka yang disimpan sebagai teks, mis. "${first.display}"; Excel tidak dapat menjumlahkannya. Ubah menjadi angka.`,
          cells.slice(1, 30).map(c => ref(c.sheet, c.addr, first.sheet)),
        ),
      );
    }
  }
  return out;
};
