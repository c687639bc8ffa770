import { append } from '../append';
import type { RowValues, TableValues, ValueCell } from '../../layout/table-values';
import { Dec, plain } from '../decimal';
import { formatId, formatRupiah } from '../number';
import type { Finding } from '../../model/report';
import { matchesStated } from '../rounding';
import { finding, isNumber, type CheckRule } from './context';

/**
 * jumlah_selisih: a parent row (program, kegiatan, kode rekening, a No-marker heading, or a
 * JUMLAH / TOTAL / BELANJA DAERAH row) whose money column differs from the exact sum of its children.
 *
 * Children come from the recognised hierarchy (row.parent, which follows document order, so a
 * repeated code does not pull rows from elsewhere). Where recognition could only guess the levels
 * (children without code, marker or level word under a "Program …" or bold row), the amounts of the
 * pagu column tell kegiatan from sub kegiatan (see reduce). A total row sums the top-level rows of
 * its stretch of the table. When recognition found no hierarchy at all, a conservative one is
 * inferred from the amounts themselves (see inferFlat); only program rows, sum-proven parents and
 * totals are then checked. A parent is not reported when it equals the sum recomputed from the
 * lowest rows up (the wrong figure is then a child's), nor a sisa that equals its own pagu − realisasi.
 *
 * Percentages are never summed: a money cell formatted as percent ("100%" typed in a pagu column)
 * is treated as missing, and such a parent takes the sum of its own children when its parent is checked.
 */

/** Money columns per table kind that add up along the hierarchy. */
const MONEY_ROLES: Record<string, string[]> = {
  dpa: ['pagu', 'pagu_murni', 'jumlah', 'realisasi', 'sisa', 'selisih', 'target_kas'],
  realisasi_anggaran: ['pagu', 'pagu_murni', 'realisasi', 'sisa', 'selisih', 'target_kas', 'jumlah'],
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

const isBody = (rv: RowValues) => rv.row.kind === 'data' || rv.row.kind === 'group';

interface Tree {
  /** Children (indices into tv.rows) of each parent (index into tv.rows). */
  children: Map<number, number[]>;
  /** Rows whose sum against their children should be checked. */
  checkable: Set<number>;
  /** Top-level rows (indices into tv.rows) per total row (index into tv.rows). */
  totals: Map<number, number[]>;
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
    const tree = hasHierarchy ? recognisedTree(tv, val) : inferFlat(tv, val);
    for (const role of roles) append(out, checkColumn(tv, role, tree));
  }
  return out;
};

function checkColumn(tv: TableValues, role: string, tree: Tree): Finding[] {
  const rows = tv.rows;
  const val = (i: number) => money(rows[i].cells[role]);

  // Effective amount: the row's own, or (when it has none) the sum of its children's.
  const memo = new Map<number, Dec | undefined>();
  const eff = (i: number, seen = new Set<number>()): Dec | undefined => {
    if (memo.has(i)) return memo.get(i);
    let v = val(i);
    if (v === undefined && !seen.has(i)) {
      seen.add(i);
      const kids = (tree.children.get(i) || []).map(k => eff(k, seen)).filter((x): x is Dec => x !== undefined);
      v = kids.length ? sum(kids) : undefined;
    }
    memo.set(i, v);
    return v;
  };

  // Deep amount: recomputed from the lowest rows up, so that one wrong kegiatan does not also
  // make its (correct) program and total look wrong.
  const deepMemo = new Map<number, Dec | undefined>();
  const deep = (i: number, depth = 0): Dec | undefined => {
    if (deepMemo.has(i)) return deepMemo.get(i);
    const kids = depth < 50 ? (tree.children.get(i) || []).map(k => deep(k, depth + 1)).filter((x): x is Dec => x !== undefined) : [];
    const v = kids.length ? sum(kids) : val(i);
    deepMemo.set(i, v);
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
    const used = kids.filter(k => eff(k) !== undefined);
    if (!used.length) return;
    const total = sum(used.map(k => eff(k)!));
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
      if (units.size !== 1 || !unit || unit.includes('%') || /^(nilai|indeks|index|skor|poin)/.test(unit)) continue;
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

/**
 * Each total row's children: the top-level rows between it and the previous total row, or — for a
 * total written above the rows it sums ("BELANJA DAERAH" first) — up to the next total row.
 * A grand total with nothing of its own sums the sub-totals before it.
 */
function totalsOver(tv: TableValues, topLevel: number[]): Map<number, number[]> {
  const rows = tv.rows;
  const totals = rows.map((rv, i) => (rv.row.kind === 'total' ? i : -1)).filter(i => i >= 0);
  const out = new Map<number, number[]>();
  const firstBody = rows.findIndex(isBody);
  const subtotals: number[] = [];
  totals.forEach((t, n) => {
    const atTop = firstBody < 0 || t < firstBody;
    let from: number;
    let to: number;
    if (atTop) {
      from = t + 1;
      to = n + 1 < totals.length ? totals[n + 1] : rows.length;
    } else {
      const prevBottom = [...totals.slice(0, n)].reverse().find(p => p > firstBody);
      from = prevBottom !== undefined ? prevBottom + 1 : 0;
      to = t;
    }
    const kids = topLevel.filter(i => i >= from && i < to);
    if (kids.length) {
      out.set(t, kids);
      if (!atTop) subtotals.push(t);
    } else if (!atTop && subtotals.length) {
      out.set(t, [...subtotals]);
    }
  });
  return out;
}

/* ---------------- hierarchy inferred from amounts ---------------- */

interface Node {
  i: number;
  kids: Node[];
  /** True when the node was made a parent because its amount is the exact sum of the rows below. */
  bySum: boolean;
  /** A parent the recognition already gave children to; its children are kept as they are. */
  fixed?: boolean;
}

const PROGRAM = /^program\b/i;
const LIST_MARKER = /^(?:[IVXLCDM]+|[A-Za-z]|\d{1,3}(?:\.\d{1,3}){0,3})[.)]?$/;

/** Text that names the row: the uraian cell or the label. */
function nameOf(rv: RowValues): string {
  return (rv.cells.uraian?.text || rv.row.label || '').trim();
}

type Val = (i: number) => Dec | undefined;

/** Amount of a node: its own, or the sum of its children when it has none of its own. */
function effOf(n: Node, val: Val, fixedEff: (i: number) => Dec | undefined): Dec | undefined {
  const own = val(n.i);
  if (own !== undefined) return own;
  if (n.fixed) return fixedEff(n.i);
  if (!n.kids.length) return undefined;
  const xs: Dec[] = [];
  for (const k of n.kids) {
    const v = effOf(k, val, fixedEff);
    if (v === undefined) return undefined;
    xs.push(v);
  }
  return sum(xs);
}

/**
 * Bottom-up reduction of a run of sibling rows: a row whose amount equals the exact sum of the next k
 * nodes becomes their parent (zero rows right after them join it), and a row without an amount
 * ("100%" in a pagu column, an empty heading) takes the plain rows directly below it.
 */
function reduce(seq: number[], val: Val, fixed: Set<number>, fixedEff: (i: number) => Dec | undefined): Node[] {
  const eff = (n: Node) => effOf(n, val, fixedEff);
  const stack: Node[] = []; // stack[stack.length - 1] is the node right below the current row
  for (let p = seq.length - 1; p >= 0; p--) {
    const i = seq[p];
    if (fixed.has(i)) {
      stack.push({ i, kids: [], bySum: false, fixed: true });
      continue;
    }
    const v = val(i);
    if (v !== undefined) {
      let acc = new Dec(0);
      let found = 0;
      for (let k = 0; k < stack.length; k++) {
        const e = eff(stack[stack.length - 1 - k]);
        if (e === undefined) break;
        acc = acc.plus(e);
        if (acc.eq(v)) {
          found = k + 1;
          break;
        }
        if (acc.gt(v) && !v.isNegative() && !e.isNegative()) break;
      }
      if (found) {
        while (found < stack.length) {
          const next = stack[stack.length - 1 - found];
          if (next.kids.length || next.fixed || !val(next.i)?.isZero()) break;
          found++;
        }
        const kids = stack.splice(stack.length - found, found).reverse();
        stack.push({ i, kids, bySum: true });
      } else {
        stack.push({ i, kids: [], bySum: false });
      }
    } else {
      let k = 0;
      while (k < stack.length) {
        const n = stack[stack.length - 1 - k];
        if (n.kids.length || n.fixed || val(n.i) === undefined) break;
        k++;
      }
      const kids = k ? stack.splice(stack.length - k, k).reverse() : [];
      stack.push({ i, kids, bySum: false });
    }
  }
  return stack.reverse();
}

const isParent = (n: Node) => n.kids.length > 0 || !!n.fixed;
const anyBySum = (nodes: Node[]): boolean => nodes.some(n => n.bySum || anyBySum(n.kids));

/**
 * Writes reduced nodes into the tree. Parents found by an exact sum of the structure column are
 * certain enough to check the other money columns against when `trusted` (inside a program block, or
 * when the sums explain the whole run) — a chance equality in a plain list must not start comparisons.
 */
function record(nodes: Node[], trusted: boolean, tree: Pick<Tree, 'children' | 'checkable'>): void {
  for (const n of nodes) {
    if (n.fixed) continue;
    if (n.kids.length) tree.children.set(n.i, n.kids.map(k => k.i));
    if (n.bySum && trusted) tree.checkable.add(n.i);
    record(n.kids, trusted, tree);
  }
}

/**
 * A run of children is explained when it has no sum-found parent (plain rows) or when every node of
 * it is a parent (each kegiatan matched its sub kegiatan). A mix means some parent does not add up
 * and its rows were left as plain ones: the run's own parent cannot then be judged.
 */
const explained = (nodes: Node[]) => !anyBySum(nodes) || nodes.every(isParent);

/** Children from row.parent, refined where recognition could only guess the levels. */
function recognisedTree(tv: TableValues, val: Val): Tree {
  const rows = tv.rows;
  const byTableIndex = new Map<number, number>();
  rows.forEach((rv, i) => byTableIndex.set(rv.index, i));
  const children = new Map<number, number[]>();
  rows.forEach((rv, i) => {
    if (rv.row.parent === undefined || !isBody(rv)) return;
    const p = byTableIndex.get(rv.row.parent);
    if (p === undefined || p === i) return;
    const list = children.get(p) || [];
    list.push(i);
    children.set(p, list);
  });
  const checkable = new Set<number>();
  for (const p of children.keys()) if (isBody(rows[p])) checkable.add(p);
  const tree = { children, checkable };

  // Children that carry no code, no list marker and no level word were placed by a guess (a
  // "Program …" row and everything under it): kegiatan and their sub kegiatan may sit side by side.
  // Their amounts tell the levels apart.
  const uncertain = (rv: RowValues) =>
    !rv.row.code && !(rv.row.marker && LIST_MARKER.test(rv.row.marker.trim())) && (rv.row.level === 'unknown' || !rv.row.level);
  const original = new Map(children);
  const fixedEff = (i: number): Dec | undefined => {
    const own = val(i);
    if (own !== undefined) return own;
    const xs = (original.get(i) || []).map(fixedEff).filter((x): x is Dec => x !== undefined);
    return xs.length ? sum(xs) : undefined;
  };
  for (const [p, kids] of original) {
    if (kids.length < 2 || !kids.every(k => uncertain(rows[k]))) continue;
    const fixed = new Set(kids.filter(k => original.has(k)));
    const nodes = reduce(kids, val, fixed, fixedEff);
    children.set(p, nodes.map(n => n.i));
    const ok = explained(nodes);
    if (!ok) checkable.delete(p);
    record(nodes, ok && nodes.every(isParent), tree);
  }
  const topLevel = rows.map((rv, i) => (isBody(rv) && (rv.row.parent === undefined || !byTableIndex.has(rv.row.parent)) ? i : -1)).filter(i => i >= 0);
  return { children, checkable, totals: totalsOver(tv, topLevel) };
}

/**
 * A flat table can still hold a hierarchy the layout did not show (levels by bold type that was lost,
 * or only by wording). Rows named "Program …" open blocks; inside a block, and in a table without
 * program rows, rows are reduced bottom-up (see reduce). Only what this makes certain is checked:
 * - a program whose block reduced to parents only, at least one found by its sum;
 * - a total, when the top level is either all plain rows or all parents.
 */
function inferFlat(tv: TableValues, val: Val): Tree {
  const rows = tv.rows;
  const tree: Pick<Tree, 'children' | 'checkable'> = { children: new Map(), checkable: new Set() };
  const body = rows.map((rv, i) => (isBody(rv) ? i : -1)).filter(i => i >= 0);
  const none = new Set<number>();
  const noEff = () => undefined;
  const eff = (n: Node) => effOf(n, val, noEff);

  const programs = body.filter(i => PROGRAM.test(nameOf(rows[i])));
  const programMode = programs.length > 0 && programs[0] === body[0];
  let top: Node[];
  if (programMode) {
    top = programs.map((p, n) => {
      const end = n + 1 < programs.length ? programs[n + 1] : Infinity;
      const kids = reduce(body.filter(i => i > p && i < end), val, none, noEff);
      // Check the program only when every node directly under it is a parent, one found by its sum.
      if (kids.length && kids.every(isParent) && kids.some(k => k.bySum)) tree.checkable.add(p);
      // A program without an amount and with an unexplained block cannot be summed into the total.
      const usable = val(p) !== undefined || kids.every(isParent);
      return { i: p, kids: usable ? kids : [], bySum: false };
    });
    record(top, true, tree);
  } else {
    top = reduce(body, val, none, noEff);
    record(top, top.every(isParent), tree);
  }
  const topOk = programMode ? top.every(n => eff(n) !== undefined) : explained(top);
  const totals = topOk ? totalsOver(tv, top.map(n => n.i)) : new Map<number, number[]>();
  return { ...tree, totals };
}
