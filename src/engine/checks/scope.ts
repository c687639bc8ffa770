import { lexicon } from '../../lexicon';
import type { RecognisedTable } from '../../model/recognition';
import { cellAt, type SheetGrid, type WorkbookData } from '../../model/grid';
import type { CheckContext } from './context';

/**
 * Which unit and period a table describes, read from the header block above it ("PEMERINTAH KABUPATEN
 * JEMBER", "SKPD : Kecamatan Ajung", "TAHUN ANGGARAN 2024", "Triwulan III"), its title and its sheet's name.
 * Cross-table rules compare two tables only when nothing says they describe different units or periods:
 * the pagu of one sub kegiatan in two kecamatan, or a target of 2023 against a realisation of 2024, is not
 * supposed to match.
 */

export type Facet = 'unit' | 'wilayah' | 'tahun' | 'periode';

/** Each facet as the set of values named for the table (normalised, lower case). */
export type TableScope = Record<Facet, Set<string>> & { shown: Partial<Record<Facet, string>> };

export type ScopeVerdict = 'same' | 'different' | 'unknown';

/** Rows above a table's header that are read as its header block. */
const BLOCK_ROWS = 12;
const BLOCK_COLS = 12;

const FACET_WORD: Record<Facet, string> = { unit: 'unit', wilayah: 'wilayah', tahun: 'tahun', periode: 'periode' };

/** "SKPD : Dinas Kesehatan" and the like: the label names the organisation that follows. */
const UNIT_LABEL = lexicon.words.unitLabel;
/** Lines that are themselves an organisation's name ("KECAMATAN AJUNG", "Dinas Kesehatan"). */
const UNIT_NAME =
  lexicon.words.unitName;
/** The region: "Pemerintah Kabupaten Jember", "Kota Malang", "Provinsi Jawa Timur", "Wilayah Barat". */
const REGION = lexicon.words.region;
const YEAR = lexicon.words.scopeYear;
const LONE_YEAR = /\b((?:19|20)\d{2})\b/g;
const PERIOD = lexicon.words.scopePeriod;

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

function normName(s: string): string {
  return s
    .toLowerCase()
    .replace(/(?:^|\s)\d+(?:\.\d+)+(?=\s|$)/g, ' ')
    .replace(/\bkec\.\s*/g, 'kecamatan ')
    .replace(/\bkel\.\s*/g, 'kelurahan ')
    .replace(/\bkab\.\s*/g, 'kabupaten ')
    .replace(/\bprov\.\s*/g, 'provinsi ')
    .replace(/\b(?:tahun|ta|t\.a\.)\b.*$/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function emptyScope(): TableScope {
  return { unit: new Set(), wilayah: new Set(), tahun: new Set(), periode: new Set(), shown: {} };
}

/** Reads one line of text into the scope; `strong` lines (header block, title) may name a unit by itself. */
function readLine(scope: TableScope, line: string, strong: boolean): void {
  const text = line.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 160) return;
  const add = (facet: Facet, value: string, shown: string) => {
    if (!value || (facet === 'unit' && value.split(' ').length < 2)) return;
    scope[facet].add(value);
    scope.shown[facet] ??= shown.trim();
  };
  const label = UNIT_LABEL.exec(text);
  if (label) add('unit', normName(label[1]), label[1].replace(/^\s*\d+(?:\.\d+)+\s*/, ''));
  else if (strong || text.length <= 40) {
    const name = UNIT_NAME.exec(text);
    if (name && !lexicon.words.unitNameAlone.test(name[1].trim())) add('unit', normName(name[1]), name[1]);
  }
  const region = REGION.exec(text);
  if (region) {
    const value = normName(region[1]);
    if (value.split(' ').length >= 2) add('wilayah', value, region[1]);
  }
  let m: RegExpExecArray | null;
  YEAR.lastIndex = 0;
  const labelled = YEAR.test(text);
  // A title names every year it covers ("Tahun 2022-2023", "Tahun 2022 dan s.d. Triwulan IV 2023"); a bare
  // year counts only on a short title line ("LAPORAN REALISASI 2024"), not in a sentence.
  if (labelled || (strong && text.length <= 100)) {
    LONE_YEAR.lastIndex = 0;
    const years: number[] = [];
    while ((m = LONE_YEAR.exec(text))) years.push(Number(m[1]));
    const range = /\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b/.exec(text);
    if (range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) <= 10) {
      for (let y = Number(range[1]); y <= Number(range[2]); y++) years.push(y);
    }
    for (const y of years) add('tahun', String(y), String(y));
  }
  PERIOD.lastIndex = 0;
  while ((m = PERIOD.exec(text))) {
    const n = ROMAN[m[2].toLowerCase()] ?? m[2];
    const kind = /^s/i.test(m[1]) ? 'semester' : 'triwulan';
    add('periode', `${kind} ${n}`, m[0]);
  }
}

/** The text lines of rows top..bottom (1-based, inclusive), each row's cells joined. */
function lines(sheet: SheetGrid, top: number, bottom: number, left: number, right = left + BLOCK_COLS - 1): string[] {
  const out: string[] = [];
  for (let r = Math.max(1, top); r <= bottom; r++) {
    const parts: string[] = [];
    for (let c = Math.max(1, left); c <= right; c++) {
      const v = cellAt(sheet, r, c)?.value;
      if (typeof v === 'string' && v.trim()) parts.push(v.trim());
      else if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2099) parts.push(String(v));
    }
    if (parts.length) out.push(parts.join(' '));
  }
  return out;
}

/**
 * The scope of each table: the sheet's name and the block above its first table (shared by every table on
 * the sheet), overridden facet by facet by the lines between the previous table and this one and by the title.
 */
export function tableScopes(tables: RecognisedTable[], wb: WorkbookData | undefined): TableScope[] {
  return tables.map(t => {
    const sheet = wb?.sheets.find(s => s.name === t.sheet);
    const sheetScope = emptyScope();
    readLine(sheetScope, t.sheet, true);
    const own = emptyScope();
    if (sheet) {
      const onSheet = tables.filter(o => o.sheet === t.sheet).sort((a, b) => a.headerRows[0] - b.headerRows[0]);
      // A table printed beside another on the same rows reads only the lines over its own columns.
      const beside = onSheet.some(o => o !== t && o.headerRows[0] <= t.bodyBottom && t.headerRows[0] <= o.bodyBottom);
      const [from0, to0] = beside ? [t.left, t.right] : [1, BLOCK_COLS];
      const first = onSheet[0];
      const firstTop = first.headerRows[0];
      const block = emptyScope();
      for (const l of lines(sheet, firstTop - BLOCK_ROWS, firstTop - 1, from0, to0)) readLine(block, l, true);
      merge(sheetScope, block);
      if (first !== t) {
        const prev = [...onSheet].reverse().find(o => o.headerRows[0] < t.headerRows[0] && !(beside && o.bodyBottom >= t.headerRows[0]));
        const from = prev ? prev.bodyBottom + 1 : t.headerRows[0] - BLOCK_ROWS;
        for (const l of lines(sheet, Math.max(from, t.headerRows[0] - BLOCK_ROWS), t.headerRows[0] - 1, from0, to0)) readLine(own, l, true);
      }
    }
    if (t.title) readLine(own, t.title, true);
    merge(sheetScope, own);
    return sheetScope;
  });
}

/** Facets the nearer lines name replace those of the wider block. */
function merge(into: TableScope, nearer: TableScope): void {
  for (const f of Object.keys(FACET_WORD) as Facet[]) {
    if (!nearer[f].size) continue;
    into[f] = new Set(nearer[f]);
    if (nearer.shown[f]) into.shown[f] = nearer.shown[f];
  }
}

/** Two tables describe: the same unit and period, different ones (a facet named on both sides differs), or unknown. */
export function compareScopes(a: TableScope, b: TableScope): { verdict: ScopeVerdict; facet?: Facet } {
  let same = false;
  for (const f of Object.keys(FACET_WORD) as Facet[]) {
    if (!a[f].size || !b[f].size) continue;
    const shared = [...a[f]].some(v => b[f].has(v) || (f === 'unit' && [...b[f]].some(w => contains(v, w))));
    if (!shared) return { verdict: 'different', facet: f };
    same = true;
  }
  return { verdict: same ? 'same' : 'unknown' };
}

/** "kecamatan ajung" and "kecamatan ajung kabupaten jember" name one unit. */
function contains(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return (' ' + l + ' ').includes(' ' + s + ' ');
}

export interface ScopeRelation {
  scopes: TableScope[];
  /** Verdict for two tables by their index in ctx.tables. */
  verdict(i: number, j: number): { verdict: ScopeVerdict; facet?: Facet };
  /** "unit Kecamatan Ajung dan Kecamatan Balung" for a notice. */
  why(i: number, j: number, facet: Facet): string;
  /** What a table is about, in words: "Kecamatan Ajung, tahun 2024". */
  label(i: number): string;
}

const cache = new WeakMap<CheckContext['tables'], ScopeRelation>();

/** The scope of every table of a check, computed once and shared by the cross-table rules. */
export function scopeRelation(ctx: CheckContext): ScopeRelation {
  const hit = cache.get(ctx.tables);
  if (hit) return hit;
  const scopes = tableScopes(
    ctx.tables.map(t => t.table),
    ctx.workbook,
  );
  const memo = new Map<string, { verdict: ScopeVerdict; facet?: Facet }>();
  const rel: ScopeRelation = {
    scopes,
    verdict(i, j) {
      const key = i < j ? `${i}:${j}` : `${j}:${i}`;
      let v = memo.get(key);
      if (!v) memo.set(key, (v = i === j ? { verdict: 'same' } : compareScopes(scopes[i], scopes[j])));
      return v;
    },
    why(i, j, facet) {
      return `${FACET_WORD[facet]} ${scopes[i].shown[facet] ?? '?'} dan ${scopes[j].shown[facet] ?? '?'}`;
    },
    label(i) {
      const s = scopes[i];
      const parts: string[] = [];
      if (s.shown.unit) parts.push(s.shown.unit);
      else if (s.shown.wilayah) parts.push(s.shown.wilayah);
      if (s.tahun.size) parts.push(`tahun ${[...s.tahun].sort().join('–')}`);
      if (s.shown.periode) parts.push(s.shown.periode);
      return parts.join(', ');
    },
  };
  cache.set(ctx.tables, rel);
  return rel;
}

/** How a table is named in a notice: 'tabel di lembar "Kec. Ajung" (baris 5)'. */
export function tableName(t: RecognisedTable): string {
  return `tabel di lembar "${t.sheet}" (baris ${t.headerRows[0]})`;
}

/** Adds a notice once to the check's notices. */
export function notice(ctx: CheckContext, text: string): void {
  if (!ctx.notices) return;
  if (!ctx.notices.includes(text)) ctx.notices.push(text);
}

/**
 * One sentence for the tables a rule did not compare because they name different units or periods:
 * each table once, with what it is about, rather than every pair.
 */
export function differentScopesNotice(ctx: CheckContext, what: string, pairs: [number, number][]): void {
  if (!pairs.length) return;
  const rel = scopeRelation(ctx);
  const tables = [...new Set(pairs.flat())].sort((a, b) => a - b);
  const shown = tables.slice(0, 8).map(i => {
    const t = ctx.tables[i].table;
    const label = rel.label(i);
    return `lembar "${t.sheet}" baris ${t.headerRows[0]}${label ? ` (${label})` : ''}`;
  });
  const more = tables.length > 8 ? `, dan ${tables.length - 8} tabel lain` : '';
  notice(ctx, `${what} hanya dibandingkan antartabel dengan unit, wilayah, tahun dan periode yang sama; tabel-tabel berikut menyebut unit atau periode yang berbeda sehingga tidak dibandingkan satu sama lain: ${shown.join('; ')}${more}.`);
}
