import type { ValueCell } from '../../layout/table-values';
import type { Finding } from '../../model/report';
import { finding, type CheckRule } from './context';
import { withCause } from './groups';

/**
 * capaian_hardcode (info): in a capaian / percentage column where most cells are formulas, a cell that
 * holds a typed number instead. Such a value no longer follows its target and realisasi (or pagu and
 * realisasi) when they change. Needs at least three formula cells, and formulas must be at least
 * two thirds of the column's numbers; total and average rows count like any other row.
 */

const ROLES = ['capaian', 'persen', 'persen_sisa', 'persen_selisih', 'serapan', 'efisiensi', 'fisik'];
const MIN_FORMULAS = 3;
const MIN_SHARE = 2 / 3;

export const hardcodedCapaian: CheckRule = ctx => {
  const out: Finding[] = [];
  for (const tv of ctx.tables) {
    for (const role of Object.keys(tv.table.columns)) {
      if (!ROLES.includes(role.replace(/_(19|20)\d\d$/, ''))) continue;
      const cells: ValueCell[] = [];
      for (const rv of tv.rows) {
        if (rv.row.kind === 'group') continue;
        const c = rv.cells[role];
        if (c && c.status === 'number') cells.push(c);
      }
      const formulas = cells.filter(c => !!c.formula);
      if (formulas.length < MIN_FORMULAS || formulas.length / cells.length < MIN_SHARE) continue;
      for (const c of cells) {
        if (c.formula) continue;
        const example = formulas.find(f => f.row > c.row) || formulas[formulas.length - 1];
        const word = role.startsWith('capaian') ? 'capaian' : role.startsWith('efisiensi') ? 'efisiensi' : 'persentase';
        const message = `Nilai ${word} ${c.display} di ${c.addr} diketik langsung di antara sel berumus; periksa apakah masih sesuai.`;
        const f = finding('capaian_hardcode', 'info', { sheet: c.sheet, addr: c.addr }, c.display, '', message, [example.addr]);
        out.push(withCause(f, { key: `ketik:${tv.table.id}:${role}`, sentence: n => `${n} nilai ${word} di kolom ini diketik langsung di antara sel berumus.` }));
      }
    }
  }
  return out;
};
