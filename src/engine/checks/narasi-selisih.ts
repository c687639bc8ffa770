/**
 * narasi_selisih: text already in the workbook that contradicts the row it speaks about.
 *
 * Two kinds of text are read:
 *  - keterangan cells of recognised tables (headers Keterangan / Analisis / Uraian analisis): they speak
 *    about their own row;
 *  - prose cells (text longer than 80 characters outside every recognised table, e.g. a Bab III sheet):
 *    a sentence speaks about a row when it names the row's indikator/uraian (every content word of the label
 *    appears in it, and no other row's label does) or quotes the row's rupiah amounts; a sentence that names
 *    nothing continues the subject of the sentence (or prose cell, up to two rows) before it.
 * In those sentences, a percentage said to be a capaian (or a serapan) that no rounding of the recomputed
 * value explains, a kategori word that is not the band of the recomputed capaian, and a year that is not the
 * table's reporting year where the sentence speaks of this year's figures, are findings (warning) on the text
 * cell. Anything that is not clearly about one row is left alone: no subject, two subjects, a number next to
 * "target", "naik", "rata-rata", "lebih dari", or about another year.
 */
import { atRow, type ComputedValue } from '../compute';
import { serapan as hitungSerapan } from '../anggaran';
import { Dec, fixed, plain } from '../decimal';
import { classify, sameKategori } from '../kategori';
import { formatId } from '../number';
import { matchesStated, roundHalfUp } from '../rounding';
import type { Finding } from '../report';
import type { RowValues, TableValues, ValueCell } from '../../layout/table-values';
import { a1 } from '../../workbook/address';
import type { WorkbookData } from '../../workbook/grid';
import { OWN_SHEET_NAMES } from '../../workbook/plan';
import { angkaDalamTeks, kalimatDalamTeks, kataIsi, kataLabel, rapat, type AngkaTeks } from '../narasi/teks';
import { tahunLaporan, yearsIn } from '../narasi/tahun';
import { finding, ref, type CheckContext, type CheckRule } from './context';

/** Shortest prose cell read outside tables (the "long text"). */
export const PANJANG_PROSA = 80;

const CENT = new Dec('0.01');

/** A table row a text may speak about: its recomputed figures and the numbers it may legitimately quote. */
interface Baris {
  tv: TableValues;
  rv: RowValues;
  label: string;
  words: string[];
  capaian?: ComputedValue;
  serapan?: { value: Dec; cells: string[] };
  /** Input cells and recomputed values of the row: a text quoting any of them is not contradicting it. */
  boleh: Dec[];
  /** Pagu and realisasi of budget rows, for recognising a sentence by its amounts. */
  rupiah: Dec[];
  /** This year's figures (capaian, serapan, pagu, realisasi). */
  kini: Dec[];
  /** Figures of earlier-year columns, by year. */
  lalu: Map<number, Dec[]>;
  tahun?: number;
}

interface Konteks {
  ctx: CheckContext;
  at: { sheet: string; addr: string };
  out: Finding[];
  seen: Set<string>;
}

const isNum = (c: ValueCell | undefined): c is ValueCell & { value: Dec } => !!c && c.status === 'number' && !!c.value;

export const narasiSelisih: CheckRule = ctx => {
  // Most workbooks hold no prose at all: then there is nothing to index.
  const prose = ctx.workbook ? [...prosa(ctx.workbook, ctx.tables)] : [];
  if (!prose.length && !ctx.tables.some(tv => tv.table.columns.keterangan)) return [];
  const rows = barisDari(ctx);
  if (!rows.length) return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  const byRow = new Map<RowValues, Baris[]>();
  for (const b of rows) byRow.set(b.rv, [...(byRow.get(b.rv) ?? []), b]);

  // Keterangan / analisis cells: their subject is their own row.
  for (const tv of ctx.tables) {
    if (!tv.table.columns.keterangan) continue;
    for (const rv of tv.rows) {
      const cell = rv.cells.keterangan;
      if (!cell || !cell.text || !/\p{L}/u.test(cell.text)) continue;
      const own = byRow.get(rv) ?? [];
      if (!own.length) continue;
      const k: Konteks = { ctx, at: { sheet: cell.sheet, addr: cell.addr }, out, seen };
      for (const s of kalimatDalamTeks(cell.text)) periksaKalimat(k, s.text, own);
    }
  }

  // Prose outside tables.
  if (ctx.workbook) {
    let last: { sheet: string; col: number; row: number; subject: Baris[] } | undefined;
    for (const p of prose) {
      const inherit = last && last.sheet === p.sheet && last.col === p.col && p.row - last.row <= 2 ? last.subject : [];
      if (p.heading) {
        // A short heading ("➤ Fasilitasi Kunjungan Tamu") is not checked; it may name the subject of the prose below.
        last = { sheet: p.sheet, col: p.col, row: p.row, subject: subjek(p.text, rows).rows };
        continue;
      }
      const k: Konteks = { ctx, at: { sheet: p.sheet, addr: a1(p.row, p.col) }, out, seen };
      let subject = inherit;
      for (const s of kalimatDalamTeks(p.text)) {
        const own = subjek(s.text, rows);
        if (own.named) subject = own.rows;
        periksaKalimat(k, s.text, subject);
      }
      last = { sheet: p.sheet, col: p.col, row: p.row, subject };
    }
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Rows

function labelOf(rv: RowValues): string {
  return (rv.row.label || rv.cells.indikator?.text || rv.cells.uraian?.text || '').replace(/\s+/g, ' ').trim();
}

function barisDari(ctx: CheckContext): Baris[] {
  const out: Baris[] = [];
  for (const tv of ctx.tables) {
    const kind = tv.table.kind;
    if (kind !== 'realisasi_kinerja' && kind !== 'realisasi_anggaran' && kind !== 'efisiensi') continue;
    const tahun = tahunLaporan(tv.table, tv);
    const values = ctx.computed.filter(c => c.tableId === tv.table.id);
    const statedCells = new Set(values.map(c => c.cell));
    for (const rv of tv.rows) {
      if (rv.row.kind !== 'data' && rv.row.kind !== 'total' && rv.row.kind !== 'group') continue;
      const mine = atRow(values, tv.table.id, rv.index);
      const capaian = mine.find(c => c.metric === 'capaian_kinerja' && c.role === 'capaian');
      let serapan: Baris['serapan'];
      const persen = mine.find(c => c.metric === 'persen_anggaran' && c.role === 'persen');
      const { pagu, realisasi } = rv.cells;
      if (persen) serapan = { value: persen.value, cells: [persen.cell] };
      else if (kind === 'realisasi_anggaran' && isNum(pagu) && isNum(realisasi)) {
        const s = hitungSerapan(realisasi.value, pagu.value);
        if (s.ok) serapan = { value: s.value, cells: [realisasi.addr, pagu.addr] };
      }
      if (!capaian && !serapan) continue;
      const boleh: Dec[] = mine.map(c => c.value);
      const lalu = new Map<number, Dec[]>();
      for (const [role, vc] of Object.entries(rv.cells)) {
        if (!isNum(vc) || statedCells.has(vc.addr) || role === 'kategori') continue;
        boleh.push(vc.value);
        const y = /_(\d{4})$/.exec(role);
        if (y) lalu.set(Number(y[1]), [...(lalu.get(Number(y[1])) ?? []), vc.value]);
      }
      for (const c of mine) {
        const y = /_(\d{4})$/.exec(c.role);
        if (y) lalu.set(Number(y[1]), [...(lalu.get(Number(y[1])) ?? []), c.value]);
      }
      const rupiah = kind === 'realisasi_anggaran' ? [pagu, realisasi].filter(isNum).map(c => c.value).filter(v => v.gte(1000)) : [];
      const kini = [capaian?.value, serapan?.value, ...rupiah].filter((x): x is Dec => !!x);
      const label = labelOf(rv);
      out.push({ tv, rv, label, words: kataLabel(label), capaian, serapan, boleh, rupiah, kini, lalu, tahun });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Prose cells and their subject

interface Prosa {
  sheet: string;
  row: number;
  col: number;
  text: string;
  /** A short text cell: read only for the subject it names. */
  heading: boolean;
}

/**
 * Text cells outside every recognised table (and not a table's title), sheet by sheet, column by column:
 * long ones are prose to check, short ones with words are headings that may name the subject below them.
 */
function prosa(wb: WorkbookData, tables: TableValues[]): Prosa[] {
  const own = new Set<string>(OWN_SHEET_NAMES);
  const titles = new Set(tables.map(t => (t.table.title ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean));
  const out: Prosa[] = [];
  for (const sheet of wb.sheets) {
    if (own.has(sheet.name)) continue;
    const boxes = tables.filter(t => t.table.sheet === sheet.name).map(t => t.table);
    for (let r = 0; r < sheet.rowCount; r++) {
      for (let c = 0; c < sheet.colCount; c++) {
        const cell = sheet.cells[r]?.[c];
        if (!cell || typeof cell.value !== 'string') continue;
        const text = cell.value.replace(/[ \t\u00a0]+/g, ' ').trim();
        const heading = text.length <= PANJANG_PROSA;
        if (heading && !/\p{L}{3}/u.test(text)) continue;
        const row = r + sheet.originRow;
        const col = c + sheet.originCol;
        if (boxes.some(t => row >= Math.min(...t.headerRows) && row <= t.bodyBottom && col >= t.left && col <= t.right)) continue;
        if (titles.has(text) || /^(tabel|lampiran|gambar|grafik|sumber)\b/i.test(text)) continue;
        out.push({ sheet: sheet.name, row, col, text, heading });
      }
    }
  }
  // A heading matters only right above prose (within two rows, same column); the rest are not read.
  const prose = new Set(out.filter(p => !p.heading).map(p => `${p.sheet}\u0000${p.col}\u0000${p.row}`));
  const aboveProse = (p: Prosa) => [1, 2].some(d => prose.has(`${p.sheet}\u0000${p.col}\u0000${p.row + d}`));
  return out.filter(p => !p.heading || aboveProse(p)).sort((a, b) => (a.sheet === b.sheet ? a.col - b.col || a.row - b.row : 0));
}

/**
 * The rows a sentence names: by label (all content words present; the most specific label wins; two different
 * labels make it ambiguous) and by rupiah amounts equal to a budget row's pagu or realisasi.
 * `named` is false when the sentence names nothing (it then continues the previous subject).
 */
function subjek(sentence: string, rows: Baris[]): { named: boolean; rows: Baris[] } {
  const words = new Set(kataIsi(sentence));
  const flat = ` ${rapat(sentence)} `;
  const full: Baris[] = [];
  const cover: { b: Baris; cov: number }[] = [];
  for (const b of rows) {
    if (b.words.length < 2) continue;
    const hit = b.words.filter(w => words.has(w)).length;
    const cov = hit / b.words.length;
    cover.push({ b, cov });
    if (cov === 1 && (b.words.length >= 3 || flat.includes(` ${rapat(b.label)} `))) full.push(b);
  }
  let named = full.filter(b => !full.some(o => o.words.length > b.words.length && b.words.every(w => o.words.includes(w))));
  if (!named.length) {
    // A label with a typo or a dropped word: only when it is long and nothing else comes close.
    const near = cover.filter(x => x.cov >= 0.85 && x.b.words.length >= 6);
    const key = new Set(near.map(x => x.b.words.slice().sort().join(' ')));
    const rivals = cover.filter(x => x.cov >= 0.7 && !near.includes(x));
    if (key.size === 1 && !rivals.length) named = near.map(x => x.b);
  }
  // A sub kegiatan's indikator and its budget line are often named together: ambiguity only counts
  // between rows of the same kind (kinerja rows among themselves, budget rows among themselves).
  let ambiguous = false;
  const byLabel: Baris[] = [];
  for (const kinerja of [true, false]) {
    const group = named.filter(b => !!b.capaian === kinerja);
    const labels = new Set(group.map(b => b.words.slice().sort().join(' ')));
    if (labels.size === 1) byLabel.push(...group);
    if (labels.size > 1) ambiguous = true;
  }

  const amounts = angkaDalamTeks(sentence).filter(n => !n.percent && !n.year && (n.rupiah || n.raw.split(/[.,]/).length >= 3) && n.value.gte(1000));
  const byAmount = amounts.length ? rows.filter(b => b.rupiah.some(x => amounts.some(a => a.value.eq(x)))) : [];
  const all = [...new Set([...byLabel, ...byAmount])];
  return { named: all.length > 0 || ambiguous, rows: all };
}

// ---------------------------------------------------------------------------------------------
// One sentence

const SKIP_BEFORE =
  /\b(naik|turun|meningkat|menurun|kenaikan|penurunan|peningkatan|selisih|bertambah|berkurang|rata-rata|rata rata|rerata|sisa|efisiensi|efisien|deviasi|fisik|bobot|target|lebih dari|kurang dari|di atas|di bawah|minimal|maksimal|paling|hingga|sampai)\b|[<>≤≥]/;
const BUDGET = /\b(anggaran|dana|pagu|serapan|terserap|penyerapan|keuangan|belanja|rp)\b/;
const CAPAIAN = /\b(capaian|tercapai|mencapai|pencapaian)\b/;

function cocok(p: AngkaTeks, x: Dec): boolean {
  return matchesStated(p.value, p.decimals, x, p.decimals >= 2 ? { tolerance: CENT } : undefined);
}

/** One value all candidates agree on (at two decimals), else undefined. */
function sepakat(values: Dec[]): Dec | undefined {
  if (!values.length) return undefined;
  const r = values.map(v => roundHalfUp(v, 2));
  return r.every(x => x.eq(r[0])) ? values[0] : undefined;
}

const pendek = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

function tambah(k: Konteks, f: Finding): void {
  const key = `${f.sheet}!${f.cell}|${f.stated}|${f.expected}`;
  if (k.seen.has(key)) return;
  k.seen.add(key);
  k.out.push(f);
}

function periksaKalimat(k: Konteks, text: string, subject: Baris[]): void {
  if (!subject.length) return;
  const nums = angkaDalamTeks(text);
  const lower = text.toLowerCase();
  const tahun = sepakatTahun(subject);
  persen(k, text, lower, nums, subject, tahun);
  angka(k, lower, nums, subject, tahun);
  kategori(k, text, subject);
  if (tahun !== undefined) tahunSalah(k, text, lower, nums, subject, tahun);
}

function sepakatTahun(subject: Baris[]): number | undefined {
  const ys = new Set(subject.map(b => b.tahun));
  return ys.size === 1 ? [...ys][0] : undefined;
}

function persen(k: Konteks, text: string, lower: string, nums: AngkaTeks[], subject: Baris[], tahun: number | undefined): void {
  nums.forEach((p, i) => {
    if (!p.percent) return;
    // The clause starts after the previous figure; "capaian … Tahun 2021 sebesar 94,29%" reads past this year's year.
    const prev = nums.slice(0, i).reverse().find(n => !(n.year && n.value.eq(tahun ?? -1)));
    const prevEnd = prev ? prev.end : 0;
    const before = lower.slice(Math.max(prevEnd, p.start - 80), p.start);
    const nextStart = i + 1 < nums.length ? nums[i + 1].start : lower.length;
    const after = lower.slice(p.end, Math.min(nextStart, p.end + 30)).replace(/^[\s%]*(persen|prosen)?/, '');
    if (SKIP_BEFORE.test(before)) return;
    // The figure of another year ("… Tahun 2020 sebesar 99,98%") is not this year's.
    const near = lower.slice(Math.max(0, p.start - 60), p.start);
    if (yearsIn(near).some(y => y !== tahun)) return;
    const budget = BUDGET.test(before) || /^\s*(dari|terhadap)\s+(anggaran|pagu|dana)/.test(after);
    const capaian = !budget && (CAPAIAN.test(before) || /^\s*dari\s+target/.test(after));
    if (!budget && !capaian) return;
    const cands = subject.filter(b => (budget ? b.serapan : b.capaian));
    if (!cands.length) return;
    const expected = sepakat(cands.map(b => (budget ? b.serapan!.value : b.capaian!.value)));
    if (!expected) return;
    if (cands.some(b => b.boleh.some(x => cocok(p, x)))) return;
    const b = cands[0];
    const stated = `${p.raw}%`;
    const shown = formatId(roundHalfUp(expected, 2), 2);
    const what = budget ? 'serapan anggaran' : 'capaian';
    const related = budget ? b.serapan!.cells.map(c => ref(b.tv.table.sheet, c, k.at.sheet)) : [ref(b.capaian!.sheet, b.capaian!.cell, k.at.sheet)];
    tambah(
      k,
      finding(
        'narasi_selisih',
        'warning',
        k.at,
        stated,
        fixed(expected, 2),
        `Teks menyebut ${what} ${p.raw.replace('.', ',')}% untuk “${pendek(b.label)}” padahal tabel menghitung ${shown}%${rumus(b, budget)}.`,
        related,
      ),
    );
  });
}

// "… dengan target 6960 orang dan terealisasi sebanyak 2.934 orang …", "… dari anggaran Tahun 2021 sebesar Rp. 426.954.700"
const PERIODE_RE = String.raw`(?:\s+(?:pada\s+)?(?:tahun|tw|triwulan|s\.?\s?d\.?|s\/d)(?:\s+(?:tahun|tw|triwulan))?\s+[\divx]+\.?)*`;
const SAMBUNG_RE = String.raw`(?:\s+(?:adalah|yaitu|yakni|sebesar|sebanyak|mencapai|ditetapkan|yang))*\s*`;
const TARGET_AT = new RegExp(String.raw`\btarget(?:\s+(?:kinerja|output))?${PERIODE_RE}${SAMBUNG_RE}$`);
const REALISASI_AT = new RegExp(String.raw`\b(?:terealisasi|realisasi(?:nya)?(?:\s+(?:output|kinerja|fisik))?)${PERIODE_RE}${SAMBUNG_RE}$`);
const PAGU_AT = new RegExp(String.raw`\b(?:anggaran|pagu)(?:\s+(?:murni|perubahan|setelah perubahan))?${PERIODE_RE}${SAMBUNG_RE}(?:rp\.?\s*)$`);
const DANA_AT = new RegExp(String.raw`\b(?:dana|realisasi(?:\s+(?:anggaran|belanja|keuangan))?|terealisasi)${PERIODE_RE}${SAMBUNG_RE}(?:rp\.?\s*)$`);

/**
 * Counts and rupiah said to be the row's target, realisasi, pagu or realisasi anggaran. Counts only in a
 * sentence about the indicator's achievement (it speaks of capaian), so side counts ("25 unit barang") pass.
 */
function angka(k: Konteks, lower: string, nums: AngkaTeks[], subject: Baris[], tahun: number | undefined): void {
  const aboutCapaian = CAPAIAN.test(lower);
  for (const n of nums) {
    if (n.percent || n.year) continue;
    const before = lower.slice(Math.max(0, n.start - 70), n.start);
    const years = yearsIn(before.slice(-30));
    if (years.some(y => y !== tahun)) continue;
    let field: 'target' | 'realisasi' | 'pagu' | undefined;
    let rupiah = false;
    if (n.rupiah || /rp\.?\s*$/.test(before)) {
      rupiah = true;
      field = PAGU_AT.test(before) ? 'pagu' : DANA_AT.test(before) ? 'realisasi' : undefined;
    } else if (aboutCapaian) {
      field = TARGET_AT.test(before) ? 'target' : REALISASI_AT.test(before) ? 'realisasi' : undefined;
    }
    if (!field) continue;
    const cands = subject.filter(b => (rupiah ? b.serapan && b.rupiah.length : b.capaian));
    const cells = cands.map(b => b.rv.cells[field!]).filter(isNum);
    if (!cells.length || cells.length !== cands.length || !cells.every(c => c.value.eq(cells[0].value))) continue;
    if (cands.some(b => b.boleh.some(x => n.value.eq(x)))) continue;
    const b = cands[0];
    const cell = cells[0];
    const word = field === 'pagu' ? 'pagu' : field === 'target' ? 'target' : rupiah ? 'realisasi anggaran' : 'realisasi';
    const shown = rupiah ? `Rp ${formatId(n.value)}` : formatId(n.value);
    const table = rupiah ? `Rp ${formatId(cell.value)}` : formatId(cell.value);
    tambah(
      k,
      finding(
        'narasi_selisih',
        'warning',
        k.at,
        n.raw,
        plain(cell.value),
        `Teks menyebut ${word} ${shown} untuk “${pendek(b.label)}” padahal tabel mencatat ${table}.`,
        [ref(cell.sheet, cell.addr, k.at.sheet)],
      ),
    );
  }
}

/** "(realisasi 3 / target 4)" for messages, from the row's cells as the workbook shows them. */
function rumus(b: Baris, budget: boolean): string {
  const c = b.rv.cells;
  if (budget) {
    return isNum(c.realisasi) && isNum(c.pagu) ? ` (realisasi ${c.realisasi.display} / pagu ${c.pagu.display})` : '';
  }
  return isNum(c.realisasi) && isNum(c.target) ? ` (realisasi ${c.realisasi.display} / target ${c.target.display})` : '';
}

function kategori(k: Konteks, text: string, subject: Baris[]): void {
  const cands = subject.filter(b => b.capaian);
  if (!cands.length) return;
  const bands = cands.map(b => classify(k.ctx.scale, roundHalfUp(b.capaian!.value, 2)).label);
  if (bands.some(x => x === undefined) || new Set(bands).size !== 1) return;
  const band = bands[0]!;
  const labels = [...new Set(k.ctx.scale.bands.map(b => b.label))].sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  for (const label of labels) {
    const re = new RegExp(`(?<![\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'giu');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const before = text.slice(Math.max(0, start - 60), start).toLowerCase();
      // Only a word said to be the kategori/predikat, and not the mutu grade of a survey or an evaluation.
      if (!/(kategori|predikat)(\s+(kinerja|capaian))?\s*[“"'*(]*\s*$/.test(before)) continue;
      if (/\b(mutu|skm|sakip|lke|akip|lhe)\b/.test(before)) continue;
      if (sameKategori(m[0], band)) continue;
      const b = cands[0];
      tambah(
        k,
        finding(
          'narasi_selisih',
          'warning',
          k.at,
          m[0],
          band,
          `Teks menyebut kategori “${m[0]}” untuk “${pendek(b.label)}” padahal capaian ${formatId(roundHalfUp(b.capaian!.value, 2), 2)}% termasuk “${band}” menurut ${k.ctx.scaleSource}.`,
          [ref(b.capaian!.sheet, b.capaian!.cell, k.at.sheet)],
        ),
      );
    }
  }
}

function tahunSalah(k: Konteks, text: string, lower: string, nums: AngkaTeks[], subject: Baris[], tahun: number): void {
  const b = subject[0];
  const label = pendek(b.label);
  const related = [ref(b.tv.table.sheet, b.capaian?.cell ?? b.serapan!.cells[0], k.at.sheet)];
  const report = (y: number, message: string) =>
    tambah(k, finding('narasi_selisih', 'warning', k.at, String(y), String(tahun), message, related));

  // "tahun ini (2020)", "tahun ini, yaitu 2020"
  for (const m of lower.matchAll(/tahun\s+ini\s*[,(:]?\s*(?:yaitu|yakni)?\s*(?:tahun\s+)?((?:19|20)\d\d)(?!\d)/g)) {
    const y = Number(m[1]);
    if (y !== tahun) report(y, `Teks menyebut “tahun ini” sebagai Tahun ${y} untuk “${label}” padahal tabel melaporkan Tahun ${tahun}.`);
  }
  // A comparison with a year after the reporting year: the earlier year was meant.
  for (const m of lower.matchAll(/\b(?:dibandingkan|dibanding|daripada)\b[^.;]{0,60}?\btahun\s+((?:19|20)\d\d)(?!\d)/g)) {
    const y = Number(m[1]);
    if (y > tahun) report(y, `Teks membandingkan “${label}” dengan Tahun ${y}, padahal tabel melaporkan Tahun ${tahun}; tahun pembanding seharusnya sebelum ${tahun}.`);
  }
  // "… Tahun 2020 sebesar Rp 32.615.000" where that amount (or percentage) is this year's figure of the row.
  if (/\b(dibandingkan|dibanding|sebelumnya|tahun lalu|sama dengan|daripada)\b/.test(lower)) return;
  nums.forEach((n, i) => {
    if (!n.year || n.value.eq(tahun) || !/tahun(\s+anggaran)?\s*$/.test(lower.slice(Math.max(0, n.start - 16), n.start))) return;
    const next = nums[i + 1];
    if (!next || !/^\s*(adalah\s+)?(sebesar|sebanyak|yaitu|:)?\s*(rp\.?\s*)?$/.test(lower.slice(n.end, next.start))) return;
    if (!(next.percent || (next.value.gte(1000000) && !next.year))) return;
    const y = n.value.toNumber();
    const thisYear = subject.some(s => s.kini.some(x => (next.percent ? cocok(next, x) : next.value.eq(x))));
    const thatYear = subject.some(s => (s.lalu.get(y) ?? []).some(x => (next.percent ? cocok(next, x) : next.value.eq(x))));
    if (thisYear && !thatYear) {
      report(y, `Teks menyebut angka ${next.raw}${next.percent ? '%' : ''} sebagai angka Tahun ${y} untuk “${label}”, padahal angka tersebut adalah angka Tahun ${tahun} pada tabel.`);
    }
  });
  void text;
}
