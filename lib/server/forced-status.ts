import type { ServerResponse } from "node:http";

// A page Next.js renders as any other (status 200) that the front door answers with another
// status: the not-found page served for a link that names no page (404; later a removed
// testimonial's page, 410: decision 037). Next.js sets a page's status only through
// notFound(), whose answer it does not render on the server (vercel/next.js#62228).

/** Said instead of the page's own: a CDN must not keep a miss of a page that may yet be published. */
const MISS_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

/**
 * Makes this response's 200 the given status, as it is written (Node.js writes the head
 * through `writeHead`, also when the body starts without it). Any other status Next.js chose
 * (a redirect, an error) is left as it is.
 */
export function forceStatus(response: ServerResponse, status: number): void {
  const writeHead = response.writeHead as (...args: unknown[]) => ServerResponse;
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 200) {
      this.setHeader("Cache-Control", MISS_CACHE_CONTROL);
      // A reason phrase given for 200 ("OK") is not the new status's; headers handed to
      // writeHead itself would override setHeader's Cache-Control.
      const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
      if (headers && !Array.isArray(headers)) {
        for (const name of Object.keys(headers)) {
          if (name.toLowerCase() === "cache-control") delete (headers as Record<string, unknown>)[name];
        }
      }
      return headers ? writeHead.call(this, status, headers) : writeHead.call(this, status);
    }
    return writeHead.call(this, statusCode, ...rest);
  } as ServerResponse["writeHead"];
}
