import type { RowValues, TableValues, ValueCell } from '../../layout/table-values';
import { jumlahRincian } from '../anggaran';
import { Dec, HUNDRED, plain } from '../decimal';
import { formatId, formatRupiah, parseNumberText } from '../number';
import type { Finding } from '../../model/report';
import { matchesStated } from '../rounding';
import { finding, type CheckRule } from './context';
import { isNumber } from '../../layout/table-values';

/**
 * rincian_selisih: in a DPA rincian belanja table (Koefisien | Satuan | Harga | PPN | Jumlah), a line
 * whose jumlah differs from koefisien × harga (+ PPN %). Rupiah are exact; a jumlah written with
 * fewer decimals than the exact product is fine when it is that product rounded or truncated.
 * A koefisien typed as "2 Orang x 12 Bulan" is the product of its numbers. A PPN above 100 is read as
 * an amount in rupiah added to the line, not a percentage.
 */
export const rincianSelisih: CheckRule = ctx => {
  const out: Finding[] = [];
  for (const tv of ctx.tables) {
    const cols = tv.table.columns;
    if (tv.table.kind !== 'dpa' || !cols.koefisien || !cols.harga || !cols.jumlah) continue;
    for (const rv of tv.rows) {
      if (rv.row.kind === 'total' || rv.row.kind === 'average') continue;
      const f = checkLine(tv, rv);
      if (f) out.push(f);
    }
  }
  return out;
};

/** Koefisien as a number: a numeric cell, or the product of the numbers in "2 Orang x 12 Bulan". */
export function koefisienValue(c: ValueCell | undefined, tv?: TableValues): Dec | undefined {
  if (!c) return undefined;
  if (isNumber(c) && !c.percent) return c.value;
  const text = c.text || (c.status === 'text' || c.status === 'ambiguous' ? c.display : '');
  if (!text || !/\d/.test(text)) return undefined;
  const parts = text.split(/\s*(?:[x×*]|\bkali\b)\s*(?=\d)/i);
  let product = new Dec(1);
  let any = false;
  for (const part of parts) {
    const m = /\d[\d.,]*/.exec(part);
    if (!m) return undefined;
    const p = parseNumberText(m[0].replace(/[.,]$/, ''), tv?.conventions.koefisien);
    if (!p.ok) return undefined;
    product = product.times(p.value);
    any = true;
  }
  return any ? product : undefined;
}

function checkLine(tv: TableValues, rv: RowValues): Finding | undefined {
  const k = rv.cells.koefisien;
  const h = rv.cells.harga;
  const j = rv.cells.jumlah;
  if (!isNumber(h) || !isNumber(j) || h.percent || j.percent) return undefined;
  const koef = koefisienValue(k, tv);
  if (koef === undefined) return undefined;
  const ppnCell = rv.cells.ppn;
  let ppnPersen: Dec | undefined;
  let ppnAmount: Dec | undefined;
  if (isNumber(ppnCell)) {
    if (ppnCell.percent || ppnCell.value.lte(HUNDRED)) ppnPersen = ppnCell.value;
    else ppnAmount = ppnCell.value;
  }
  let exact = jumlahRincian(koef, h.value, ppnPersen);
  if (ppnAmount) exact = exact.plus(ppnAmount);
  if (exact.eq(j.value) || matchesStated(j.value, j.decimals, exact)) return undefined;
  const ppnText = ppnPersen && !ppnPersen.isZero() ? ` + PPN ${formatId(ppnPersen)}%` : ppnAmount ? ` + PPN ${formatRupiah(ppnAmount)}` : '';
  const message = `Jumlah rincian tertulis ${formatRupiah(j.value)}, padahal koefisien ${formatId(koef)} × harga ${formatRupiah(h.value)}${ppnText} = ${formatRupiah(exact)}.`;
  const related = [k?.addr, h.addr, ppnCell && isNumber(ppnCell) ? ppnCell.addr : undefined].filter((x): x is string => !!x);
  return finding('rincian_selisih', 'error', { sheet: j.sheet, addr: j.addr }, j.display, plain(exact), message, related);
}
