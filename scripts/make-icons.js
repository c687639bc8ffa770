#!/usr/bin/env node
'use strict';
/**
 * Draws the add-in's icons and writes them as PNG files into assets/. No image library: the pixels are
 * computed here, then packed with node's zlib.
 *   - the add-in icon: a teal rounded square with three rising white bars and a tick;
 *   - one icon per ribbon button, each on its own colour so the three never look alike, on a tile so the white
 *     pictogram reads on light and dark ribbons alike: "Hitung Capaian" (the add-in icon), "Buka Panel" (a
 *     window with its side panel, blue), "Hapus Hasil" (a waste bin, red); at every size a button Icon admits
 *     (16, 32 and 80 are required; 20, 24, 40, 48 and 64 serve high-DPI screens).
 *
 *   node scripts/make-icons.js            writes assets/icon-{16,32,64,80,128}.png and assets/button-*.png
 *   node scripts/make-icons.js --check    exits 1 when a committed icon differs from what this script draws
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
/** Sizes of a ribbon button's <Icon> in the VersionOverrides schema. */
const BUTTON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
/** Ribbon buttons by the file name their icons get (assets/button-<name>-<size>.png). */
const BUTTONS = ['run', 'pane', 'clear'];
const OUT = path.join(__dirname, '..', 'assets');
/** Samples per pixel side: coverage is averaged over SS×SS points, which anti-aliases the edges. */
const SS = 4;

const BACKGROUND = [0x0b, 0x6a, 0x5b]; // deep teal
const GLYPH = [0xff, 0xff, 0xff];
const ACCENT = [0xff, 0xc8, 0x3d]; // amber tick
const PANE_TILE = [0x0f, 0x6c, 0xbd]; // Fluent blue
const CLEAR_TILE = [0xc4, 0x31, 0x4b]; // Fluent red

/** Shapes in unit coordinates (0..1 across the icon); each returns true when the point is inside. */
function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** A thick line segment (a capsule) from (ax, ay) to (bx, by). */
function stroke(ax, ay, bx, by, w) {
  return (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    const px = ax + t * dx - x;
    const py = ay + t * dy - y;
    return px * px + py * py <= (w / 2) ** 2;
  };
}

function layers(size) {
  // Small icons get chunkier bars so they stay legible at 16 px.
  const small = size <= 16;
  const bw = small ? 0.2 : 0.16;
  const gap = 0.07;
  const left = small ? 0.13 : 0.17;
  const bottom = small ? 0.82 : 0.84;
  const heights = small ? [0.24, 0.4, 0.56] : [0.2, 0.32, 0.44];
  const bars = heights.map((h, i) => {
    const x0 = left + i * (bw + gap);
    return roundedRect(x0, bottom - h, x0 + bw, bottom, small ? 0.02 : 0.025);
  });
  const tickW = small ? 0.11 : 0.085;
  const tick = [stroke(0.5, 0.22, 0.6, 0.32, tickW), stroke(0.6, 0.32, 0.84, 0.1, tickW)];
  const shapes = [
    { color: BACKGROUND, inside: roundedRect(0, 0, 1, 1, 0.18) },
    ...bars.map(inside => ({ color: GLYPH, inside })),
  ];
  // The tick is dropped at 16 px, where it would blur into the bars.
  if (!small) shapes.push(...tick.map(inside => ({ color: ACCENT, inside })));
  return shapes;
}

/** A shape with another cut out of it. */
function minus(a, b) {
  return (x, y) => a(x, y) && !b(x, y);
}

/** A line width in unit coordinates: `unit` of the icon, but never thinner than `px` pixels. */
function thick(size, unit, px) {
  return Math.max(unit, px / size);
}

/** "Buka Panel": a window outline with a title bar and a filled panel on its right. */
function paneLayers(size) {
  const t = thick(size, 0.07, 1.25);
  const [x0, y0, x1, y1] = size <= 20 ? [0.14, 0.18, 0.86, 0.82] : [0.16, 0.2, 0.84, 0.8];
  const frame = minus(roundedRect(x0, y0, x1, y1, 0.04), roundedRect(x0 + t, y0 + t, x1 - t, y1 - t, 0.01));
  const titleBar = roundedRect(x0, y0, x1, y0 + thick(size, 0.13, 2.2), 0.04);
  const panel = roundedRect(0.56, y0, x1, y1, 0.02);
  return [
    { color: PANE_TILE, inside: roundedRect(0, 0, 1, 1, 0.18) },
    { color: GLYPH, inside: frame },
    { color: GLYPH, inside: titleBar },
    { color: GLYPH, inside: panel },
  ];
}

/** "Hapus Hasil": a waste bin (lid, handle, tapered body with slits where the size allows them). */
function clearLayers(size) {
  const small = size <= 20;
  const lidY0 = small ? 0.24 : 0.25;
  const lidH = thick(size, 0.07, 1.4);
  const lid = roundedRect(0.2, lidY0, 0.8, lidY0 + lidH, 0.02);
  const hw = thick(size, 0.05, 1.1);
  const handle = minus(roundedRect(0.38, lidY0 - 0.1, 0.62, lidY0 + 0.01, 0.03), roundedRect(0.38 + hw, lidY0 - 0.1 + hw, 0.62 - hw, lidY0 + 0.02, 0.01));
  const top = lidY0 + lidH + thick(size, 0.04, 1);
  const bottom = small ? 0.84 : 0.82;
  // A trapezoid: 0.27..0.73 across at the top, 0.32..0.68 at the bottom.
  const body = (x, y) => {
    if (y < top || y > bottom) return false;
    const f = (y - top) / (bottom - top);
    return x >= 0.27 + 0.05 * f && x <= 0.73 - 0.05 * f;
  };
  const shapes = [{ color: CLEAR_TILE, inside: roundedRect(0, 0, 1, 1, 0.18) }, { color: GLYPH, inside: lid }, { color: GLYPH, inside: handle }];
  if (size < 24) {
    shapes.push({ color: GLYPH, inside: body });
  } else {
    const sw = thick(size, 0.045, 1);
    const slit = x => roundedRect(x - sw / 2, top + 0.08, x + sw / 2, bottom - 0.08, sw / 2);
    const slits = [0.4, 0.5, 0.6].map(slit);
    shapes.push({ color: GLYPH, inside: (x, y) => body(x, y) && !slits.some(s => s(x, y)) });
  }
  return shapes;
}

const BUTTON_LAYERS = { run: layers, pane: paneLayers, clear: clearLayers };

/** RGBA pixels, premultiplied while sampling, then straight alpha as PNG expects. */
function render(size, draw = layers) {
  const shapes = draw(size);
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const u = (x + (sx + 0.5) / SS) / size;
          const v = (y + (sy + 0.5) / SS) / size;
          let col = null;
          for (const s of shapes) if (s.inside(u, v)) col = s.color;
          if (col) { r += col[0]; g += col[1]; b += col[2]; a += 1; }
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        px[i] = Math.round(r / a);
        px[i + 1] = Math.round(g / a);
        px[i + 2] = Math.round(b / a);
      }
      px[i + 3] = Math.round((a / (SS * SS)) * 255);
    }
  }
  return px;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  // Each scanline starts with filter byte 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every file this script writes: [file name, size, drawing]. */
function files() {
  const out = SIZES.map(size => [`icon-${size}.png`, size, layers]);
  for (const name of BUTTONS) for (const size of BUTTON_SIZES) out.push([`button-${name}-${size}.png`, size, BUTTON_LAYERS[name]]);
  return out;
}

function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  fs.mkdirSync(OUT, { recursive: true });
  for (const [name, size, draw] of files()) {
    const file = path.join(OUT, name);
    const data = png(size, render(size, draw));
    if (check) {
      if (!fs.existsSync(file) || !fs.readFileSync(file).equals(data)) {
        console.error(`berbeda: ${path.relative(process.cwd(), file)}`);
        stale++;
      }
    } else {
      fs.writeFileSync(file, data);
      console.log(`${path.relative(process.cwd(), file)} (${data.length} bytes)`);
    }
  }
  if (stale) {
    console.error('Ikon tidak sesuai dengan scripts/make-icons.js. Jalankan "node scripts/make-icons.js".');
    process.exit(1);
  }
}

if (require.main === module) main();
module.exports = { render, png, SIZES, BUTTON_SIZES, BUTTONS };
