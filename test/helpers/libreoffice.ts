import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const SOFFICE = process.env.SOFFICE || '/usr/bin/soffice';

/** Fails with a clear message when LibreOffice is not installed (CI installs it). */
export function requireSoffice(): string {
  const candidates = [SOFFICE, '/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'];
  const found = candidates.find(c => fs.existsSync(c));
  if (!found) {
    throw new Error('LibreOffice (soffice) tidak ditemukan. Pasang paket libreoffice-calc atau setel SOFFICE=/jalur/ke/soffice untuk menjalankan uji penghitungan ulang.');
  }
  return found;
}

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens `file` in headless LibreOffice (which recalculates every formula on load) and saves it again as .xlsx.
 * Each call uses its own fresh profile so parallel runs do not clash. Returns the converted file's path.
 */
export async function recalcWithLibreOffice(file: string, timeoutMs = 120000): Promise<string> {
  const soffice = requireSoffice();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-out-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  // Always recalculate OOXML on load (LibreOffice's default may trust the cached results).
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_XCU);
  const args = [
    `-env:UserInstallation=file://${profile}`,
    '--headless', '--norestore', '--nologo', '--nodefault',
    '--convert-to', 'xlsx:Calc MS Excel 2007 XML',
    '--outdir', outDir,
    file,
  ];
  await new Promise<void>((resolve, reject) => {
    execFile(soffice, args, { timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err) reject(new Error(`LibreOffice gagal mengonversi ${path.basename(file)}: ${err.message}\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
  const out = path.join(outDir, path.basename(file).replace(/\.[^.]+$/, '') + '.xlsx');
  fs.rmSync(profile, { recursive: true, force: true });
  if (!fs.existsSync(out)) throw new Error(`LibreOffice tidak menghasilkan berkas ${out}.`);
  return out;
}
