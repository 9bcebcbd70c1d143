/** A plain-text table: first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export const fixed = (value: number, digits = 0) => value.toFixed(digits);

export const kib = (bytes: number) => (bytes / 1024).toFixed(1);

/** Prints the missed targets, one "TARGET MISSED" line each; missing a target is not an error. */
export function reportTargets(missed: string[]): void {
  console.log("");
  if (missed.length === 0) console.log("All targets met.");
  for (const line of missed) console.log(`TARGET MISSED: ${line}`);
}
