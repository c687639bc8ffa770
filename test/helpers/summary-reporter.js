/**
 * After Jest's own summary: every suite's wall time, slowest first (to see where the minutes go), then the plain
 * closing line "N passed, N failed" that CI reads.
 */
const path = require('path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const root = path.resolve(__dirname, '..', '..');
    const suites = results.testResults
      .map(r => ({ file: path.relative(root, r.testFilePath), secs: (r.perfStats.end - r.perfStats.start) / 1000 }))
      .sort((a, b) => b.secs - a.secs);
    if (suites.length > 1) {
      const total = suites.reduce((s, x) => s + x.secs, 0);
      const lines = suites.map(s => `  ${s.secs.toFixed(1).padStart(7)} s  ${s.file}`);
      // Which set ran (the jest project: fast or slow), so the two lists of a test:all run are told apart.
      const sets = [...new Set(results.testResults.map(r => r.displayName && r.displayName.name).filter(Boolean))];
      const set = sets.length ? ` [${sets.join(', ')}]` : '';
      process.stdout.write(`\nWaktu per berkas uji${set} (jumlah ${total.toFixed(1)} s dalam ${suites.length} berkas):\n${lines.join('\n')}\n`);
    }
    process.stdout.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`);
  }
}
module.exports = SummaryReporter;
