/**
 * Remembers a user's run settings and table corrections inside the workbook, so the next run (from the pane or
 * the ribbon, on any computer) uses them. Office keeps them in the document's add-in settings; this module only
 * sees a small key-value interface, which tests fill with an in-memory map.
 */
import { parseRange } from '../model/address';
import { DEFAULT_SETTINGS } from '../usecase/settings';
import type { OutputPlacement, RunSettings } from '../usecase/settings';
import type { EfisiensiDefinition } from '../engine/efisiensi';
import type { Polarity } from '../engine/capaian';
import type { TableCorrection } from '../model/table-correction';

/** The part of `Office.context.document.settings` we use. */
export interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
  /** Re-reads what another runtime (the ribbon's, the pane's) saved. Absent in some hosts. */
  refreshAsync?(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

/** The last run, as a line the pane can show ("Terakhir dijalankan …"). */
export interface LastRun {
  /** ISO time. */
  at: string;
  source: 'panel' | 'pita';
  /** What ran; absent in runs saved by earlier versions (read as 'hitung'). */
  action?: 'hitung' | 'hapus';
  ok: boolean;
  text: string;
}

export interface SettingsStore {
  load(): Promise<RunSettings>;
  save(settings: RunSettings): Promise<void>;
  loadLastRun(): Promise<LastRun | undefined>;
  saveLastRun(run: LastRun): Promise<void>;
}

export const SETTINGS_KEY = 'hitungCapaian.pengaturan';
export const LAST_RUN_KEY = 'hitungCapaian.terakhir';
const VERSION = 1;

const EFISIENSI: EfisiensiDefinition[] = ['sisa', 'selisih', 'rasio', 'pmk'];
const OUTPUT: OutputPlacement[] = ['kolom', 'ringkasan'];
const POLARITY: Polarity[] = ['positif', 'negatif'];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** "B4:H20", "$B$4:$H$20", "B:H", "4:20", "B4": a range as Excel writes it, without its sheet. */
const RANGE = /^(\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)$/;

/**
 * One stored correction made safe, or undefined when it names no table. A marked range keeps its own sheet and
 * header row; roles and letters are checked against the workbook later, where a note can say what was dropped.
 */
export function sanitizeCorrection(x: unknown): TableCorrection | undefined {
  if (!isRecord(x) || typeof x.sheet !== 'string' || !x.sheet) return undefined;
  const range = typeof x.range === 'string' ? x.range.trim().toUpperCase().replace(/\$/g, '') : undefined;
  if (x.range !== undefined && !(range && RANGE.test(range))) return undefined;
  // A marked range names its table by its first row; a correction file may leave headerRow out.
  const rangeTop = range ? parseRange(range)?.top : undefined;
  const headerRow = x.headerRow === undefined && rangeTop !== undefined ? rangeTop : Number(x.headerRow);
  if (!Number.isInteger(headerRow) || headerRow < 1) return undefined;
  const out: TableCorrection = { sheet: x.sheet, headerRow };
  if (range) {
    out.range = range;
    if (x.headerRows !== undefined && Number.isFinite(Number(x.headerRows))) out.headerRows = Number(x.headerRows);
  }
  if (typeof x.kind === 'string' && x.kind) out.kind = x.kind;
  if (isRecord(x.columns)) {
    const columns: Record<string, string> = {};
    for (const [role, letter] of Object.entries(x.columns)) {
      if (typeof letter === 'string' && /^[A-Za-z]{0,3}$/.test(letter)) columns[role] = letter.toUpperCase();
    }
    if (Object.keys(columns).length) out.columns = columns;
  }
  if (x.ignore === true) out.ignore = true;
  return out;
}

/**
 * Settings as stored by any version, made safe: unknown values fall back to the defaults, so a workbook edited
 * by hand or by a newer version never breaks a run.
 */
export function sanitizeSettings(raw: unknown): RunSettings {
  const base: RunSettings = { ...DEFAULT_SETTINGS, polaritas: {}, koreksi: [] };
  if (!isRecord(raw)) return base;
  const cap = raw.capSebelumRataRata;
  const polaritas: Record<string, Polarity> = {};
  if (isRecord(raw.polaritas)) {
    for (const [key, p] of Object.entries(raw.polaritas)) if (POLARITY.includes(p as Polarity)) polaritas[key] = p as Polarity;
  }
  const koreksi = Array.isArray(raw.koreksi)
    ? raw.koreksi.map(sanitizeCorrection).filter((c): c is TableCorrection => !!c)
    : [];
  return {
    skala: typeof raw.skala === 'string' && raw.skala ? raw.skala : base.skala,
    efisiensi: pick(raw.efisiensi, EFISIENSI, base.efisiensi),
    capSebelumRataRata: typeof cap === 'number' && Number.isFinite(cap) && cap > 0 ? cap : null,
    polaritas,
    output: pick(raw.output, OUTPUT, base.output),
    koreksi,
  };
}

function settled(call: ((cb: (r: { status: unknown; error?: { message?: string } }) => void) => void) | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!call) return resolve();
    call(result => {
      // Office reports 'succeeded' / 'failed' (Office.AsyncResultStatus); anything else counts as failed.
      if (String(result.status).toLowerCase() === 'succeeded') resolve();
      else reject(new Error(result.error?.message || 'Pengaturan tidak dapat disimpan di buku kerja.'));
    });
  });
}

export function createSettingsStore(backend: DocumentSettingsLike): SettingsStore {
  const refresh = async () => {
    if (!backend.refreshAsync) return;
    // A refresh that fails leaves the copy we already hold, which is still a valid one.
    await settled(cb => backend.refreshAsync!(cb)).catch(() => undefined);
  };
  const read = (key: string): unknown => {
    const v = backend.get(key);
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v);
    } catch {
      return undefined;
    }
  };
  return {
    async load() {
      await refresh();
      const stored = read(SETTINGS_KEY);
      return sanitizeSettings(isRecord(stored) ? stored.pengaturan : undefined);
    },
    async save(settings) {
      backend.set(SETTINGS_KEY, { versi: VERSION, pengaturan: sanitizeSettings(settings) });
      await settled(cb => backend.saveAsync(cb));
    },
    async loadLastRun() {
      await refresh();
      const v = read(LAST_RUN_KEY);
      if (!isRecord(v) || typeof v.at !== 'string' || typeof v.text !== 'string') return undefined;
      return {
        at: v.at,
        text: v.text,
        ok: v.ok === true,
        source: v.source === 'pita' ? 'pita' : 'panel',
        ...(v.action === 'hitung' || v.action === 'hapus' ? { action: v.action } : {}),
      };
    },
    async saveLastRun(run) {
      backend.set(LAST_RUN_KEY, { ...run });
      await settled(cb => backend.saveAsync(cb));
    },
  };
}

/** A backend held in memory: for tests, and for a page opened outside Office. */
export function memorySettings(initial: Record<string, unknown> = {}): DocumentSettingsLike & { data: Record<string, unknown>; saves: number } {
  const data: Record<string, unknown> = JSON.parse(JSON.stringify(initial));
  const backend = {
    data,
    saves: 0,
    get: (name: string) => (name in data ? JSON.parse(JSON.stringify(data[name])) : null),
    set: (name: string, value: unknown) => {
      data[name] = JSON.parse(JSON.stringify(value));
    },
    remove: (name: string) => {
      delete data[name];
    },
    saveAsync: (cb?: (r: { status: unknown }) => void) => {
      backend.saves++;
      cb?.({ status: 'succeeded' });
    },
  };
  return backend;
}

/** The store over the open document's settings; in-memory when Office has no document (a page opened alone). */
export function officeSettingsStore(): SettingsStore {
  // Read through globalThis: this module is also compiled for the CLI, where Office's types do not exist.
  const office = (globalThis as { Office?: { context?: { document?: { settings?: unknown } } } }).Office;
  const settings = office?.context?.document?.settings as DocumentSettingsLike | undefined;
  return createSettingsStore(settings ?? memorySettings());
}
