import { crc32 } from '../../crc32';
import * as fs from 'fs';
import { once } from 'events';
import * as zlib from 'zlib';
import { WorkbookRefusal } from '../../../model/workbook-port';
import { dosDateTime, localHeader, UTF8_NAMES, zipChunks, zipDirectory, type ZipEntryHead, type ZipWriteEntry } from '../../zip-write';

/**
 * An .xlsx package as the patcher sees it: its parts in zip order, each either the input's entry kept
 * as compressed bytes (copied verbatim on save) or new content set by the patcher.
 * Only what the patcher touches is ever inflated.
 */

interface RawEntry {
  method: number;
  crc: number;
  csize: number;
  usize: number;
  time: number;
  date: number;
  flags: number;
  data: Buffer;
}

/** A piece of a part's content: text (UTF-8) or bytes. */
export type PartChunk = string | Uint8Array;

interface Part {
  name: string;
  raw?: RawEntry;
  /** Set when the patcher changed or created the part; undefined = input bytes. */
  content?: Buffer;
  /**
   * Content as pieces, produced in order when the package is saved (a large sheet is never one string or
   * one buffer); set instead of `content`.
   */
  chunks?: () => Iterable<PartChunk>;
  cache?: Buffer;
}

/** Pieces are gathered to about this many characters before they are encoded and deflated. */
const BATCH_CHARS = 1 << 16;

/** The pieces as buffers of about BATCH_CHARS, strings joined and encoded a batch at a time. */
function* batched(chunks: Iterable<PartChunk>): Generator<Buffer> {
  let texts: string[] = [];
  let size = 0;
  for (const c of chunks) {
    if (typeof c === 'string') {
      texts.push(c);
      size += c.length;
      if (size < BATCH_CHARS) continue;
    }
    if (texts.length) {
      yield Buffer.from(texts.join(''), 'utf8');
      texts = [];
      size = 0;
    }
    if (typeof c !== 'string' && c.length) yield Buffer.from(c.buffer, c.byteOffset, c.length);
  }
  if (texts.length) yield Buffer.from(texts.join(''), 'utf8');
}

const crcOf = (b: Buffer, prev: number): number => (typeof zlib.crc32 === 'function' ? zlib.crc32(b, prev) >>> 0 : crc32(b, prev));

/** Largest part we inflate: a sheet of this size is refused rather than exhausting memory. */
const MAX_PART_BYTES = 1_500_000_000;
/** Parts above this size read as text are not cached as bytes (see text()). */
const TEXT_ONLY_BYTES = 8 * 1024 * 1024;

function corrupt(file: string): WorkbookRefusal {
  return new WorkbookRefusal(`Berkas ${file} rusak dan tidak dapat dibaca sebagai .xlsx. Buka dan simpan ulang di Excel, lalu coba lagi.`, 'unreadable');
}

export class XlsxPackage {
  private parts = new Map<string, Part>();
  /** Lower-cased name → stored name: OPC part names are case-insensitive. */
  private folded = new Map<string, string>();

  constructor(readonly fileName = 'buku kerja') {}

  static fromBuffer(buf: Buffer, fileName = 'buku kerja'): XlsxPackage {
    const pkg = new XlsxPackage(fileName);
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
      if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
    }
    if (eocd < 0) throw corrupt(fileName);
    const count = buf.readUInt16LE(eocd + 10);
    let at = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || at === 0xffffffff) {
      throw new WorkbookRefusal(`Berkas ${fileName} terlalu besar untuk ditulis oleh alat ini (arsip ZIP64). Jalankan 'capaian check' saja.`, 'zip64');
    }
    for (let k = 0; k < count; k++) {
      if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw corrupt(fileName);
      const flags = buf.readUInt16LE(at + 8);
      const method = buf.readUInt16LE(at + 10);
      const time = buf.readUInt16LE(at + 12);
      const date = buf.readUInt16LE(at + 14);
      const crc = buf.readUInt32LE(at + 16);
      const csize = buf.readUInt32LE(at + 20);
      const usize = buf.readUInt32LE(at + 24);
      const nameLen = buf.readUInt16LE(at + 28);
      const extraLen = buf.readUInt16LE(at + 30);
      const commentLen = buf.readUInt16LE(at + 32);
      const local = buf.readUInt32LE(at + 42);
      const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLen);
      at += 46 + nameLen + extraLen + commentLen;
      if (name.endsWith('/')) continue;
      if (flags & 1) {
        throw new WorkbookRefusal(`Berkas ${fileName} dilindungi kata sandi. Hapus kata sandi di Excel (File > Info > Proteksi Buku Kerja), simpan, lalu coba lagi.`, 'encrypted');
      }
      if (method !== 0 && method !== 8) throw corrupt(fileName);
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw corrupt(fileName);
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      if (start + csize > buf.length) throw corrupt(fileName);
      pkg.addPart({ name, raw: { method, crc, csize, usize, time, date, flags: flags & 0x800, data: buf.subarray(start, start + csize) } });
    }
    return pkg;
  }

  private addPart(p: Part): void {
    const key = p.name.toLowerCase();
    const old = this.folded.get(key);
    if (old !== undefined) this.parts.delete(old);
    this.parts.set(p.name, p);
    this.folded.set(key, p.name);
  }

  /** Stored name of a part, matched without regard to case; undefined when absent. */
  resolve(name: string): string | undefined {
    const n = name.replace(/^\//, '');
    return this.parts.has(n) ? n : this.folded.get(n.toLowerCase());
  }

  has(name: string): boolean {
    return this.resolve(name) !== undefined;
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  bytes(name: string): Buffer | undefined {
    const n = this.resolve(name);
    if (n === undefined) return undefined;
    const p = this.parts.get(n)!;
    if (p.content) return p.content;
    if (p.chunks) {
      // Read back after being set as pieces (rare): the pieces become the content.
      p.content = Buffer.concat([...batched(p.chunks())]);
      p.chunks = undefined;
      return p.content;
    }
    if (p.cache) return p.cache;
    return (p.cache = this.inflate(n, p));
  }

  /** The input bytes of a part kept as its compressed entry, inflated (not kept). */
  private inflate(n: string, p: Part): Buffer {
    const raw = p.raw!;
    if (raw.usize > MAX_PART_BYTES) {
      throw new WorkbookRefusal(`Bagian ${n} di ${this.fileName} terlalu besar untuk diproses dengan aman. Jalankan 'capaian check' saja.`, 'too_large');
    }
    let out: Buffer;
    try {
      // One output buffer of the declared size (as the reader does): the default 16 KB pieces, freed after
      // they are joined, stayed in the process's memory (about 40 MB more at the end of a 100,000-row check).
      const size = Math.max(raw.usize, 1) + 1;
      out = raw.method === 0 ? raw.data : zlib.inflateRawSync(raw.data, { maxOutputLength: size, chunkSize: Math.max(64, size) });
    } catch {
      throw corrupt(this.fileName);
    }
    if (out.length !== raw.usize) throw corrupt(this.fileName);
    return out;
  }

  /**
   * A part as text. A large part read as text is not kept as bytes too: the 40 MB sheet of a 100,000-row
   * workbook held twice (bytes and string) while unpatch took a run out of it; it is inflated again if asked.
   */
  text(name: string): string | undefined {
    const n = this.resolve(name);
    if (n === undefined) return undefined;
    const p = this.parts.get(n)!;
    const b = p.content ?? p.cache ?? (p.raw!.usize > TEXT_ONLY_BYTES ? this.inflate(n, p) : this.bytes(n)!);
    // A UTF-8 byte order mark is legal at the start of an XML part; keep it out of string offsets.
    return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.toString('utf8', 3) : b.toString('utf8');
  }

  /**
   * A part's bytes without keeping them, for the grid reader: an input part is inflated and its CRC checked,
   * as a zip reader would, so a damaged entry is refused here too.
   */
  readOnce(name: string): Buffer | undefined {
    const n = this.resolve(name);
    if (n === undefined) return undefined;
    const p = this.parts.get(n)!;
    if (p.content) return p.content;
    if (p.chunks) return this.bytes(n);
    if (p.cache) return p.cache;
    const out = this.inflate(n, p);
    if (crc32(out) !== p.raw!.crc) throw corrupt(this.fileName);
    return out;
  }

  /** A part's size in bytes, uncompressed. */
  size(name: string): number {
    const n = this.resolve(name);
    if (n === undefined) return 0;
    const p = this.parts.get(n)!;
    return p.content?.length ?? p.cache?.length ?? (p.raw ? p.raw.usize : this.bytes(n)!.length);
  }

  /** True when the part's bytes are still those of the input. */
  untouched(name: string): boolean {
    const n = this.resolve(name);
    return n !== undefined && !this.parts.get(n)!.content && !this.parts.get(n)!.chunks;
  }

  /**
   * Sets a part's content as pieces produced when the package is saved. `produce` may be called more than
   * once (each call yields the same pieces); what it reads must stay unchanged until the save.
   */
  setChunks(name: string, produce: () => Iterable<PartChunk>): void {
    const n = this.resolve(name);
    if (n !== undefined) {
      const p = this.parts.get(n)!;
      p.content = undefined;
      p.cache = undefined;
      p.chunks = produce;
      return;
    }
    this.addPart({ name: name.replace(/^\//, ''), chunks: produce });
  }

  set(name: string, content: string | Buffer): void {
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const n = this.resolve(name);
    if (n !== undefined) {
      const p = this.parts.get(n)!;
      p.chunks = undefined;
      // A part set back to its exact input bytes keeps its input compression.
      if (p.raw && p.raw.usize === buf.length && crc32(buf) === p.raw.crc) {
        p.content = undefined;
        p.cache = buf;
        return;
      }
      p.content = buf;
      p.cache = undefined;
      return;
    }
    this.addPart({ name: name.replace(/^\//, ''), content: buf });
  }

  remove(name: string): void {
    const n = this.resolve(name);
    if (n === undefined) return;
    this.parts.delete(n);
    this.folded.delete(n.toLowerCase());
  }

  /** A copy sharing the input's compressed bytes. */
  clone(): XlsxPackage {
    const c = new XlsxPackage(this.fileName);
    for (const p of this.parts.values()) c.addPart({ ...p });
    return c;
  }

  /** The zip: input entries copied as compressed, changed ones deflated at `level` (0 = stored). */
  toBuffer(level = 6): Buffer {
    const now = dosDateTime(new Date());
    const entries: ZipWriteEntry[] = [];
    for (const p of this.parts.values()) {
      let e: RawEntry;
      if (!p.content && !p.chunks && p.raw) e = p.raw;
      else {
        const data = p.content ?? this.bytes(p.name)!;
        const packed = level === 0 ? data : zlib.deflateRawSync(data, { level });
        e = { method: level === 0 ? 0 : 8, crc: crc32(data), csize: packed.length, usize: data.length, time: now.time, date: now.date, flags: UTF8_NAMES, data: packed };
      }
      entries.push({ ...e, name: Buffer.from(p.name, e.flags & UTF8_NAMES ? 'utf8' : 'latin1') });
    }
    return Buffer.concat(zipChunks(entries));
  }

  /**
   * Writes the zip to `file` part by part: input entries copied as compressed, changed ones deflated at
   * `level` as their pieces are produced, so no changed part is ever held whole (only its compressed form).
   */
  async save(file: string, level = 6): Promise<void> {
    const now = dosDateTime(new Date());
    const fd = fs.openSync(file, 'w');
    try {
      const heads: ZipEntryHead[] = [];
      const offsets: number[] = [];
      let offset = 0;
      const put = (b: Uint8Array) => {
        let done = 0;
        while (done < b.length) done += fs.writeSync(fd, b, done, b.length - done);
        offset += b.length;
      };
      for (const p of this.parts.values()) {
        let head: ZipEntryHead;
        let data: Uint8Array[];
        if (!p.content && !p.chunks && p.raw) {
          const { method, crc, csize, usize, time, date, flags } = p.raw;
          head = { name: Buffer.from(p.name, flags & UTF8_NAMES ? 'utf8' : 'latin1'), method, crc, csize, usize, time, date, flags };
          data = [p.raw.data];
        } else {
          const packed = await deflatePieces(p.chunks ? p.chunks() : [p.content ?? this.bytes(p.name)!], level);
          head = { name: Buffer.from(p.name, 'utf8'), method: level === 0 ? 0 : 8, crc: packed.crc, csize: packed.csize, usize: packed.usize, time: now.time, date: now.date, flags: UTF8_NAMES };
          data = packed.data;
        }
        heads.push(head);
        offsets.push(offset);
        put(localHeader(head));
        put(head.name);
        for (const d of data) put(d);
      }
      for (const b of zipDirectory(heads, offsets, offset)) put(b);
    } finally {
      fs.closeSync(fd);
    }
  }
}

/** Pieces deflated (or stored at level 0) in batches: the compressed bytes, CRC and sizes. */
async function deflatePieces(pieces: Iterable<PartChunk>, level: number): Promise<{ data: Buffer[]; crc: number; csize: number; usize: number }> {
  const data: Buffer[] = [];
  let crc = 0;
  let usize = 0;
  if (level === 0) {
    for (const b of batched(pieces)) {
      crc = crcOf(b, crc);
      usize += b.length;
      data.push(b);
    }
    return { data, crc, csize: usize, usize };
  }
  const z = zlib.createDeflateRaw({ level });
  let csize = 0;
  z.on('data', (b: Buffer) => {
    data.push(b);
    csize += b.length;
  });
  const ended = once(z, 'end');
  // A failure while writing is thrown there; this only keeps it from being reported twice.
  ended.catch(() => undefined);
  for (const b of batched(pieces)) {
    crc = crcOf(b, crc);
    usize += b.length;
    if (!z.write(b)) await once(z, 'drain');
  }
  z.end();
  await ended;
  return { data, crc, csize, usize };
}
