/**
 * Reads the workbook into the core's grid model in exactly two context.sync calls, whatever its size:
 * 1. the sheet list (name, position, visibility, protection);
 * 2. per sheet, the used range as whole 2-D blocks (values, number formats), formula cells only
 *    (as areas), merged areas, visible areas (for hidden rows) and bold/indent of the first 12 columns,
 *    capped by a cell budget shared by all sheets.
 */
import type { Cell, MergedArea, RawValue, SheetGrid, WorkbookData } from '../grid';
import { RUN_RECORD_SHEET } from '../plan';
import { parseRect, type Rect } from './cells';
import type { OfficeCapabilities } from './requirements';

/** Columns whose bold / indent are read (labels and codes sit in the leftmost columns). */
export const FORMAT_COLUMNS = 12;
/** Cells of bold / indent read across all sheets (about 45 characters of response each). */
export const DEFAULT_FORMAT_CELL_BUDGET = 20_000;

export interface ReadOptions {
  /** Name to report when the host cannot tell the workbook's name (ExcelApi < 1.7). */
  fallbackName: string;
  formatCellBudget: number;
}

/** What the last read could not cover, for diagnostics and the task pane. */
export interface ReadStats {
  /** Per sheet, how many rows from the top of the used range have bold / indent information. */
  formatRows: Record<string, number>;
}

const ERROR_VALUES = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!',
]);

type CellProps = { format?: { font?: { bold?: boolean | null }; indentLevel?: number | null } };

interface SheetJob {
  ws: Excel.Worksheet;
  used: Excel.Range;
  formulaAreas?: Excel.RangeAreas;
  visibleAreas?: Excel.RangeAreas;
  mergedAreas?: Excel.RangeAreas;
  formats?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  formatRows: number;
}

export async function readWorkbook(
  ctx: Excel.RequestContext,
  caps: OfficeCapabilities,
  options: ReadOptions,
): Promise<{ data: WorkbookData; stats: ReadStats }> {
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('items/name,items/position,items/visibility,items/protection/protected');
  if (caps.api17) ctx.workbook.load('name');
  await ctx.sync();

  const sheets = worksheets.items.filter(ws => ws.name !== RUN_RECORD_SHEET);
  const formatRows = sheets.length ? Math.max(1, Math.floor(options.formatCellBudget / FORMAT_COLUMNS / sheets.length)) : 0;
  const jobs = sheets.map(ws => queueSheet(ws, caps, formatRows));
  await ctx.sync();

  const stats: ReadStats = { formatRows: {} };
  const grids = jobs.map(job => {
    const grid = toGrid(job, caps);
    stats.formatRows[grid.name] = job.formats ? Math.min(job.formatRows, grid.rowCount) : 0;
    return grid;
  });
  const name = caps.api17 && ctx.workbook.name ? ctx.workbook.name : options.fallbackName;
  return { data: { name, sheets: grids }, stats };
}

function queueSheet(ws: Excel.Worksheet, caps: OfficeCapabilities, formatRows: number): SheetJob {
  // getUsedRange(true) never fails: an empty sheet answers A1, which toGrid() turns into an empty grid.
  const used = ws.getUsedRange(true);
  const job: SheetJob = { ws, used, formatRows };
  if (caps.specialCells) {
    used.load('address,rowCount,columnCount,values,numberFormat');
    job.formulaAreas = used.getSpecialCellsOrNullObject('Formulas');
    job.formulaAreas.load('areas/items/address,areas/items/formulas');
    job.visibleAreas = used.getSpecialCellsOrNullObject('Visible');
    job.visibleAreas.load('areas/items/address');
  } else {
    used.load('address,rowCount,columnCount,values,numberFormat,formulas');
  }
  if (caps.mergedAreas) {
    job.mergedAreas = used.getMergedAreasOrNullObject();
    job.mergedAreas.load('areas/items/address');
  }
  if (caps.cellProperties && caps.api17) {
    const head = used.getAbsoluteResizedRange(formatRows, FORMAT_COLUMNS).getIntersection(used);
    job.formats = head.getCellProperties({ format: { font: { bold: true }, indentLevel: true } });
  }
  return job;
}

function toGrid(job: SheetJob, caps: OfficeCapabilities): SheetGrid {
  const { ws, used } = job;
  const origin = parseRect(used.address);
  const values = used.values as unknown[][];
  let rowCount = used.rowCount;
  let colCount = used.columnCount;
  const formulas = new Map<number, string>();
  const key = (r: number, c: number) => r * 16_384 + c;

  if (!caps.specialCells) {
    const f = used.formulas as unknown[][];
    for (let r = 0; r < rowCount; r++) {
      for (let c = 0; c < colCount; c++) {
        const x = f[r][c];
        if (typeof x === 'string' && x.startsWith('=')) formulas.set(key(r, c), x.slice(1));
      }
    }
  } else if (job.formulaAreas && !job.formulaAreas.isNullObject) {
    for (const area of job.formulaAreas.areas.items) {
      const rect = parseRect(area.address);
      const f = area.formulas as unknown[][];
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const x = f[r - rect.top][c - rect.left];
          if (typeof x === 'string' && x.startsWith('=')) formulas.set(key(r - origin.top, c - origin.left), x.slice(1));
        }
      }
    }
  }

  const empty = rowCount === 1 && colCount === 1 && (values[0][0] === '' || values[0][0] === null) && formulas.size === 0;
  if (empty) {
    rowCount = 0;
    colCount = 0;
  }

  const numFmt = used.numberFormat as unknown[][];
  const props = job.formats ? (job.formats.value as CellProps[][]) : undefined;
  const cells: (Cell | null)[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const line: (Cell | null)[] = new Array(colCount).fill(null);
    const vRow = values[r];
    for (let c = 0; c < colCount; c++) {
      const formula = formulas.get(key(r, c));
      const raw = vRow[c];
      if ((raw === '' || raw === null || raw === undefined) && formula === undefined) continue;
      const value: RawValue = raw === '' || raw === undefined ? null : (raw as RawValue);
      const cell: Cell = { value };
      if (formula !== undefined) cell.formula = formula;
      const fmt = numFmt && numFmt[r] ? numFmt[r][c] : undefined;
      if (typeof fmt === 'string' && fmt !== '' && fmt !== 'General') cell.numFmt = fmt;
      const p = props && props[r] ? props[r][c] : undefined;
      if (p && p.format) {
        if (p.format.font && p.format.font.bold === true) cell.bold = true;
        if (typeof p.format.indentLevel === 'number' && p.format.indentLevel > 0) cell.indent = p.format.indentLevel;
      }
      if (typeof value === 'string' && ERROR_VALUES.has(value)) cell.error = true;
      line[c] = cell;
    }
    cells.push(line);
  }

  const merges: MergedArea[] = [];
  if (job.mergedAreas && !job.mergedAreas.isNullObject) {
    for (const area of job.mergedAreas.areas.items) merges.push(parseRect(area.address));
  }

  const grid: SheetGrid = {
    name: ws.name,
    index: ws.position,
    visible: ws.visibility === 'Visible',
    protected: !!ws.protection.protected,
    originRow: empty ? 1 : origin.top,
    originCol: empty ? 1 : origin.left,
    rowCount,
    colCount,
    cells,
    merges,
  };
  if (job.visibleAreas && !empty) grid.hiddenRows = hiddenRows(origin, rowCount, job.visibleAreas);
  return grid;
}

/** Rows of the used range that no visible area covers. */
function hiddenRows(origin: Rect, rowCount: number, visible: Excel.RangeAreas): number[] {
  const covered = new Uint8Array(rowCount);
  if (!visible.isNullObject) {
    for (const area of visible.areas.items) {
      const r = parseRect(area.address);
      for (let row = Math.max(r.top, origin.top); row <= Math.min(r.bottom, origin.top + rowCount - 1); row++) {
        covered[row - origin.top] = 1;
      }
    }
  }
  const hidden: number[] = [];
  for (let i = 0; i < rowCount; i++) if (!covered[i]) hidden.push(origin.top + i);
  return hidden;
}
