#!/usr/bin/env node
'use strict';
// The dev6 set's scorer: `node test/corpus/dev6/score.js --set hidden --cmd "node bin/capaian.js check {file} --json"`
// scores the workbooks in ./hidden with the vendored ../score.js, unchanged.
require('../score-in-folder')(__dirname);
