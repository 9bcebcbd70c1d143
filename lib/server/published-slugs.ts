// The front door's copy of the published testimonials' slugs (lib/server/missed-links.ts),
// read again from the database when a request finds it older than `ttlMs`, in the background:
// the request is answered from the copy in hand, so no page waits on the database. A
// testimonial published on another instance is known here within `ttlMs` (PAGE_CACHE_SECONDS,
// the time within which that instance's cached pages change too). Until the first read
// succeeds the copy is unknown, and every slug goes on to Next.js, which still answers 404.

export type PublishedSlugsSettings = {
  load: () => Promise<readonly string[]>;
  ttlMs: number;
  now?: () => number;
  /** Told of a failed read (its class only: no data); the copy in hand is kept. */
  onError?: (error: unknown) => void;
};

export function createPublishedSlugs(settings: PublishedSlugsSettings) {
  const now = settings.now ?? Date.now;
  let slugs: ReadonlySet<string> | undefined;
  let readAt = -Infinity;
  let reading: Promise<void> | undefined;

  const read = (): Promise<void> => {
    reading ??= settings
      .load()
      .then((list) => {
        slugs = new Set(list.map((slug) => slug.toLowerCase()));
        readAt = now();
      })
      .catch((error: unknown) => {
        // Tried again after another ttlMs rather than on every request.
        readAt = now();
        settings.onError?.(error);
      })
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };

  return {
    /** The copy in hand; starts a read in the background when it is older than `ttlMs`. */
    current(): ReadonlySet<string> | undefined {
      if (now() - readAt >= settings.ttlMs) void read();
      return slugs;
    },
    /** Reads now: before the server takes requests, and in tests. */
    refresh: read,
  };
}

export type PublishedSlugs = ReturnType<typeof createPublishedSlugs>;
