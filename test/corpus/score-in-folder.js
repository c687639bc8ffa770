'use strict';
/**
 * Runs the vendored test/corpus/score.js unchanged as if it lived in another folder (it looks for its
 * workbooks beside itself), so each held-out set's score.js is one line and there is one scorer to keep equal
 * to shared/corpus, not a copy per set. Usage from a set's folder: require('../score-in-folder')(__dirname).
 */
const fs = require('fs');
const path = require('path');
const Module = require('module');

module.exports = function scoreInFolder(folder) {
  const here = path.join(folder, 'score.js');
  const scorer = new Module(here, module);
  scorer.filename = here;
  scorer.paths = Module._nodeModulePaths(folder);
  scorer._compile(fs.readFileSync(path.join(__dirname, 'score.js'), 'utf8').replace(/^#!.*\n/, '\n'), here);
};
