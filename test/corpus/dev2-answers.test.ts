import * as fs from 'fs';
import * as path from 'path';
import { describeAnswers, type ChecksFile } from '../helpers/heldout-answers';

/**
 * The dev2 answers (test/corpus/dev2/hidden, built by `node scripts/make-heldout.js --set dev2`) are recomputed
 * from the cells of the workbooks with decimal.js, as for the held-out set: every value, every planted error and
 * every clean cell.
 */
const DIR = path.join(__dirname, 'dev2');
const CHECKS = JSON.parse(fs.readFileSync(path.join(DIR, 'checks.json'), 'utf8')) as ChecksFile;

describeAnswers('dev2', path.join(DIR, 'hidden'), CHECKS);
