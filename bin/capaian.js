#!/usr/bin/env node
'use strict';
// Thin launcher: the command-line tool is compiled from src/cli by `npm run build:cli`.
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'dist-cli', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  console.error('capaian: program belum dibangun. Jalankan "npm run build:cli" terlebih dahulu.');
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then(code => { process.exitCode = code; });
