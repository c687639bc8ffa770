import { execFileSync } from 'child_process';
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeAnswers, itHasHeldOutShape, type ChecksFile, type Expected } from '../helpers/heldout-answers';

/**
 * The answers of the second never-developed-against set (test/corpus/fresh2/hidden, built by
 * `scripts/make-heldout.js --set fresh2`) must be right before they can judge the recogniser: every value is
 * recomputed here from the cells of the workbooks with decimal.js, every planted error really differs from the
 * recomputed value, every clean cell agrees with it, and every number of a trap table is listed clean.
 * Nobody develops against this set: see test/corpus/fresh2/README.md.
 */
const ROOT = path.join(__dirname, '..', '..');
const DIR = path.join(__dirname, 'fresh2');
const HIDDEN = path.join(DIR, 'hidden');
const CHECKS = JSON.parse(fs.readFileSync(path.join(DIR, 'checks.json'), 'utf8')) as ChecksFile;
interface Wording { id: string; source: { title?: string; url?: string | null; body?: string }; kind: string; synthetic: boolean; headerless?: boolean; headerRows: (string | null)[][]; columns: string[]; layout: { noHeader?: boolean; model: string }; expectedRoles: Record<string, number> }
const WORDINGS = JSON.parse(fs.readFileSync(path.join(DIR, 'wordings.json'), 'utf8')).wordings as Wording[];
/** Wordings whose header carries no useful words: no header row, column numbers only, generic or unit labels. */
const HEADERLESS = new Set(WORDINGS.filter(w => w.layout.noHeader || w.headerless).map(w => w.id));
const TRAPS = new Set(WORDINGS.filter(w => w.layout.model === 'trap').map(w => w.id));

const books = CHECKS.workbooks.map(b => b.workbook);

describeAnswers('fresh2 held-out', HIDDEN, CHECKS);

describe('fresh2 held-out set as a whole', () => {
  const all = books.map(b => JSON.parse(fs.readFileSync(path.join(HIDDEN, b.replace(/\.xlsx$/, '.expected.json')), 'utf8')) as Expected);
  const tables = all.flatMap(e => e.tables);

  itHasHeldOutShape(all, 40, id => HEADERLESS.has(id.split(':')[1]));

  it('collects at least 40 wordings, at most a quarter synthetic, each real one naming where it was seen', () => {
    const real = WORDINGS.filter(w => !w.synthetic);
    expect(WORDINGS.length).toBeGreaterThanOrEqual(40);
    expect(WORDINGS.length - real.length).toBeLessThanOrEqual(WORDINGS.length / 4);
    for (const w of real) expect([w.id, /^https?:\/\//.test(w.source.url || ''), !!w.source.body]).toEqual([w.id, true, true]);
    for (const w of WORDINGS) for (const [role, j] of Object.entries(w.expectedRoles)) expect([w.id, role, w.columns[j]]).toEqual([w.id, role, role]);
  });

  it('shares no header wording and no source page with the other sets', () => {
    const key = (w: Wording) => JSON.stringify([w.headerRows, w.columns]);
    for (const set of ['heldout', 'fresh', 'dev2', 'dev3', 'dev4']) {
      const file = path.join(__dirname, set, 'wordings.json');
      if (!fs.existsSync(file)) continue;
      const other = JSON.parse(fs.readFileSync(file, 'utf8')).wordings as Wording[];
      const seen = new Set(other.map(key));
      const urls = new Set(other.map(w => w.source && w.source.url).filter(Boolean));
      expect([set, WORDINGS.filter(w => seen.has(key(w))).map(w => w.id)]).toEqual([set, []]);
      expect([set, WORDINGS.filter(w => w.source.url && urls.has(w.source.url)).map(w => w.id)]).toEqual([set, []]);
    }
  });

  it('holds about six trap tables, none of them an answer table, every number in them listed clean', async () => {
    expect(TRAPS.size).toBeGreaterThanOrEqual(6);
    for (const t of tables) expect([t.id, TRAPS.has(t.id.split(':')[1])]).toEqual([t.id, false]);
    // every numeric cell of a trap table is clean: find the trap titles in the sheets and count their numbers
    let trapTables = 0;
    for (const [i, name] of books.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(HIDDEN, name));
      const clean = new Set(all[i].clean.map(c => `${c.sheet}!${c.cell}`));
      for (const ws of wb.worksheets) {
        for (const w of WORDINGS.filter(x => TRAPS.has(x.id))) {
          ws.eachRow((row, r) => {
            if (!w.headerRows[0].every((h, j) => h === null || h.includes('{') || String(row.getCell(j + 1).value) === h)) return;
            trapTables++;
            const trap = (w.layout as unknown as { trap: { rows: unknown[][] }; numberRow?: string[] });
            const first = r + w.headerRows.length + (trap.numberRow ? 1 : 0);
            trap.trap.rows.forEach((vals, k) => vals.forEach((v, j) => {
              if (typeof v !== 'number') return;
              const addr = `${String.fromCharCode(65 + j)}${first + k}`;
              expect([name, ws.name, addr, ws.getCell(addr).value, clean.has(`${ws.name}!${addr}`)]).toEqual([name, ws.name, addr, v, true]);
            }));
          });
        }
      }
    }
    expect(trapTables).toBeGreaterThanOrEqual(6);
  });

  it('regenerates byte for byte', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'heldout-'));
    try {
      execFileSync('node', [path.join(ROOT, 'scripts', 'make-heldout.js'), '--set', 'fresh2'], { cwd: ROOT, env: { ...process.env, HELDOUT_OUT: out }, encoding: 'utf8' });
      const made = fs.readdirSync(path.join(out, 'hidden')).filter(x => /^fresh2-/.test(x)).sort();
      expect(made).toEqual(fs.readdirSync(HIDDEN).filter(x => /^fresh2-/.test(x)).sort());
      for (const f of made) {
        expect([f, Buffer.compare(fs.readFileSync(path.join(out, 'hidden', f)), fs.readFileSync(path.join(HIDDEN, f)))]).toEqual([f, 0]);
      }
      expect(fs.readFileSync(path.join(out, 'checks.json'), 'utf8')).toBe(fs.readFileSync(path.join(DIR, 'checks.json'), 'utf8'));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
