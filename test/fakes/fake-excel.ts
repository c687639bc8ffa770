/**
 * A fake Excel JavaScript object model (Excel.run / RequestContext / Worksheet / Range …), small enough to
 * read, strict enough to catch what real Office would reject. Pure TypeScript, no Node APIs: it is also
 * bundled into a browser test.
 *
 * ## Exported API
 * - `createFakeExcel(data: WorkbookData, opts?: FakeExcelOptions): FakeExcel` builds a workbook from the
 *   core's grid model. Options:
 *     - `requirementSets`: e.g. `['ExcelApi 1.18']` (default) or `['ExcelApi 1.4']`; an API above the
 *       claimed version fails at sync with code `ApiNotFound`, as an old host would.
 *     - `fills` / `notes`: initial fills ('#RRGGBB') and notes, keyed "Sheet!A1".
 *     - `payloadLimitBytes` (default 5,000,000): a sync whose request or response exceeds it fails with
 *       `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`, like Excel on the web.
 *     - `workbookName`, `workbookProtected` (structure protection: adding / deleting sheets is denied).
 * - `FakeExcel`:
 *     - `run(batch)`: the Excel.run stand-in (pass it to `new OfficeWorkbook(fake.run, …)`); commands still
 *       queued when the batch resolves are flushed by one implicit, counted sync, as Excel.run does.
 *     - `isSetSupported(name, version)`: Office.context.requirements.isSetSupported over `requirementSets`.
 *     - `stats`: counters since creation or `resetStats()`: `syncs`, `runs`, `proxies` (proxy objects
 *       created), `perCellCalls` (a getRange / getCell addressing a single cell), `noteCalls`, `actions`,
 *       `requestBytes` / `responseBytes` (JSON length of everything sent / received, plus
 *       ACTION_OVERHEAD_BYTES per queued action), `maxSyncBytes` (largest request or response of one sync),
 *       `syncLog` (per sync), `suspendCalculation` / `suspendScreenUpdating` (calls), `rangeWrites` /
 *       `maxRangeWriteBytes` (2-D writes of values, formulas or number formats, and the largest one).
 *     - `failNextSync(code, message?)`: the next sync rejects with an OfficeExtension.Error-like error.
 *     - `setProtected(sheet, on)`, `setHiddenRows(sheet, rows)`, `type(sheet, cell, text)`: change state between runs.
 *     - `selectRange(sheet, address)`: what the user selected, as `workbook.getSelectedRange()` answers it
 *       (A1 of the first visible sheet until then).
 *     - `toWorkbookData({ includeRecordSheet? })`: the state back as WorkbookData (values-only used ranges).
 *     - `fills()`, `notes()`: every fill ('#RRGGBB') / note keyed "Sheet!A1".
 *     - `sheetNames()`, `sheetState(name)`: visibility, column widths (points), freeze, hyperlinks, autofilter,
 *       orientation, for assertions.
 * - `FakeOfficeError`: the error class (name 'RichApi.Error', `code`, `debugInfo.code`).
 *
 * ## Behaviour kept from Office
 * - Property reads are only allowed after load() + sync() (else `PropertyNotLoaded` is thrown); loads
 *   reflect the workbook at their place in the queue. Writes are queued and applied in order at sync;
 *   an action that fails stops the sync, and actions before it stay applied.
 * - Worksheets are identified by id: a proxy to a deleted sheet fails with `ItemNotFound`, even if a
 *   sheet of the same name was added again. Sheet names are case-insensitive.
 * - Writing to a protected sheet fails with `AccessDenied`; a 2-D array whose size differs from its range
 *   fails with `InvalidArgument`; null in a values / formulas / numberFormat array leaves that cell as is;
 *   "'text" stores text; "=…" stores a formula (never calculated: its value reads as ''); with number
 *   format '@' strings stay text, otherwise plain numeric strings become numbers.
 * - getUsedRange(true) covers cells with a value or formula; an empty sheet answers A1.
 */
import type { Cell, RawValue, SheetGrid, WorkbookData } from '../../src/model/grid';

export interface FakeExcelOptions {
  requirementSets?: string[];
  fills?: Record<string, string>;
  notes?: Record<string, string>;
  payloadLimitBytes?: number;
  workbookName?: string;
  workbookProtected?: boolean;
}

export interface FakeSyncLog {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  suspendedCalculation: boolean;
}

export interface FakeStats {
  syncs: number;
  runs: number;
  proxies: number;
  perCellCalls: number;
  noteCalls: number;
  actions: number;
  requestBytes: number;
  responseBytes: number;
  maxSyncBytes: number;
  syncLog: FakeSyncLog[];
  suspendCalculation: number;
  suspendScreenUpdating: number;
  /** Writes of values / formulas / numberFormat arrays, and the largest one's JSON length. */
  rangeWrites: number;
  maxRangeWriteBytes: number;
}

export interface FakeSheetState {
  name: string;
  position: number;
  visibility: string;
  protected: boolean;
  columnWidths: Record<string, number>;
  freezeRows: number;
  hyperlinks: Record<string, { documentReference?: string; address?: string; textToDisplay?: string }>;
  autoFilter?: string;
  orientation?: string;
}

export interface FakeExcel {
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion?: string): boolean;
  readonly stats: FakeStats;
  resetStats(): void;
  failNextSync(code: string, message?: string): void;
  setProtected(sheet: string, on: boolean): void;
  setHiddenRows(sheet: string, rows: number[]): void;
  selectRange(sheet: string, address: string): void;
  /** What a person types into a cell between runs: a value, or a formula starting with "=". */
  type(sheet: string, cell: string, text: string | number): void;
  toWorkbookData(opts?: { includeRecordSheet?: boolean }): WorkbookData;
  fills(): Record<string, string>;
  notes(): Record<string, string>;
  /** Every custom conditional format: sheet, address, rule formula, fill ('#RRGGBB'). */
  conditionalFormats(): { sheet: string; address: string; formula: string; fill?: string }[];
  /** What the user sees: fills, with the conditional formats' fills over them, keyed "Sheet!A1". */
  shownFills(): Record<string, string>;
  sheetNames(): string[];
  sheetState(name: string): FakeSheetState | undefined;
}

/** Request overhead counted for each queued action (object path and action envelope). */
export const ACTION_OVERHEAD_BYTES = 100;

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const RECORD_SHEET = 'HitungCapaian_Data';
const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!']);

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message?: string) {
    super(message ?? code);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message: message ?? code };
  }
}

// ---------------------------------------------------------------------------------------------------
// Workbook state
// ---------------------------------------------------------------------------------------------------

interface Rect { top: number; left: number; bottom: number; right: number }

interface FCell {
  value: RawValue;
  formula?: string;
  numFmt?: string;
  bold?: boolean;
  indent?: number;
  fill?: string;
  wrap?: boolean;
  error?: boolean;
  link?: { documentReference?: string; address?: string; textToDisplay?: string };
}

interface FakeCf {
  id: number;
  rect: Rect;
  type: string;
  formula: string;
  fill?: string;
}

let nextCfId = 1;

class SheetState {
  cells = new Map<number, FCell>();
  merges: Rect[] = [];
  hiddenRows = new Set<number>();
  notes = new Map<string, string>();
  columnWidths = new Map<number, number>();
  freezeRows = 0;
  autoFilter?: string;
  orientation?: string;
  visibility = 'Visible';
  protected = false;
  deleted = false;
  /** Custom conditional formats: where, the rule's formula, the fill it shows. */
  conditionalFormats: FakeCf[] = [];
  constructor(readonly id: number, public name: string) {}

  static key(row: number, col: number): number {
    return row * MAX_COLS + (col - 1);
  }
  get(row: number, col: number): FCell | undefined {
    return this.cells.get(SheetState.key(row, col));
  }
  touch(row: number, col: number): FCell {
    const k = SheetState.key(row, col);
    let c = this.cells.get(k);
    if (!c) this.cells.set(k, (c = { value: null }));
    return c;
  }
  /** Cells with a value or a formula. */
  usedRect(): Rect | null {
    let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
    for (const [k, c] of this.cells) {
      if (!hasContent(c)) continue;
      const row = Math.floor(k / MAX_COLS);
      const col = (k % MAX_COLS) + 1;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    return top === Infinity ? null : { top, left, bottom, right };
  }
  forEachIn(rect: Rect, fn: (row: number, col: number, cell: FCell) => void): void {
    const area = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (area <= this.cells.size * 4) {
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) {
        const cell = this.get(r, c);
        if (cell) fn(r, c, cell);
      }
      return;
    }
    for (const [k, cell] of [...this.cells]) {
      const row = Math.floor(k / MAX_COLS);
      const col = (k % MAX_COLS) + 1;
      if (row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right) fn(row, col, cell);
    }
  }
}

function hasContent(c: FCell): boolean {
  return c.formula !== undefined || (c.value !== null && c.value !== '');
}

class WorkbookState {
  sheets: SheetState[] = [];
  nextId = 1;
  protected = false;
  constructor(public name: string) {}
  find(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find(s => s.name.toLowerCase() === lower);
  }
  byId(id: number): SheetState | undefined {
    return this.sheets.find(s => s.id === id);
  }
  add(name: string): SheetState {
    const s = new SheetState(this.nextId++, name);
    this.sheets.push(s);
    return s;
  }
}

// ---------------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------------

function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function cellA1(row: number, col: number): string {
  return colLetters(col) + row;
}
function rectA1(r: Rect): string {
  const a = cellA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellA1(r.bottom, r.right)}`;
}
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Parses "A1", "A1:C3", "A:C", "3:5" (optionally "Sheet!"-prefixed, "$"-anchored). */
function parseAddress(address: string): Rect {
  const ref = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').trim().toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref);
  if (m) {
    const r1 = Number(m[2]), c1 = colNumber(m[1]);
    const r2 = m[3] ? Number(m[4]) : r1, c2 = m[3] ? colNumber(m[3]) : c1;
    const rect = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
    if (rect.top < 1 || rect.bottom > MAX_ROWS || rect.left < 1 || rect.right > MAX_COLS) throw new FakeOfficeError('InvalidArgument', `Bad address ${address}`);
    return rect;
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(ref);
  if (m) return { top: 1, bottom: MAX_ROWS, left: Math.min(colNumber(m[1]), colNumber(m[2])), right: Math.max(colNumber(m[1]), colNumber(m[2])) };
  m = /^(\d+):(\d+)$/.exec(ref);
  if (m) return { left: 1, right: MAX_COLS, top: Math.min(Number(m[1]), Number(m[2])), bottom: Math.max(Number(m[1]), Number(m[2])) };
  throw new FakeOfficeError('InvalidArgument', `The address is not valid: ${address}`);
}

function isSingleCellAddress(address: string): boolean {
  const ref = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').trim();
  if (/^[A-Za-z]{1,3}\d+$/.test(ref)) return true;
  const m = /^([A-Za-z]{1,3}\d+):([A-Za-z]{1,3}\d+)$/.exec(ref);
  return !!m && m[1].toUpperCase() === m[2].toUpperCase();
}

/** Splits a set of cells into rectangles: row runs, then identical runs of consecutive rows merged. */
function cellsToAreas(cells: { row: number; col: number }[]): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) (byRow.get(row) ?? byRow.set(row, []).get(row)!).push(col);
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const open: Rect[] = [];
  const done: Rect[] = [];
  for (const row of rows) {
    const cols = byRow.get(row)!.sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && c === last[1] + 1) last[1] = c;
      else runs.push([c, c]);
    }
    const next: Rect[] = [];
    for (const [l, r] of runs) {
      const i = open.findIndex(o => o.left === l && o.right === r && o.bottom === row - 1);
      if (i >= 0) {
        const o = open.splice(i, 1)[0];
        o.bottom = row;
        next.push(o);
      } else next.push({ top: row, left: l, bottom: row, right: r });
    }
    done.push(...open.splice(0));
    open.push(...next);
  }
  done.push(...open);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

function size(v: unknown): number {
  if (v === undefined) return 0;
  return JSON.stringify(v).length;
}

// ---------------------------------------------------------------------------------------------------
// Requirement sets
// ---------------------------------------------------------------------------------------------------

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0, y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Request context and proxies
// ---------------------------------------------------------------------------------------------------

interface Action {
  request: number;
  run(): unknown;
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  queue: Action[] = [];
  suspendCalc = false;
  constructor(readonly host: FakeHost) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }
  enqueue(request: number, run: () => unknown): void {
    this.queue.push({ request: request + ACTION_OVERHEAD_BYTES, run });
  }
  /** Queues an action that first checks a requirement set. */
  enqueueApi(version: string, request: number, run: () => unknown): void {
    this.enqueue(request, () => {
      this.host.require(version);
      return run();
    });
  }
  async sync(): Promise<void> {
    const host = this.host;
    const queue = this.queue;
    this.queue = [];
    host.stats.syncs++;
    const log: FakeSyncLog = { requestBytes: 0, responseBytes: 0, actions: queue.length, suspendedCalculation: this.suspendCalc };
    this.suspendCalc = false;
    host.stats.syncLog.push(log);
    host.stats.actions += queue.length;
    for (const a of queue) log.requestBytes += a.request;
    host.stats.requestBytes += log.requestBytes;
    host.stats.maxSyncBytes = Math.max(host.stats.maxSyncBytes, log.requestBytes);
    await Promise.resolve();
    if (host.injected) {
      const e = host.injected;
      host.injected = undefined;
      throw e;
    }
    if (log.requestBytes > host.payloadLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `Request of ${log.requestBytes} bytes exceeds the limit.`);
    }
    for (const a of queue) {
      const response = a.run();
      log.responseBytes += size(response);
    }
    host.stats.responseBytes += log.responseBytes;
    host.stats.maxSyncBytes = Math.max(host.stats.maxSyncBytes, log.responseBytes);
    if (log.responseBytes > host.payloadLimit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `Response of ${log.responseBytes} bytes exceeds the limit.`);
    }
  }
}

/** Base of every proxy: loaded values, PropertyNotLoaded, generic load() over paths. */
abstract class FakeObject {
  protected loaded = new Map<string, unknown>();
  constructor(readonly context: FakeContext) {
    context.host.stats.proxies++;
  }
  get isNullObject(): boolean {
    return this.read('isNullObject') as boolean;
  }
  protected read(prop: string): unknown {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop);
  }
  load(spec?: string | string[] | { select?: string; expand?: string }): this {
    let paths: string[];
    if (spec === undefined) paths = this.defaultLoad();
    else if (typeof spec === 'string') paths = spec.split(',');
    else if (Array.isArray(spec)) paths = spec;
    else paths = [...(spec.select ?? '').split(','), ...(spec.expand ?? '').split(',')];
    const parsed = paths.map(p => p.trim()).filter(Boolean).map(p => p.split('/'));
    this.context.enqueue(size(paths), () => this.applyLoad(parsed));
    return this;
  }
  /** Resolves the object and snapshots the given paths; returns the response data. */
  applyLoad(paths: string[][]): unknown {
    const isNull = this.resolveNull();
    this.loaded.set('isNullObject', isNull);
    const out: Record<string, unknown> = {};
    if (isNull) return { isNullObject: true };
    const nested = new Map<string, string[][]>();
    for (const p of paths) {
      if (p.length === 1) {
        const v = this.scalar(p[0]);
        this.loaded.set(p[0], v);
        out[p[0]] = v;
      } else {
        const list = nested.get(p[0]) ?? [];
        list.push(p.slice(1));
        nested.set(p[0], list);
      }
    }
    for (const [name, rest] of nested) out[name] = this.navigation(name).applyLoad(rest);
    return out;
  }
  protected defaultLoad(): string[] {
    return [];
  }
  /** True when this is a null object (…OrNullObject that found nothing). */
  protected resolveNull(): boolean {
    return false;
  }
  protected scalar(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `Unknown property ${name} on ${this.constructor.name}`);
  }
  protected navigation(name: string): FakeObject {
    throw new FakeOfficeError('InvalidArgument', `Unknown navigation property ${name} on ${this.constructor.name}`);
  }
}

class FakeApplication extends FakeObject {
  suspendApiCalculationUntilNextSync(): void {
    this.context.host.stats.suspendCalculation++;
    this.context.suspendCalc = true;
    this.context.enqueueApi('1.6', 0, () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.host.stats.suspendScreenUpdating++;
    this.context.enqueueApi('1.9', 0, () => undefined);
  }
}

class FakeWorkbook extends FakeObject {
  readonly worksheets: FakeWorksheetCollection;
  private _protection?: FakeWorkbookProtection;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
  get name(): string {
    return this.read('name') as string;
  }
  get protection(): FakeWorkbookProtection {
    return (this._protection ??= new FakeWorkbookProtection(this.context));
  }
  getSelectedRange(): FakeRange {
    const host = this.context.host;
    const ws = new FakeWorksheet(this.context, () => {
      const s = host.selected ? host.wb.find(host.selected.sheet) : host.wb.sheets.find(x => x.visibility === 'Visible');
      return s?.id ?? notFound('Selected worksheet');
    });
    return new FakeRange(this.context, ws, () => (host.selected ? { ...host.selected.rect } : { top: 1, left: 1, bottom: 1, right: 1 }));
  }
  protected override scalar(name: string): unknown {
    if (name === 'name') {
      this.context.host.require('1.7');
      return this.context.host.wb.name;
    }
    return super.scalar(name);
  }
  protected override navigation(name: string): FakeObject {
    if (name === 'protection') return this.protection;
    return super.navigation(name);
  }
}

class FakeWorkbookProtection extends FakeObject {
  get protected(): boolean {
    return this.read('protected') as boolean;
  }
  protected override scalar(name: string): unknown {
    if (name === 'protected') {
      this.context.host.require('1.7');
      return this.context.host.wb.protected;
    }
    return super.scalar(name);
  }
}

class FakeWorksheetCollection extends FakeObject {
  get items(): FakeWorksheet[] {
    return this.read('items') as FakeWorksheet[];
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.wb.find(name)?.id ?? notFound(`Worksheet ${name}`));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.enqueueApi('1.4', 0, () => undefined);
    return new FakeWorksheet(this.context, () => this.context.host.wb.find(name)?.id ?? null);
  }
  add(name?: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, () => id ?? notFound('Worksheet not yet added'));
    let id: number | undefined;
    this.context.enqueue(size(name), () => {
      const wb = this.context.host.wb;
      if (wb.protected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
      const sheetName = name ?? `Sheet${wb.nextId}`;
      if (wb.find(sheetName)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${sheetName} exists.`);
      if (sheetName.length > 31 || /[[\]:*?/\\]/.test(sheetName)) throw new FakeOfficeError('InvalidArgument', `Bad sheet name ${sheetName}`);
      id = wb.add(sheetName).id;
      return undefined;
    });
    return ws;
  }
  override applyLoad(paths: string[][]): unknown {
    const wb = this.context.host.wb;
    const items = wb.sheets.map(s => new FakeWorksheet(this.context, () => s.id));
    this.loaded.set('items', items);
    this.loaded.set('isNullObject', false);
    const rest = paths.filter(p => p[0] === 'items').map(p => p.slice(1)).filter(p => p.length);
    return { items: items.map(ws => ws.applyLoad(rest.length ? rest : [['name']])) };
  }
}

function notFound(what: string): never {
  throw new FakeOfficeError('ItemNotFound', `${what} was not found.`);
}

class FakeWorksheet extends FakeObject {
  private resolvedId: number | null | undefined;
  private _protection?: FakeWorksheetProtection;
  private _notes?: FakeNoteCollection;
  readonly freezePanes: { freezeRows: (count?: number) => void };
  readonly autoFilter: { apply: (range: unknown) => void };
  readonly pageLayout: { orientation: string };

  constructor(ctx: FakeContext, private readonly locate: () => number | null) {
    super(ctx);
    const self = this;
    this.freezePanes = {
      freezeRows(count = 1) {
        ctx.enqueueApi('1.7', 8, () => { self.writable().freezeRows = count; return undefined; });
      },
    };
    this.autoFilter = {
      apply(range: unknown) {
        const address = typeof range === 'string' ? range : '?';
        ctx.enqueueApi('1.9', size(address), () => { self.writable().autoFilter = address; return undefined; });
      },
    };
    this.pageLayout = {
      get orientation(): string { throw new FakeOfficeError('PropertyNotLoaded', 'orientation'); },
      set orientation(v: string) {
        ctx.enqueueApi('1.9', size(v), () => { self.writable().orientation = v; return undefined; });
      },
    };
  }

  /** The sheet this proxy stands for; ItemNotFound when it was deleted. */
  sheet(): SheetState {
    if (this.resolvedId === undefined) this.resolvedId = this.locate();
    if (this.resolvedId === null) throw new FakeOfficeError('InvalidOperation', 'The object is a null object.');
    const s = this.context.host.wb.byId(this.resolvedId);
    if (!s || s.deleted) throw new FakeOfficeError('ItemNotFound', 'The worksheet does not exist.');
    return s;
  }
  writable(): SheetState {
    const s = this.sheet();
    if (s.protected) throw new FakeOfficeError('AccessDenied', `The sheet ${s.name} is protected.`);
    return s;
  }
  protected override resolveNull(): boolean {
    if (this.resolvedId === undefined) this.resolvedId = this.locate();
    return this.resolvedId === null;
  }

  get name(): string { return this.read('name') as string; }
  /** Renames as Excel does: at most 31 characters, none of : \\ / ? * [ ], unique ignoring case. */
  set name(v: string) {
    this.context.enqueue(size(v), () => {
      const s = this.sheet();
      const taken = this.context.host.wb.sheets.some(x => !x.deleted && x !== s && x.name.toLowerCase() === v.toLowerCase());
      if (!v || v.length > 31 || /[:\\/?*[\]]/.test(v) || taken) throw new FakeOfficeError('InvalidArgument', `Bad sheet name ${v}`);
      s.name = v;
      return undefined;
    });
  }
  get position(): number { return this.read('position') as number; }
  get visibility(): string { return this.read('visibility') as string; }
  set visibility(v: string) {
    this.context.enqueue(size(v), () => {
      const s = this.sheet();
      if (v !== 'Visible' && this.context.host.wb.sheets.filter(x => x.visibility === 'Visible' && x !== s).length === 0) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep one visible sheet.');
      }
      s.visibility = v;
      return undefined;
    });
  }
  get protection(): FakeWorksheetProtection {
    return (this._protection ??= new FakeWorksheetProtection(this.context, this));
  }
  get notes(): FakeNoteCollection {
    return (this._notes ??= new FakeNoteCollection(this.context, this));
  }
  protected override scalar(name: string): unknown {
    const s = this.sheet();
    switch (name) {
      case 'name': return s.name;
      case 'position': return this.context.host.wb.sheets.indexOf(s);
      case 'visibility': return s.visibility;
      case 'id': return String(s.id);
      default: return super.scalar(name);
    }
  }
  protected override navigation(name: string): FakeObject {
    if (name === 'protection') return this.protection;
    return super.navigation(name);
  }

  delete(): void {
    this.context.enqueue(0, () => {
      const wb = this.context.host.wb;
      if (wb.protected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
      const s = this.sheet();
      if (s.visibility === 'Visible' && wb.sheets.filter(x => x.visibility === 'Visible').length === 1) {
        throw new FakeOfficeError('InvalidOperation', 'Cannot delete the last visible sheet.');
      }
      s.deleted = true;
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      return undefined;
    });
  }

  getRange(address?: string): FakeRange {
    if (address !== undefined && isSingleCellAddress(address)) this.context.host.stats.perCellCalls++;
    const rect = address === undefined ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } : undefined;
    return new FakeRange(this.context, this, () => rect ?? parseAddress(address!));
  }
  getCell(row: number, column: number): FakeRange {
    this.context.host.stats.perCellCalls++;
    return new FakeRange(this.context, this, () => ({ top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 }));
  }
  getRanges(address: string): FakeRangeAreas {
    if (address.length >= 8192) throw new FakeOfficeError('InvalidArgument', 'The address list is too long.');
    this.context.enqueueApi('1.9', 0, () => undefined);
    return new FakeRangeAreas(this.context, this, () => address.split(',').map(a => parseAddress(a)));
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly) this.context.enqueueApi('1.2', 0, () => undefined);
    return new FakeRange(this.context, this, () => this.sheet().usedRect() ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.enqueueApi('1.4', 0, () => undefined);
    void valuesOnly;
    return new FakeRange(this.context, this, () => this.sheet().usedRect());
  }
}

class FakeWorksheetProtection extends FakeObject {
  constructor(ctx: FakeContext, private readonly ws: FakeWorksheet) {
    super(ctx);
  }
  get protected(): boolean { return this.read('protected') as boolean; }
  protected override scalar(name: string): unknown {
    if (name === 'protected') {
      this.context.host.require('1.2');
      return this.ws.sheet().protected;
    }
    return super.scalar(name);
  }
}

class FakeRangeFormat {
  readonly fill: { color: string; clear: () => void };
  readonly font: { bold: boolean };
  constructor(private readonly owner: { context: FakeContext; eachWritable(fn: (row: number, col: number, s: SheetState) => void, api?: string): void; columns(fn: (col: number, s: SheetState) => void): void }) {
    const ctx = owner.context;
    const each = owner.eachWritable.bind(owner);
    this.fill = {
      get color(): string { throw new FakeOfficeError('PropertyNotLoaded', 'color'); },
      set color(v: string) {
        ctx.enqueue(size(v), () => { each((r, c, s) => { s.touch(r, c).fill = v.toUpperCase(); }); return undefined; });
      },
      clear() {
        ctx.enqueue(0, () => { each((r, c, s) => { const cell = s.get(r, c); if (cell) delete cell.fill; }); return undefined; });
      },
    };
    this.font = {
      get bold(): boolean { throw new FakeOfficeError('PropertyNotLoaded', 'bold'); },
      set bold(v: boolean) {
        ctx.enqueue(size(v), () => { each((r, c, s) => { s.touch(r, c).bold = v; }); return undefined; });
      },
    };
  }
  set wrapText(v: boolean) {
    this.owner.context.enqueue(size(v), () => { this.owner.eachWritable((r, c, s) => { s.touch(r, c).wrap = v; }); return undefined; });
  }
  set columnWidth(v: number) {
    this.owner.context.enqueue(size(v), () => { this.owner.columns((col, s) => s.columnWidths.set(col, v)); return undefined; });
  }
}

class FakeClientResult<T> {
  private _value: T | undefined;
  private done = false;
  set(v: T): void {
    this._value = v;
    this.done = true;
  }
  get value(): T {
    if (!this.done) throw new FakeOfficeError('PropertyNotLoaded', 'The value of the result object has not been loaded yet.');
    return this._value as T;
  }
}

function pick(full: Record<string, unknown>, opts: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(opts)) {
    const o = opts[k];
    if (!(k in full) || !o) continue;
    out[k] = o === true ? full[k] : pick(full[k] as Record<string, unknown>, o as Record<string, unknown>);
  }
  return out;
}

class FakeRange extends FakeObject {
  private rect: Rect | null | undefined;
  readonly format: FakeRangeFormat;
  constructor(ctx: FakeContext, readonly ws: FakeWorksheet, private readonly locate: () => Rect | null) {
    super(ctx);
    this.format = new FakeRangeFormat(this);
  }
  resolve(): Rect {
    if (this.rect === undefined) this.rect = this.locate();
    if (this.rect === null) throw new FakeOfficeError('InvalidOperation', 'The object is a null object.');
    return this.rect;
  }
  protected override resolveNull(): boolean {
    if (this.rect === undefined) this.rect = this.locate();
    return this.rect === null;
  }
  eachWritable(fn: (row: number, col: number, s: SheetState) => void): void {
    const s = this.ws.writable();
    const r = this.resolve();
    if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 5_000_000) throw new FakeOfficeError('InvalidArgument', 'Range too large for a cell-by-cell format in the fake.');
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(row, col, s);
  }
  columns(fn: (col: number, s: SheetState) => void): void {
    const s = this.ws.writable();
    const r = this.resolve();
    for (let col = r.left; col <= r.right; col++) fn(col, s);
  }

  /** The part of this range holding values or formulas; a null object when it holds none. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.enqueueApi('1.4', 0, () => undefined);
    void valuesOnly;
    return new FakeRange(this.context, this.ws, () => {
      const r = this.resolve();
      let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
      this.ws.sheet().forEachIn(r, (row, col, cell) => {
        if (!hasContent(cell)) return;
        top = Math.min(top, row); bottom = Math.max(bottom, row); left = Math.min(left, col); right = Math.max(right, col);
      });
      return top === Infinity ? null : { top, left, bottom, right };
    });
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, this);
  }
  get address(): string { return this.read('address') as string; }
  get rowCount(): number { return this.read('rowCount') as number; }
  get columnCount(): number { return this.read('columnCount') as number; }
  get values(): unknown[][] { return this.read('values') as unknown[][]; }
  get formulas(): unknown[][] { return this.read('formulas') as unknown[][]; }
  get numberFormat(): unknown[][] { return this.read('numberFormat') as unknown[][]; }
  set values(m: unknown[][]) { this.write('values', m); }
  set formulas(m: unknown[][]) { this.write('formulas', m); }
  set numberFormat(m: unknown[][]) { this.write('numberFormat', m); }
  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.context.enqueueApi('1.7', size(link), () => {
      const s = this.ws.writable();
      const r = this.resolve();
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) {
        const cell = s.touch(row, col);
        cell.link = { ...link };
        if (link.textToDisplay !== undefined && !hasContent(cell)) cell.value = link.textToDisplay;
      }
      return undefined;
    });
  }

  protected override scalar(name: string): unknown {
    const s = this.ws.sheet();
    const r = this.resolve();
    const grid = (fn: (cell: FCell | undefined) => unknown) => {
      const out: unknown[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: unknown[] = [];
        for (let col = r.left; col <= r.right; col++) line.push(fn(s.get(row, col)));
        out.push(line);
      }
      return out;
    };
    switch (name) {
      case 'address': return `${quoteSheet(s.name)}!${rectA1(r)}`;
      case 'rowCount': return r.bottom - r.top + 1;
      case 'columnCount': return r.right - r.left + 1;
      case 'values': return grid(c => (c && c.value !== null ? c.value : ''));
      case 'formulas': return grid(c => (c ? (c.formula !== undefined ? `=${c.formula}` : c.value ?? '') : ''));
      case 'numberFormat': return grid(c => (c && c.numFmt ? c.numFmt : 'General'));
      default: return super.scalar(name);
    }
  }

  private write(kind: 'values' | 'formulas' | 'numberFormat', m: unknown[][]): void {
    const bytes = size(m);
    const stats = this.context.host.stats;
    stats.rangeWrites++;
    stats.maxRangeWriteBytes = Math.max(stats.maxRangeWriteBytes, bytes);
    this.context.enqueue(bytes, () => {
      const s = this.ws.writable();
      const r = this.resolve();
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      if (!Array.isArray(m) || m.length !== rows || m.some(line => !Array.isArray(line) || line.length !== cols)) {
        throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectA1(r)}).`);
      }
      for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
        const v = m[i][j];
        if (v === null || v === undefined) continue;
        const row = r.top + i, col = r.left + j;
        if (kind === 'numberFormat') {
          const cell = s.touch(row, col);
          if (v === 'General') delete cell.numFmt;
          else cell.numFmt = String(v);
          continue;
        }
        storeInput(s.touch(row, col), v);
      }
      return undefined;
    });
  }

  clear(applyTo: string = 'All'): void {
    this.context.enqueue(size(applyTo), () => {
      const s = this.ws.writable();
      const r = this.resolve();
      s.forEachIn(r, (row, col, cell) => {
        if (applyTo === 'All') {
          s.cells.delete(SheetState.key(row, col));
          return;
        }
        if (applyTo === 'Contents') { cell.value = null; delete cell.formula; delete cell.error; }
        if (applyTo === 'Formats') { delete cell.numFmt; delete cell.bold; delete cell.fill; delete cell.wrap; delete cell.indent; }
        if (applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks') delete cell.link;
      });
      return undefined;
    });
  }

  getCellProperties(opts: Record<string, unknown>): FakeClientResult<unknown[][]> {
    const result = new FakeClientResult<unknown[][]>();
    this.context.enqueueApi('1.9', size(opts), () => {
      const s = this.ws.sheet();
      const r = this.resolve();
      const out: unknown[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: unknown[] = [];
        for (let col = r.left; col <= r.right; col++) {
          const c = s.get(row, col);
          const full = {
            address: `${quoteSheet(s.name)}!${cellA1(row, col)}`,
            format: {
              fill: { color: c && c.fill ? c.fill : '#FFFFFF', pattern: c && c.fill ? 'Solid' : 'None' },
              font: { bold: !!(c && c.bold) },
              indentLevel: c && c.indent ? c.indent : 0,
              wrapText: !!(c && c.wrap),
            },
          };
          line.push(pick(full, opts));
        }
        out.push(line);
      }
      result.set(out);
      return out;
    });
    return result;
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    this.context.enqueueApi('1.7', 0, () => undefined);
    return new FakeRange(this.context, this.ws, () => {
      const r = this.resolve();
      const out = { top: r.top, left: r.left, bottom: r.top + numRows - 1, right: r.left + numColumns - 1 };
      if (numRows < 1 || numColumns < 1 || out.bottom > MAX_ROWS || out.right > MAX_COLS) throw new FakeOfficeError('InvalidArgument', 'Resized range outside the grid.');
      return out;
    });
  }

  getIntersection(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, this.ws, () => {
      const b = typeof other === 'string' ? parseAddress(other) : other.resolve();
      return intersect(this.resolve(), b) ?? notFound('Intersection');
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.enqueueApi('1.13', 0, () => undefined);
    return new FakeRangeAreas(this.context, this.ws, () => {
      const r = this.resolve();
      const areas = this.ws.sheet().merges.filter(m => intersect(m, r)).map(m => ({ ...m }));
      return areas.length ? areas : null;
    });
  }

  getSpecialCellsOrNullObject(cellType: string, valueType?: string): FakeRangeAreas {
    this.context.enqueueApi('1.9', size(cellType) + size(valueType), () => undefined);
    return new FakeRangeAreas(this.context, this.ws, () => {
      const s = this.ws.sheet();
      const r = this.resolve();
      if (cellType === 'Visible') {
        const rows: Rect[] = [];
        for (let row = r.top; row <= r.bottom; row++) {
          if (s.hiddenRows.has(row)) continue;
          const last = rows[rows.length - 1];
          if (last && last.bottom === row - 1) last.bottom = row;
          else rows.push({ top: row, left: r.left, bottom: row, right: r.right });
        }
        return rows.length ? rows : null;
      }
      const cells: { row: number; col: number }[] = [];
      s.forEachIn(r, (row, col, c) => {
        if (cellType === 'Formulas' && c.formula !== undefined) cells.push({ row, col });
        if (cellType === 'Constants' && c.formula === undefined && hasContent(c)) cells.push({ row, col });
      });
      return cells.length ? cellsToAreas(cells) : null;
    });
  }
}

/** Interprets one input value as Excel does when it is typed or written through values / formulas. */
function storeInput(cell: FCell, v: unknown): void {
  delete cell.error;
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    delete cell.formula;
    return;
  }
  const text = String(v);
  if (text === '') {
    cell.value = null;
    delete cell.formula;
    return;
  }
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    delete cell.formula;
    return;
  }
  if (text.startsWith('=') && text.length > 1 && cell.numFmt !== '@') {
    cell.formula = text.slice(1);
    cell.value = null;
    return;
  }
  delete cell.formula;
  if (cell.numFmt === '@') cell.value = text;
  else if (/^[-+]?\d+(\.\d+)?$/.test(text.trim())) cell.value = Number(text);
  else if (/^(true|false)$/i.test(text.trim())) cell.value = text.trim().toLowerCase() === 'true';
  else cell.value = text;
}

class FakeRangeCollection extends FakeObject {
  constructor(ctx: FakeContext, private readonly owner: FakeRangeAreas) {
    super(ctx);
  }
  get items(): FakeRange[] { return this.read('items') as FakeRange[]; }
  override applyLoad(paths: string[][]): unknown {
    const rects = this.owner.rects();
    const items = rects.map(r => new FakeRange(this.context, this.owner.ws, () => r));
    this.loaded.set('items', items);
    this.loaded.set('isNullObject', false);
    const rest = paths.filter(p => p[0] === 'items').map(p => p.slice(1)).filter(p => p.length);
    return { items: items.map(it => it.applyLoad(rest)) };
  }
}

class FakeRangeAreas extends FakeObject {
  private resolved: Rect[] | null | undefined;
  private _areas?: FakeRangeCollection;
  readonly format: FakeRangeFormat;
  constructor(ctx: FakeContext, readonly ws: FakeWorksheet, private readonly locate: () => Rect[] | null) {
    super(ctx);
    this.format = new FakeRangeFormat(this);
  }
  rects(): Rect[] {
    if (this.resolved === undefined) this.resolved = this.locate();
    if (this.resolved === null) throw new FakeOfficeError('InvalidOperation', 'The object is a null object.');
    return this.resolved;
  }
  protected override resolveNull(): boolean {
    if (this.resolved === undefined) this.resolved = this.locate();
    return this.resolved === null;
  }
  get areas(): FakeRangeCollection {
    return (this._areas ??= new FakeRangeCollection(this.context, this));
  }
  get address(): string { return this.read('address') as string; }
  get areaCount(): number { return this.read('areaCount') as number; }
  protected override scalar(name: string): unknown {
    const s = this.ws.sheet();
    if (name === 'address') return this.rects().map(r => `${quoteSheet(s.name)}!${rectA1(r)}`).join(',');
    if (name === 'areaCount') return this.rects().length;
    return super.scalar(name);
  }
  protected override navigation(name: string): FakeObject {
    if (name === 'areas') return this.areas;
    return super.navigation(name);
  }
  eachWritable(fn: (row: number, col: number, s: SheetState) => void): void {
    const s = this.ws.writable();
    for (const r of this.rects()) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(row, col, s);
  }
  columns(fn: (col: number, s: SheetState) => void): void {
    const s = this.ws.writable();
    for (const r of this.rects()) for (let col = r.left; col <= r.right; col++) fn(col, s);
  }
}

const intersects = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Range.conditionalFormats (ExcelApi 1.6): the custom rules that intersect the range. */
class FakeConditionalFormatCollection extends FakeObject {
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  get items(): FakeConditionalFormat[] { return this.read('items') as FakeConditionalFormat[]; }
  add(type: string): FakeConditionalFormat {
    let id: number | undefined;
    this.context.enqueueApi('1.6', size(type), () => {
      const s = this.range.ws.writable();
      const cf: FakeCf = { id: nextCfId++, rect: { ...this.range.resolve() }, type, formula: '' };
      s.conditionalFormats.push(cf);
      id = cf.id;
      return undefined;
    });
    return new FakeConditionalFormat(this.context, this.range.ws, () => id ?? notFound('Conditional format not yet added'));
  }
  override applyLoad(paths: string[][]): unknown {
    this.context.host.require('1.6');
    const rect = this.range.resolve();
    const items = this.range.ws.sheet().conditionalFormats.filter(cf => intersects(cf.rect, rect)).map(
      cf => new FakeConditionalFormat(this.context, this.range.ws, () => cf.id),
    );
    this.loaded.set('items', items);
    this.loaded.set('isNullObject', false);
    const rest = paths.filter(p => p[0] === 'items').map(p => p.slice(1)).filter(p => p.length);
    return { items: items.map(cf => cf.applyLoad(rest.length ? rest : [['type']])) };
  }
}

class FakeConditionalFormat extends FakeObject {
  constructor(ctx: FakeContext, readonly ws: FakeWorksheet, private readonly locate: () => number | null) {
    super(ctx);
  }
  cf(): FakeCf {
    const id = this.locate();
    const cf = this.ws.sheet().conditionalFormats.find(x => x.id === id);
    return cf ?? notFound('Conditional format');
  }
  get type(): string { return this.read('type') as string; }
  private navCache = new Map<string, FakeCustomConditionalFormat>();
  private nav(name: 'custom' | 'customOrNullObject'): FakeCustomConditionalFormat {
    let nav = this.navCache.get(name);
    if (!nav) this.navCache.set(name, (nav = new FakeCustomConditionalFormat(this.context, this, name === 'customOrNullObject')));
    return nav;
  }
  /** The custom rule; on another type Excel fails, as here. One proxy per property, so loads stick. */
  get custom(): FakeCustomConditionalFormat { return this.nav('custom'); }
  get customOrNullObject(): FakeCustomConditionalFormat { return this.nav('customOrNullObject'); }
  protected override scalar(name: string): unknown {
    if (name === 'type') return this.cf().type;
    return super.scalar(name);
  }
  protected override navigation(name: string): FakeObject {
    if (name === 'custom' || name === 'customOrNullObject') return this.nav(name);
    return super.navigation(name);
  }
  delete(): void {
    this.context.enqueueApi('1.6', 0, () => {
      const s = this.ws.writable();
      const cf = this.cf();
      s.conditionalFormats = s.conditionalFormats.filter(x => x !== cf);
      return undefined;
    });
  }
}

class FakeCustomConditionalFormat extends FakeObject {
  readonly rule: FakeCfRule;
  readonly format: { fill: { color: string } };
  constructor(ctx: FakeContext, private readonly owner: FakeConditionalFormat, private readonly orNull: boolean) {
    super(ctx);
    this.rule = new FakeCfRule(ctx, owner);
    const context = ctx;
    this.format = {
      fill: {
        get color(): string { throw new FakeOfficeError('PropertyNotLoaded', 'color'); },
        set color(v: string) {
          context.enqueue(size(v), () => { owner.cf().fill = v.toUpperCase(); return undefined; });
        },
      },
    };
  }
  protected override resolveNull(): boolean {
    const custom = this.owner.cf().type === 'Custom';
    if (!custom && !this.orNull) throw new FakeOfficeError('InvalidOperation', 'The conditional format is not a custom one.');
    return !custom;
  }
  protected override navigation(name: string): FakeObject {
    if (name === 'rule') return this.rule;
    return super.navigation(name);
  }
}

class FakeCfRule extends FakeObject {
  constructor(ctx: FakeContext, private readonly owner: FakeConditionalFormat) {
    super(ctx);
  }
  get formula(): string { return this.read('formula') as string; }
  set formula(v: string) {
    this.context.enqueue(size(v), () => { this.owner.cf().formula = v; return undefined; });
  }
  protected override scalar(name: string): unknown {
    if (name === 'formula') return this.owner.cf().formula;
    return super.scalar(name);
  }
}

class FakeNoteCollection extends FakeObject {
  constructor(ctx: FakeContext, private readonly ws: FakeWorksheet) {
    super(ctx);
  }
  private cellOf(key: string): string {
    if (!isSingleCellAddress(key)) throw new FakeOfficeError('InvalidCellAddress', `Not a single cell: ${key}`);
    const r = parseAddress(key);
    return cellA1(r.top, r.left);
  }
  add(cellAddress: string, content: string): FakeNote {
    this.context.host.stats.noteCalls++;
    const cell = { id: '' };
    this.context.enqueueApi('1.18', size(cellAddress) + size(content), () => {
      const s = this.ws.writable();
      cell.id = this.cellOf(cellAddress);
      if (s.notes.has(cell.id)) throw new FakeOfficeError('InvalidArgument', `The cell ${cell.id} already has a note.`);
      s.notes.set(cell.id, String(content));
      return undefined;
    });
    return new FakeNote(this.context, this.ws, () => cell.id);
  }
  getItem(key: string): FakeNote {
    this.context.host.stats.noteCalls++;
    this.context.enqueueApi('1.18', size(key), () => undefined);
    return new FakeNote(this.context, this.ws, () => {
      const id = this.cellOf(key);
      return this.ws.sheet().notes.has(id) ? id : notFound(`Note ${key}`);
    });
  }
  getItemOrNullObject(key: string): FakeNote {
    this.context.host.stats.noteCalls++;
    this.context.enqueueApi('1.18', size(key), () => undefined);
    return new FakeNote(this.context, this.ws, () => {
      const id = this.cellOf(key);
      return this.ws.sheet().notes.has(id) ? id : null;
    });
  }
}

class FakeNote extends FakeObject {
  private id: string | null | undefined;
  constructor(ctx: FakeContext, private readonly ws: FakeWorksheet, private readonly locate: () => string | null) {
    super(ctx);
  }
  private cell(): string {
    if (this.id === undefined) this.id = this.locate();
    if (this.id === null) throw new FakeOfficeError('InvalidOperation', 'The note is a null object.');
    return this.id;
  }
  protected override resolveNull(): boolean {
    if (this.id === undefined) this.id = this.locate();
    return this.id === null;
  }
  get content(): string { return this.read('content') as string; }
  set content(v: string) {
    this.context.host.stats.noteCalls++;
    this.context.enqueue(size(v), () => {
      const s = this.ws.writable();
      const id = this.cell();
      if (!s.notes.has(id)) notFound(`Note ${id}`);
      s.notes.set(id, String(v));
      return undefined;
    });
  }
  protected override scalar(name: string): unknown {
    if (name === 'content') {
      const s = this.ws.sheet();
      return s.notes.get(this.cell()) ?? notFound('Note');
    }
    return super.scalar(name);
  }
  delete(): void {
    this.context.host.stats.noteCalls++;
    this.context.enqueue(0, () => {
      const s = this.ws.writable();
      const id = this.cell();
      if (!s.notes.delete(id)) notFound(`Note ${id}`);
      return undefined;
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Host
// ---------------------------------------------------------------------------------------------------

function emptyStats(): FakeStats {
  return {
    syncs: 0, runs: 0, proxies: 0, perCellCalls: 0, noteCalls: 0, actions: 0, requestBytes: 0, responseBytes: 0,
    maxSyncBytes: 0, syncLog: [], suspendCalculation: 0, suspendScreenUpdating: 0, rangeWrites: 0, maxRangeWriteBytes: 0,
  };
}

class FakeHost implements FakeExcel {
  wb: WorkbookState;
  selected: { sheet: string; rect: Rect } | undefined;
  stats: FakeStats = emptyStats();
  injected: FakeOfficeError | undefined;
  readonly payloadLimit: number;
  private readonly sets: { name: string; version: string }[];

  constructor(data: WorkbookData, opts: FakeExcelOptions) {
    this.payloadLimit = opts.payloadLimitBytes ?? 5_000_000;
    this.sets = (opts.requirementSets ?? ['ExcelApi 1.18']).map(s => {
      const [name, version] = s.trim().split(/\s+/);
      return { name, version: version ?? '1.1' };
    });
    this.wb = new WorkbookState(opts.workbookName ?? data.name);
    this.wb.protected = !!opts.workbookProtected;
    const ordered = [...data.sheets].sort((a, b) => a.index - b.index);
    for (const g of ordered) {
      const s = this.wb.add(g.name);
      s.visibility = g.visible ? 'Visible' : 'Hidden';
      s.protected = g.protected;
      s.merges = g.merges.map(m => ({ ...m }));
      for (const r of g.hiddenRows ?? []) s.hiddenRows.add(r);
      g.cells.forEach((line, r) =>
        line.forEach((cell, c) => {
          if (!cell) return;
          const f: FCell = { value: cell.value };
          if (cell.formula !== undefined) f.formula = cell.formula.replace(/^=/, '');
          if (cell.numFmt && cell.numFmt !== 'General') f.numFmt = cell.numFmt;
          if (cell.bold) f.bold = true;
          if (cell.indent) f.indent = cell.indent;
          if (cell.error) f.error = true;
          s.cells.set(SheetState.key(g.originRow + r, g.originCol + c), f);
        }),
      );
    }
    for (const [key, color] of Object.entries(opts.fills ?? {})) {
      const { sheet, cell } = splitKey(key);
      const r = parseAddress(cell);
      this.sheetOrThrow(sheet).touch(r.top, r.left).fill = color.toUpperCase();
    }
    for (const [key, text] of Object.entries(opts.notes ?? {})) {
      const { sheet, cell } = splitKey(key);
      this.sheetOrThrow(sheet).notes.set(cell.toUpperCase(), text);
    }
  }

  private sheetOrThrow(name: string): SheetState {
    const s = this.wb.find(name);
    if (!s) throw new Error(`Fake Excel: no sheet ${name}`);
    return s;
  }

  /** Throws ApiNotFound when the claimed ExcelApi version is below `version`. */
  require(version: string): void {
    if (!this.isSetSupported('ExcelApi', version)) throw new FakeOfficeError('ApiNotFound', `ExcelApi ${version} is not supported by this host.`);
  }

  isSetSupported = (name: string, minVersion?: string): boolean =>
    this.sets.some(s => s.name.toLowerCase() === name.toLowerCase() && versionAtLeast(s.version, minVersion ?? '1.1'));

  run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.stats.runs++;
    const ctx = new FakeContext(this);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.queue.length) await ctx.sync();
    return result;
  };

  resetStats(): void {
    this.stats = emptyStats();
  }

  failNextSync(code: string, message?: string): void {
    this.injected = new FakeOfficeError(code, message);
  }

  setProtected(sheet: string, on: boolean): void {
    this.sheetOrThrow(sheet).protected = on;
  }

  setHiddenRows(sheet: string, rows: number[]): void {
    this.sheetOrThrow(sheet).hiddenRows = new Set(rows);
  }

  selectRange(sheet: string, address: string): void {
    this.selected = { sheet: this.sheetOrThrow(sheet).name, rect: parseAddress(address) };
  }

  type(sheet: string, cell: string, text: string | number): void {
    const r = parseAddress(cell);
    const c = this.sheetOrThrow(sheet).touch(r.top, r.left);
    if (typeof text === 'string' && text.startsWith('=')) {
      c.formula = text.slice(1);
      c.value = '';
    } else {
      delete c.formula;
      c.value = text;
    }
  }

  sheetNames(): string[] {
    return this.wb.sheets.map(s => s.name);
  }

  conditionalFormats(): { sheet: string; address: string; formula: string; fill?: string }[] {
    return this.wb.sheets.flatMap(s => s.conditionalFormats.map(cf => ({ sheet: s.name, address: rectA1(cf.rect), formula: cf.formula, ...(cf.fill ? { fill: cf.fill } : {}) })));
  }

  shownFills(): Record<string, string> {
    const out = this.fills();
    for (const s of this.wb.sheets) {
      for (const cf of s.conditionalFormats) {
        if (!cf.fill) continue;
        for (let r = cf.rect.top; r <= cf.rect.bottom; r++) for (let c = cf.rect.left; c <= cf.rect.right; c++) out[`${s.name}!${cellA1(r, c)}`] = cf.fill;
      }
    }
    return out;
  }

  sheetState(name: string): FakeSheetState | undefined {
    const s = this.wb.find(name);
    if (!s) return undefined;
    const hyperlinks: FakeSheetState['hyperlinks'] = {};
    const columnWidths: Record<string, number> = {};
    for (const [col, w] of s.columnWidths) columnWidths[colLetters(col)] = w;
    for (const [k, c] of s.cells) if (c.link) hyperlinks[cellA1(Math.floor(k / MAX_COLS), (k % MAX_COLS) + 1)] = { ...c.link };
    return {
      name: s.name,
      position: this.wb.sheets.indexOf(s),
      visibility: s.visibility,
      protected: s.protected,
      columnWidths,
      freezeRows: s.freezeRows,
      hyperlinks,
      autoFilter: s.autoFilter,
      orientation: s.orientation,
    };
  }

  fills(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const s of this.wb.sheets) {
      for (const [k, c] of s.cells) if (c.fill) out[`${s.name}!${cellA1(Math.floor(k / MAX_COLS), (k % MAX_COLS) + 1)}`] = c.fill;
    }
    return out;
  }

  notes(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const s of this.wb.sheets) for (const [cell, text] of s.notes) out[`${s.name}!${cell}`] = text;
    return out;
  }

  toWorkbookData(opts: { includeRecordSheet?: boolean } = {}): WorkbookData {
    const sheets: SheetGrid[] = [];
    this.wb.sheets.forEach((s, index) => {
      if (s.name === RECORD_SHEET && !opts.includeRecordSheet) return;
      const used = s.usedRect();
      const rowCount = used ? used.bottom - used.top + 1 : 0;
      const colCount = used ? used.right - used.left + 1 : 0;
      const cells: (Cell | null)[][] = [];
      for (let r = 0; r < rowCount; r++) {
        const line: (Cell | null)[] = [];
        for (let c = 0; c < colCount; c++) {
          const f = s.get(used!.top + r, used!.left + c);
          if (!f || !hasContent(f)) {
            line.push(null);
            continue;
          }
          const cell: Cell = { value: f.value };
          if (f.formula !== undefined) cell.formula = f.formula;
          if (f.numFmt) cell.numFmt = f.numFmt;
          if (f.bold) cell.bold = true;
          if (f.indent) cell.indent = f.indent;
          if (f.error || (typeof f.value === 'string' && ERRORS.has(f.value))) cell.error = true;
          line.push(cell);
        }
        cells.push(line);
      }
      sheets.push({
        name: s.name,
        index,
        visible: s.visibility === 'Visible',
        protected: s.protected,
        originRow: used ? used.top : 1,
        originCol: used ? used.left : 1,
        rowCount,
        colCount,
        cells,
        merges: s.merges.map(m => ({ ...m })),
        hiddenRows: used ? [...s.hiddenRows].filter(r => r >= used.top && r <= used.bottom).sort((a, b) => a - b) : [],
      });
    });
    return { name: this.wb.name, sheets };
  }
}

function splitKey(key: string): { sheet: string; cell: string } {
  const bang = key.lastIndexOf('!');
  return { sheet: key.slice(0, bang).replace(/^'(.*)'$/, '$1'), cell: key.slice(bang + 1) };
}

export function createFakeExcel(data: WorkbookData, opts: FakeExcelOptions = {}): FakeExcel {
  return new FakeHost(data, opts);
}
