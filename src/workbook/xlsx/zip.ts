import { Inflate } from 'fflate';
import * as zlib from 'zlib';

/**
 * A zip archive read the safe way round: the central directory first, every limit checked on what it
 * declares, and an entry inflated only when asked for, never past the size it declared. A zip bomb is
 * refused before memory grows, whatever its local headers claim.
 *
 * read() inflates a part whole with Node's native zlib (this module is CLI-only): on a 26 MB sheet part it
 * takes 0.25 s where fflate takes 0.6–0.8 s, and maxOutputLength stops it the moment it outgrows its
 * declared size. stream() inflates piece by piece with fflate, holding 64 KB at a time: for passes over
 * a part too big to hold next to its grid (counting the cells of a huge sheet before refusing it).
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipProblem = 'not_zip' | 'corrupt' | 'encrypted' | 'too_large' | 'bomb' | 'too_many_entries' | 'unsupported';

/** Why an archive cannot be read; package-read.ts turns it into one Indonesian sentence. */
export class ZipError extends Error {
  constructor(readonly problem: ZipProblem, detail: string) {
    super(detail);
    this.name = 'ZipError';
  }
}

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalSize: number;
  /** Declared uncompressed size of any one entry. */
  maxEntrySize: number;
  /** Uncompressed/compressed above this (for entries bigger than ratioFloor) is taken for a bomb. */
  maxRatio: number;
  ratioFloor: number;
}

/**
 * A 300,000-row report is about 80 MB of sheet XML at ratios of 6–12; real parts stay far below 200:1,
 * while a bomb of zeros inflates at about 1,000:1. One part is inflated whole, so its size cap is also
 * what keeps a read under 300 MB.
 */
export const DEFAULT_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxTotalSize: 1024 * 1024 * 1024,
  maxEntrySize: 160 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 8 * 1024 * 1024,
};

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(private readonly buf: Buffer, readonly entries: ZipEntry[]) {
    for (const e of entries) this.byName.set(e.name, e);
  }

  /** Reads the central directory of `buf` and checks every limit on what it declares; inflates nothing. */
  static open(buf: Buffer, limits: ZipLimits = DEFAULT_LIMITS): ZipArchive {
    if (buf.length < 22 || buf.readUInt32LE(0) !== LOC) {
      if (buf.length >= 22 && findEocd(buf) >= 0) return ZipArchive.fromDirectory(buf, limits); // leading junk (SFX)
      throw new ZipError('not_zip', 'no local file header at offset 0');
    }
    return ZipArchive.fromDirectory(buf, limits);
  }

  private static fromDirectory(buf: Buffer, limits: ZipLimits): ZipArchive {
    const eocd = findEocd(buf);
    if (eocd < 0) throw new ZipError('corrupt', 'end of central directory not found');
    const count = buf.readUInt16LE(eocd + 10);
    const dirSize = buf.readUInt32LE(eocd + 12);
    const dirOffset = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipError('unsupported', 'zip64 archive');
    if (count > limits.maxEntries) throw new ZipError('too_many_entries', `${count} entries`);
    if (dirOffset + dirSize > eocd) throw new ZipError('corrupt', 'central directory outside the file');
    const entries: ZipEntry[] = [];
    let total = 0;
    let p = dirOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN) throw new ZipError('corrupt', `bad central directory entry ${i}`);
      const flags = buf.readUInt16LE(p + 8);
      const method = buf.readUInt16LE(p + 10);
      const crc = buf.readUInt32LE(p + 16);
      const compressedSize = buf.readUInt32LE(p + 20);
      const size = buf.readUInt32LE(p + 24);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const localOffset = buf.readUInt32LE(p + 42);
      if (p + 46 + nameLen > buf.length) throw new ZipError('corrupt', 'entry name outside the file');
      // Bit 11: UTF-8 name; otherwise CP437, which for the ASCII names of a package is the same.
      const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
      p += 46 + nameLen + extraLen + commentLen;
      if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) throw new ZipError('unsupported', 'zip64 entry');
      if (name.endsWith('/')) continue;
      total += size;
      if (size > limits.maxEntrySize || total > limits.maxTotalSize) throw new ZipError('too_large', `${name}: ${size} bytes`);
      if (size > limits.ratioFloor && size / Math.max(1, compressedSize) > limits.maxRatio) throw new ZipError('bomb', `${name}: ratio ${Math.round(size / Math.max(1, compressedSize))}`);
      if (localOffset + 30 > buf.length) throw new ZipError('corrupt', `${name}: local header outside the file`);
      entries.push({ name, method, flags, crc, compressedSize, size, localOffset });
    }
    return new ZipArchive(buf, entries);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /**
   * The entry's bytes, inflated now. Stops with ZipError('bomb') as soon as the output outgrows the
   * size the directory declared, so a lying header costs no more memory than an honest one.
   */
  read(name: string): Buffer {
    const { e, data } = this.raw(name);
    let out: Buffer;
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw new ZipError('corrupt', `${name}: stored sizes differ`);
      out = data;
    } else if (e.method === 8) {
      try {
        // One byte over the declared size is enough to know the header lied.
        // One chunk of the declared size (already capped by the limits) avoids concatenating the output,
        // which would briefly hold the part twice.
        out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.size + 1), chunkSize: Math.max(64, e.size + 1) });
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new ZipError('bomb', `${name}: inflates past its declared ${e.size} bytes`);
        throw new ZipError('corrupt', `${name}: ${(err as Error).message}`);
      }
      if (out.length !== e.size) throw new ZipError(out.length > e.size ? 'bomb' : 'corrupt', `${name}: ${out.length} bytes, declared ${e.size}`);
    } else {
      throw new ZipError('unsupported', `${name}: compression method ${e.method}`);
    }
    if (typeof zlib.crc32 === 'function' && (zlib.crc32(out) >>> 0) !== e.crc) throw new ZipError('corrupt', `${name}: CRC mismatch`);
    return out;
  }

  /** The entry inflated piece by piece (see streamEntry). */
  stream(name: string, onChunk: (chunk: Uint8Array) => void): void {
    const { e, data } = this.raw(name);
    let total = 0;
    let crc = 0;
    const take = (chunk: Uint8Array) => {
      total += chunk.length;
      if (total > e.size) throw new ZipError('bomb', `${name}: inflates past its declared ${e.size} bytes`);
      crc = zlib.crc32(chunk, crc);
      onChunk(chunk);
    };
    if (e.method === 0) {
      for (let i = 0; i < data.length; i += 65536) take(data.subarray(i, Math.min(data.length, i + 65536)));
    } else if (e.method === 8) {
      const inflate = new Inflate(chunk => take(chunk));
      try {
        for (let i = 0; i < data.length; i += 65536) inflate.push(data.subarray(i, Math.min(data.length, i + 65536)), i + 65536 >= data.length);
        if (!data.length) inflate.push(new Uint8Array(0), true);
      } catch (err) {
        if (err instanceof ZipError) throw err;
        throw new ZipError('corrupt', `${name}: ${(err as Error).message}`);
      }
    } else {
      throw new ZipError('unsupported', `${name}: compression method ${e.method}`);
    }
    if (total !== e.size) throw new ZipError('corrupt', `${name}: ${total} bytes, declared ${e.size}`);
    if ((crc >>> 0) !== e.crc) throw new ZipError('corrupt', `${name}: CRC mismatch`);
  }

  private raw(name: string): { e: ZipEntry; data: Buffer } {
    const e = this.byName.get(name);
    if (!e) throw new ZipError('corrupt', `missing entry ${name}`);
    if (e.flags & 0x1) throw new ZipError('encrypted', `${name} is encrypted`);
    const p = e.localOffset;
    if (this.buf.readUInt32LE(p) !== LOC) throw new ZipError('corrupt', `${name}: bad local header`);
    const start = p + 30 + this.buf.readUInt16LE(p + 26) + this.buf.readUInt16LE(p + 28);
    const end = start + e.compressedSize;
    if (end > this.buf.length) throw new ZipError('corrupt', `${name}: data outside the file`);
    return { e, data: this.buf.subarray(start, end) };
  }
}

/** Offset of the end-of-central-directory record, searched back over the longest possible comment. */
function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}
