/**
 * A user's corrections of recognised tables, kept in RunSettings.koreksi (one entry per table, keyed by sheet and
 * first header row) and applied by the next run. Pure functions: each returns a new list.
 */
import type { RecognisedTable } from '../../model/recognition';
import type { TableCorrection } from '../../model/table-correction';
import { columnLetter, overlaps, parseRange } from '../../model/address';

export interface TableKey {
  sheet: string;
  headerRow: number;
}

export function tableKey(t: RecognisedTable): TableKey {
  return { sheet: t.sheet, headerRow: t.headerRows[0] ?? t.bodyTop };
}

function same(c: TableCorrection, k: TableKey): boolean {
  return c.sheet === k.sheet && c.headerRow === k.headerRow;
}

export function correctionFor(koreksi: TableCorrection[], key: TableKey): TableCorrection | undefined {
  return koreksi.find(c => same(c, key));
}

function isEmpty(c: TableCorrection): boolean {
  return !c.kind && !c.ignore && (!c.columns || Object.keys(c.columns).length === 0);
}

/** Replaces (or adds) the table's correction with `change` applied; drops it when nothing is left to correct. */
export function updateCorrection(
  koreksi: TableCorrection[],
  key: TableKey,
  change: (c: TableCorrection) => TableCorrection,
): TableCorrection[] {
  const current = correctionFor(koreksi, key) ?? { sheet: key.sheet, headerRow: key.headerRow };
  const next = change({ ...current, columns: current.columns ? { ...current.columns } : undefined });
  if (next.columns && Object.keys(next.columns).length === 0) delete next.columns;
  const rest = koreksi.filter(c => !same(c, key));
  return isEmpty(next) ? rest : [...rest, next];
}

export function setKind(koreksi: TableCorrection[], key: TableKey, kind: string): TableCorrection[] {
  return updateCorrection(koreksi, key, c => ({ ...c, kind: kind || undefined }));
}

export function setIgnored(koreksi: TableCorrection[], key: TableKey, ignore: boolean): TableCorrection[] {
  return updateCorrection(koreksi, key, c => ({ ...c, ignore: ignore || undefined }));
}

/**
 * Gives column `letter` the role `role` ('' = no role). The role the column had loses it, and the column that
 * had `role` before loses it too (one column per role).
 */
export function setColumnRole(
  koreksi: TableCorrection[],
  key: TableKey,
  letter: string,
  fromRole: string | undefined,
  role: string,
): TableCorrection[] {
  return updateCorrection(koreksi, key, c => {
    const columns = { ...(c.columns ?? {}) };
    if (fromRole && fromRole !== role) columns[fromRole] = '';
    if (role) columns[role] = letter;
    return { ...c, columns };
  });
}

export function removeCorrection(koreksi: TableCorrection[], key: TableKey): TableCorrection[] {
  return koreksi.filter(c => !same(c, key));
}

/** Column letters a table spans, for assigning a role to a column recognition left without one. */
export function tableColumns(t: RecognisedTable): string[] {
  const out: string[] = [];
  for (let c = t.left; c <= t.right && out.length < 200; c++) out.push(columnLetter(c));
  return out;
}

/** A table the user marked on a selected range. */
export interface Marking {
  sheet: string;
  /** "B4:H20", without the sheet. */
  range: string;
  headerRows: number;
  kind: string;
  /** Column letter -> role ('' = no role). */
  roles: Record<string, string>;
}

/**
 * Adds the marking as a correction. It replaces any correction of the same table (same sheet and first row) and
 * any earlier marking its range overlaps, so one place of the sheet is described once.
 */
export function markTable(koreksi: TableCorrection[], m: Marking): TableCorrection[] {
  const area = parseRange(m.range);
  const headerRow = area?.top ?? 1;
  const columns: Record<string, string> = {};
  for (const [letter, role] of Object.entries(m.roles)) if (role) columns[role] = letter;
  const rest = koreksi.filter(c => {
    if (c.sheet !== m.sheet) return true;
    if (c.headerRow === headerRow) return false;
    const other = c.range ? parseRange(c.range) : undefined;
    return !(area && other && overlaps(area, other));
  });
  return [...rest, { sheet: m.sheet, headerRow, range: m.range, headerRows: m.headerRows, kind: m.kind, columns }];
}
