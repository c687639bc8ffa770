#!/usr/bin/env node
'use strict';
// Runs the vendored scorer test/corpus/score.js unchanged, with its folder taken to be this one, so that
// `--set hidden` scores the dev4 workbooks in ./hidden:
//   node test/corpus/dev4/score.js --set hidden --verbose --cmd "node bin/capaian.js check {file} --json"
const fs = require('fs');
const path = require('path');
const Module = require('module');
const src = path.join(__dirname, '..', 'score.js');
const here = path.join(__dirname, 'score.js');
const m = new Module(here, module);
m.filename = here;
m.paths = Module._nodeModulePaths(__dirname);
m._compile(fs.readFileSync(src, 'utf8').replace(/^#!.*\n/, '\n'), here);
