/**
 * The suites `npm test` leaves to `npm run test:slow`: they launch Chromium, build the add-in with webpack, run
 * LibreOffice, generate large or hostile corpora, or take more than a few seconds on a 2-core machine. Every
 * other suite under test/ is fast, so a new file is fast unless it is listed here or lives in a slow folder.
 * test/test-sets.test.ts proves each suite is in exactly one set and that heavy suites are not in the fast one.
 */
module.exports = {
  /** Folders whose every suite is slow. */
  folders: [
    'test/fuzz/', // property runs by the thousand (FUZZ_RUNS raises them further)
  ],
  files: [
    // Chromium, or a production webpack build of dist/
    'test/addin/api-levels.test.ts',
    'test/addin/browser-host.test.ts',
    'test/addin/browser.test.ts',
    'test/addin/findings-pane.test.ts',
    'test/addin/help-pane.test.ts',
    'test/addin/manifest.test.ts',
    'test/addin/ribbon.test.ts',
    'test/addin/tandai-tabel.test.ts',
    'test/security/bundle-network.test.ts',
    // LibreOffice
    'test/narasi/narasi-pdf.test.ts',
    'test/preservation/preservation.test.ts',
    'test/writeback/libreoffice.test.ts',
    'test/xlsx-read/libreoffice.test.ts',
    // The hostile corpus, the held-out sets through the CLI, stress sizes
    'test/hostile/hostile.test.ts',
    'test/corpus/heldout.test.ts',
    'test/xlsx-read/refusals.test.ts',
    'test/office/large.test.ts',
    'test/engine/scale-findings-large.test.ts',
  ],
};
