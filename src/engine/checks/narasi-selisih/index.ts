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
import type { Finding } from '../../../model/report';
import type { RowValues } from '../../../layout/table-values';
import { a1 } from '../../../model/address';
import { sentencesInText } from '../../narasi/prose';
import type { CheckRule } from '../context';
import { proseCells } from './prose';
import { rowsSpokenOf, type TextRow } from './rows';
import { checkSentence, type SentenceScope } from './sentence';
import { subjectOf } from './subject';

export { MIN_PROSE_LENGTH } from './prose';

export const narasiSelisih: CheckRule = ctx => {
  // Most workbooks hold no prose at all: then there is nothing to index.
  const prose = ctx.workbook ? [...proseCells(ctx.workbook, ctx.tables)] : [];
  if (!prose.length && !ctx.tables.some(tv => tv.table.columns.keterangan)) return [];
  const rows = rowsSpokenOf(ctx);
  if (!rows.length) return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  const byRow = new Map<RowValues, TextRow[]>();
  for (const b of rows) byRow.set(b.rv, [...(byRow.get(b.rv) ?? []), b]);

  // Keterangan / analisis cells: their subject is their own row.
  for (const tv of ctx.tables) {
    if (!tv.table.columns.keterangan) continue;
    for (const rv of tv.rows) {
      const cell = rv.cells.keterangan;
      if (!cell || !cell.text || !/\p{L}/u.test(cell.text)) continue;
      const own = byRow.get(rv) ?? [];
      if (!own.length) continue;
      const k: SentenceScope = { ctx, at: { sheet: cell.sheet, addr: cell.addr }, out, seen };
      for (const s of sentencesInText(cell.text)) checkSentence(k, s.text, own);
    }
  }

  // Prose outside tables.
  if (ctx.workbook) {
    let last: { sheet: string; col: number; row: number; subject: TextRow[] } | undefined;
    for (const p of prose) {
      const inherit = last && last.sheet === p.sheet && last.col === p.col && p.row - last.row <= 2 ? last.subject : [];
      if (p.heading) {
        // A short heading ("➤ Fasilitasi Kunjungan Tamu") is not checked; it may name the subject of the prose below.
        last = { sheet: p.sheet, col: p.col, row: p.row, subject: subjectOf(p.text, rows).rows };
        continue;
      }
      const k: SentenceScope = { ctx, at: { sheet: p.sheet, addr: a1(p.row, p.col) }, out, seen };
      let subject = inherit;
      for (const s of sentencesInText(p.text)) {
        const own = subjectOf(s.text, rows);
        if (own.named) subject = own.rows;
        checkSentence(k, s.text, subject);
      }
      last = { sheet: p.sheet, col: p.col, row: p.row, subject };
    }
  }
  return out;
};
