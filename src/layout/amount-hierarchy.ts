import { Dec } from '../engine/decimal';
import type { RowValues, TableValues } from './table-values';

/**
 * The hierarchy of a table's rows as its amounts show it: parents whose amount is the exact sum of the
 * rows below them. Recognition gives each row its parent from codes, list markers, level words and bold
 * type; where it could only guess (children without code, marker or level word under a "Program …" row)
 * or found no hierarchy at all, the amounts of one money column (the pagu, least often wrong) decide the
 * levels. The checks then compare every money column against the tree; only what the sums make certain
 * is marked checkable, so a chance equality in a plain list never starts a comparison.
 */

export interface AmountTree {
  /** Children (indices into tv.rows) of each parent (index into tv.rows). */
  children: Map<number, number[]>;
  /** Rows whose sum against their children should be checked. */
  checkable: Set<number>;
  /** Top-level rows (indices into tv.rows) per total row (index into tv.rows). */
  totals: Map<number, number[]>;
}
type Tree = AmountTree;

const isBody = (rv: RowValues) => rv.row.kind === 'data' || rv.row.kind === 'group';
const sum = (xs: Dec[]) => xs.reduce((a, b) => a.plus(b), new Dec(0));

/**
 * The tree of a table from the amounts `val` gives each row (index into tv.rows): the recognised
 * hierarchy refined where it was a guess, or, with none recognised, one inferred from the amounts.
 */
export function amountTree(tv: TableValues, val: (i: number) => Dec | undefined, recognised: boolean): AmountTree {
  return recognised ? recognisedTree(tv, val) : inferFlat(tv, val);
}

/**
 * Each total row's children: the top-level rows between it and the previous total row, or — for a
 * total written above the rows it sums ("BELANJA DAERAH" first) — up to the next total row.
 * A grand total with nothing of its own sums the sub-totals before it.
 */
export function totalsOver(tv: TableValues, topLevel: number[]): Map<number, number[]> {
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

export const PROGRAM = /^program\b/i;
const LIST_MARKER = /^(?:[IVXLCDM]+|[A-Za-z]|\d{1,3}(?:\.\d{1,3}){0,3})[.)]?$/;

/** Text that names the row: the uraian cell or the label. */
export function nameOf(rv: RowValues): string {
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
