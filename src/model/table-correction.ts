/**
 * A user's correction of what recognition decided, remembered in the workbook. With `range`, the user marked the
 * table by hand: the range becomes a table of `kind` with the given column roles, whatever recognition found.
 */
export interface TableCorrection {
  sheet: string;
  /** First header row of the table the correction is for (the range's first row when `range` is given). */
  headerRow: number;
  /** A1 range on the sheet holding the header rows and the body, e.g. "B4:H20"; set when marked by hand. */
  range?: string;
  /** How many rows at the top of `range` are header rows; 1 when absent. */
  headerRows?: number;
  kind?: string;
  /** Role -> column letter; an empty letter removes the role. */
  columns?: Record<string, string>;
  /** True to ignore the table. */
  ignore?: boolean;
}
