import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The layer rule as `npm run lint` runs it: scripts/check-architecture.js over a src folder.
 * The fake trees are written to a fresh temp folder, so the test reads nothing it did not write.
 */
const repo = path.join(__dirname, '..', '..');
const checker = path.join(repo, 'scripts', 'check-architecture.js');

function runChecker(srcRoot?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, srcRoot ? [checker, srcRoot] : [checker], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function writeTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, 'src', rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return dir;
}

/** Files every fake tree shares: each imports only downward. */
const CLEAN: Record<string, string> = {
  'model/grid.ts': "export interface Cell { value: number }\n",
  'engine/decimal.ts': "import type { Cell } from '../model/grid';\nexport const one = (c: Cell) => c.value;\n",
  'layout/recognise.ts': "import { one } from '../engine/decimal';\nexport const two = one;\n",
  'engine/checks/index.ts': "import { two } from '../../layout/recognise';\nexport const three = two;\n",
  'usecase/check.ts': "import { three } from '../engine/checks';\nexport const four = three;\n",
  'workbook/xlsx/read.ts': "import type { Cell } from '../../model/grid';\nexport type Read = Cell;\n",
  'cli/main.ts': "import { four } from '../usecase/check';\nimport type { Read } from '../workbook/xlsx/read';\nexport const five: Read | number = four;\n",
};

describe('layer rule (scripts/check-layers.js through check-architecture.js)', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('passes a tree whose imports all go downward', () => {
    const dir = writeTree(CLEAN);
    made.push(dir);
    const r = runChecker(path.join(dir, 'src'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('exits 1 naming an upward import and a circle between folders', () => {
    const dir = writeTree({
      ...CLEAN,
      // layout reaching up into the use case
      'layout/corrections.ts': "import { four } from '../usecase/check';\nexport const back = four;\n",
      // two UI folders of one layer importing each other
      'taskpane/state.ts': "import { ribbon } from '../commands/ribbon';\nexport const pane = ribbon;\n",
      'commands/ribbon.ts': "import type { pane } from '../taskpane/state';\nexport const ribbon = 1;\nexport type P = typeof pane;\n",
    });
    made.push(dir);
    const r = runChecker(path.join(dir, 'src'));
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toContain('layout/corrections.ts: lapisan layout tidak boleh mengimpor dari lapisan usecase di atasnya (../usecase/check)');
    const circles = lines.filter(l => l.startsWith('siklus antarfolder:'));
    expect(circles.some(l => /commands -> taskpane -> commands|taskpane -> commands -> taskpane/.test(l))).toBe(true);
    expect(circles.some(l => l.includes('taskpane/state.ts mengimpor ../commands/ribbon') && l.includes('commands/ribbon.ts mengimpor ../taskpane/state'))).toBe(true);
    // The upward import closes a circle too (layout -> usecase -> checks -> layout), named with its links.
    expect(circles.some(l => l.includes('layout') && l.includes('usecase') && l.includes('engine/checks'))).toBe(true);
    // Downward imports are not reported.
    expect(lines.some(l => l.startsWith('cli/main.ts') || l.startsWith('usecase/check.ts:'))).toBe(false);
  });

  it('exits 1 on a file outside every layer, so a new folder must be placed first', () => {
    const dir = writeTree({ ...CLEAN, 'misc/helper.ts': 'export const x = 1;\n' });
    made.push(dir);
    const r = runChecker(path.join(dir, 'src'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('misc/helper.ts: berkas ini tidak berada di lapisan mana pun');
  });

  it('passes on the real tree', () => {
    const r = runChecker();
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^arsitektur: \d+ berkas diperiksa, tidak ada pelanggaran/);
  });
});
