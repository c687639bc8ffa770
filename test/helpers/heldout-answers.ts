import * as fs from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';

/**
 * The answers of a held-out set (scripts/make-heldout.js) must be right before they can judge the recogniser:
 * every value is recomputed here from the cells of the workbooks with decimal.js, every planted error really
 * differs from the recomputed value, and every clean cell agrees with it. Shared by both held-out sets.
 */
const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = Decimal;

export interface Check { sheet: string; cell: string; kind: string; inputs?: string[]; expected?: string; status: 'clean' | 'error'; rule?: string; scale?: string; capaian?: string; fraction?: boolean }
export interface ChecksFile { scales: Record<string, { lower: number[]; labels: string[] }>; workbooks: { workbook: string; scale: string; checks: Check[] }[] }
export interface Expected {
  tables: { sheet: string; kind: string; headerRow: number; columns: Record<string, string>; id: string }[];
  values: { sheet: string; cell: string; metric: string; value: string }[];
  findings: { sheet: string; cell: string; rule: string; src: string }[];
  clean: { sheet: string; cell: string; allow?: string[] }[];
}

/** A cell as a number: real numbers (a % format means a fraction), or text typed the Indonesian way. */
function numberOf(cell: ExcelJS.Cell): Dec | null {
  const v = cell.value;
  if (typeof v === 'number') {
    const d = new Dec(String(v));
    return /%/.test(cell.numFmt || '') ? d.times(100) : d;
  }
  if (typeof v === 'string') {
    const s = v.replace(/^Rp\.?\s*/i, '').replace(/,-$/, '').replace(/\s*%$/, '').trim();
    if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(s)) return null;
    return new Dec(s.replace(/\./g, '').replace(',', '.'));
  }
  return null;
}
const decimalsOf = (d: Dec) => Math.min(2, d.decimalPlaces());
/** A stated number agrees with the exact value when it equals it after rounding (or truncating) to its own decimals. */
function agrees(stated: Dec, exact: Dec): boolean {
  const dp = decimalsOf(stated);
  return stated.eq(exact.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP)) || stated.eq(exact.toDecimalPlaces(dp, Decimal.ROUND_DOWN)) || stated.eq(exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
}
const HUNDRED = new Dec(100);
function recompute(kind: string, a: Dec, b: Dec): Dec {
  switch (kind) {
    case 'ratio': return b.div(a).times(HUNDRED);
    case 'neg_ratio': return new Dec(2).minus(b.div(a)).times(HUNDRED);
    case 'difference': return a.minus(b);
    case 'sisa_ratio': return a.minus(b).div(a).times(HUNDRED);
    case 'efisiensi': return a.minus(b);
    case 'product': return a.times(b);
    default: throw new Error(`unknown kind ${kind}`);
  }
}
function band(scale: { lower: number[]; labels: string[] }, c: Dec): string {
  for (let i = 0; i < scale.lower.length; i++) if (c.gte(scale.lower[i])) return scale.labels[i];
  return scale.labels[scale.labels.length - 1];
}

/** Per workbook: every value recomputed from the cells, every planted error differs, every clean cell agrees. */
export function describeAnswers(label: string, HIDDEN: string, CHECKS: ChecksFile): void {
const books = CHECKS.workbooks.map(b => b.workbook);

describe.each(books)(`${label} answers of %s`, name => {
  const entry = CHECKS.workbooks.find(b => b.workbook === name)!;
  const expected = JSON.parse(fs.readFileSync(path.join(HIDDEN, name.replace(/\.xlsx$/, '.expected.json')), 'utf8')) as Expected;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(HIDDEN, name));
  });
  const cell = (sheet: string, addr: string) => wb.getWorksheet(sheet)!.getCell(addr);
  const num = (sheet: string, addr: string) => {
    const n = numberOf(cell(sheet, addr));
    if (!n) throw new Error(`${sheet}!${addr} holds no number (${JSON.stringify(cell(sheet, addr).value)})`);
    return n;
  };

  it('every recomputed value follows from the cells it is computed from; errors differ, clean cells agree', () => {
    const wrong: string[] = [];
    for (const c of entry.checks) {
      const at = `${c.sheet}!${c.cell} ${c.kind}`;
      if (['ratio', 'neg_ratio', 'difference', 'sisa_ratio', 'efisiensi', 'product'].includes(c.kind)) {
        const exact = recompute(c.kind, num(c.sheet, c.inputs![0]), num(c.sheet, c.inputs![1]));
        const want = new Dec(c.expected!);
        const places = c.kind === 'difference' || c.kind === 'product' ? 0 : 2;
        if (!exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).eq(want)) wrong.push(`${at}: recomputed ${exact.toFixed(4)} but answer ${c.expected}`);
        // fraction: the cell states the value / 100 with no % format (dev6)
        const stated = c.fraction ? num(c.sheet, c.cell).times(100) : num(c.sheet, c.cell);
        if (c.status === 'clean' && !agrees(stated, exact)) wrong.push(`${at}: clean cell states ${stated} but the value is ${exact.toFixed(4)}`);
        if (c.status === 'error' && agrees(stated, exact)) wrong.push(`${at}: planted error states ${stated}, which agrees with ${exact.toFixed(4)}`);
      } else if (c.kind === 'sum') {
        const total = c.inputs!.reduce((s, a) => s.plus(num(c.sheet, a)), new Dec(0));
        if (!total.eq(new Dec(c.expected!))) wrong.push(`${at}: children sum to ${total} but answer ${c.expected}`);
        const stated = num(c.sheet, c.cell);
        if ((c.status === 'clean') !== stated.eq(total)) wrong.push(`${at}: ${c.status} cell states ${stated}, children sum to ${total}`);
      } else if (c.kind === 'greater') {
        if (!num(c.sheet, c.inputs![0]).gt(num(c.sheet, c.inputs![1]))) wrong.push(`${at}: realisasi is not above pagu`);
      } else if (c.kind === 'above100') {
        if (!num(c.sheet, c.cell).gt(100)) wrong.push(`${at}: not above 100`);
      } else if (c.kind === 'negative') {
        if (!num(c.sheet, c.cell).isNeg()) wrong.push(`${at}: not negative`);
      } else if (c.kind === 'band') {
        const label = band(CHECKS.scales[c.scale!], new Dec(c.capaian!));
        if (label !== c.expected) wrong.push(`${at}: band of ${c.capaian} is ${label}, answer ${c.expected}`);
        const stated = String(cell(c.sheet, c.cell).value);
        if ((c.status === 'clean') !== (stated === label)) wrong.push(`${at}: ${c.status} kategori states ${stated}, band is ${label}`);
      } else if (c.kind === 'text_number') {
        const v = cell(c.sheet, c.cell).value;
        if (typeof v !== 'string' || !numberOf(cell(c.sheet, c.cell))) wrong.push(`${at}: not a number typed as text (${JSON.stringify(v)})`);
      } else throw new Error(`unknown check ${c.kind}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers, findings and clean cells are the ones the checks establish', () => {
    const key = (s: string, c: string) => `${s}!${c}`;
    const checksAt = new Map<string, Check[]>();
    for (const c of entry.checks) checksAt.set(key(c.sheet, c.cell), [...(checksAt.get(key(c.sheet, c.cell)) || []), c]);
    // every value has a check that recomputes it to the same answer
    for (const v of expected.values) {
      const cs = (checksAt.get(key(v.sheet, v.cell)) || []).filter(c => c.expected === v.value);
      expect([v.sheet, v.cell, cs.length > 0]).toEqual([v.sheet, v.cell, true]);
    }
    // every finding sits on a cell a check proves wrong (angka_teks: a number typed as text)
    for (const f of expected.findings) {
      const cs = checksAt.get(key(f.sheet, f.cell)) || [];
      expect([f.sheet, f.cell, f.rule, cs.some(c => c.status === 'error')]).toEqual([f.sheet, f.cell, f.rule, true]);
    }
    // no clean cell is proven wrong, and no finding cell is listed clean
    const findingRules = new Map<string, string[]>();
    for (const f of expected.findings) findingRules.set(key(f.sheet, f.cell), [...(findingRules.get(key(f.sheet, f.cell)) || []), f.rule]);
    for (const c of expected.clean) {
      const cs = (checksAt.get(key(c.sheet, c.cell)) || []).filter(x => x.status === 'error' && x.kind !== 'text_number');
      // a finding cell may be listed clean only for the rules it is allowed (angka_teks on a right number)
      const unallowed = (findingRules.get(key(c.sheet, c.cell)) || []).filter(r => !(c.allow || []).includes(r));
      expect([c.sheet, c.cell, cs.length, unallowed]).toEqual([c.sheet, c.cell, 0, []]);
    }
  });

  it('plants one or two errors in every table', () => {
    for (const t of expected.tables) {
      const n = expected.findings.filter(f => f.src.startsWith(`${t.id}:`) || f.src.startsWith(`${t.id}#`)).length;
      expect([t.id, n >= 1 && n <= 2]).toEqual([t.id, true]);
    }
  });
});
}

const CATALOGUE = ['capaian_selisih', 'persen_anggaran_selisih', 'sisa_selisih', 'jumlah_selisih', 'kategori_selisih', 'efisiensi_selisih', 'realisasi_melebihi_pagu', 'nilai_tidak_wajar', 'angka_teks'];

/**
 * The shape a held-out set needs before it can judge the recogniser: 12 to 20 workbooks, at least `minTables`
 * tables, six or more of them without useful header words (each still naming the three or more columns a correct
 * reading finds), and every rule of the catalogue planted somewhere.
 */
export function itHasHeldOutShape(all: Expected[], minTables: number, isHeaderless: (tableId: string) => boolean): void {
  const tables = all.flatMap(e => e.tables);

  it(`has at least ${minTables} tables over 12 to 20 workbooks, six or more of them without useful header words`, () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(all.length).toBeLessThanOrEqual(20);
    expect(tables.length).toBeGreaterThanOrEqual(minTables);
    const headerless = tables.filter(t => isHeaderless(t.id));
    expect(headerless.length).toBeGreaterThanOrEqual(6);
    for (const t of headerless) expect(Object.keys(t.columns).length).toBeGreaterThanOrEqual(3);
  });

  it('plants every rule of the catalogue', () => {
    const rules = new Set(all.flatMap(e => e.findings.map(f => f.rule)));
    for (const r of CATALOGUE) expect([r, rules.has(r)]).toEqual([r, true]);
  });
}
