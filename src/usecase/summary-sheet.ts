import { classify, type KategoriScale, type ScaleBand } from '../engine/kategori';
import type { ComputedValue } from '../engine/compute';
import { Dec } from '../engine/decimal';
import { EFISIENSI_DEFINITIONS, type EfisiensiDefinition } from '../engine/efisiensi';
import { serapan, sisa } from '../engine/anggaran';
import { summaryLevel, type RowValues, type TableValues, type ValueCell } from '../layout/table-values';
import { columnNumber, sheetRef } from '../model/address';
import { OWN_SHEET_TITLES, type PlannedCell, type SheetWrite } from '../model/write-plan';
import type { Evaluation } from './check';
import type { RunSettings } from './settings';

/** Name of the print-ready summary sheet. */
export const SUMMARY_SHEET = 'Ringkasan Capaian';
export const FMT_RUPIAH = '#,##0';
export const FMT_PERSEN = '0.00';
/** Says the sheet's numbers are live formulas: true in the workbook, left out of the exported copy. */
export const LIVE_FORMULA_NOTE = 'Angka pada lembar ini adalah rumus yang merujuk ke sel sumber; bila angka sumber diubah, ringkasan ikut berubah.';

/** A Dec as the number cached in a formula cell (for viewers that do not recalculate). */
export const num = (x: Dec): number => x.toNumber();

/** A numeric cell we may reference live: a real number in the workbook, not text that looks like one. */
export function isLive(vc: ValueCell | undefined): vc is ValueCell & { value: Dec } {
  return !!vc && vc.status === 'number' && !!vc.value && !vc.fromText;
}

/**
 * A reference to a source cell that yields the number the reader sees: a percent-formatted cell holds
 * 0,9205 for 92,05%, so it is multiplied by 100. `sheet` prefixes the reference for other sheets.
 */
export function sourceRef(vc: ValueCell, sheet?: string): string {
  const ref = sheet ? `${sheetRef(sheet)}!${vc.addr}` : vc.addr;
  return vc.percent ? `(${ref}*100)` : ref;
}

/** Live capaian formula from the cells holding target and realisasi (already in "as seen" units). */
export function capaianFormula(target: string, realisasi: string, polarity: 'positif' | 'negatif' | undefined): string {
  return polarity === 'negatif' ? `IFERROR((2-${realisasi}/${target})*100,"")` : `IFERROR(${realisasi}/${target}*100,"")`;
}

/** Finds the ValueCell behind an address of a table (a ComputedValue's cell or inputs). */
export interface CellIndex {
  get(addr: string): ValueCell | undefined;
}

/**
 * The cells of a table by address, looked up through the row: a map of every cell by its address text
 * cost seconds on a 100,000-row table. As with such a map, the last cell at an address wins.
 */
export function cellIndex(tv: TableValues): CellIndex {
  const byRow = new Map<number, RowValues>();
  for (const rv of tv.rows) byRow.set(rv.row.row, rv);
  return {
    get(addr: string): ValueCell | undefined {
      const m = /^([A-Z]{1,3})(\d+)$/.exec(addr);
      const rv = m ? byRow.get(Number(m[2])) : undefined;
      if (!rv) return undefined;
      const col = columnNumber(m![1]);
      let found: ValueCell | undefined;
      for (const role in rv.cells) if (rv.cells[role].col === col) found = rv.cells[role];
      return found;
    },
  };
}

/** Nested IF over the scale's bands, highest lower edge first; a value in a gap falls to the nearest band below. */
export function kategoriFormula(scale: KategoriScale, ref: string): string | undefined {
  if (!scale.bands.length) return undefined;
  const withMin = scale.bands.filter((b): b is ScaleBand & { min: Dec } => b.min !== undefined);
  withMin.sort((a, b) => {
    const c = b.min.cmp(a.min);
    if (c !== 0) return c;
    return (a.minInclusive ? 1 : 0) - (b.minInclusive ? 1 : 0);
  });
  const unboundedBelow = scale.bands.find(b => b.min === undefined);
  const lowest = unboundedBelow || withMin[withMin.length - 1];
  const chain = withMin.filter(b => b !== lowest);
  let f = `"${lowest.label.replace(/"/g, '""')}"`;
  for (let i = chain.length - 1; i >= 0; i--) {
    const b = chain[i];
    f = `IF(${ref}${b.minInclusive ? '>=' : '>'}${b.min.toFixed()},"${b.label.replace(/"/g, '""')}",${f})`;
  }
  return `IF(${ref}="","",${f})`;
}

const head = (t: string): PlannedCell => ({ value: t, bold: true, fill: 'FFD9E1F2', wrap: true });
const link = (sheet: string, addr: string): PlannedCell => ({ value: addr, link: `${sheetRef(sheet)}!${addr}` });

const KIND_TITLE: Record<string, string> = {
  realisasi_kinerja: 'Realisasi Kinerja',
  realisasi_anggaran: 'Realisasi Anggaran',
  efisiensi: 'Efisiensi',
};

/** The value a reader sees in a source cell: live reference, else the engine's number, else the text. */
function sourceCell(vc: ValueCell | undefined, sheet: string, fmt?: string): PlannedCell {
  if (!vc) return {};
  if (isLive(vc)) return { formula: sourceRef(vc, sheet), value: num(vc.value), numFmt: fmt };
  if (vc.status === 'number' && vc.value) return { value: num(vc.value), numFmt: fmt };
  return { value: vc.text || vc.display || null };
}

/**
 * "Ringkasan Capaian": a print-ready summary per table, every number a live formula on its source cell,
 * so the summary follows the workbook when the user corrects a figure.
 */
export function summarySheet(ev: Evaluation, settings: RunSettings, now: Date): SheetWrite {
  const def = EFISIENSI_DEFINITIONS[settings.efisiensi as EfisiensiDefinition];
  const rows: PlannedCell[][] = [
    [{ value: OWN_SHEET_TITLES[0], bold: true }],
    [{ value: `Buku kerja: ${ev.report.workbook}` }],
    [{ value: `Tanggal penghitungan: ${now.toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric' })}` }],
    [{ value: `Skala kategori: ${ev.scaleSource}` }],
    [{ value: `Definisi efisiensi: ${def.name} (${def.formula})` }],
    [{ value: LIVE_FORMULA_NOTE }],
    [],
  ];
  const r = () => rows.length + 1; // 1-based row of the next pushed row
  let sections = 0;
  for (const tv of ev.tables) {
    const t = tv.table;
    if (!KIND_TITLE[t.kind]) continue;
    const values = ev.computed.values.filter(v => v.tableId === t.id);
    const cells = cellIndex(tv);
    const title = `${KIND_TITLE[t.kind]} — lembar "${t.sheet}"${t.title ? `: ${t.title}` : ''}`;
    const before = rows.length;
    if (t.kind === 'realisasi_kinerja') kinerjaSection(ev, tv, values, cells, rows, r, title, settings.capSebelumRataRata !== null);
    else if (t.kind === 'realisasi_anggaran') anggaranSection(tv, rows, r, title);
    else efisiensiSection(settings, tv, values, cells, rows, r, title);
    if (rows.length > before) {
      rows.push([]);
      sections++;
    }
  }
  if (!sections) rows.push([{ value: 'Tidak ada tabel realisasi kinerja, realisasi anggaran atau efisiensi yang dikenali.' }]);
  return {
    name: SUMMARY_SHEET,
    rows,
    columnWidths: [6, 60, 18, 18, 14, 20, 30],
    freezeRows: 1,
    landscape: true,
  };
}

function kinerjaSection(ev: Evaluation, tv: TableValues, values: ComputedValue[], cells: CellIndex, rows: PlannedCell[][], r: () => number, title: string, capped: boolean): void {
  const main = values.filter(v => (v.metric === 'capaian_kinerja' || v.metric === 'rata_rata_capaian') && v.role === 'capaian');
  if (!main.length) return;
  rows.push([{ value: title, bold: true }]);
  rows.push(['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori', 'Sel sumber'].map(head));
  const rowOfStated = new Map<string, number>();
  let no = 0;
  for (const v of main) {
    const at = r();
    const rv = tv.rows.find(x => x.index === v.rowIndex);
    const label = (rv && (rv.row.label || rv.cells.indikator?.text)) || '';
    const E = `E${at}`;
    let capaian: PlannedCell;
    let target: PlannedCell = {};
    let realisasi: PlannedCell = {};
    if (v.metric === 'rata_rata_capaian') {
      const refs = v.inputs.map(c => rowOfStated.get(c));
      const live = refs.every(x => x !== undefined) && refs.length > 0 && !capped;
      capaian = live
        ? { formula: `IFERROR(AVERAGE(${refs.map(x => `E${x}`).join(',')}),"")`, value: num(v.value), numFmt: FMT_PERSEN, bold: true }
        : { value: num(v.value), numFmt: FMT_PERSEN, bold: true };
    } else {
      const tc = cells.get(v.inputs[0]);
      const rc = cells.get(v.inputs[1]);
      target = sourceCell(tc, tv.table.sheet);
      realisasi = sourceCell(rc, tv.table.sheet);
      capaian = isLive(tc) && isLive(rc)
        ? { formula: capaianFormula(`C${at}`, `D${at}`, v.polarity), value: num(v.value), numFmt: FMT_PERSEN }
        : { value: num(v.value), numFmt: FMT_PERSEN };
      rowOfStated.set(v.cell, at);
    }
    const k = classify(ev.scale, v.value.toDecimalPlaces(2));
    const kf = kategoriFormula(ev.scale, E);
    const kategori: PlannedCell = kf && k.label !== undefined ? { formula: kf, value: k.label } : { value: k.label ?? '' };
    rows.push([
      { value: v.metric === 'rata_rata_capaian' ? null : ++no },
      { value: v.metric === 'rata_rata_capaian' ? 'Rata-rata capaian' : label, wrap: true, bold: v.metric === 'rata_rata_capaian' },
      target,
      realisasi,
      capaian,
      kategori,
      link(tv.table.sheet, v.cell),
    ]);
  }
}

function anggaranSection(tv: TableValues, rows: PlannedCell[][], r: () => number, title: string): void {
  const inSummary = summaryLevel(tv);
  const lines = tv.rows.filter(rv => (rv.row.kind === 'data' || rv.row.kind === 'total' || rv.row.kind === 'group')
    && inSummary(rv) && rv.cells.pagu?.status === 'number' && rv.cells.realisasi?.status === 'number');
  if (!lines.length) return;
  rows.push([{ value: title, bold: true }]);
  rows.push(['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Sisa (Rp)', 'Sel sumber'].map(head));
  let no = 0;
  for (const rv of lines) {
    const at = r();
    const p = rv.cells.pagu;
    const q = rv.cells.realisasi;
    const bold = rv.row.kind !== 'data';
    const label = [rv.row.code, rv.row.label || rv.cells.uraian?.text || ''].filter(Boolean).join(' ');
    const s = serapan(q.value!, p.value!);
    const live = isLive(p) && isLive(q);
    const ser: PlannedCell = s.ok
      ? (live ? { formula: `IFERROR(D${at}/C${at}*100,"")`, value: num(s.value), numFmt: FMT_PERSEN, bold } : { value: num(s.value), numFmt: FMT_PERSEN, bold })
      : { value: '' };
    const sis = sisa(p.value!, q.value!);
    rows.push([
      { value: bold ? null : ++no },
      { value: label, wrap: true, bold },
      { ...sourceCell(p, tv.table.sheet, FMT_RUPIAH), bold },
      { ...sourceCell(q, tv.table.sheet, FMT_RUPIAH), bold },
      ser,
      live ? { formula: `C${at}-D${at}`, value: num(sis), numFmt: FMT_RUPIAH, bold } : { value: num(sis), numFmt: FMT_RUPIAH, bold },
      link(tv.table.sheet, p.addr),
    ]);
  }
}

function efisiensiSection(settings: RunSettings, tv: TableValues, values: ComputedValue[], cells: CellIndex, rows: PlannedCell[][], r: () => number, title: string): void {
  const effs = values.filter(v => v.metric === 'efisiensi');
  if (!effs.length) return;
  const def = EFISIENSI_DEFINITIONS[settings.efisiensi];
  rows.push([{ value: `${title} (${def.name}: ${def.formula})`, bold: true }]);
  rows.push(['No', 'Sasaran', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', settings.efisiensi === 'rasio' ? 'Efisiensi (rasio)' : 'Efisiensi (%)', 'Keterangan', 'Sel sumber'].map(head));
  let no = 0;
  for (const v of effs) {
    const at = r();
    const rv = tv.rows.find(x => x.index === v.rowIndex);
    const label = (rv && (rv.row.label || rv.cells.sasaran?.text || rv.cells.indikator?.text)) || '';
    const cap = v.inputs[0] ? cells.get(v.inputs[0]) : undefined;
    const ser = v.inputs[1] ? cells.get(v.inputs[1]) : undefined;
    const f = efisiensiFormula(settings.efisiensi, `C${at}`, `D${at}`);
    const live = f && isLive(cap) && isLive(ser);
    rows.push([
      { value: ++no },
      { value: label, wrap: true },
      sourceCell(cap, tv.table.sheet, FMT_PERSEN),
      sourceCell(ser, tv.table.sheet, FMT_PERSEN),
      live ? { formula: f!, value: num(v.value), numFmt: FMT_PERSEN } : { value: num(v.value), numFmt: FMT_PERSEN },
      cap && isLive(cap)
        ? { formula: `IF(C${at}<100,"Capaian di bawah 100%: efisiensi tidak dapat diklaim","")`, value: cap.value.lt(100) ? 'Capaian di bawah 100%: efisiensi tidak dapat diklaim' : '', wrap: true }
        : { value: cap?.value && cap.value.lt(100) ? 'Capaian di bawah 100%: efisiensi tidak dapat diklaim' : '', wrap: true },
      link(tv.table.sheet, v.cell),
    ]);
  }
}

/** Live efisiensi formula for the definitions that are cell arithmetic; undefined for the others. */
export function efisiensiFormula(def: EfisiensiDefinition, capaian: string, serapanRef: string): string | undefined {
  if (def === 'selisih') return `${capaian}-${serapanRef}`;
  if (def === 'rasio') return `IFERROR(${capaian}/${serapanRef},"")`;
  return undefined;
}
