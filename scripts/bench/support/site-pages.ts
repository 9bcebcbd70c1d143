/** `--voice /voices/<slug>` skips discovery (also handy to point a run at another page). */
export async function testimonialPath(siteUrl: string, argv: string[]): Promise<string> {
  const given = optionValue(argv, "--voice");
  if (given) return given;
  const response = await fetch(`${siteUrl}/voices`);
  if (response.status !== 200) {
    throw new Error(`GET /voices answered ${response.status}: no testimonial pages to benchmark yet`);
  }
  const match = /href="(\/voices\/[^"/?#]+)"/.exec(await response.text());
  if (!match?.[1]) throw new Error('GET /voices has no link to a testimonial (href="/voices/<slug>")');
  return match[1];
}

export function optionValue(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  const value = index >= 0 ? argv[index + 1] : undefined;
  if (index >= 0 && (!value || value.startsWith("--"))) throw new Error(`${name} needs a value`);
  return value;
}

export type RawPage = { body: Buffer; contentType: string; cacheControl: string };

/** The page exactly as an uncompressed client (autocannon) receives it. */
export async function fetchRaw(url: string): Promise<RawPage> {
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  if (response.headers.get("content-encoding")) throw new Error(`${url} was sent compressed`);
  return {
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get("content-type") ?? "",
    cacheControl: response.headers.get("cache-control") ?? "(none)",
  };
}
