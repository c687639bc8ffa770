'use strict';
/**
 * Webpack loader for src/lexicon/lexicon.json: the add-in ships the words, patterns and source keys, not the
 * notes written for the people who maintain the file (note, usedBy, $comment, …Note). The task pane's script
 * budget (scripts/bundle-size.js) is gzip bytes, and the notes are most of the file. The CLI and the tests read
 * the whole file.
 */
const isDoc = key => key === 'note' || key === 'usedBy' || key.startsWith('$') || /Note$/.test(key);

module.exports = function lexiconLoader(source) {
  return JSON.stringify(JSON.parse(source), (key, value) => (isDoc(key) ? undefined : value));
};
module.exports.isDoc = isDoc;
