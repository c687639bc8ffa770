import { append } from '../append';
import { codeLevel } from '../../layout/codes';
import type { RowValues, TableValues, ValueCell } from '../../layout/table-values';
import type { Finding } from '../../model/report';
import { finding, type CheckRule } from './context';

/**
 * kode_ganda: within one table,
 * - a Permendagri 90 code or kode rekening used by two rows (reported on the later row's code cell,
 *   related = the first); kode rekening repeat legitimately under different sub kegiatan, so they
 *   are compared only inside the same sub kegiatan (or kegiatan/program) block;
 * - a No marker (I., A., 1., 01) given twice to rows of the same level under the same parent, or,
 *   when the table has no recognised hierarchy, to two consecutive numbered rows ("3", "3").
 * Codes of the wrong shape are kode_tidak_baku (kode-tidak-baku.ts), once per table.
 */
export const kodeGanda: CheckRule = ctx => {
  const out: Finding[] = [];
  for (const tv of ctx.tables) {
    append(append(out, duplicateCodes(tv)), duplicateMarkers(tv));
  }
  return out;
};

/** Codes compare by the value of each part, so 7.01.01.2.01.01 and 7.01.01.2.01.0001 are the same. */
export function normalCode(code: string): string {
  return code
    .trim()
    .split('.')
    .map(p => String(parseInt(p, 10)))
    .join('.');
}

const NAME_ROLES = ['kode', 'uraian', 'program', 'kegiatan', 'sub_kegiatan', 'indikator', 'sasaran', 'no'];

/** The cell that shows a row's code: the Kode column, or the name cell the code prefixes. */
export function codeCell(rv: RowValues, code: string): ValueCell | undefined {
  const starts = (c?: ValueCell) => !!c && c.text.replace(/\s+/g, ' ').trim().startsWith(code);
  for (const role of NAME_ROLES) if (starts(rv.cells[role])) return rv.cells[role];
  for (const c of Object.values(rv.cells)) if (starts(c)) return c;
  return rv.cells.kode || rv.cells.uraian || rv.cells.no || Object.values(rv.cells)[0];
}

function where(c: ValueCell | undefined, rv: RowValues, fromSheet: string): string {
  const addr = c ? c.addr : `A${rv.row.row}`;
  const sheet = c ? c.sheet : fromSheet;
  return sheet === fromSheet ? addr : `${sheet}!${addr}`;
}

function short(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 50 ? t.slice(0, 47).trimEnd() + '…' : t;
}

const named = (rv: RowValues) => (rv.row.label ? ` untuk "${short(rv.row.label)}"` : '');

function duplicateCodes(tv: TableValues): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, RowValues>();
  let scope = '';
  for (const rv of tv.rows) {
    const code = rv.row.code;
    if (!code || rv.row.kind === 'total' || rv.row.kind === 'average') continue;
    const rekening = codeLevel(code) === 'rekening';
    const normal = normalCode(code);
    if (!rekening) scope = normal;
    const key = rekening ? scope + '|' + normal : normal;
    const prev = first.get(key);
    if (!prev) {
      first.set(key, rv);
      continue;
    }
    const cell = codeCell(rv, code);
    const prevCell = codeCell(prev, prev.row.code!);
    if (!cell) continue;
    const message = `Kode ${code} dipakai lagi di baris ${rv.row.row}${named(rv)}, padahal sudah dipakai di baris ${prev.row.row}${named(prev)}.`;
    out.push(finding('kode_ganda', 'warning', { sheet: cell.sheet, addr: cell.addr }, cell.text || code, '', message, [where(prevCell, prev, cell.sheet)]));
  }
  return out;
}

/** A list marker: roman, a letter, or digits (optionally dotted), with an optional '.' or ')'. */
const MARKER = /^(?:[IVXLCDM]+|[A-Za-z]|\d{1,3}(?:\.\d{1,3}){0,3})[.)]?$/;

/** Style of a marker, so that "1" and "01", "A." and "a." are different levels. */
function markerStyle(m: string): string {
  const core = m.replace(/[.)]$/, '');
  if (/^\d+\.\d+/.test(core)) return 'dotted';
  if (/^0\d/.test(core)) return 'zero';
  if (/^\d+$/.test(core)) return 'digit';
  if (/^[IVXLCDM]+$/.test(core) && (core.length > 1 || /^[IVX]$/.test(core))) return 'roman-or-upper';
  if (/^[A-Z]$/.test(core)) return 'upper';
  if (/^[a-z]$/.test(core)) return 'lower';
  return 'other';
}

const markerKey = (m: string) => markerStyle(m) + ':' + m.replace(/[.)]$/, '').toUpperCase();

function markerCell(rv: RowValues, marker: string): ValueCell | undefined {
  if (rv.cells.no) return rv.cells.no;
  const m = marker.replace(/[.)]$/, '');
  for (const c of Object.values(rv.cells)) if (c.text && c.text.trim().startsWith(m)) return c;
  return undefined;
}

function duplicateMarkers(tv: TableValues): Finding[] {
  const out: Finding[] = [];
  const rows = tv.rows.filter(rv => rv.row.kind === 'data' || rv.row.kind === 'group');
  const markerOf = (rv: RowValues) => {
    const m = rv.row.marker?.trim();
    return m && MARKER.test(m) ? m : undefined;
  };
  const report = (rv: RowValues, prev: RowValues, m: string) => {
    const cell = markerCell(rv, m);
    if (!cell) return;
    const prevCell = markerCell(prev, prev.row.marker!.trim());
    const message = `Nomor ${m} dipakai dua kali pada tingkat yang sama: di baris ${prev.row.row}${named(prev)} dan di baris ${rv.row.row}${named(rv)}.`;
    out.push(finding('kode_ganda', 'warning', { sheet: cell.sheet, addr: cell.addr }, cell.text || m, '', message, [where(prevCell, prev, cell.sheet)]));
  };

  const hierarchical = tv.rows.some(rv => rv.row.parent !== undefined);
  if (hierarchical) {
    // Siblings under one parent, in order; a sibling numbered in another style ("02" among "1", "2")
    // shows the levels were guessed, so the numbering run restarts there.
    const runs = new Map<string, { style: string; seen: Map<string, RowValues> }>();
    for (const rv of rows) {
      const m = markerOf(rv);
      if (!m || rv.row.depth < 0 || rv.row.code) continue;
      const group = `${rv.row.parent ?? 'top'}|${rv.row.depth}`;
      const style = markerStyle(m);
      let run = runs.get(group);
      if (!run || run.style !== style) {
        run = { style, seen: new Map() };
        runs.set(group, run);
      }
      const key = markerKey(m);
      const prev = run.seen.get(key);
      if (prev) report(rv, prev, m);
      else run.seen.set(key, rv);
    }
    return out;
  }
  // Flat: the same marker on two consecutive numbered rows; a heading or total row in between restarts.
  let prev: RowValues | undefined;
  for (const rv of tv.rows) {
    if (rv.row.kind !== 'data') {
      if (rv.row.kind === 'group' || rv.row.kind === 'total') prev = undefined;
      continue;
    }
    const m = markerOf(rv);
    if (!m) continue;
    if (prev && markerKey(prev.row.marker!.trim()) === markerKey(m) && !rv.row.code) report(rv, prev, m);
    prev = rv;
  }
  return out;
}
