/**
 * A table the user marked by hand: a range of the sheet, its kind and its column roles, taken as said. Nothing
 * here throws: every part that cannot be used is dropped with an Indonesian sentence saying why.
 */
import { lexicon } from '../lexicon';
import type { TableKind } from '../model/report';
import type { TableCorrection } from '../model/table-correction';
import { columnLetter, columnNumber, parseRange, rangeA1, type Area } from '../model/address';
import { lastCol, lastRow, type SheetGrid } from '../model/grid';
import { readBody } from './body';
import type { ColumnMapping, RecognisedTable } from '../model/recognition';
import { SheetView } from './sheet-view';


export const TABLE_KINDS: TableKind[] = ['dpa', 'perjanjian_kinerja', 'realisasi_kinerja', 'realisasi_anggaran', 'efisiensi'];

const MAX_HEADER_ROWS = 10;

/**
 * Roles the engine and the pane know. A role may carry a year ('target_2022') or a quarter ('realisasi_tw3');
 * anything else would be carried along without ever being read, so it is refused.
 */
const KNOWN_ROLES = new Set([
  'no', 'kode', 'sasaran', 'program', 'kegiatan', 'indikator', 'uraian', 'tahun', 'satuan', 'target', 'realisasi',
  'capaian', 'kategori', 'pagu', 'pagu_murni', 'persen', 'sisa', 'persen_sisa', 'selisih', 'persen_selisih', 'lebih',
  'target_kas', 'target_fisik', 'fisik', 'serapan', 'efisiensi', 'koefisien', 'harga', 'ppn', 'jumlah',
  'sumber_dana', 'keterangan', 'deviasi', 'perubahan', 'rak', 'realisasi_anggaran',
]);

/** Roles whose values are percentages whatever the header says. */
const PERCENT_ROLES = new Set(['capaian', 'persen', 'persen_sisa', 'persen_selisih', 'serapan', 'efisiensi']);

export function isKnownRole(role: string): boolean {
  const base = role.replace(/_(\d{4}|tw[1-4])$/, '');
  return KNOWN_ROLES.has(base);
}

/** The area a recognised table covers, header rows included. */
export function tableArea(t: RecognisedTable): Area {
  return { top: Math.min(t.headerRows[0] ?? t.bodyTop, t.bodyTop), left: t.left, bottom: t.bodyBottom, right: t.right };
}

export interface MarkedResult {
  /** Where the marking applies (even when no table could be built from it, e.g. an ignored range). */
  area?: Area;
  table?: RecognisedTable;
  /** Why parts of the marking, or all of it, were not used. */
  notices: string[];
}

/**
 * Builds the table the user marked. `replaced` are the recognised tables the range overlaps: when the marking
 * names no usable kind, the kind of the table it replaces is kept.
 */
export function markedTable(c: TableCorrection, sheet: SheetGrid | undefined, replaced: RecognisedTable[] = []): MarkedResult {
  const where = `Tabel yang ditandai di lembar "${c.sheet}" (${c.range})`;
  if (!sheet) return { notices: [`${where} diabaikan: lembar itu tidak ada di buku kerja.`] };
  const given = parseRange(c.range ?? '');
  if (!given) return { notices: [`${where} diabaikan: "${c.range}" bukan rentang sel yang sah, contoh yang benar "B4:H20".`] };
  const notes: string[] = [];
  // Only cells that hold something can belong to a table: a range running past the data (a whole column) is cut.
  const dataBottom = lastRow(sheet);
  const dataRight = lastCol(sheet);
  if (given.top > dataBottom || given.left > dataRight) {
    return { notices: [`${where} diabaikan: rentang itu berada di luar sel yang berisi data di lembar tersebut.`] };
  }
  const area: Area = { ...given, bottom: Math.min(given.bottom, dataBottom), right: Math.min(given.right, dataRight) };
  if (area.bottom < given.bottom || area.right < given.right) {
    notes.push(`rentang dipotong menjadi ${rangeA1(area.top, area.left, area.bottom, area.right)}, batas sel yang berisi data`);
  }
  if (c.ignore) return { area, notices: [] };

  let headerCount = c.headerRows ?? 1;
  if (!Number.isInteger(headerCount) || headerCount < 1 || headerCount > MAX_HEADER_ROWS) {
    notes.push(`jumlah baris judul ${String(c.headerRows)} tidak sah, dipakai 1 baris judul`);
    headerCount = 1;
  }
  const bodyTop = area.top + headerCount;
  if (bodyTop > area.bottom) {
    return { area, notices: [`${where} diabaikan: setelah ${headerCount} baris judul tidak ada baris isi; pilih rentang yang mencakup baris datanya.`] };
  }

  let kind = TABLE_KINDS.find(k => k === c.kind);
  if (!kind) {
    kind = replaced[0]?.kind;
    if (!kind) {
      return { area, notices: [`${where} diabaikan: jenis tabel ${c.kind ? `"${c.kind}" tidak dikenal` : 'belum dipilih'}; pilihan: ${TABLE_KINDS.join(', ')}.`] };
    }
    notes.push(`jenis tabel ${c.kind ? `"${c.kind}" tidak dikenal` : 'tidak disebut'}, dipakai jenis yang dikenali: ${kind}`);
  }

  const view = new SheetView(sheet);
  const headerRows: number[] = [];
  for (let r = area.top; r < bodyTop; r++) headerRows.push(r);
  const columns: Record<string, ColumnMapping> = {};
  for (const [role, raw] of Object.entries(c.columns ?? {})) {
    const letter = String(raw ?? '').trim().toUpperCase();
    if (!letter) continue;
    if (!isKnownRole(role)) {
      notes.push(`peran "${role}" tidak dikenal, kolom ${letter} diabaikan`);
      continue;
    }
    const col = /^[A-Z]{1,3}$/.test(letter) ? columnNumber(letter) : NaN;
    if (!(col >= area.left && col <= area.right)) {
      notes.push(`kolom ${letter} untuk peran ${role} di luar rentang ${columnLetter(area.left)}–${columnLetter(area.right)}, diabaikan`);
      continue;
    }
    const taken = Object.entries(columns).find(([, m]) => m.col === col);
    if (taken) {
      notes.push(`kolom ${letter} sudah berperan ${taken[0]}, peran ${role} diabaikan`);
      continue;
    }
    const header = headerRows.map(r => view.headerText(r, col)).filter(Boolean).join(' / ');
    columns[role] = {
      col,
      header: header || `kolom ${letter}`,
      reason: 'ditandai pengguna',
      score: 1,
      percentHeader: PERCENT_ROLES.has(role.replace(/_(\d{4}|tw[1-4])$/, '')) || lexicon.percentHeader.test(header.toLowerCase()),
    };
  }
  if (!Object.keys(columns).length) {
    return { area, notices: [`${where} diabaikan: tidak ada peran kolom yang dapat dipakai${notes.length ? ` (${notes.join('; ')})` : ''}.`] };
  }

  const rows = readBody({ view, top: bodyTop, bottom: area.bottom, left: area.left, right: area.right, columns });
  if (!rows.some(r => r.kind === 'data')) notes.push('tidak ada baris data berisi angka pada kolom yang diberi peran');
  const table: RecognisedTable = {
    id: `${sheet.name}!${rangeA1(area.top, area.left, area.bottom, area.right)}`,
    sheet: sheet.name,
    kind,
    altKinds: [],
    headerRows,
    bodyTop,
    bodyBottom: area.bottom,
    left: area.left,
    right: area.right,
    columns,
    rows,
    confidence: 1,
    notes: ['ditandai pengguna', ...notes],
  };
  return { area, table, notices: [] };
}
