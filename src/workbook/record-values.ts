/**
 * Original fills and notes as a run record stores them. The file adapter records exceljs objects as
 * JSON, the Office adapter records ARGB colours and plain note text; both read both, so a workbook
 * written by `capaian hitung` can be re-run or cleared from the add-in and the other way round.
 */

/** An original fill: none, a solid ARGB colour, or an exceljs fill object. */
export type RecordedFill = { kind: 'none' } | { kind: 'argb'; argb: string } | { kind: 'object'; fill: Record<string, unknown> };

export function recordedFill(stored: string): RecordedFill {
  const s = stored.trim();
  if (!s) return { kind: 'none' };
  if (s.startsWith('{')) {
    try {
      const fill = JSON.parse(s) as Record<string, unknown>;
      return { kind: 'object', fill };
    } catch {
      return { kind: 'none' };
    }
  }
  const hex = s.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return { kind: 'argb', argb: hex };
  if (/^[0-9A-F]{6}$/.test(hex)) return { kind: 'argb', argb: `FF${hex}` };
  return { kind: 'none' };
}

/** The solid colour of a recorded fill as ARGB, or '' when it has none (patterns keep their colour). */
export function recordedFillArgb(stored: string): string {
  const f = recordedFill(stored);
  if (f.kind === 'argb') return f.argb;
  if (f.kind === 'object') {
    const fg = f.fill.fgColor as { argb?: unknown } | undefined;
    return fg && typeof fg.argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(fg.argb) ? fg.argb.toUpperCase() : '';
  }
  return '';
}

/** An original note: '' for none, JSON (exceljs comment or string) from the file adapter, else plain text. */
export function recordedNote(stored: string): string | Record<string, unknown> | undefined {
  if (!stored) return undefined;
  if (stored.startsWith('{') || stored.startsWith('"')) {
    try {
      return JSON.parse(stored) as string | Record<string, unknown>;
    } catch {
      return stored;
    }
  }
  return stored;
}

/** The plain text of a recorded note, for hosts that only take text. */
export function recordedNoteText(stored: string): string {
  const n = recordedNote(stored);
  if (n === undefined) return '';
  if (typeof n === 'string') return n;
  const texts = (n.texts as { text?: string }[] | undefined) ?? [];
  return texts.map(t => t.text ?? '').join('');
}
