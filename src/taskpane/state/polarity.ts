/**
 * The indicators of the last run with the polarity each was computed under, the engine's suggestion from the
 * indicator's name, and the user's choice (RunSettings.polaritas, keyed by the normalised label).
 */
import type { Polarity } from '../../engine/capaian';
import type { RunOutcome } from '../../usecase/run';
import { suggestPolarity } from '../../engine/polarity';
import { lexicon } from '../../lexicon';

export interface IndicatorPolarity {
  key: string;
  label: string;
  sheet: string;
  cell: string;
  /** The polarity the last run used. */
  used: Polarity;
  suggestion: Polarity;
  reason?: string;
  /** The user's choice, when one is saved. */
  chosen?: Polarity;
}

/**
 * The key RunSettings.polaritas uses: the engine's normLabel (engine/compute), restated here so the pane's
 * first load does not pull in the whole engine; a test keeps the two equal.
 */
export function polarityKey(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function indicatorsOf(outcome: RunOutcome, chosen: Record<string, Polarity>): IndicatorPolarity[] {
  const out: IndicatorPolarity[] = [];
  const seen = new Set<string>();
  for (const v of outcome.evaluation.computed.values) {
    if (v.metric !== 'capaian_kinerja' || v.averagedRows) continue;
    const table = outcome.recognition.tables.find(t => t.id === v.tableId);
    const row = table?.rows.find(x => x.row === v.row);
    const rowLabel = row?.label?.trim();
    if (!row || !rowLabel || !isIndicator(row.kind, rowLabel)) continue;
    // Listed under the name the engine decided the polarity by (the indicator's own name beside a
    // program's label), so a choice here is the one the next run reads.
    const label = v.polarityName?.trim() || rowLabel;
    const key = polarityKey(label);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const s = suggestPolarity(label);
    out.push({
      key,
      label,
      sheet: v.sheet,
      cell: v.cell,
      used: v.polarity ?? 'positif',
      suggestion: s?.polarity ?? 'positif',
      reason: s?.reason,
      chosen: chosen[key],
    });
  }
  return out;
}

/** A label that is only a total or average ("JUMLAH", "Rata-rata capaian kinerja"), never an indicator. */
const TOTAL_ONLY = lexicon.words.totalOnlyLabel;

/**
 * Only indicators have a polarity: not a total or average row, not a row that names a year or a period
 * ("2023", "TW III", "Tahun 2022") as in a table of one indicator over several years, not a bare number.
 */
export function isIndicator(kind: string, label: string): boolean {
  if (kind !== 'data') return false;
  const t = label.replace(/\s+/g, ' ').trim();
  if (TOTAL_ONLY.test(t)) return false;
  if (/^(tahun\s*)?(19|20)\d{2}(\s*[-–/]\s*(19|20)?\d{2,4})?$/i.test(t)) return false;
  if (lexicon.words.periodLabel.test(t)) return false;
  if (!/[a-z]{3}/i.test(t)) return false;
  return true;
}

/** Sets or clears the user's choice; choosing what the engine suggests clears it, so later suggestions apply. */
export function choosePolarity(
  polaritas: Record<string, Polarity>,
  item: IndicatorPolarity,
  polarity: Polarity,
): Record<string, Polarity> {
  const next = { ...polaritas };
  if (polarity === item.suggestion) delete next[item.key];
  else next[item.key] = polarity;
  return next;
}
