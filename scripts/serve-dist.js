#!/usr/bin/env node
'use strict';
/**
 * A tiny static server for the built add-in (dist/), bound to 127.0.0.1 only. The browser tests use it; by
 * hand, it shows the pages outside Office (the pane then says it must be opened from Excel).
 *
 *   node scripts/serve-dist.js [port]      (default: an ephemeral port, printed)
 */
const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1. Resolves to { url, port, close(), requests } where requests lists every path
 * asked for (tests use it to see what a page loaded).
 */
function serveDist(root = path.join(__dirname, '..', 'dist'), port = 0) {
  const base = path.resolve(root);
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'taskpane.html';
    const file = path.resolve(base, '.' + rel);
    // Nothing outside dist/, whatever the path says.
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Tidak ditemukan');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolve({
        port: actual,
        url: `http://127.0.0.1:${actual}/`,
        requests,
        close: () => new Promise(done => server.close(() => done())),
      });
    });
  });
}

if (require.main === module) {
  const port = Number(process.argv[2] || 0);
  serveDist(undefined, port).then(s => console.log(`dist/ dilayani di ${s.url} (Ctrl+C untuk berhenti)`));
}

module.exports = { serveDist };
