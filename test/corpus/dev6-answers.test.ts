import * as fs from 'fs';
import * as path from 'path';
import { describeAnswers, type ChecksFile } from '../helpers/heldout-answers';

/**
 * The dev6 answers (test/corpus/dev6/hidden, built by `node scripts/make-heldout.js --set dev6`) are recomputed
 * from the cells of the workbooks with decimal.js, as for the held-out set: every value, every planted error and
 * every clean cell.
 */
const DIR = path.join(__dirname, 'dev6');
const CHECKS = JSON.parse(fs.readFileSync(path.join(DIR, 'checks.json'), 'utf8')) as ChecksFile;

describeAnswers('dev6', path.join(DIR, 'hidden'), CHECKS);
