/**
 * Reads the workbook into the core's grid model.
 *
 * Normally in exactly two context.sync calls, whatever the row count:
 * 1. the sheet list (name, position, visibility, protection);
 * 2. per sheet, the used range as whole 2-D blocks (values, number formats), formula cells only (as
 *    areas, so constants are not sent twice), merged areas, visible areas (for hidden rows) and bold /
 *    indent of the first 12 columns, capped by a cell budget shared by all sheets.
 *
 * Excel on the web refuses responses above 5 MB (about 20,000 rows of a 7-column realisasi table).
 * When it does, `readWorkbookInWindows` reads the same data in row windows of a bounded payload, a few
 * windows per sync; the adapter switches to it only after that refusal.
 */
import type { Cell, MergedArea, RawValue, SheetGrid, WorkbookData } from '../../model/grid';
import { RUN_RECORD_SHEET } from '../../model/write-plan';
import { parseRect, rectA1, type Rect } from './cells';
import type { OfficeCapabilities } from './requirements';

/** Columns whose bold / indent are read (labels and codes sit in the leftmost columns). */
export const FORMAT_COLUMNS = 12;
/** Cells of bold / indent read across all sheets (about 48 characters of response each). */
export const DEFAULT_FORMAT_CELL_BUDGET = 12_000;
/** Response budget of one sync when reading in windows. */
export const WINDOW_SYNC_BYTES = 2_000_000;
/** Estimated response per cell for values + number format + formula (a realisasi table averages ~30). */
const BYTES_PER_CELL = 48;

export interface ReadOptions {
  /** Name to report when the host cannot tell the workbook's name (ExcelApi < 1.7). */
  fallbackName: string;
  formatCellBudget: number;
  /** Windowed read only: response budget of one sync. */
  windowBytes?: number;
}

/** What the last read covered, for diagnostics and the task pane. */
export interface ReadStats {
  /** Per sheet, how many rows from the top of the used range have bold / indent information. */
  formatRows: Record<string, number>;
  /** True when the workbook was too large for one response and was read in windows. */
  windowed: boolean;
  syncs: number;
}

const ERROR_VALUES = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!',
]);

type CellProps = { format?: { font?: { bold?: boolean | null }; indentLevel?: number | null } };
type Props = OfficeExtension.ClientResult<Excel.CellProperties[][]>;

/** One sheet's data as plain arrays, whichever way it was read. */
interface SheetParts {
  ws: Excel.Worksheet;
  origin: Rect;
  rowCount: number;
  colCount: number;
  values: unknown[][];
  numberFormat: unknown[][];
  /** Formulas without '=', keyed by (row offset, column offset). */
  formulas: Map<number, string>;
  /** Bold / indent of the top-left `formatRows` × 12 cells. */
  props: CellProps[][];
  formatRows: number;
  merges: MergedArea[];
  /** Visible areas, or undefined when the host cannot tell (then hidden rows are not reported). */
  visible?: Rect[];
}

const key = (r: number, c: number) => r * 16_384 + c;

interface Listed {
  sheets: Excel.Worksheet[];
  name: string;
  formatRows: number;
}

/** Sync 1 of either way: the sheets, without our record sheet. */
async function listSheets(ctx: Excel.RequestContext, caps: OfficeCapabilities, options: ReadOptions): Promise<Listed> {
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('items/name,items/position,items/visibility,items/protection/protected');
  if (caps.api17) ctx.workbook.load('name');
  await ctx.sync();
  const sheets = worksheets.items.filter(ws => ws.name !== RUN_RECORD_SHEET);
  const formatRows = sheets.length ? Math.max(1, Math.floor(options.formatCellBudget / FORMAT_COLUMNS / sheets.length)) : 0;
  const name = caps.api17 && ctx.workbook.name ? ctx.workbook.name : options.fallbackName;
  return { sheets, name, formatRows };
}

const formatOptions: Excel.CellPropertiesLoadOptions = { format: { font: { bold: true }, indentLevel: true } };

export async function readWorkbook(
  ctx: Excel.RequestContext,
  caps: OfficeCapabilities,
  options: ReadOptions,
): Promise<{ data: WorkbookData; stats: ReadStats }> {
  const listed = await listSheets(ctx, caps, options);
  const jobs = listed.sheets.map(ws => {
    // getUsedRange(true) never fails: an empty sheet answers A1, which toGrid() turns into an empty grid.
    const used = ws.getUsedRange(true);
    used.load(caps.specialCells ? 'address,rowCount,columnCount,values,numberFormat' : 'address,rowCount,columnCount,values,numberFormat,formulas');
    const formulaAreas = caps.specialCells ? queueFormulaAreas(used) : undefined;
    const layout = queueLayout(used, caps);
    let props: Props | undefined;
    if (caps.cellProperties && caps.api17) {
      props = used.getAbsoluteResizedRange(listed.formatRows, FORMAT_COLUMNS).getIntersection(used).getCellProperties(formatOptions);
    }
    return { ws, used, formulaAreas, layout, props };
  });
  await ctx.sync();

  const parts = jobs.map((job): SheetParts => {
    const origin = parseRect(job.used.address);
    const formulas = new Map<number, string>();
    if (job.formulaAreas) collectFormulaAreas(job.formulaAreas, origin, formulas);
    else collectFormulas(job.used.formulas as unknown[][], 0, formulas);
    return {
      ws: job.ws,
      origin,
      rowCount: job.used.rowCount,
      colCount: job.used.columnCount,
      values: job.used.values as unknown[][],
      numberFormat: job.used.numberFormat as unknown[][],
      formulas,
      props: job.props ? (job.props.value as CellProps[][]) : [],
      formatRows: job.props ? listed.formatRows : 0,
      ...collectLayout(job.layout),
    };
  });
  return finish(listed, parts, false, 2);
}

/**
 * The same read in row windows: sync 1 the sheet list, sync 2 the used ranges' sizes and layout, then
 * windows of about `windowBytes` of response each, several small windows sharing one sync.
 */
export async function readWorkbookInWindows(
  ctx: Excel.RequestContext,
  caps: OfficeCapabilities,
  options: ReadOptions,
): Promise<{ data: WorkbookData; stats: ReadStats }> {
  const budget = options.windowBytes ?? WINDOW_SYNC_BYTES;
  const listed = await listSheets(ctx, caps, options);
  const heads = listed.sheets.map(ws => {
    const used = ws.getUsedRange(true);
    used.load('address,rowCount,columnCount');
    return { ws, used, layout: queueLayout(used, caps) };
  });
  await ctx.sync();
  let syncs = 2;

  const parts: SheetParts[] = heads.map(h => ({
    ws: h.ws,
    origin: parseRect(h.used.address),
    rowCount: h.used.rowCount,
    colCount: h.used.columnCount,
    values: [],
    numberFormat: [],
    formulas: new Map(),
    props: [],
    formatRows: caps.cellProperties ? listed.formatRows : 0,
    ...collectLayout(h.layout),
  }));

  type Window = { part: SheetParts; top: number; rows: number };
  const windows: Window[] = [];
  for (const part of parts) {
    const perCell = BYTES_PER_CELL * (caps.specialCells ? 1 : 1.5);
    const rowsPerWindow = Math.max(1, Math.floor(budget / (part.colCount * perCell)));
    for (let top = 0; top < part.rowCount; top += rowsPerWindow) windows.push({ part, top, rows: Math.min(rowsPerWindow, part.rowCount - top) });
  }

  let i = 0;
  while (i < windows.length) {
    const batch: { w: Window; range: Excel.Range; areas?: Excel.RangeAreas; props?: Props }[] = [];
    let bytes = 0;
    while (i < windows.length) {
      const w = windows[i];
      const size = w.rows * w.part.colCount * BYTES_PER_CELL;
      if (batch.length && bytes + size > budget) break;
      const { origin, colCount } = w.part;
      const rect = { top: origin.top + w.top, left: origin.left, bottom: origin.top + w.top + w.rows - 1, right: origin.left + colCount - 1 };
      const range = w.part.ws.getRange(rectA1(rect));
      range.load(caps.specialCells ? 'values,numberFormat' : 'values,numberFormat,formulas');
      const item: (typeof batch)[number] = { w, range };
      if (caps.specialCells) item.areas = queueFormulaAreas(range);
      const propRows = Math.min(w.rows, w.part.formatRows - w.top);
      if (propRows > 0 && caps.cellProperties) {
        const head = { ...rect, bottom: rect.top + propRows - 1, right: Math.min(rect.right, rect.left + FORMAT_COLUMNS - 1) };
        item.props = w.part.ws.getRange(rectA1(head)).getCellProperties(formatOptions);
      }
      batch.push(item);
      bytes += size;
      i++;
    }
    await ctx.sync();
    syncs++;
    for (const { w, range, areas, props } of batch) {
      const part = w.part;
      for (const line of range.values as unknown[][]) part.values.push(line);
      for (const line of range.numberFormat as unknown[][]) part.numberFormat.push(line);
      if (areas) collectFormulaAreas(areas, part.origin, part.formulas);
      else collectFormulas(range.formulas as unknown[][], w.top, part.formulas);
      if (props) for (const line of props.value as CellProps[][]) part.props.push(line);
    }
  }
  return finish(listed, parts, true, syncs);
}

function finish(listed: Listed, parts: SheetParts[], windowed: boolean, syncs: number): { data: WorkbookData; stats: ReadStats } {
  const stats: ReadStats = { formatRows: {}, windowed, syncs };
  const sheets = parts.map(p => {
    const grid = toGrid(p);
    stats.formatRows[grid.name] = Math.min(p.formatRows, grid.rowCount);
    return grid;
  });
  return { data: { name: listed.name, sheets }, stats };
}

function queueFormulaAreas(range: Excel.Range): Excel.RangeAreas {
  const areas = range.getSpecialCellsOrNullObject('Formulas');
  areas.load('areas/items/address,areas/items/formulas');
  return areas;
}

function collectFormulaAreas(areas: Excel.RangeAreas, origin: Rect, into: Map<number, string>): void {
  if (areas.isNullObject) return;
  for (const area of areas.areas.items) {
    const rect = parseRect(area.address);
    const f = area.formulas as unknown[][];
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const x = f[r - rect.top][c - rect.left];
        if (typeof x === 'string' && x.startsWith('=')) into.set(key(r - origin.top, c - origin.left), x.slice(1));
      }
    }
  }
}

function collectFormulas(f: unknown[][], rowOffset: number, into: Map<number, string>): void {
  f.forEach((line, r) =>
    line.forEach((x, c) => {
      if (typeof x === 'string' && x.startsWith('=')) into.set(key(r + rowOffset, c), x.slice(1));
    }),
  );
}

interface LayoutJob {
  merged?: Excel.RangeAreas;
  visible?: Excel.RangeAreas;
}

function queueLayout(used: Excel.Range, caps: OfficeCapabilities): LayoutJob {
  const job: LayoutJob = {};
  if (caps.mergedAreas) {
    job.merged = used.getMergedAreasOrNullObject();
    job.merged.load('areas/items/address');
  }
  if (caps.specialCells) {
    job.visible = used.getSpecialCellsOrNullObject('Visible');
    job.visible.load('areas/items/address');
  }
  return job;
}

function collectLayout(job: LayoutJob): { merges: MergedArea[]; visible?: Rect[] } {
  const merges = job.merged && !job.merged.isNullObject ? job.merged.areas.items.map(a => parseRect(a.address)) : [];
  if (!job.visible) return { merges };
  return { merges, visible: job.visible.isNullObject ? [] : job.visible.areas.items.map(a => parseRect(a.address)) };
}

function toGrid(p: SheetParts): SheetGrid {
  const { ws, origin, values, formulas } = p;
  let { rowCount, colCount } = p;
  const empty = rowCount === 1 && colCount === 1 && (values[0][0] === '' || values[0][0] === null) && formulas.size === 0;
  if (empty) {
    rowCount = 0;
    colCount = 0;
  }
  const cells: (Cell | null)[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const line: (Cell | null)[] = new Array(colCount).fill(null);
    const vRow = values[r];
    const fRow = p.numberFormat[r];
    const pRow = p.props[r];
    for (let c = 0; c < colCount; c++) {
      const formula = formulas.get(key(r, c));
      const raw = vRow[c];
      if ((raw === '' || raw === null || raw === undefined) && formula === undefined) continue;
      const value: RawValue = raw === '' || raw === undefined ? null : (raw as RawValue);
      const cell: Cell = { value };
      if (formula !== undefined) cell.formula = formula;
      const fmt = fRow ? fRow[c] : undefined;
      if (typeof fmt === 'string' && fmt !== '' && fmt !== 'General') cell.numFmt = fmt;
      const props = pRow ? pRow[c] : undefined;
      if (props && props.format) {
        if (props.format.font && props.format.font.bold === true) cell.bold = true;
        if (typeof props.format.indentLevel === 'number' && props.format.indentLevel > 0) cell.indent = props.format.indentLevel;
      }
      if (typeof value === 'string' && ERROR_VALUES.has(value)) cell.error = true;
      line[c] = cell;
    }
    cells.push(line);
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
    merges: p.merges,
  };
  if (p.visible && !empty) grid.hiddenRows = hiddenRows(origin, rowCount, p.visible);
  return grid;
}

/** Rows of the used range that no visible area covers. */
function hiddenRows(origin: Rect, rowCount: number, visible: Rect[]): number[] {
  const covered = new Uint8Array(rowCount);
  for (const r of visible) {
    for (let row = Math.max(r.top, origin.top); row <= Math.min(r.bottom, origin.top + rowCount - 1); row++) covered[row - origin.top] = 1;
  }
  const hidden: number[] = [];
  for (let i = 0; i < rowCount; i++) if (!covered[i]) hidden.push(origin.top + i);
  return hidden;
}
