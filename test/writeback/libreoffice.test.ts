import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Dec } from '../../src/engine/decimal';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { runHitung } from '../../src/usecase/run';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { a1, parseA1 } from '../../src/model/address';
import type { PlannedCell } from '../../src/model/write-plan';
import { recalcWithLibreOffice, requireSoffice } from '../helpers/libreoffice';

const CORPUS = path.join(__dirname, '..', 'corpus');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-lo-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Expected value of every formula cell we planned, keyed "sheet!A1". */
function plannedFormulas(plan: { sheets: { name: string; rows: PlannedCell[][] }[]; blocks: { sheet: string; topLeft: string; rows: PlannedCell[][] }[] }) {
  const out = new Map<string, PlannedCell>();
  for (const s of plan.sheets) {
    s.rows.forEach((row, r) => row.forEach((pc, c) => { if (pc && pc.formula) out.set(`${s.name}!${a1(r + 1, c + 1)}`, pc); }));
  }
  for (const b of plan.blocks) {
    const p = parseA1(b.topLeft);
    b.rows.forEach((row, r) => row.forEach((pc, c) => { if (pc && pc.formula) out.set(`${b.sheet}!${a1(p.row + r, p.col + c)}`, pc); }));
  }
  return out;
}

function resultOf(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'result' in (v as object)) return (v as { result: unknown }).result;
  if (v && typeof v === 'object' && 'formula' in (v as object)) return undefined;
  return v;
}

describe.each(['000-V2.xlsx', '002-V2.xlsx', '001-V2.xlsx'])('LibreOffice recalculation of %s', file => {
  test('every formula we wrote computes to the engine value', async () => {
    requireSoffice();
    const out = path.join(tmp, file.replace('.xlsx', '.hitung.xlsx'));
    const outcome = await runHitung(new XlsxWorkbook(path.join(CORPUS, file), out), { ...DEFAULT_SETTINGS, polaritas: {}, koreksi: [] });
    const expected = plannedFormulas(outcome.plan);
    const recalced = await recalcWithLibreOffice(out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalced);
    const bad: string[] = [];
    let agree = 0;
    for (const [k, pc] of expected) {
      const i = k.lastIndexOf('!');
      const ws = wb.getWorksheet(k.slice(0, i));
      const got = ws ? resultOf(ws.getCell(k.slice(i + 1)).value) : undefined;
      const want = pc.value;
      // exceljs reads a formula's cached <v>0</v> as no result (it tests the text for truthiness after parsing).
      const got0 = got === undefined && want === 0 ? 0 : got;
      let ok: boolean;
      if (typeof want === 'number') {
        if (typeof got0 !== 'number') ok = false;
        else if (pc.numFmt === '#,##0') ok = new Dec(String(got0)).eq(new Dec(String(want)));
        else ok = new Dec(String(got0)).minus(new Dec(String(want))).abs().lte('0.005');
      } else ok = (got ?? '') === (want ?? '');
      if (ok) agree++;
      else bad.push(`${k} =${pc.formula}: LibreOffice ${JSON.stringify(got)}, mesin ${JSON.stringify(want)}`);
    }
    // eslint-disable-next-line no-console
    console.log(`${file}: ${agree}/${expected.size} rumus sesuai dengan mesin setelah dihitung ulang LibreOffice`);
    expect(bad).toEqual([]);
    expect(expected.size).toBeGreaterThan(20);
  });
});
