/**
 * "Apa artinya / apa yang harus dilakukan": the pane's rule meanings stay word for word the "muncul bila" column
 * of docs/aturan.md (as RULE_INFO's names and todos do, test/engine/scale-findings.test.ts), and read as
 * sentences. And the first-run explanation's memory: dismissed once, dismissed after a reload; blocked storage
 * shows it again rather than failing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULE_INFO } from '../../src/engine/checks/rules';
import { RULE_MEANING } from '../../src/taskpane/help/rule-meaning';
import { explainRule } from '../../src/taskpane/state/rule-help';
import { FIRST_RUN_KEY, dismissFirstRun, firstRunDismissed } from '../../src/taskpane/state/first-run';

/** docs/aturan.md's table: rule id → [nama, tingkat, muncul bila, yang perlu dilakukan]. */
function documentedRules(): Map<string, string[]> {
  const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'aturan.md'), 'utf8');
  const rows = new Map<string, string[]>();
  for (const line of doc.split('\n')) {
    const m = /^\| \d+ \| `(\w+)` \| (.*) \|$/.exec(line);
    if (m) rows.set(m[1], m[2].split(' | '));
  }
  return rows;
}

describe('rule meanings', () => {
  test('are the "muncul bila" column of docs/aturan.md for every rule, and only those', () => {
    const rows = documentedRules();
    expect(rows.size).toBe(22);
    expect(Object.keys(RULE_MEANING).sort()).toEqual([...rows.keys()].sort());
    expect(Object.keys(RULE_MEANING).sort()).toEqual(Object.keys(RULE_INFO).sort());
    for (const [id, cols] of rows) expect([id, RULE_MEANING[id as keyof typeof RULE_MEANING]]).toEqual([id, cols[2]]);
  });

  test('read as two sentences: what it means and what to do', () => {
    expect(explainRule('capaian_selisih', RULE_MEANING)).toEqual({
      meaning:
        'Temuan ini muncul bila capaian tertulis berbeda dari realisasi/target × 100 (indikator positif) atau (2 − realisasi/target) × 100 (indikator negatif).',
      todo: 'Perbaiki capaian atau periksa polaritas indikator di Pengaturan.',
    });
    // Code marks of the documentation are not shown to the user.
    expect(explainRule('angka_teks', RULE_MEANING)!.meaning).toBe(
      'Temuan ini muncul bila angka disimpan sebagai teks ("1.234.567,00"); dilaporkan per sel dan dikelompokkan per kolom (groups).',
    );
    expect(explainRule('aturan_baru', RULE_MEANING)).toBeUndefined();
  });
});

describe('first-run explanation memory', () => {
  function memory(): Storage & { map: Map<string, string> } {
    const map = new Map<string, string>();
    return {
      map,
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    } as unknown as Storage & { map: Map<string, string> };
  }

  test('shows until dismissed, then stays dismissed', () => {
    const store = memory();
    expect(firstRunDismissed(store)).toBe(false);
    dismissFirstRun(store, new Date('2026-01-05T07:30:00Z'));
    expect(store.map.get(FIRST_RUN_KEY)).toBe('2026-01-05T07:30:00.000Z');
    expect(firstRunDismissed(store)).toBe(true);
  });

  test('blocked storage shows it again instead of failing', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(firstRunDismissed(blocked)).toBe(false);
    expect(() => dismissFirstRun(blocked)).not.toThrow();
    expect(firstRunDismissed(undefined)).toBe(false);
  });
});
