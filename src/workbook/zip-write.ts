/**
 * Writing a zip archive: the one layout of local headers, central directory and end record, shared by the
 * file patcher (entries it copies compressed or deflates) and the export writer (stored entries, in a browser).
 */

/** One entry as written: `data` is already in its method's form (0 stored, 8 deflated). */
export interface ZipWriteEntry {
  /** The name's bytes, UTF-8 when bit 11 of `flags` is set. */
  name: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  csize: number;
  usize: number;
  data: Uint8Array;
}

/** Bit 11: the entry's name is UTF-8. */
export const UTF8_NAMES = 0x0800;

/** A time as zip's MS-DOS date and time fields (two-second steps, years from 1980). */
export function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The fields a local header and its central-directory record share, from "version needed" to the name's length. */
function putEntryFields(v: DataView, at: number, e: Omit<ZipWriteEntry, 'data'>): void {
  v.setUint16(at, 20, true); // version needed: 2.0
  v.setUint16(at + 2, e.flags, true);
  v.setUint16(at + 4, e.method, true);
  v.setUint16(at + 6, e.time, true);
  v.setUint16(at + 8, e.date, true);
  v.setUint32(at + 10, e.crc, true);
  v.setUint32(at + 14, e.csize, true);
  v.setUint32(at + 18, e.usize, true);
  v.setUint16(at + 22, e.name.length, true);
}

/** An entry's fields without its data: what a writer that streams the data needs for the headers. */
export type ZipEntryHead = Omit<ZipWriteEntry, 'data'>;

/** The local header of an entry (its data follows it). */
export function localHeader(e: ZipEntryHead): Uint8Array {
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  putEntryFields(local, 4, e);
  return new Uint8Array(local.buffer);
}

/** The central directory and end record, for entries written in order from offset 0 (each `offsets[i]`). */
export function zipDirectory(entries: ZipEntryHead[], offsets: number[], end: number): Uint8Array[] {
  const central: Uint8Array[] = [];
  entries.forEach((e, i) => {
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true); // version made by
    putEntryFields(dir, 6, e);
    dir.setUint32(42, offsets[i], true);
    central.push(new Uint8Array(dir.buffer), e.name);
  });
  const tail = new DataView(new ArrayBuffer(22));
  tail.setUint32(0, 0x06054b50, true);
  tail.setUint16(8, entries.length, true);
  tail.setUint16(10, entries.length, true);
  tail.setUint32(12, central.reduce((n, c) => n + c.length, 0), true);
  tail.setUint32(16, end, true);
  return [...central, new Uint8Array(tail.buffer)];
}

/** The archive's pieces in order, for the caller to join (Buffer.concat in Node, joinBytes elsewhere). */
export function zipChunks(entries: ZipWriteEntry[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const e of entries) {
    offsets.push(offset);
    chunks.push(localHeader(e), e.name, e.data);
    offset += 30 + e.name.length + e.data.length;
  }
  return [...chunks, ...zipDirectory(entries, offsets, offset)];
}

/** Pieces joined into one array. */
export function joinBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of parts) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
