import { lexicon } from '../../lexicon';
import { append } from '../append';
import { codeLevel } from '../../layout/codes';
import type { RowValues, TableValues, ValueCell } from '../../layout/table-values';
import { Dec, plain } from '../decimal';
import { formatRupiah } from '../number';
import type { Finding } from '../../model/report';
import { countId, finding, ref, type CheckContext, type CheckRule } from './context';
import { isNumber } from '../../layout/table-values';
import { differentScopesNotice, notice, scopeRelation, tableName } from './scope';
import { normalCode } from './kode-ganda';

/**
 * pagu_berbeda: the same program / kegiatan / sub kegiatan carries different pagu in two tables
 * (any kinds with a pagu column: dpa, perjanjian_kinerja, realisasi_anggaran).
 *
 * Rows are matched by code first (7.01.01.2.01.01 = 7.01.01.2.01.0001), then by normalised name
 * (without code prefix and without the words "Program"/"Kegiatan"/"Sub Kegiatan"), only between rows
 * of the same level: a row named "Program …" or coded as a program only meets another program.
 * A code or name used twice inside one table is ambiguous there and not matched.
 * When three or more tables agree on one amount, the tables that differ are reported; otherwise the
 * occurrence in the table that comes first in the workbook is reported, related = the other(s).
 */

interface Occurrence {
  t: number; // table order in the workbook
  rv: RowValues;
  tv: TableValues;
  cell: ValueCell & { value: Dec };
  code?: string;
  name?: string;
  level: string;
}

const LEVEL_WORD: Record<string, string> = { program: 'program', kegiatan: 'kegiatan', sub_kegiatan: 'sub kegiatan', urusan: 'urusan' };

function levelOf(rv: RowValues, name: string): string {
  if (rv.row.code) return codeLevel(rv.row.code);
  if (['program', 'kegiatan', 'sub_kegiatan', 'urusan'].includes(rv.row.level)) return rv.row.level;
  if (/^program\b/i.test(name)) return 'program';
  if (/^sub\s*kegiatan\b/i.test(name)) return 'sub_kegiatan';
  if (/^kegiatan\b/i.test(name)) return 'kegiatan';
  return 'unknown';
}

/** "7.01.01 PROGRAM PENUNJANG Urusan…" → "penunjang urusan …". */
export function normName(s: string): string {
  return s
    .toLowerCase()
    .replace(/^\s*\d{1,2}(\.\d{1,4})+\s*/, '')
    .replace(lexicon.words.levelPrefix, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function nameOf(rv: RowValues): string {
  return (rv.row.label || rv.cells.uraian?.text || '').trim();
}

/** A table whose pagu may be compared with another table's. */
const comparesPagu = (tv: TableValues) =>
  !!tv.table.columns.pagu && ['dpa', 'perjanjian_kinerja', 'realisasi_anggaran'].includes(tv.table.kind) && !tv.table.columns.pagu.percentHeader;

function occurrences(tables: TableValues[]): Occurrence[] {
  const out: Occurrence[] = [];
  tables.forEach((tv, t) => {
    if (!comparesPagu(tv)) return;
    const mine: Occurrence[] = [];
    for (const rv of tv.rows) {
      if (rv.row.kind !== 'data' && rv.row.kind !== 'group') continue;
      const c = rv.cells.pagu;
      if (!isNumber(c) || c.percent) continue;
      const raw = nameOf(rv);
      const level = levelOf(rv, raw);
      if (level === 'rekening') continue;
      const code = rv.row.code ? normalCode(rv.row.code) : undefined;
      const name = normName(raw);
      mine.push({ t, rv, tv, cell: c, code, name: name.split(' ').length >= 2 ? name : undefined, level });
    }
    // Codes and names used twice in one table are ambiguous there.
    const count = (key: (o: Occurrence) => string | undefined) => {
      const m = new Map<string, number>();
      for (const o of mine) {
        const k = key(o);
        if (k) m.set(k, (m.get(k) || 0) + 1);
      }
      return m;
    };
    const codes = count(o => o.code);
    const names = count(o => o.name);
    for (const o of mine) {
      if (o.code && codes.get(o.code)! > 1) o.code = undefined;
      if (o.name && names.get(o.name)! > 1) o.name = undefined;
      if (o.code || o.name) out.push(o);
    }
  });
  return out;
}

function levelsMeet(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === 'unknown') return b !== 'program';
  if (b === 'unknown') return a !== 'program';
  return false;
}

export const paguBerbeda: CheckRule = ctx => {
  // One table has nothing to differ from (and no pair to give a notice about): its rows are not read.
  if (ctx.tables.filter(comparesPagu).length < 2) return [];
  const occ = occurrences(ctx.tables);
  // Union-find over occurrences: same code, or same name at a compatible level (unless both carry
  // different codes).
  const parent = occ.map((_, i) => i);
  // Iterative with path halving: a recursive find grew the stack with the length of a chain.
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byCode = new Map<string, number>();
  occ.forEach((o, i) => {
    if (!o.code) return;
    const j = byCode.get(o.code);
    if (j === undefined) byCode.set(o.code, i);
    else union(i, j);
  });
  const byName = new Map<string, number[]>();
  occ.forEach((o, i) => {
    if (o.name) byName.set(o.name, [...(byName.get(o.name) || []), i]);
  });
  for (const same of byName.values()) {
    for (let x = 0; x < same.length; x++) {
      for (let y = x + 1; y < same.length; y++) {
        const a = occ[same[x]];
        const b = occ[same[y]];
        if (a.t === b.t || (a.code && b.code) || !levelsMeet(a.level, b.level)) continue;
        union(same[x], same[y]);
      }
    }
  }
  const groups = new Map<number, Occurrence[]>();
  occ.forEach((o, i) => {
    const r = find(i);
    const g = groups.get(r) || [];
    g.push(o);
    groups.set(r, g);
  });

  const comparable = comparableTables(ctx, [...groups.values()]);
  const out: Finding[] = [];
  for (const whole of groups.values()) {
    for (const g of components(whole, comparable)) append(out, judge(g));
  }
  return out;
};

/** The findings of one set of occurrences that all may be compared. */
function judge(g: Occurrence[]): Finding[] {
  const out: Finding[] = [];
  if (g.length < 2) return out;
  const tables = new Set(g.map(o => o.t));
  if (tables.size !== g.length) return out; // one table twice: ambiguous
  const levels = new Set(g.map(o => o.level).filter(l => l !== 'unknown'));
  if (levels.size > 1) return out;
  g.sort((a, b) => a.t - b.t || a.rv.row.row - b.rv.row.row);
  const values = new Map<string, Occurrence[]>();
  for (const o of g) {
    const k = plain(o.cell.value);
    values.set(k, [...(values.get(k) || []), o]);
  }
  if (values.size < 2) return out;
  const ranked = [...values.values()].sort((a, b) => b.length - a.length);
  const majority = ranked[0].length >= 2 && ranked[0].length > ranked[1].length ? ranked[0] : undefined;
  const wrong = majority ? g.filter(o => !majority.includes(o)) : [g[0]];
  for (const o of wrong) {
    const others = majority ? [majority[0]] : g.filter(x => x !== o);
    const other = others[0];
    const lvl = LEVEL_WORD[o.level] || LEVEL_WORD[other.level] || '';
    const id = o.rv.row.code || other.rv.row.code || `"${short(nameOf(o.rv))}"`;
    const what = `${lvl ? lvl + ' ' : ''}${id}`;
    const there = other.cell.sheet === o.cell.sheet ? `tabel lain di lembar yang sama (${other.cell.addr})` : other.cell.sheet;
    const message = `Pagu ${what} di ${o.cell.sheet} ${formatRupiah(o.cell.value)} berbeda dengan di ${there} ${formatRupiah(other.cell.value)}.`;
    out.push(
      finding('pagu_berbeda', 'error', { sheet: o.cell.sheet, addr: o.cell.addr }, o.cell.display, plain(other.cell.value), message, others.map(x => ref(x.cell.sheet, x.cell.addr, o.cell.sheet))),
    );
  }
  return out;
}

/** Share of matched rows that must differ before two tables of unknown scope are taken as different units. */
const MOSTLY = 0.8;
const MIN_SHARED = 5;

/**
 * Which pairs of tables may be compared: not when their header blocks name different units or periods;
 * not when nothing names either and most of the rows they share differ (three kecamatan sheets copied from
 * one template); each pair skipped is said once in a notice.
 */
function comparableTables(ctx: CheckContext, groups: Occurrence[][]): (a: number, b: number) => boolean {
  const scope = scopeRelation(ctx);
  const stats = new Map<string, { shared: number; differ: number }>();
  const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  for (const g of groups) {
    for (let x = 0; x < g.length; x++) {
      for (let y = x + 1; y < g.length; y++) {
        if (g[x].t === g[y].t) continue;
        const k = key(g[x].t, g[y].t);
        const s = stats.get(k) ?? { shared: 0, differ: 0 };
        s.shared++;
        if (!g[x].cell.value.eq(g[y].cell.value)) s.differ++;
        stats.set(k, s);
      }
    }
  }
  const skipped = new Set<string>();
  const different: [number, number][] = [];
  const unsure: string[] = [];
  for (const [k, s] of stats) {
    const [a, b] = k.split(':').map(Number);
    const v = scope.verdict(a, b);
    const ta = ctx.tables[a].table;
    const tb = ctx.tables[b].table;
    const pair = `${tableName(ta)} dan ${tableName(tb)}`;
    if (v.verdict === 'different') {
      skipped.add(k);
      different.push([a, b]);
    } else if (v.verdict === 'unknown' && ta.sheet !== tb.sheet && s.shared >= MIN_SHARED && s.differ / s.shared >= MOSTLY) {
      skipped.add(k);
      unsure.push(`${pair}: ${countId(s.differ)} dari ${countId(s.shared)} pagu yang dicocokkan berbeda`);
    }
  }
  differentScopesNotice(ctx, 'Pagu', different);
  if (unsure.length) {
    notice(
      ctx,
      `Pagu tidak dibandingkan antara tabel yang mungkin menyangkut unit atau periode berbeda (judulnya tidak menyebut SKPD/unit, tahun atau periode, dan sebagian besar pagunya berbeda): ${listed(unsure)}. Tulis nama unit dan tahun di atas tabel bila keduanya memang harus sama.`,
    );
  }
  return (a, b) => a === b || !skipped.has(key(a, b));
}

/** "x; y; z, dan 4 pasang lain". */
function listed(items: string[]): string {
  const shown = items.slice(0, 4).join('; ');
  return items.length > 4 ? `${shown}; dan ${countId(items.length - 4)} pasang lain` : shown;
}

/** Splits occurrences of one row into sets whose tables may be compared with each other. */
function components(g: Occurrence[], comparable: (a: number, b: number) => boolean): Occurrence[][] {
  if (g.length < 2) return [g];
  const parent = g.map((_, i) => i);
  // Iterative with path halving: a recursive find grew the stack with the length of a chain.
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (let x = 0; x < g.length; x++) {
    for (let y = x + 1; y < g.length; y++) if (comparable(g[x].t, g[y].t)) parent[find(y)] = find(x);
  }
  const out = new Map<number, Occurrence[]>();
  g.forEach((o, i) => {
    const r = find(i);
    out.set(r, [...(out.get(r) ?? []), o]);
  });
  return [...out.values()];
}

function short(s: string): string {
  const t = normNameDisplay(s);
  return t.length > 60 ? t.slice(0, 57).trimEnd() + '…' : t;
}

function normNameDisplay(s: string): string {
  return s.replace(/^\s*\d{1,2}(\.\d{1,4})+\s*/, '').replace(/\s+/g, ' ').trim();
}
