import type { RecognisedTable } from '../../model/recognition';
import type { TableValues } from '../../layout/table-values';

/**
 * The year a table reports on, from what recognition read: the header of its current-year columns
 * ("Target 2021", "Realisasi s/d TW IV 2023"), else its title ("… Tahun 2021", "… Tahun 2022-2023" → 2023).
 * Undefined when the table does not say, when its rows are years (a Tahun column holding years; without
 * `tv` to look, any Tahun column), or when the candidate is not after every earlier-year column
 * (capaian_2022 next to a "2022" title would be a contradiction).
 */
export function reportYear(table: RecognisedTable, tv?: TableValues): number | undefined {
  if (table.columns.tahun && (!tv || rowsAreYears(tv))) return undefined;
  const earlier = earlierColumnYears(table);
  const latestEarlier = earlier.length ? Math.max(...earlier) : undefined;
  const ok = (y: number | undefined) => (y !== undefined && (latestEarlier === undefined || y > latestEarlier) ? y : undefined);
  const fromHeaders: number[] = [];
  for (const role of ['target', 'realisasi', 'capaian', 'pagu', 'persen']) {
    const m = table.columns[role];
    if (!m) continue;
    const ys = yearsIn(m.header);
    if (ys.length) fromHeaders.push(Math.max(...ys));
  }
  if (fromHeaders.length) return ok(Math.max(...fromHeaders));
  const fromTitle = table.title ? yearsIn(table.title) : [];
  if (fromTitle.length) return ok(Math.max(...fromTitle));
  return undefined;
}

/** Years of the earlier-year columns (roles 'capaian_2022', 'realisasi_2022', …), ascending. */
export function earlierColumnYears(table: RecognisedTable): number[] {
  const ys = new Set<number>();
  for (const role of Object.keys(table.columns)) {
    const m = /_(\d{4})$/.exec(role);
    if (m) ys.add(Number(m[1]));
  }
  return [...ys].sort((a, b) => a - b);
}

/** Four-digit years 1900–2099 in a text. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map(m => Number(m[1]));
}

/** Every year the recognition of a table shows (title, headers, earlier-year roles): where a sentence's year may come from. */
export function knownYears(table: RecognisedTable): Set<number> {
  const out = new Set<number>(earlierColumnYears(table));
  if (table.title) for (const y of yearsIn(table.title)) out.add(y);
  for (const m of Object.values(table.columns)) for (const y of yearsIn(m.header)) out.add(y);
  return out;
}

/** True when the table's Tahun column holds years (one row per year of a series). */
export function rowsAreYears(tv: TableValues): boolean {
  return tv.rows.some(rv => {
    const c = rv.cells.tahun;
    return !!c && c.status === 'number' && !!c.value && c.value.isInteger() && c.value.gte(1900) && c.value.lte(2099);
  });
}
