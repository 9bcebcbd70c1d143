// A row's small chart: a value per day as an SVG path, drawn on the server (no script, no
// library). Pure: the component gives the box, this gives the line.

export type SparklineBox = { width: number; height: number; /** room kept for the stroke */ pad: number };

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The path through `values`, left to right across the box, the highest at the top and zero at
 * the bottom. A single value is a flat line across; none is an empty path.
 */
export function sparklinePath(values: readonly number[], { width, height, pad }: SparklineBox): string {
  if (values.length === 0) return "";
  const max = Math.max(...values);
  const y = (value: number) => round(height - pad - (max === 0 ? 0 : (value / max) * (height - 2 * pad)));
  if (values.length === 1) return `M${round(pad)},${y(values[0]!)}H${round(width - pad)}`;
  const step = (width - 2 * pad) / (values.length - 1);
  return values.map((value, i) => `${i === 0 ? "M" : "L"}${round(pad + i * step)},${y(value)}`).join("");
}

/** The highest value and the first day it was reached (days counted from `from`, YYYY-MM-DD). */
export function peak(values: readonly number[], from: string): { value: number; day: string } | null {
  if (values.length === 0) return null;
  let at = 0;
  values.forEach((value, i) => {
    if (value > values[at]!) at = i;
  });
  const day = new Date(`${from}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + at);
  return { value: values[at]!, day: day.toISOString().slice(0, 10) };
}
