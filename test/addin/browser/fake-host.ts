/**
 * A fake Office host for the browser tests, served in place of office.js. It defines `Office` (onReady,
 * requirements, document settings, actions.associate, officeTheme, ui dialogs) and `Excel` (run over the fake
 * Excel object model, createWorkbook), and exposes `window.__HC__` for the test to drive and inspect.
 *
 * The test sets `window.__HC_CONFIG__` before any page script runs (page.addInitScript).
 */
import { createFakeExcel, type FakeExcel } from '../../fakes/fake-excel';
import type { WorkbookData } from '../../../src/model/grid';

export interface HarnessConfig {
  workbook: WorkbookData;
  theme?: 'light' | 'dark';
  requirementSets?: string[];
  /** Close every dialog this many ms after it opens (as a user would), sending DialogEventReceived. */
  autoCloseDialogMs?: number;
  /** The Office application the page believes it runs in (Office.onReady's host); 'Excel' unless set. */
  host?: string;
  /** Resolve Office.onReady after this many ms (a slow host). */
  readyDelayMs?: number;
  /** displayDialogAsync fails (as where dialogs are blocked). */
  dialogFails?: boolean;
  /** Delay every context.sync() by this many ms (a slow workbook), to watch progress. */
  syncDelayMs?: number;
  /** Document settings the workbook already holds (what an earlier session saved). */
  settings?: Record<string, unknown>;
  /**
   * Pages opened with the same key play two runtimes of one document (the pane and the ribbon's function
   * file): saveAsync stores the settings in localStorage under this key, refreshAsync reads them back.
   */
  sharedDocument?: string;
}

export interface Selection {
  sheet: string;
  cell: string;
}

type Handler = (arg: unknown) => void;

const cfg = (window as unknown as { __HC_CONFIG__?: HarnessConfig }).__HC_CONFIG__;
if (!cfg) throw new Error('fake host: window.__HC_CONFIG__ is not set');

const fake: FakeExcel = createFakeExcel(cfg.workbook, { requirementSets: cfg.requirementSets });
const associations = new Map<string, (event: unknown) => unknown>();
const settings: Record<string, unknown> = JSON.parse(JSON.stringify(cfg.settings ?? {}));
const sharedKey = cfg.sharedDocument ? `__hc_document__${cfg.sharedDocument}` : undefined;
/** The settings another runtime of the same document saved, replacing this page's copy (as refreshAsync does). */
function refreshShared(): void {
  const saved = sharedKey ? localStorage.getItem(sharedKey) : null;
  if (!saved) return;
  for (const k of Object.keys(settings)) delete settings[k];
  Object.assign(settings, JSON.parse(saved));
}
refreshShared();
const dialogs: { url: string; closed: boolean; messages: string[] }[] = [];
/** Per dialog: its page answers (messageParent), as when the user presses one of its buttons. */
const dialogAnswers: ((message: string) => void)[] = [];
const createdWorkbooks: string[] = [];
const parentMessages: string[] = [];
let selection: Selection | undefined;
let activeSheet: string | undefined;
let settingsSaves = 0;

/**
 * Selection, where the fake object model has none yet: Worksheet.activate and Range.select are added to the
 * fake's proxies, queued like every other action so they take effect at sync.
 */
function addSelectionSupport(): void {
  void fake.run(async ctx => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject('__probe__') as unknown as Record<string, unknown>;
    const range = (ws as unknown as { getRange(a: string): Record<string, unknown> }).getRange('A1');
    const wsProto = Object.getPrototypeOf(ws) as Record<string, unknown>;
    const rangeProto = Object.getPrototypeOf(range) as Record<string, unknown>;
    type Proxy = { context: { enqueue(bytes: number, run: () => unknown): void }; sheet(): { name: string } };
    if (typeof wsProto.activate !== 'function') {
      wsProto.activate = function (this: Proxy) {
        this.context.enqueue(8, () => {
          activeSheet = this.sheet().name;
        });
      };
    }
    const getRange = wsProto.getRange as (this: unknown, address?: string) => Record<string, unknown>;
    wsProto.getRange = function (this: unknown, address?: string) {
      const r = getRange.call(this, address);
      r.__address = address;
      return r;
    };
    if (typeof rangeProto.select !== 'function') {
      rangeProto.select = function (this: { context: Proxy['context']; ws: Proxy; __address?: string }) {
        this.context.enqueue(8, () => {
          selection = { sheet: this.ws.sheet().name, cell: String(this.__address ?? '').toUpperCase() };
        });
      };
    }
    (ctx as unknown as { queue: unknown[] }).queue = [];
  });
  fake.resetStats();
}
addSelectionSupport();

const dark = cfg.theme === 'dark';
const officeTheme = dark
  ? { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#3B3B3B', controlForegroundColor: '#FFFFFF' }
  : { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#262626', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#262626' };

const Office = {
  HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: cfg.host ?? 'Excel', platform: 'OfficeOnline' };
    return new Promise(resolve =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, cfg.readyDelayMs ?? 0),
    );
  },
  context: {
    requirements: { isSetSupported: (name: string, version?: string) => fake.isSetSupported(name, version) },
    officeTheme,
    document: {
      settings: {
        get: (name: string) => (name in settings ? JSON.parse(JSON.stringify(settings[name])) : null),
        set: (name: string, value: unknown) => {
          settings[name] = JSON.parse(JSON.stringify(value));
        },
        remove: (name: string) => {
          delete settings[name];
        },
        saveAsync: (cb?: (r: { status: string }) => void) => {
          settingsSaves++;
          if (sharedKey) localStorage.setItem(sharedKey, JSON.stringify(settings));
          setTimeout(() => cb?.({ status: 'succeeded' }), 0);
        },
        refreshAsync: (cb?: (r: { status: string }) => void) =>
          setTimeout(() => {
            refreshShared();
            cb?.({ status: 'succeeded' });
          }, 0),
      },
    },
    ui: {
      displayDialogAsync(url: string, _options: unknown, cb: (r: unknown) => void) {
        if (cfg.dialogFails) {
          setTimeout(() => cb({ status: 'failed', error: { code: 12007, message: 'Dialog diblokir' } }), 0);
          return;
        }
        const handlers = new Map<string, Handler>();
        const record = { url, closed: false, messages: [] as string[] };
        dialogs.push(record);
        dialogAnswers.push(message => {
          record.messages.push(message);
          handlers.get('dialogMessageReceived')?.({ message });
        });
        const dialog = {
          addEventHandler: (type: string, h: Handler) => handlers.set(type, h),
          close: () => {
            record.closed = true;
          },
          messageChild: () => undefined,
        };
        setTimeout(() => cb({ status: 'succeeded', value: dialog }), 0);
        if (cfg.autoCloseDialogMs !== undefined) {
          setTimeout(() => {
            record.closed = true;
            handlers.get('dialogEventReceived')?.({ error: 12006 });
          }, cfg.autoCloseDialogMs);
        }
      },
      messageParent: (message: string) => {
        parentMessages.push(message);
      },
    },
  },
  actions: {
    associate: (name: string, fn: (event: unknown) => unknown) => {
      associations.set(name, fn);
    },
  },
};

const Excel = {
  run: (...args: unknown[]) => {
    // Excel.run(batch) or Excel.run(options, batch).
    const batch = (typeof args[0] === 'function' ? args[0] : args[1]) as Parameters<FakeExcel['run']>[0];
    const delay = cfg.syncDelayMs;
    if (!delay) return fake.run(batch);
    return fake.run(ctx => {
      const sync = ctx.sync.bind(ctx);
      (ctx as { sync: () => Promise<void> }).sync = () => new Promise<void>(r => setTimeout(r, delay)).then(() => sync());
      return batch(ctx);
    });
  },
  createWorkbook: async (base64?: string) => {
    createdWorkbooks.push(base64 ?? '');
  },
};

/** Runs a ribbon action as Office would, resolving once it calls event.completed() (or after `timeoutMs`). */
function invoke(name: string, timeoutMs = 30_000): Promise<{ completed: boolean; ms: number }> {
  const fn = associations.get(name);
  if (!fn) return Promise.reject(new Error(`no action associated with ${name}`));
  const started = performance.now();
  return new Promise(resolve => {
    const timer = setTimeout(() => resolve({ completed: false, ms: performance.now() - started }), timeoutMs);
    const event = {
      source: { id: name },
      completed: () => {
        clearTimeout(timer);
        resolve({ completed: true, ms: performance.now() - started });
      },
    };
    void fn(event);
  });
}

const harness = {
  fake,
  associations,
  settings,
  dialogs,
  createdWorkbooks,
  parentMessages,
  invoke,
  /** The last dialog opened (or the one at `index`) answers `message`, as its page's buttons do. */
  answerDialog(message: string, index = dialogs.length - 1): void {
    const answer = dialogAnswers[index];
    if (!answer) throw new Error(`no dialog ${index} to answer`);
    answer(message);
  },
  settingsSaves: () => settingsSaves,
  /** The fake's own selection when it has one, else the one recorded by the shim above. */
  selection: (): Selection | undefined => (fake as unknown as { selection?: () => Selection | undefined }).selection?.() ?? selection,
  activeSheet: () => activeSheet,
  sheetNames: () => fake.sheetNames(),
  /** Text of every non-empty cell of a sheet, keyed A1. */
  sheetText(name: string): Record<string, string> {
    const data = fake.toWorkbookData();
    const sheet = data.sheets.find(s => s.name === name);
    const out: Record<string, string> = {};
    if (!sheet) return out;
    sheet.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (!cell || cell.value === null || cell.value === '') return;
        let col = '';
        for (let n = sheet.originCol + c; n > 0; n = Math.floor((n - 1) / 26)) col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
        out[`${col}${sheet.originRow + r}`] = String(cell.value);
      }),
    );
    return out;
  },
};

Object.assign(window, { Office, Excel, __HC__: harness });
