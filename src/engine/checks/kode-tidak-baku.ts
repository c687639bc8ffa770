import { malformedCode } from '../../layout/codes';
import type { RowValues, TableValues } from '../../layout/table-values';
import type { Finding } from '../../model/report';
import { countId, finding, ref, type CheckRule } from './context';
import { codeCell } from './kode-ganda';

/** Rows named in the message, and cells listed in `related`. */
const FIRST_ROWS = 5;
const RELATED_CELLS = 20;

/**
 * kode_tidak_baku: codes that do not follow the Permendagri 90/2019 pattern (a part of the wrong width, see
 * malformedCode). A format habit runs through a whole table, so it is one fact: one finding per table on the
 * first such code, with the count and the first rows; `related` names the next cells.
 */
export const kodeTidakBaku: CheckRule = ctx => {
  const out: Finding[] = [];
  for (const tv of ctx.tables) {
    const bad = malformedRows(tv);
    if (!bad.length) continue;
    const coded = tv.rows.filter(rv => rv.row.code).length;
    const [first] = bad;
    const rows = bad.slice(0, FIRST_ROWS).map(b => `baris ${b.rv.row.row} (${b.code}: ${b.why})`);
    const more = bad.length > FIRST_ROWS ? `, dan ${countId(bad.length - FIRST_ROWS)} baris lain` : '';
    const share = bad.length === coded ? `Semua ${countId(coded)} kode` : `${countId(bad.length)} dari ${countId(coded)} kode`;
    const message = `${share} di tabel ini tidak sesuai format kode Permendagri 90/2019: ${rows.join('; ')}${more}.`;
    out.push(
      finding(
        'kode_tidak_baku',
        'warning',
        { sheet: first.sheet, addr: first.addr },
        first.text,
        '',
        message,
        bad.slice(1, RELATED_CELLS + 1).map(b => ref(b.sheet, b.addr, first.sheet)),
      ),
    );
  }
  return out;
};

interface Malformed {
  rv: RowValues;
  code: string;
  why: string;
  sheet: string;
  addr: string;
  text: string;
}

function malformedRows(tv: TableValues): Malformed[] {
  const out: Malformed[] = [];
  for (const rv of tv.rows) {
    const code = rv.row.code;
    if (!code) continue;
    const why = malformedCode(code);
    if (!why) continue;
    const cell = codeCell(rv, code);
    if (!cell) continue;
    out.push({ rv, code, why, sheet: cell.sheet, addr: cell.addr, text: cell.text || code });
  }
  return out;
}
