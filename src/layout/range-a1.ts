import { columnNumber } from '../model/address';

/** A rectangle of cells, 1-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's grid: 1,048,576 rows, 16,384 columns (XFD). */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

/**
 * An A1 range as Excel and users write it: "B4:H20", "$B$4:$H$20", "B4", whole columns "B:H", whole rows "4:20",
 * optionally after "Sheet!". Undefined when it is not a range or lies outside Excel's grid.
 */
export function parseRange(text: string): Area | undefined {
  const ref = text.slice(text.lastIndexOf('!') + 1).replace(/\$/g, '').trim().toUpperCase();
  let area: Area | undefined;
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref);
  if (m) {
    const [r1, c1] = [Number(m[2]), columnNumber(m[1])];
    const [r2, c2] = m[3] ? [Number(m[4]), columnNumber(m[3])] : [r1, c1];
    area = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  } else if ((m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(ref))) {
    const [c1, c2] = [columnNumber(m[1]), columnNumber(m[2])];
    area = { top: 1, bottom: MAX_ROW, left: Math.min(c1, c2), right: Math.max(c1, c2) };
  } else if ((m = /^(\d+):(\d+)$/.exec(ref))) {
    const [r1, r2] = [Number(m[1]), Number(m[2])];
    area = { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 1, right: MAX_COLUMN };
  }
  if (!area || area.top < 1 || area.left < 1 || area.bottom > MAX_ROW || area.right > MAX_COLUMN) return undefined;
  return area;
}

export function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function intersection(a: Area, b: Area): Area | undefined {
  return overlaps(a, b)
    ? { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) }
    : undefined;
}
