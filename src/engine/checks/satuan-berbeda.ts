import type { RowValues, ValueCell } from '../../layout/table-values';
import type { Finding } from '../../model/report';
import { finding, ref, type CheckRule } from './context';
import { isNumber } from '../../layout/table-values';
import { indicatorText, matchIndicators, shortName } from './target-berbeda';

/**
 * satuan_berbeda:
 * - the same indicator (matched as for target_berbeda) has one satuan in the PK and another in a
 *   realisation table ("Buah" against "Kelompok"); reported on the realisation target cell, related
 *   = the PK target and satuan cells and the row's own satuan cell;
 * - in one row, target and realisasi are typed with different units ("2 Lembar" against
 *   "2 Dokumen"); reported on the realisasi cell, related = the target cell.
 * Units are compared after normalising case, abbreviations (org = orang, dok = dokumen, eksp =
 * eksemplar, bln = bulan …) and reduplicated plurals ("orang-orang"). A missing unit on either side,
 * or a bare percent format, is not a difference.
 */

const ABBREVIATIONS: Record<string, string> = {
  org: 'orang',
  orng: 'orang',
  orang: 'orang',
  jiwa: 'jiwa',
  dok: 'dokumen',
  doc: 'dokumen',
  dokumen: 'dokumen',
  document: 'dokumen',
  keg: 'kegiatan',
  kgt: 'kegiatan',
  kegiatan: 'kegiatan',
  eks: 'eksemplar',
  eksp: 'eksemplar',
  eksm: 'eksemplar',
  exp: 'eksemplar',
  expl: 'eksemplar',
  eksemplar: 'eksemplar',
  exemplar: 'eksemplar',
  examplar: 'eksemplar',
  bln: 'bulan',
  bl: 'bulan',
  bulan: 'bulan',
  thn: 'tahun',
  th: 'tahun',
  tahun: 'tahun',
  hr: 'hari',
  hari: 'hari',
  mgg: 'minggu',
  psg: 'pasang',
  pasang: 'pasang',
  pkt: 'paket',
  paket: 'paket',
  lbr: 'lembar',
  lembar: 'lembar',
  bh: 'buah',
  buah: 'buah',
  lap: 'laporan',
  lapr: 'laporan',
  lpr: 'laporan',
  laporan: 'laporan',
  rek: 'rekening',
  rekening: 'rekening',
  kl: 'kali',
  x: 'kali',
  kali: 'kali',
  jns: 'jenis',
  jenis: 'jenis',
  unt: 'unit',
  unit: 'unit',
  klp: 'kelompok',
  kelompok: 'kelompok',
  ds: 'desa',
  desa: 'desa',
  persen: '%',
  prosen: '%',
  percent: '%',
  pct: '%',
};

/** A unit in a comparable form: "Org/Bln" → "orang/bulan", "Dokumen" → "dokumen". */
export function normUnit(s: string): string {
  return s
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split('/')
    .map(part =>
      part
        .replace(/[^a-z%-]+/g, ' ')
        .trim()
        .split(/\s+/)
        .map(w => (/^([a-z]+)-\1$/.exec(w)?.[1] ?? w).replace(/-/g, ''))
        .filter(Boolean)
        .map(w => ABBREVIATIONS[w] ?? w)
        .join(' '),
    )
    .filter(Boolean)
    .join('/');
}

/** The unit of an indicator row: its Satuan column, or the unit typed with the target ("10 buah"). */
function unitOf(rv: RowValues): { text: string; cell?: ValueCell } | undefined {
  const satuan = rv.cells.satuan;
  if (satuan && satuan.text && !/^\d+([.,]\d+)?$/.test(satuan.text)) return { text: satuan.text, cell: satuan };
  const t = rv.cells.target;
  if (t && t.unit) return { text: t.unit };
  return undefined;
}

export const satuanBerbeda: CheckRule = ctx => {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const m of matchIndicators(ctx)) {
    const own = unitOf(m.real);
    const pk = unitOf(m.pk);
    if (!own || !pk) continue;
    const a = normUnit(own.text);
    const b = normUnit(pk.text);
    if (!a || !b || a === b) continue;
    const at = m.real.cells.target && m.real.cells.target.status !== 'empty' ? m.real.cells.target : own.cell || m.real.cells.target;
    if (!at) continue;
    const related: string[] = [];
    const pkTarget = m.pk.cells.target;
    if (pkTarget) related.push(ref(pkTarget.sheet, pkTarget.addr, at.sheet));
    if (pk.cell && pk.cell !== pkTarget) related.push(ref(pk.cell.sheet, pk.cell.addr, at.sheet));
    if (own.cell && own.cell !== at) related.push(ref(own.cell.sheet, own.cell.addr, at.sheet));
    const name = shortName(indicatorText(m.real));
    const pkWhere = pkTarget ? ` (${ref(pkTarget.sheet, pkTarget.addr, at.sheet)})` : '';
    const message = `Satuan indikator "${name}" tertulis "${own.text}", berbeda dengan satuan pada Perjanjian Kinerja${pkWhere} "${pk.text}".`;
    seen.add(`${at.sheet}!${at.addr}`);
    out.push(finding('satuan_berbeda', 'warning', { sheet: at.sheet, addr: at.addr }, own.text, '', message, related));
  }
  // Target and realisasi of one row typed with different units.
  for (const tv of ctx.tables) {
    for (const rv of tv.rows) {
      if (rv.row.kind !== 'data') continue;
      const t = rv.cells.target;
      const r = rv.cells.realisasi;
      if (!isNumber(t) || !isNumber(r) || !t.unit || !r.unit) continue;
      const a = normUnit(t.unit);
      const b = normUnit(r.unit);
      if (!a || !b || a === b || seen.has(`${r.sheet}!${r.addr}`)) continue;
      const name = shortName(indicatorText(rv));
      const message = `Satuan realisasi "${name}" tertulis "${r.unit}", berbeda dengan satuan targetnya "${t.unit}".`;
      out.push(finding('satuan_berbeda', 'warning', { sheet: r.sheet, addr: r.addr }, r.display, '', message, [t.addr]));
    }
  }
  return out;
};
