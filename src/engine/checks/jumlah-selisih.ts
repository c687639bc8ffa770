import { lexicon } from '../../lexicon';
import { append } from '../append';
import type { RowValues, TableValues, ValueCell } from '../../layout/table-values';
import { Dec, plain } from '../decimal';
import { formatId, formatRupiah } from '../number';
import type { Finding } from '../../model/report';
import { matchesStated } from '../rounding';
import { finding, type CheckRule } from './context';
import { isNumber } from '../../layout/table-values';
import { amountTree, nameOf, PROGRAM, totalsOver, type AmountTree as Tree } from '../../layout/amount-hierarchy';

/**
 * jumlah_selisih: a parent row (program, kegiatan, kode rekening, a No-marker heading, or a
 * JUMLAH / TOTAL / BELANJA DAERAH row) whose money column differs from the exact sum of its children.
 *
 * Children come from the recognised hierarchy (row.parent, which follows document order, so a
 * repeated code does not pull rows from elsewhere). Where recognition could only guess the levels
 * (children without code, marker or level word under a "Program …" or bold row), the amounts of the
 * pagu column tell kegiatan from sub kegiatan (recognition's layout/amount-hierarchy.ts). A total row sums the top-level rows of
 * its stretch of the table. When recognition found no hierarchy at all, a conservative one is
 * inferred from the amounts themselves (the same module); only program rows, sum-proven parents and
 * totals are then checked. A parent is not reported when it equals the sum recomputed from the
 * lowest rows up (the wrong figure is then a child's), nor a sisa that equals its own pagu − realisasi.
 *
 * Percentages are never summed: a money cell formatted as percent ("100%" typed in a pagu column)
 * is treated as missing, and such a parent takes the sum of its own children when its parent is checked.
 */

/** Money columns per table kind that add up along the hierarchy. */
const MONEY_ROLES: Record<string, string[]> = {
  dpa: ['pagu', 'pagu_murni', 'jumlah', 'realisasi', 'sisa', 'selisih', 'target_kas'],
  realisasi_anggaran: ['pagu', 'pagu_murni', 'realisasi', 'sisa', 'selisih', 'lebih', 'target_kas', 'jumlah'],
  perjanjian_kinerja: ['pagu', 'pagu_murni'],
  // Monev and evaluation forms carry the budget beside the indicators (Permendagri 86/2017).
  realisasi_kinerja: ['pagu', 'pagu_murni', 'realisasi_anggaran'],
};

const ROLE_NAME: Record<string, string> = {
  pagu: 'Pagu',
  pagu_murni: 'Pagu sebelum perubahan',
  jumlah: 'Jumlah',
  realisasi: 'Realisasi anggaran',
  sisa: 'Sisa anggaran',
  selisih: 'Selisih',
  lebih: 'Lebih/(kurang)',
  target_kas: 'Target anggaran kas',
  realisasi_anggaran: 'Realisasi anggaran',
};

const LEVEL_NAME: Record<string, string> = {
  urusan: 'urusan',
  program: 'program',
  kegiatan: 'kegiatan',
  sub_kegiatan: 'sub kegiatan',
  rekening: 'rekening',
  sasaran: 'sasaran',
};

const MAX_RELATED = 20;

/** The base role of a year-suffixed column ('realisasi_2022' → 'realisasi'). */
function baseRole(role: string): string {
  return role.replace(/_(19|20)\d\d$/, '');
}

/** Roles of a table that are summable money columns. */
export function moneyRoles(tv: TableValues): string[] {
  const allowed = MONEY_ROLES[tv.table.kind];
  if (!allowed) return [];
  return Object.entries(tv.table.columns)
    .filter(([role, m]) => allowed.includes(baseRole(role)) && !m.percentHeader)
    .map(([role]) => role);
}

/** A money amount of a cell: a number that is not a percentage. */
function money(c: ValueCell | undefined): Dec | undefined {
  return isNumber(c) && !c.percent ? c.value : undefined;
}

/** Sums of a list of decimals. */
const sum = (xs: Dec[]) => xs.reduce((a, b) => a.plus(b), new Dec(0));

export const jumlahSelisih: CheckRule = ctx => {
  const out: Finding[] = [];
  for (const tv of ctx.tables) {
    append(out, countTotals(tv));
    const roles = moneyRoles(tv);
    if (!roles.length) continue;
    // The hierarchy is a property of the rows: recognised, or inferred once from the pagu column
    // (the one least often wrong), then every money column is checked against it.
    const hasHierarchy = tv.rows.some(r => r.row.parent !== undefined);
    const structureRole = roles.find(r => baseRole(r) === 'pagu') || roles.find(r => baseRole(r) === 'jumlah') || roles[0];
    const val = (i: number) => money(tv.rows[i].cells[structureRole]);
    const tree = amountTree(tv, val, hasHierarchy);
    for (const role of roles) append(out, checkColumn(tv, role, tree));
  }
  return out;
};

function checkColumn(tv: TableValues, role: string, tree: Tree): Finding[] {
  const rows = tv.rows;
  const val = (i: number) => money(rows[i].cells[role]);

  // Memos by row index (arrays, not maps: one entry per row of a 100,000-row table, per column).
  const effDone = new Uint8Array(rows.length);
  const effMemo: (Dec | undefined)[] = new Array(rows.length);
  // Effective amount: the row's own, or (when it has none) the sum of its children's.
  const eff = (i: number, seen?: Set<number>): Dec | undefined => {
    if (effDone[i]) return effMemo[i];
    let v = val(i);
    if (v === undefined && !(seen ??= new Set<number>()).has(i)) {
      seen.add(i);
      const kids = (tree.children.get(i) || []).map(k => eff(k, seen)).filter((x): x is Dec => x !== undefined);
      v = kids.length ? sum(kids) : undefined;
    }
    effDone[i] = 1;
    effMemo[i] = v;
    return v;
  };

  // Deep amount: recomputed from the lowest rows up, so that one wrong kegiatan does not also
  // make its (correct) program and total look wrong.
  const deepDone = new Uint8Array(rows.length);
  const deepMemo: (Dec | undefined)[] = new Array(rows.length);
  const deep = (i: number, depth = 0): Dec | undefined => {
    if (deepDone[i]) return deepMemo[i];
    const kids = depth < 50 ? (tree.children.get(i) || []).map(k => deep(k, depth + 1)).filter((x): x is Dec => x !== undefined) : [];
    const v = kids.length ? sum(kids) : val(i);
    deepDone[i] = 1;
    deepMemo[i] = v;
    return v;
  };
  const agrees = (stated: Dec, decimals: number, total: Dec) =>
    total.eq(stated) || (decimals < total.decimalPlaces() && matchesStated(stated, decimals, total));

  // A sisa/selisih that equals its own row's pagu − realisasi is right where it stands: when its
  // children do not add up to it, the wrong figure is a child's (sisa_selisih reports that one).
  const base = baseRole(role);
  const minuendRole = base === 'selisih' && tv.table.columns.target_kas ? 'target_kas' : 'pagu';
  const selfConsistent = (i: number, stated: Dec): boolean => {
    if (base !== 'sisa' && base !== 'selisih') return false;
    const a = money(rows[i].cells[minuendRole]);
    const r = money(rows[i].cells.realisasi);
    return a !== undefined && r !== undefined && a.minus(r).eq(stated);
  };

  const out: Finding[] = [];
  const report = (i: number, kids: number[], what: string, isTotal = false) => {
    const stated = val(i);
    const cell = rows[i].cells[role];
    if (stated === undefined || !cell || selfConsistent(i, stated)) return;
    const used: number[] = [];
    const amounts: Dec[] = [];
    for (const k of kids) {
      const a = eff(k);
      if (a !== undefined) {
        used.push(k);
        amounts.push(a);
      }
    }
    if (!used.length) return;
    const total = sum(amounts);
    // A parent written with fewer decimals than its children is fine when it is their rounded sum.
    if (agrees(stated, cell.decimals, total)) return;
    const deepKids = kids.map(k => deep(k)).filter((x): x is Dec => x !== undefined);
    if (deepKids.length && agrees(stated, cell.decimals, sum(deepKids))) return;
    const related = relatedCells(used.map(k => rows[k].cells[role]).filter(Boolean), cell.sheet);
    const name = ROLE_NAME[baseRole(role)] || role;
    const n = used.length;
    const message = isTotal
      ? `${name} ${what} tertulis ${formatRupiah(stated)}, sedangkan jumlah ${n} baris yang dijumlahkannya ${formatRupiah(total)}.`
      : `${name} ${what} tertulis ${formatRupiah(stated)}, sedangkan jumlah ${n} baris rinciannya ${formatRupiah(total)}.`;
    out.push(finding('jumlah_selisih', 'error', { sheet: cell.sheet, addr: cell.addr }, cell.display, plain(total), message, related));
  };

  for (const i of tree.checkable) {
    const kids = tree.children.get(i) || [];
    report(i, kids, describe(rows[i]));
  }
  for (const [t, kids] of tree.totals) {
    report(t, kids, `pada baris ${quote(rows[t].row.label || 'jumlah')}`, true);
  }
  return out;
}

/** A unit in a comparable form, for the count check ("Dokumen" = "dokumen"). */
const unitKey = (u: string | undefined) => (u || '').toLowerCase().replace(/[^a-z%/]+/g, '');

/**
 * Counts in a kinerja table (targets or realisasi of "10 dokumen", "24 orang") add up only when they
 * are clearly the same thing: a JUMLAH / TOTAL row over plain rows that all carry a number in one
 * explicit unit other than percent. Index values, percentages and mixed units are never summed.
 */
function countTotals(tv: TableValues): Finding[] {
  if (tv.table.kind !== 'realisasi_kinerja' && tv.table.kind !== 'perjanjian_kinerja') return [];
  const out: Finding[] = [];
  const rows = tv.rows;
  const top = rows.map((rv, i) => (rv.row.kind === 'data' && rv.row.parent === undefined ? i : -1)).filter(i => i >= 0);
  const totals = totalsOver(tv, top);
  for (const role of ['target', 'realisasi']) {
    const col = tv.table.columns[role];
    if (!col || col.percentHeader) continue;
    for (const [t, kids] of totals) {
      const cell = rows[t].cells[role];
      if (!isNumber(cell) || cell.percent || kids.length < 2) continue;
      const cells = kids.map(k => rows[k].cells[role]);
      if (!cells.every(c => isNumber(c) && !c.percent && c.value.isInteger() && !c.value.isNegative())) continue;
      const units = new Set(kids.map(k => unitKey(rows[k].cells[role].unit || rows[k].cells.satuan?.text)));
      const unit = [...units][0];
      if (units.size !== 1 || !unit || unit.includes('%') || lexicon.words.indexUnitStart.test(unit)) continue;
      const total = sum(cells.map(c => c.value!));
      if (total.eq(cell.value)) continue;
      const name = role === 'target' ? 'Target' : 'Realisasi';
      const shownUnit = kids.map(k => rows[k].cells[role].unit || rows[k].cells.satuan?.text).find(Boolean) || '';
      const message = `${name} pada baris ${quote(rows[t].row.label || 'jumlah')} tertulis ${formatId(cell.value)} ${shownUnit}, sedangkan jumlah ${kids.length} baris yang dijumlahkannya ${formatId(total)} ${shownUnit}.`;
      out.push(finding('jumlah_selisih', 'error', { sheet: cell.sheet, addr: cell.addr }, cell.display, plain(total), message, relatedCells(cells, cell.sheet)));
    }
  }
  return out;
}

/** "program 7.01.05" / "kegiatan "Penyelenggaraan …"" for messages. */
function describe(rv: RowValues): string {
  const level = LEVEL_NAME[rv.row.level] || (PROGRAM.test(nameOf(rv)) ? 'program' : '');
  const id = rv.row.code || rv.row.marker?.replace(/[.)]+$/, '') || '';
  const label = rv.row.label ? quote(rv.row.label) : '';
  if (rv.row.code) return `${level || 'kode'} ${id}`.trim();
  if (level && label) return `${level} ${label}`;
  if (id && /^[A-Za-z0-9]{1,5}$/.test(id) && label) return `baris ${id} ${label}`;
  return label ? `baris ${label}` : `baris ${rv.row.row}`;
}

function quote(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `"${t.length > 60 ? t.slice(0, 57).trimEnd() + '…' : t}"`;
}

/** The children's cells, or their range when there are many. */
function relatedCells(cells: ValueCell[], fromSheet: string): string[] {
  if (cells.length <= MAX_RELATED) return cells.map(c => (c.sheet === fromSheet ? c.addr : `${c.sheet}!${c.addr}`));
  const first = cells[0];
  const last = cells[cells.length - 1];
  return [`${first.addr}:${last.addr}`];
}
