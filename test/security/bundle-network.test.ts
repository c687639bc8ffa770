/**
 * The built task pane bundle (dist/, built here when stale) makes no network calls of its own: the only request
 * it may make is the bundled sample workbook from the pane's own address.
 */
import * as fs from 'fs';
import * as path from 'path';
import { filesUnder } from '../helpers/files';
import { ensureBuilt } from '../addin/build';

const ROOT = path.join(__dirname, '..', '..');

describe('the built task pane bundle (dist/) makes no network calls', () => {
  const dist = path.join(ROOT, 'dist');
  let bundles: string[] = [];
  beforeAll(async () => {
    await ensureBuilt();
    bundles = filesUnder(dist, /\.js$/).filter(f => path.dirname(f) === dist);
  });

  it('builds at least the task pane and the ribbon bundles', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(2);
  });

  it('no fetch(, XMLHttpRequest, WebSocket, EventSource or sendBeacon in dist/*.js, but the one same-origin file', () => {
    const found: string[] = [];
    let ownOrigin = 0;
    // The only request allowed: "Coba dengan contoh" reads the bundled sample from the pane's own address.
    const sameOrigin = /^fetch\(new URL\([\w$]+,document\.baseURI\)\.href/;
    for (const f of bundles) {
      const text = fs.readFileSync(f, 'utf8');
      for (const word of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon']) {
        let at = text.indexOf(word);
        while (at >= 0) {
          if (sameOrigin.test(text.slice(at, at + 80))) ownOrigin++;
          else found.push(`${path.basename(f)}: …${text.slice(Math.max(0, at - 60), at + 60)}…`);
          at = text.indexOf(word, at + 1);
        }
      }
    }
    expect(found).toEqual([]);
    expect(ownOrigin).toBe(1);
  });
});
