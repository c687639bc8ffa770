import type { RowValues, TableValues } from '../../layout/table-values';
import type { ComputedValue, NotComputed } from '../compute';
import { Dec } from '../decimal';
import { formatId } from '../number';
import type { KategoriScale } from '../kategori';
import type { EfisiensiDefinition } from '../efisiensi';
import type { Finding, RuleId, Severity } from '../../model/report';
import type { WorkbookData } from '../../model/grid';

/** What every rule sees: the tables as read, the recomputed values and the office's choices. */
export interface CheckContext {
  tables: TableValues[];
  computed: ComputedValue[];
  notComputed: NotComputed[];
  scale: KategoriScale;
  /** Where the scale came from, for messages ("tabel skala di lembar Capaian Kinerja", "Permendagri 86/2017"). */
  scaleSource: string;
  efisiensi: EfisiensiDefinition;
  /** The workbook as read, for rules that read text outside recognised tables (narasi_selisih); optional. */
  workbook?: WorkbookData;
  /** Where rules say what they chose not to compare (report.notices); optional. */
  notices?: string[];
}

/** A rule: one small module per rule id, pure, returning its findings. */
export type CheckRule = (ctx: CheckContext) => Finding[];

export function finding(
  rule: RuleId,
  severity: Severity,
  at: { sheet: string; addr: string },
  stated: string,
  expected: string,
  message: string,
  related: string[] = [],
): Finding {
  return { rule, severity, sheet: at.sheet, cell: at.addr, related, stated, expected, message };
}

/** Data rows of a table (not group, total, average). */
export function dataRows(tv: TableValues): RowValues[] {
  return tv.rows.filter(r => r.row.kind === 'data');
}

/** A cross-sheet reference for `related` ("'Lampiran 2'!D5" style without quotes: "Lampiran 2!D5"). */
export function ref(sheet: string, addr: string, fromSheet: string): string {
  return sheet === fromSheet ? addr : `${sheet}!${addr}`;
}

/** A count as people read it: 20000 → "20.000". */
export function countId(n: number): string {
  return formatId(new Dec(n), 0);
}
