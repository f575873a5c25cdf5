// Draws the app's icons (a speech bubble with a check mark, Interlog's mark) into
// manifest/icons/. Run once when the mark changes; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const out = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'manifest', 'icons');
const BRAND = [15, 108, 189];

/** Coverage in [0, 1] of the mark at (x, y) in a unit square, 4x4 supersampled by the caller. */
function mark(x, y) {
  const inBubble = ((x - 0.5) / 0.4) ** 2 + ((y - 0.45) / 0.32) ** 2 <= 1;
  const inTail = y > 0.6 && y < 0.88 && x > 0.25 && x < 0.45 && x - 0.25 < (0.88 - y) * 0.75;
  const onCheck =
    distanceToSegment(x, y, 0.33, 0.46, 0.45, 0.58) < 0.05 || distanceToSegment(x, y, 0.45, 0.58, 0.68, 0.33) < 0.05;
  return { shape: inBubble || inTail, check: onCheck && inBubble };
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function draw(size, style) {
  const png = new PNG({ width: size, height: size });
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let shape = 0;
      let check = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const m = mark((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          shape += m.shape ? 1 : 0;
          check += m.check ? 1 : 0;
        }
      }
      shape /= samples * samples;
      check /= samples * samples;
      const i = (y * size + x) * 4;
      if (style === 'outline') {
        // Teams outline icons: white on transparent.
        const alpha = Math.max(0, shape - check);
        png.data.set([255, 255, 255, Math.round(alpha * 255)], i);
      } else if (style === 'color') {
        // Full-bleed brand background with a white mark.
        const white = Math.max(0, shape - check);
        png.data.set([...BRAND.map((c) => Math.round(c + (255 - c) * white)), 255], i);
      } else {
        const alpha = shape;
        const white = check / Math.max(shape, 1e-9);
        png.data.set([...BRAND.map((c) => Math.round(c + (255 - c) * white)), Math.round(alpha * 255)], i);
      }
    }
  }
  return PNG.sync.write(png);
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'color.png'), draw(192, 'color'));
writeFileSync(join(out, 'outline.png'), draw(32, 'outline'));
for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(out, `icon-${size}.png`), draw(size, 'addin'));
console.log(`icons written to ${out}`);
