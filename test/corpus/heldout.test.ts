import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The held-out recognition sets, scored end to end by the vendored score.js against the built
 * `capaian check --json` (npm test builds the CLI first):
 * - test/corpus/hidden: header wordings collected from published reports (scripts/make-heldout.js), used
 *   while the value-and-relation recogniser was developed, so its score is partly fit;
 * - test/corpus/fresh: a second set of other wordings (make-heldout.js --set fresh) that no recognition
 *   rule was written against; its score is the measure of reading reports the tool has never seen;
 * - test/corpus/dev2, dev3, dev4, dev5, dev6: further sets of wordings collected later (make-heldout.js --set dev2|dev3|dev4|dev5|dev6;
 *   dev4 and dev5 add tables that only look like reports, on which no finding may land), developed against once the
 *   first was exhausted; rules written for them are judged by what they do on fresh.
 * Each asserts that the CLI runs on every workbook, that the totals are the answer files', and that the
 * score never falls below the floor reached when values and relations landed (a ratchet: raise a floor
 * when the score improves, never lower it).
 */
const ROOT = path.join(__dirname, '..', '..');

interface Totals { tables: number; values: number; recall: number; clean: number; files: number }

const SETS = [
  { name: 'held-out', dir: __dirname, floor: { tables: 71, values: 453, recall: 87 }, maxFalsePositives: 0 },
  { name: 'fresh', dir: path.join(__dirname, 'fresh'), floor: { tables: 37, values: 310, recall: 56 }, maxFalsePositives: 10 },
  { name: 'dev2', dir: path.join(__dirname, 'dev2'), floor: { tables: 42, values: 326, recall: 56 }, maxFalsePositives: 0 },
  { name: 'dev3', dir: path.join(__dirname, 'dev3'), floor: { tables: 45, values: 289, recall: 55 }, maxFalsePositives: 0 },
  // dev4's look-alike tables (population, inventory, …) must not be taken for tables: no extra table.
  { name: 'dev4', dir: path.join(__dirname, 'dev4'), floor: { tables: 30, values: 219, recall: 34 }, maxFalsePositives: 0, maxExtraTables: 0 },
  { name: 'dev5', dir: path.join(__dirname, 'dev5'), floor: { tables: 69, values: 467, recall: 89 }, maxFalsePositives: 1 },
  // dev6: totals above their rows, fractions under "Capaian", whole columns typed as text, pendapatan, traps.
  { name: 'dev6', dir: path.join(__dirname, 'dev6'), floor: { tables: 43, values: 298, recall: 54 }, maxFalsePositives: 0 },
  // fresh2: built after the rules, never developed against (test/corpus/fresh2/README.md); measured, not tuned.
  { name: 'fresh2', dir: path.join(__dirname, 'fresh2'), floor: { tables: 49, values: 343, recall: 65 }, maxFalsePositives: 8 },
];

function expectedTotals(hidden: string): Totals {
  const files = fs.readdirSync(hidden).filter(f => f.endsWith('.expected.json') && fs.existsSync(path.join(hidden, f.replace(/\.expected\.json$/, '.xlsx'))));
  const t: Totals = { tables: 0, values: 0, recall: 0, clean: 0, files: files.length };
  for (const f of files) {
    const e = JSON.parse(fs.readFileSync(path.join(hidden, f), 'utf8'));
    t.tables += e.tables.length; t.values += e.values.length; t.recall += e.findings.length; t.clean += e.clean.length;
  }
  return t;
}

describe.each(SETS)('$name corpus ($dir/score.js --set hidden)', ({ name, dir, floor, maxFalsePositives, maxExtraTables }: (typeof SETS)[number] & { maxExtraTables?: number }) => {
  it('runs the CLI on every workbook and scores at least the recorded floor', () => {
    const cli = path.join(ROOT, 'bin', 'capaian.js');
    const out = execFileSync('node', [path.join(dir, 'score.js'), '--set', 'hidden', '--cmd', `node ${cli} check {file} --json`], { encoding: 'utf8', cwd: ROOT });
    const lines = out.trim().split('\n');
    const last = lines[lines.length - 1];
    const byRule = lines.find(l => l.startsWith('recall by rule:'));
    console.log(`${name}: ${last}\n${byRule}`);
    const m = /tables (\d+)\/(\d+) values (\d+)\/(\d+) recall (\d+)\/(\d+) fp (\d+)\/(\d+) crashes (\d+) files (\d+)/.exec(last);
    expect(m).not.toBeNull();
    const [, tables, tablesTotal, values, valuesTotal, recall, recallTotal, fp, fpTotal, crashes, files] = m!.map(Number);
    const want = expectedTotals(path.join(dir, 'hidden'));
    // A set that lost its workbooks would pass every floor of zero: each holds at least its built size.
    expect(want.tables).toBeGreaterThanOrEqual(name === 'dev4' ? 30 : 40);
    expect({ files, crashes, tablesTotal, valuesTotal, recallTotal, fpTotal }).toEqual({ files: want.files, crashes: 0, tablesTotal: want.tables, valuesTotal: want.values, recallTotal: want.recall, fpTotal: want.clean });
    expect({ tables, values, recall }).toEqual({ tables: Math.max(tables, floor.tables), values: Math.max(values, floor.values), recall: Math.max(recall, floor.recall) });
    expect(fp).toBeLessThanOrEqual(maxFalsePositives);
    if (maxExtraTables !== undefined) {
      // The "extra" column of each workbook's line: tables the tool found that the answers do not hold.
      const extra = lines.filter(l => /\.xlsx\s/.test(l)).reduce((s, l) => s + Number(l.trim().split(/\s+/)[7]), 0);
      expect(extra).toBeLessThanOrEqual(maxExtraTables);
    }
  });
});
