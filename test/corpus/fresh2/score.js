#!/usr/bin/env node
'use strict';
// The fresh2 set's scorer: `node test/corpus/fresh2/score.js --set hidden --cmd "node bin/capaian.js check {file} --json"`
// scores the workbooks in ./hidden with the vendored ../score.js, unchanged. Never develop against this set.
require('../score-in-folder')(__dirname);
