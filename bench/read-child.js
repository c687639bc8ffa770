'use strict';
// One `check` in this process, through the chosen reader: `node bench/read-child.js package|exceljs file.xlsx`.
// Reports on stderr, as JSON: read and whole-check seconds, CPU seconds, peak memory (maxRSS).
const path = require('path');
const dist = path.join(__dirname, '..', 'dist-cli');
const [which, file] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
const { evaluateWorkbook } = require(path.join(dist, 'usecase', 'check'));
const { DEFAULT_SETTINGS } = require(path.join(dist, 'usecase', 'settings'));
const { jsonChunks } = require(path.join(dist, 'cli', 'json-out'));
const read = which === 'exceljs'
  ? require(path.join(dist, 'workbook', 'xlsx', 'read')).readXlsxFileViaExceljs
  : require(path.join(dist, 'workbook', 'xlsx', 'package-read')).readXlsxPackage;
const secs = since => Number(process.hrtime.bigint() - since) / 1e9;
(async () => {
  const r0 = process.hrtime.bigint();
  const wb = await read(file);
  const readSecs = secs(r0);
  const { report } = evaluateWorkbook(wb, DEFAULT_SETTINGS);
  // As the CLI writes --json: in chunks, never the whole text at once.
  let jsonLength = 0;
  for (const text of jsonChunks(report, ' ')) jsonLength += text.length;
  const u = process.resourceUsage();
  process.stderr.write(JSON.stringify({
    reader: which,
    readSecs,
    totalSecs: secs(t0),
    cpuSecs: (u.userCPUTime + u.systemCPUTime) / 1e6,
    maxRssMB: Math.round(u.maxRSS / 1024),
    jsonBytes: jsonLength,
    results: report.results.length,
  }) + '\n');
})().catch(e => {
  process.stderr.write(JSON.stringify({ reader: which, error: String(e && e.message) }) + '\n');
  process.exitCode = 1;
});
