/** Radar geometry shared by the chart's dimension labels and the static blank worksheet (SVG). */

/** Angle of spoke i of n, clockwise from the top (as chart.js draws a radar). */
export function spokeAngle(i: number, n: number): number {
  return -Math.PI / 2 + (2 * Math.PI * i) / n;
}

export function polar(cx: number, cy: number, r: number, angle: number): [number, number] {
  return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
}

export interface DimensionSector { name: string; first: number; last: number; start: number; end: number; mid: number }

/** Each dimension's sector: from halfway before its first spoke to halfway after its last. */
export function dimensionSectors(dimensions: { navn: string; count: number }[]): DimensionSector[] {
  const n = dimensions.reduce((a, d) => a + d.count, 0);
  let first = 0;
  return dimensions.map((d) => {
    const last = first + d.count - 1;
    const start = spokeAngle(first - 0.5, n);
    const end = spokeAngle(last + 0.5, n);
    const sector = { name: d.navn, first, last, start, end, mid: (start + end) / 2 };
    first = last + 1;
    return sector;
  });
}

/** Splits a label into lines of at most `width` characters, on spaces. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
