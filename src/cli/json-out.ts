/**
 * `--json` output written piece by piece: byte for byte what JSON.stringify(value, null, indent) gives,
 * without holding the whole text of a 100,000-row report (tens of MB, twice over as string and buffer).
 * The outer levels are walked here; anything deeper is stringified whole and re-indented, which is
 * exact because a JSON text holds no raw line break inside a string.
 */

type Json = unknown;

/**
 * An array written as JSON but never held whole: `length` rows, made a slice at a time by `slice` (same
 * indices as Array.prototype.slice), when jsonChunks writes it in batches.
 */
export class RowSource {
  constructor(readonly length: number, readonly slice: (from: number, to: number) => Json[]) {}

  /** Where it is not walked (deeper than rows are, or by JSON.stringify itself), it is written whole. */
  toJSON(): Json[] {
    return this.slice(0, this.length);
  }
}

const skipped = (v: Json) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function* pieces(value: Json, indent: string, depth: number, walkDepth: number): Generator<string> {
  const pad = indent.repeat(depth);
  const walk =
    depth < walkDepth &&
    value !== null &&
    typeof value === 'object' &&
    (value instanceof RowSource || typeof (value as { toJSON?: unknown }).toJSON !== 'function');
  if (!walk) {
    const text = JSON.stringify(value, null, indent);
    yield depth ? text.replace(/\n/g, `\n${pad}`) : text;
    return;
  }
  const inner = pad + indent;
  if (value instanceof RowSource || Array.isArray(value)) {
    if (!value.length) return yield '[]';
    if (depth + 1 >= walkDepth) return yield* batches(value, indent, depth);
    const at = (i: number): Json => (value instanceof RowSource ? value.slice(i, i + 1)[0] : value[i]);
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `\n${inner}`;
      const row = at(i);
      yield* pieces(skipped(row) ? null : row, indent, depth + 1, walkDepth);
      if (i < value.length - 1) yield ',';
    }
    return yield `\n${pad}]`;
  }
  const entries = Object.entries(value as Record<string, Json>).filter(([, v]) => !skipped(v));
  if (!entries.length) return yield '{}';
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    yield `\n${inner}${JSON.stringify(entries[i][0])}: `;
    yield* pieces(entries[i][1], indent, depth + 1, walkDepth);
    if (i < entries.length - 1) yield ',';
  }
  yield `\n${pad}}`;
}

/**
 * Rows a single JSON.stringify call takes: per-row calls cost three times the whole text's time, and a
 * batch's text must stay under V8's large-object size (128 KB; a result row is ~140 characters, two bytes
 * each once a "−" is in it): larger texts go to the old generation and piled up there until a full
 * collection (2,000 rows a batch cost about 20 MB more at the end of a 100,000-row check).
 */
const BATCH = 256;

/**
 * An array's elements stringified a batch at a time. Each batch is wrapped in as many arrays as this
 * array is deep, so JSON.stringify itself indents its rows as they stand here; the wrapping is cut off.
 */
function* batches(value: Json[] | RowSource, indent: string, depth: number): Generator<string> {
  const L = indent.length;
  // "[\n" then, per wrapping level k, indent×k + "[\n"; at the end "\n" + indent×k + "]" per level.
  let head = 2;
  let tail = 2;
  for (let k = 1; k <= depth; k++) {
    head += k * L + 2;
    tail += k * L + 2;
  }
  yield '[';
  for (let i = 0; i < value.length; i += BATCH) {
    let wrapped: Json = value.slice(i, i + BATCH);
    for (let k = 0; k < depth; k++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, indent);
    yield (i ? ',\n' : '\n') + text.slice(head, text.length - tail);
  }
  yield `\n${indent.repeat(depth)}]`;
}

/** The JSON text of `value` in chunks of about `chunk` characters, as JSON.stringify(value, null, indent). */
export function* jsonChunks(value: Json, indent = ' ', chunk = 1 << 16): Generator<string> {
  let buf = '';
  // Walked down to the rows of a report (results, findings), one level more inside a list of reports;
  // each row is stringified whole, as walking smaller pieces costs more than it saves.
  for (const p of pieces(value, indent, 0, Array.isArray(value) ? 3 : 2)) {
    buf += p;
    if (buf.length >= chunk) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
