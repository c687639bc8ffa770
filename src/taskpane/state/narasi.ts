/**
 * The run's Bab III paragraphs arranged for reading and copying: by sheet (in the order the run wrote them),
 * then by kind (indikator, sasaran, program/anggaran, efisiensi), each kind keeping the paragraphs' own order.
 * Only a type comes from the engine, so the pane's first load stays free of it.
 */
import type { NarasiParagraph } from '../../engine/narasi/generate';

export type NarasiKind = NarasiParagraph['kind'];

/** The kinds shown together under one heading, in reading order. */
export type NarasiGroupId = 'indikator' | 'sasaran' | 'anggaran' | 'efisiensi';

export const NARASI_GROUPS: { id: NarasiGroupId; label: string }[] = [
  { id: 'indikator', label: 'Capaian indikator' },
  { id: 'sasaran', label: 'Capaian sasaran' },
  { id: 'anggaran', label: 'Program dan anggaran' },
  { id: 'efisiensi', label: 'Efisiensi' },
];

/** Every kind the engine writes (a new one fails to compile here until it is given a heading). */
export const GROUP_OF_KIND: Record<NarasiKind, NarasiGroupId> = {
  indikator: 'indikator',
  sasaran: 'sasaran',
  rata_rata: 'sasaran',
  anggaran: 'anggaran',
  efisiensi: 'efisiensi',
};

export interface NarasiKindGroup {
  id: NarasiGroupId;
  label: string;
  paragraphs: NarasiParagraph[];
}

export interface NarasiSheetGroup {
  sheet: string;
  count: number;
  groups: NarasiKindGroup[];
}

/** Groups paragraphs by sheet, then by kind; an unknown kind reads as an indikator paragraph. */
export function groupNarasi(paragraphs: readonly NarasiParagraph[]): NarasiSheetGroup[] {
  const sheets: string[] = [];
  const bySheet = new Map<string, Map<NarasiGroupId, NarasiParagraph[]>>();
  for (const p of paragraphs) {
    let kinds = bySheet.get(p.sheet);
    if (!kinds) {
      kinds = new Map();
      bySheet.set(p.sheet, kinds);
      sheets.push(p.sheet);
    }
    const id = (GROUP_OF_KIND as Record<string, NarasiGroupId | undefined>)[p.kind] ?? 'indikator';
    const list = kinds.get(id);
    if (list) list.push(p);
    else kinds.set(id, [p]);
  }
  return sheets.map(sheet => {
    const kinds = bySheet.get(sheet)!;
    const groups = NARASI_GROUPS.filter(g => kinds.has(g.id)).map(g => ({ id: g.id, label: g.label, paragraphs: kinds.get(g.id)! }));
    return { sheet, count: groups.reduce((n, g) => n + g.paragraphs.length, 0), groups };
  });
}

/** The paragraphs of `sheets` in the order they are shown. */
export function shownOrder(sheets: readonly NarasiSheetGroup[]): NarasiParagraph[] {
  return sheets.flatMap(s => s.groups.flatMap(g => g.paragraphs));
}

/** Paragraphs as one text for the clipboard: each trimmed, separated by a blank line; empty ones left out. */
export function joinParagraphs(paragraphs: readonly Pick<NarasiParagraph, 'text'>[]): string {
  return paragraphs
    .map(p => p.text.trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A paragraph as the pane shows it: "Rp" keeps to the line of its amount (a no-break space). For display
 * only; "Salin" copies the paragraph's own text.
 */
export function displayText(text: string): string {
  return text.replace(/\bRp (?=[\d-])/g, 'Rp\u00a0');
}

/** Stable key of a paragraph: a row may have several (an indikator and its sasaran), of different kinds. */
export function narasiKey(p: Pick<NarasiParagraph, 'sheet' | 'tableId' | 'row' | 'kind' | 'cell'>): string {
  return `${p.tableId}#${p.sheet}!${p.cell}@${p.row}:${p.kind}`;
}

/** "Capaian Kinerja!E21", as the Narasi sheet's Sumber column shows it. */
export function sourceRef(p: Pick<NarasiParagraph, 'sheet' | 'cell'>): string {
  return `${p.sheet}!${p.cell}`;
}
