import * as fs from 'fs';
import * as path from 'path';
import type { CheckContext } from '../../src/engine/checks/context';
import { Dec, fixed, plain } from '../../src/engine/decimal';
import { parseRangeTarget } from '../../src/engine/capaian';
import type { NarasiNumber, NarasiParagraph } from '../../src/engine/narasi/generate';
import { knownYears } from '../../src/engine/narasi/report-year';
import { parseNumberText } from '../../src/engine/number';
import { roundHalfUp } from '../../src/engine/rounding';
import type { Evaluation } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import type { SheetGrid, WorkbookData } from '../../src/model/grid';
import { grid } from '../helpers/grid';

export const CORPUS = path.join(__dirname, '..', 'corpus');
export const SEEDS = path.join(__dirname, '..', 'corpus', 'seeds');
export const corpusFiles = (): string[] => fs.readdirSync(CORPUS).filter(f => f.endsWith('.xlsx')).sort();

/** The rule's context from an evaluation, with the workbook for prose (as the lead wires it). */
export function contextOf(ev: Evaluation, wb?: WorkbookData): CheckContext {
  return {
    tables: ev.tables,
    computed: ev.computed.values,
    notComputed: ev.computed.notComputed,
    scale: ev.scale,
    scaleSource: ev.scaleSource,
    efisiensi: DEFAULT_SETTINGS.efisiensi,
    workbook: wb,
  };
}

/** A sheet holding a seed report's text lines as they are (tab-separated table lines left out), line n in row n. */
export function seedProseSheet(seedTxt: string, index: number): SheetGrid {
  const lines = fs.readFileSync(path.join(SEEDS, seedTxt), 'utf8').split('\n');
  return { ...grid('Bab III', lines.map(l => [l.includes('\t') ? null : l.trim() || null])), index };
}

/** Numbers as a reader sees them in a sentence, outside “quoted names”: value and shown decimals. */
export function numbersInText(text: string): { raw: string; value: Dec; decimals: number }[] {
  const bare = text.replace(/“[^”]*”/g, '“”');
  const out: { raw: string; value: Dec; decimals: number }[] = [];
  for (const m of bare.matchAll(/(?<![\p{L}\p{N}])-?\d+(?:[.,]\d+)*(?![\p{L}\p{N}])/gu)) {
    const p = parseNumberText(m[0], 'id-ID');
    if (!p.ok) throw new Error(`angka «${m[0]}» dalam kalimat tidak terbaca: ${text}`);
    out.push({ raw: m[0], value: p.value, decimals: p.decimals });
  }
  return out;
}

/** Where a recorded number's engine value is, or why it is not one. Returns undefined when it checks out. */
export function checkRecorded(ev: Evaluation, p: NarasiParagraph, n: NarasiNumber): string | undefined {
  const cellValue = (ref: string): Dec | undefined => {
    const [sheetName, addr] = splitRef(ref);
    for (const tv of ev.tables) {
      if (tv.table.sheet !== sheetName) continue;
      for (const rv of tv.rows) for (const vc of Object.values(rv.cells)) if (vc.addr === addr && vc.status === 'number' && vc.value) return vc.value;
    }
    return undefined;
  };
  const computed = (ref: string) => {
    const [sheetName, addr] = splitRef(ref);
    return ev.computed.values.find(v => v.sheet === sheetName && v.cell === addr);
  };
  const operand = (o: { source: 'sel' | 'hitung'; cell: string }) => (o.source === 'sel' ? cellValue(o.cell) : computed(o.cell)?.value);
  const v = new Dec(n.value);
  switch (n.source) {
    case 'sel': {
      const x = cellValue(n.cell!);
      return x && plain(x) === n.value ? undefined : `sel ${n.cell} bernilai ${x && plain(x)}, bukan ${n.value}`;
    }
    case 'hitung': {
      const c = computed(n.cell!);
      if (!c) return `tidak ada nilai hitung ulang di ${n.cell}`;
      const ok = n.value === fixed(c.value, 2) || n.value === plain(roundHalfUp(c.value, 2));
      return ok ? undefined : `nilai hitung ulang ${n.cell} = ${fixed(c.value, 2)}, bukan ${n.value}`;
    }
    case 'tahun': {
      const t = ev.tables.find(x => x.table.id === p.tableId)!.table;
      return knownYears(t).has(Number(n.value)) ? undefined : `tahun ${n.value} tidak ada pada judul atau kepala tabel`;
    }
    case 'turunan': {
      const f = n.from!;
      const xs = f.of.map(operand);
      if (xs.some(x => x === undefined)) return `operand ${JSON.stringify(f.of)} tidak ditemukan`;
      const ds = xs as Dec[];
      const r2 = (x: Dec, src: string) => (src === 'hitung' ? roundHalfUp(x, 2) : x);
      let expected: Dec | undefined;
      if (f.op === 'selisih') expected = r2(ds[0], f.of[0].source).minus(r2(ds[1], f.of[1].source)).abs();
      if (f.op === 'kurang') expected = ds[0].minus(ds[1]);
      if (f.op === 'rata_rata') expected = roundHalfUp(ds.reduce((a, b) => a.plus(b), new Dec(0)).div(ds.length), 2);
      if (f.op === 'serapan') expected = roundHalfUp(ds[0].div(ds[1]).times(100), 2);
      if (f.op === 'jumlah') expected = new Dec(ds.length);
      if (f.op === 'rentang') {
        const [sheetName, addr] = splitRef(f.of[0].cell);
        const text = ev.tables.flatMap(t => (t.table.sheet === sheetName ? t.rows.flatMap(r => Object.values(r.cells)) : [])).find(c => c.addr === addr)?.text ?? '';
        const range = parseRangeTarget(text);
        return range && (range.low.eq(v) || range.high.eq(v)) ? undefined : `batas rentang ${n.value} tidak sesuai target «${text}»`;
      }
      return expected && expected.eq(v) ? undefined : `${f.op} dari ${JSON.stringify(f.of)} = ${expected && plain(expected)}, bukan ${n.value}`;
    }
  }
}

function splitRef(ref: string): [string, string] {
  const i = ref.lastIndexOf('!');
  return [ref.slice(0, i), ref.slice(i + 1)];
}
