/**
 * Deciding, before the first write, the final state of every cell the earlier run or this plan touches
 * (restore, recolour or leave), so a second run replaces the first instead of stacking on it; refusing when
 * a sheet is protected, missing or a user's sheet bears one of our names; keeping what the user changed.
 * Pure: from the survey and the plan only.
 */
import { append } from '../../engine/append';
import { recordedFillArgb, recordedNoteText } from '../record-values';
import { OWN_SHEET_NAMES, RUN_RECORD_SHEET, isOwnNote, type BlockWrite, type SheetWrite, type WritePlan } from '../../model/write-plan';
import { a1, parseA1 } from '../../model/address';
import { keptSheetName } from '../kept-name';
import { WorkbookRefusal } from '../../model/workbook-port';
import { cellKey, compressCells, expandRefs, parseRect, rectA1, splitKey, toExcelColor, type CellPos, type Rect } from './cells';
import {
  foreignSheetMessage, recordVisibleMessage, sheetMissingMessage, sheetProtectedMessage, workbookProtectedMessage,
} from './errors';
import type { OfficeCapabilities } from './requirements';

import { normaliseCell, type OfficeRecord, type Survey, type NoteProbe } from './survey';

export type NoteOp =
  | { kind: 'add'; sheet: string; cell: string; text: string }
  | { kind: 'set'; sheet: string; cell: string; text: string; note: NoteProbe }
  | { kind: 'delete'; sheet: string; cell: string; note: NoteProbe };

/** Everything the write batch does, decided before the first write. */
export interface Changes {
  deleteSheets: string[];
  /** Earlier own sheets the user typed into: kept under a dated name instead of deleted. */
  renameSheets: { from: string; to: string }[];
  clearBlocks: { sheet: string; range: string }[];
  addSheets: SheetWrite[];
  blocks: BlockWrite[];
  /** Final fills: sheet → Excel colour ('#RRGGBB', or '' to clear) → cells. */
  fills: Map<string, Map<string, CellPos[]>>;
  /** Below ExcelApi 1.9: the earlier run's own conditional formats to delete, and the new ones by colour. */
  removeHighlights: Excel.ConditionalFormat[];
  highlights: Map<string, Map<string, Rect[]>>;
  notes: NoteOp[];
  /** Written first: covers both runs, so a batch that fails halfway can still be undone. */
  unionRecord: OfficeRecord | null;
  /** Written last; null means the record sheet is deleted (clear). */
  finalRecord: OfficeRecord | null;
  recordExists: boolean;
  /** What was kept for the user, in sentences for the pane and the ribbon. */
  notices: string[];
  counts: {
    cellsFilled: number;
    fillsSkipped: number;
    notesWritten: number;
    notesSkipped: number;
    fillsRestored: number;
    notesRestored: number;
  };
}

/**
 * Decides the final state of every cell the earlier run or this plan touches, and refuses (before any
 * write) when a sheet is protected, missing, or a user's sheet bears the name of one of ours.
 * `plan` null means clear: undo only, and drop the record.
 */
export function reconcile(s: Survey, caps: OfficeCapabilities, plan: WritePlan | null, now: string): Changes {
  const old = s.record;
  const p = plan ?? { sheets: [], blocks: [], fills: [], notes: [] };
  const ownNames = new Set(p.sheets.map(x => x.name));
  // Sheets a record names without proof stay the user's (kept, or moved aside when the plan needs the name).
  const unprovenSheets = new Set(old ? old.sheets.filter(n => s.unproven.has(n)) : []);
  const oldSheets = new Set(old ? old.sheets.filter(n => !unprovenSheets.has(n)) : []);
  const exists = (name: string) => s.sheets.has(name);
  // Sheets that hold user cells after the undo: they exist, and are neither ours nor the record.
  const survives = (name: string) => exists(name) && !oldSheets.has(name) && !ownNames.has(name) && name !== RUN_RECORD_SHEET;

  // --- refusals, before anything is written ---
  if (exists(RUN_RECORD_SHEET) && s.sheets.get(RUN_RECORD_SHEET)!.visibility === 'Visible') {
    throw new WorkbookRefusal(recordVisibleMessage(), 'sheet_reserved');
  }
  for (const sw of p.sheets) {
    if (sw.name === RUN_RECORD_SHEET) throw new WorkbookRefusal(foreignSheetMessage(sw.name), 'sheet_reserved');
    if (exists(sw.name) && !oldSheets.has(sw.name) && !unprovenSheets.has(sw.name)) {
      throw new WorkbookRefusal(foreignSheetMessage(sw.name), 'sheet_foreign');
    }
  }
  const targets = new Set<string>();
  for (const b of p.blocks) targets.add(b.sheet);
  for (const f of p.fills) targets.add(f.sheet);
  for (const n of p.notes) targets.add(n.sheet);
  for (const name of targets) {
    // A target must be a user sheet that survives the undo, or one of the sheets this plan creates.
    if (!survives(name) && !ownNames.has(name)) throw new WorkbookRefusal(sheetMissingMessage(name), 'sheet_missing');
  }
  const touched = new Set<string>();
  for (const name of targets) if (survives(name)) touched.add(name);
  if (old) {
    for (const b of old.blocks) if (survives(b.sheet)) touched.add(b.sheet);
    for (const k of Object.keys(old.fills)) { const { sheet } = splitKey(k); if (survives(sheet)) touched.add(sheet); }
    for (const k of Object.keys(old.notes)) { const { sheet } = splitKey(k); if (survives(sheet)) touched.add(sheet); }
  }
  if (exists(RUN_RECORD_SHEET)) touched.add(RUN_RECORD_SHEET);
  const locked = [...touched].filter(name => s.sheets.get(name)!.protected);
  if (locked.length) throw new WorkbookRefusal(sheetProtectedMessage(locked), 'sheet_protected');
  // Earlier own sheets and blocks whose content differs from what the run read back after writing hold the
  // user's typing: sheets are kept under a dated name, blocks are neither cleared nor written over.
  const fp = old && old.excel;
  const edited = (hash: string | undefined, recorded: string | undefined) => recorded !== undefined && hash !== undefined && hash !== '' && hash !== recorded;
  const notices: string[] = [];
  const taken = new Set([...s.sheets.keys(), ...ownNames]);
  const renameSheets: { from: string; to: string }[] = [];
  const keptSheets = new Set<string>();
  for (const name of old ? old.sheets.filter(n => exists(n) && n !== RUN_RECORD_SHEET) : []) {
    if (s.unproven.has(name)) {
      // Named by a record that cannot prove it: the sheet is the user's until shown otherwise.
      keptSheets.add(name);
      if (!ownNames.has(name) && !(OWN_SHEET_NAMES as readonly string[]).includes(name)) {
        notices.push(`Lembar "${name}" tercatat sebagai hasil alat ini, tetapi isinya bukan buatan alat ini; lembar itu tidak diubah.`);
        continue;
      }
    } else if (!fp || !edited(s.ownSheetHashes.get(name), fp.sheets[name])) continue;
    keptSheets.add(name);
    const to = keptSheetName(name, now, taken);
    taken.add(to);
    renameSheets.push({ from: name, to });
    notices.push(
      `Lembar "${name}" berisi isian atau perubahan Anda sejak perhitungan sebelumnya; lembar itu disimpan sebagai "${to}" ` +
        (plan ? `dan hasil baru ditulis ke "${name}".` : 'dan tidak dihapus.'),
    );
  }
  const deleteSheets = old ? old.sheets.filter(n => exists(n) && n !== RUN_RECORD_SHEET && !keptSheets.has(n)) : [];
  const structural = plan
    ? deleteSheets.length > 0 || p.sheets.length > 0 || !exists(RUN_RECORD_SHEET)
    : deleteSheets.length > 0 || exists(RUN_RECORD_SHEET);
  if (s.workbookProtected && structural) throw new WorkbookRefusal(workbookProtectedMessage(), 'workbook_protected');

  const counts = { cellsFilled: 0, fillsSkipped: 0, notesWritten: 0, notesSkipped: 0, fillsRestored: 0, notesRestored: 0 };

  // --- fills: final colour per cell ---
  const fillsSupported = caps.rangeAreas && caps.cellProperties;
  const desiredFill = new Map<string, string>(); // key -> ARGB/'' wanted at the end
  const newFillRecord: Record<string, string> = {};
  const fills = new Map<string, Map<string, CellPos[]>>();
  const put = (sheet: string, color: string, pos: CellPos) => {
    let byColor = fills.get(sheet);
    if (!byColor) fills.set(sheet, (byColor = new Map()));
    const list = byColor.get(color);
    if (list) list.push(pos);
    else byColor.set(color, [pos]);
  };
  // Below 1.9 a cell's own fill cannot be read back, so user cells are highlighted by a rule the tool owns.
  const byRule = !fillsSupported && caps.conditionalFormats;
  const ruleCells = new Map<string, Map<string, CellPos[]>>();
  for (const g of p.fills) {
    const color = toExcelColor(g.color);
    for (const pos of expandRefs(g.cells)) {
      if (ownNames.has(g.sheet)) {
        desiredFill.set(cellKey(g.sheet, a1(pos.row, pos.col)), color);
        continue;
      }
      if (!fillsSupported) {
        if (!byRule) {
          counts.fillsSkipped++;
          continue;
        }
        let byColor = ruleCells.get(g.sheet);
        if (!byColor) ruleCells.set(g.sheet, (byColor = new Map()));
        const list = byColor.get(color);
        if (list) list.push(pos);
        else byColor.set(color, [pos]);
        counts.cellsFilled++;
        continue;
      }
      const key = cellKey(g.sheet, a1(pos.row, pos.col));
      desiredFill.set(key, color);
      newFillRecord[key] = old && key in old.fills ? old.fills[key] : s.currentFills.get(key) ?? '';
    }
  }
  const oldFillsKept: Record<string, string> = {};
  if (old) {
    for (const [key, original] of Object.entries(old.fills)) {
      const { sheet } = splitKey(key);
      if (!survives(sheet) || desiredFill.has(key)) continue;
      if (!fillsSupported) {
        oldFillsKept[key] = original; // cannot restore on this host: keep it recorded for a later run
        continue;
      }
      const argb = recordedFillArgb(original);
      desiredFill.set(key, argb ? toExcelColor(argb) : '');
      counts.fillsRestored++;
    }
  }
  for (const [key, color] of desiredFill) {
    const { sheet, cell } = splitKey(key);
    const pos = parseA1(cell);
    put(sheet, color, { row: pos.row, col: pos.col });
    if (key in newFillRecord || ownNames.has(sheet)) counts.cellsFilled++;
  }

  // --- notes: final text per cell ---
  let notesKept = 0;
  const newNoteRecord: Record<string, string> = {};
  const oldNotesKept: Record<string, string> = {};
  const notes: NoteOp[] = [];
  const desiredNote = new Map<string, string>();
  for (const n of p.notes) desiredNote.set(cellKey(n.sheet, normaliseCell(n.cell)), n.text);
  const current = (key: string) => {
    const probe = s.notes.get(key);
    return probe && !probe.isNullObject ? probe : undefined;
  };
  for (const [key, text] of desiredNote) {
    const { sheet, cell } = splitKey(key);
    if (ownNames.has(sheet)) {
      if (caps.notes) {
        notes.push({ kind: 'add', sheet, cell, text });
        counts.notesWritten++;
      } else counts.notesSkipped++;
      continue;
    }
    if (!caps.notes) {
      counts.notesSkipped++;
      continue;
    }
    const note = current(key);
    newNoteRecord[key] = old && key in old.notes ? old.notes[key] : note ? note.content : '';
    if (note) {
      if (note.content !== text) notes.push({ kind: 'set', sheet, cell, text, note });
    } else notes.push({ kind: 'add', sheet, cell, text });
    counts.notesWritten++;
  }
  if (old) {
    for (let [key, original] of Object.entries(old.notes)) {
      const { sheet, cell } = splitKey(key);
      if (!survives(sheet) || desiredNote.has(key)) continue;
      if (!caps.notes) {
        oldNotesKept[key] = original;
        continue;
      }
      const note = current(key);
      original = recordedNoteText(original);
      // A note is taken back only while it is still ours; one the user wrote or changed stays.
      if (note && !isOwnNote(note.content)) {
        notesKept++;
        continue;
      }
      if (original === '') {
        if (note) notes.push({ kind: 'delete', sheet, cell, note });
      } else if (note) {
        if (note.content !== original) notes.push({ kind: 'set', sheet, cell, text: original, note });
      } else notes.push({ kind: 'add', sheet, cell, text: original });
      counts.notesRestored++;
    }
  }

  if (notesKept) {
    notices.push(`${notesKept.toLocaleString('id-ID')} catatan sel yang tercatat sebagai buatan alat ini sudah diubah atau bukan buatan alat ini, sehingga dibiarkan.`);
  }

  // --- blocks and records ---
  const editedBlocks = old
    ? old.blocks.filter(b => {
        const key = cellKey(b.sheet, b.range);
        return survives(b.sheet) && (s.unproven.has(key) || (!!fp && edited(s.blockHashes.get(key), fp.blocks[key])));
      })
    : [];
  for (const b of editedBlocks) {
    notices.push(
      `Kolom hasil di lembar "${b.sheet}" (${b.range}) sudah Anda ubah sejak perhitungan sebelumnya, sehingga tidak dihapus` +
        (plan ? ' dan tidak ditimpa. Kosongkan atau pindahkan isinya bila ingin kolom hasil ditulis ulang.' : '.'),
    );
  }
  const clearBlocks = old ? old.blocks.filter(b => survives(b.sheet) && !editedBlocks.includes(b)) : [];
  const overlapsEdited = (b: BlockWrite) => {
    const r = parseRect(blockRange(b));
    return editedBlocks.some(e => {
      const o = parseRect(e.range);
      return e.sheet === b.sheet && r.top <= o.bottom && o.top <= r.bottom && r.left <= o.right && o.left <= r.right;
    });
  };
  const blocks = p.blocks.filter(b => !overlapsEdited(b));
  const newBlocks = blocks.map(b => ({ sheet: b.sheet, range: blockRange(b) }));
  const highlights = new Map<string, Map<string, Rect[]>>();
  const highlightRecord: Record<string, string[]> = {};
  for (const [sheet, byColor] of ruleCells) {
    const out = new Map<string, Rect[]>();
    for (const [color, cells] of byColor) {
      const rects = compressCells(cells);
      out.set(color, rects);
      append((highlightRecord[sheet] ??= []), rects.map(rectA1));
    }
    highlights.set(sheet, out);
  }
  const removeHighlights = s.oldHighlights.filter(h => survives(h.sheet)).map(h => h.cf);
  let finalRecord: OfficeRecord | null = null;
  let unionRecord: OfficeRecord | null = null;
  if (plan) {
    finalRecord = {
      version: 1,
      at: now,
      sheets: p.sheets.map(x => x.name),
      blocks: newBlocks,
      fills: { ...oldFillsKept, ...newFillRecord },
      notes: { ...oldNotesKept, ...newNoteRecord },
      ...(Object.keys(highlightRecord).length ? { highlights: highlightRecord } : {}),
    };
    const survivingOldBlocks = clearBlocks.filter(b => !newBlocks.some(n => n.sheet === b.sheet && n.range === b.range));
    unionRecord = {
      version: 1,
      at: now,
      sheets: [...new Set([...(old ? old.sheets.filter(n => !keptSheets.has(n)) : []), ...finalRecord.sheets])],
      blocks: [...survivingOldBlocks, ...newBlocks],
      fills: { ...(old ? old.fills : {}), ...finalRecord.fills },
      notes: { ...(old ? old.notes : {}), ...finalRecord.notes },
      ...(fp ? { excel: fp } : {}),
      highlights: unionOf(old ? old.highlights : undefined, highlightRecord),
    };
  } else if (Object.keys(oldFillsKept).length || Object.keys(oldNotesKept).length) {
    // clear() on a host that cannot restore fills or notes: keep what it could not undo.
    finalRecord = { version: 1, at: now, sheets: [], blocks: [], fills: oldFillsKept, notes: oldNotesKept };
  }

  return {
    deleteSheets,
    renameSheets,
    clearBlocks,
    addSheets: p.sheets,
    blocks,
    fills,
    removeHighlights,
    highlights,
    notes,
    unionRecord,
    finalRecord,
    recordExists: exists(RUN_RECORD_SHEET),
    notices,
    counts,
  };
}

function unionOf(a: Record<string, string[]> | undefined, b: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const src of [a ?? {}, b]) for (const [sheet, list] of Object.entries(src)) out[sheet] = [...new Set([...(out[sheet] ?? []), ...list])];
  return out;
}

/** The A1 range a block covers. */
export function blockRange(b: BlockWrite): string {
  const tl = parseRect(b.topLeft);
  const height = Math.max(1, b.rows.length);
  const width = Math.max(1, ...b.rows.map(r => r.length));
  return rectA1({ top: tl.top, left: tl.left, bottom: tl.top + height - 1, right: tl.left + width - 1 });
}
