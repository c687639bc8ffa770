import type { RowValues, TableValues, ValueCell } from '../../layout/table-values';
import { Dec, plain } from '../decimal';
import { formatRupiah } from '../number';
import type { Finding } from '../report';
import { matchesStated } from '../rounding';
import { finding, isNumber, type CheckRule } from './context';

/**
 * jumlah_selisih: a parent row (program, kegiatan, kode rekening, a No-marker heading, or a
 * JUMLAH / TOTAL / BELANJA DAERAH row) whose money column differs from the exact sum of its children.
 *
 * Children come from the recognised hierarchy (row.parent, which follows document order, so a
 * repeated code does not pull rows from elsewhere). A total row sums the top-level rows of its
 * stretch of the table. When recognition found no hierarchy at all, a conservative one is inferred
 * from the amounts themselves (see inferFlat); only program rows and totals are then checked.
 *
 * Percentages are never summed: a money cell formatted as percent ("100%" typed in a pagu column)
 * is treated as missing, and such a parent takes the sum of its own children when its parent is checked.
 */

/** Money columns per table kind that add up along the hierarchy. */
const MONEY_ROLES: Record<string, string[]> = {
  dpa: ['pagu', 'pagu_murni', 'jumlah', 'realisasi', 'sisa', 'selisih', 'target_kas'],
  realisasi_anggaran: ['pagu', 'pagu_murni', 'realisasi', 'sisa', 'selisih', 'target_kas', 'jumlah'],
  perjanjian_kinerja: ['pagu', 'pagu_murni'],
};

const ROLE_NAME: Record<string, string> = {
  pagu: 'Pagu',
  pagu_murni: 'Pagu sebelum perubahan',
  jumlah: 'Jumlah',
  realisasi: 'Realisasi anggaran',
  sisa: 'Sisa anggaran',
  selisih: 'Selisih',
  target_kas: 'Target anggaran kas',
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
    const roles = moneyRoles(tv);
    if (!roles.length) continue;
    // The hierarchy is a property of the rows: recognised, or inferred once from the pagu column
    // (the one least often wrong), then every money column is checked against it.
    const hasHierarchy = tv.rows.some(r => r.row.parent !== undefined);
    const structureRole = roles.find(r => baseRole(r) === 'pagu') || roles.find(r => baseRole(r) === 'jumlah') || roles[0];
    const tree = hasHierarchy ? recognisedTree(tv) : inferFlat(tv, i => money(tv.rows[i].cells[structureRole]));
    for (const role of roles) out.push(...checkColumn(tv, role, tree));
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

/** Children from row.parent; totals sum the top-level rows of their stretch. */
function recognisedTree(tv: TableValues): Tree {
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
  const topLevel = rows.map((rv, i) => (isBody(rv) && (rv.row.parent === undefined || !byTableIndex.has(rv.row.parent)) ? i : -1)).filter(i => i >= 0);
  return { children, checkable, totals: totalsOver(tv, topLevel) };
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

/* ---------------- hierarchy inferred from amounts, for tables recognised as flat ---------------- */

interface Node {
  i: number;
  kids: Node[];
  /** True when the node was made a parent because its amount is the exact sum of the rows below. */
  bySum: boolean;
}

const PROGRAM = /^program\b/i;

/** Text that names the row: the uraian cell or the label. */
function nameOf(rv: RowValues): string {
  return (rv.cells.uraian?.text || rv.row.label || '').trim();
}

/**
 * A flat table can still hold a hierarchy the layout did not show (levels by bold type that was lost,
 * or only by wording). Rows named "Program …" open blocks; inside a block, and in a table without
 * program rows, rows are reduced bottom-up: a row whose amount equals the exact sum of the next k
 * sibling nodes becomes their parent, and a row without an amount ("100%" in the pagu column, an empty
 * heading) takes the plain rows directly below it. Only what this makes certain is checked:
 * - a program whose block reduced to parents only (every kegiatan matched its sub kegiatan);
 * - a total, when the top level is either all plain rows or all parents.
 */
function inferFlat(tv: TableValues, val: (i: number) => Dec | undefined): Tree {
  const rows = tv.rows;
  const children = new Map<number, number[]>();
  const checkable = new Set<number>();
  const body = rows.map((rv, i) => (isBody(rv) ? i : -1)).filter(i => i >= 0);
  // Parents found by an exact sum of the structure column are certain enough to check the other
  // money columns against: inside a program block, or when the sums explain the whole table (every
  // top-level row a parent) — a chance equality in a plain list must not start comparisons.
  const record = (nodes: Node[], trusted: boolean) => {
    for (const n of nodes) {
      if (n.kids.length) children.set(n.i, n.kids.map(k => k.i));
      if (n.bySum && trusted) checkable.add(n.i);
      record(n.kids, trusted);
    }
  };
  const nodeSum = (nodes: Node[]): Dec | undefined => {
    const xs: Dec[] = [];
    for (const n of nodes) {
      const v = effOf(n);
      if (v === undefined) return undefined;
      xs.push(v);
    }
    return sum(xs);
  };
  const effOf = (n: Node): Dec | undefined => val(n.i) ?? (n.kids.length ? nodeSum(n.kids) : undefined);

  const reduce = (seq: number[]): Node[] => {
    const stack: Node[] = []; // stack[stack.length - 1] is the node right below the current row
    for (let p = seq.length - 1; p >= 0; p--) {
      const i = seq[p];
      const v = val(i);
      if (v !== undefined) {
        let acc = new Dec(0);
        let k = 0;
        let found = 0;
        while (k < stack.length) {
          const e = effOf(stack[stack.length - 1 - k]);
          if (e === undefined) break;
          acc = acc.plus(e);
          k++;
          if (acc.eq(v)) {
            found = k;
            break;
          }
          if (acc.gt(v) && !v.isNegative()) break;
        }
        if (found) {
          // Rows of 0 right below the last matched one belong to the same parent.
          while (found < stack.length) {
            const next = stack[stack.length - 1 - found];
            if (next.kids.length || !val(next.i)?.isZero()) break;
            found++;
          }
          const kids = stack.splice(stack.length - found, found).reverse();
          stack.push({ i, kids, bySum: true });
        } else {
          stack.push({ i, kids: [], bySum: false });
        }
      } else {
        let k = 0;
        while (k < stack.length && stack[stack.length - 1 - k].kids.length === 0 && val(stack[stack.length - 1 - k].i) !== undefined) k++;
        const kids = k ? stack.splice(stack.length - k, k).reverse() : [];
        stack.push({ i, kids, bySum: false });
      }
    }
    return stack.reverse();
  };

  const programs = body.filter(i => PROGRAM.test(nameOf(rows[i])));
  let top: Node[];
  const programMode = programs.length > 0 && programs[0] === body[0];
  if (programMode) {
    top = [];
    programs.forEach((p, n) => {
      const end = n + 1 < programs.length ? programs[n + 1] : Infinity;
      const block = body.filter(i => i > p && i < end);
      const kids = reduce(block);
      const node: Node = { i: p, kids, bySum: false };
      top.push(node);
      // Check the program only when every node directly under it is a matched parent.
      if (kids.length && kids.every(k => k.kids.length > 0 && (k.bySum || val(k.i) === undefined)) && kids.some(k => k.bySum)) {
        checkable.add(p);
      }
    });
    // A program without an amount and with an unexplained block cannot be summed into the total.
    top.forEach(t => {
      if (val(t.i) === undefined && !checkable.has(t.i) && !t.kids.every(k => k.kids.length > 0)) t.kids = [];
    });
  } else {
    top = reduce(body);
  }
  record(top, programMode || top.every(n => n.kids.length > 0));

  const plainTop = top.every(n => n.kids.length === 0 || !n.bySum);
  const allParents = top.every(n => n.kids.length > 0);
  const anyBySum = (nodes: Node[]): boolean => nodes.some(n => n.bySum || anyBySum(n.kids));
  const topOk = programMode ? top.every(n => effOf(n) !== undefined) : allParents || (plainTop && !anyBySum(top));
  const totals = topOk ? totalsOver(tv, top.map(n => n.i)) : new Map<number, number[]>();
  return { children, checkable, totals };
}
