'use strict';
// Runs the CLI in this process and reports its peak memory (maxRSS) on stderr as JSON, for the benchmark.
const path = require('path');
const { main } = require(path.join(__dirname, '..', 'dist-cli', 'cli', 'main.js'));
const out = process.stdout.write.bind(process.stdout);
process.stdout.write = () => true; // the report itself is not needed here
main(process.argv.slice(2)).then(code => {
  process.stdout.write = out;
  process.stderr.write(JSON.stringify({ code, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
});
