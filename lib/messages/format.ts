// Apart from the catalogs, so the browser can fill placeholders without loading a catalog.

/** Fills {name} placeholders; a missing value is left visible so it is noticed. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}
