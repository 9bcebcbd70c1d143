import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { forceStatus } from "./forced-status";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server whose handler answers as Next.js does, the status forced to 404. */
async function answer(handler: (response: http.ServerResponse) => void) {
  server = http.createServer((_request, response) => {
    forceStatus(response, 404);
    handler(response);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" });
}

describe("forceStatus", () => {
  it("turns a page's 200 into the status, however the head is written, and keeps no cache copy", async () => {
    const implicit = await answer((response) => {
      response.statusCode = 200;
      response.setHeader("Cache-Control", "s-maxage=31536000");
      response.end("<h1>Not found</h1>");
    });
    expect(implicit.status).toBe(404);
    expect(implicit.headers.get("cache-control")).toMatch(/no-store/);
    expect(await implicit.text()).toBe("<h1>Not found</h1>");

    const explicit = await answer((response) => {
      response.writeHead(200, "OK", { "Cache-Control": "s-maxage=3600", "Content-Type": "text/html" }).end();
    });
    expect(explicit.status).toBe(404);
    expect(explicit.statusText).toBe("Not Found");
    expect(explicit.headers.get("cache-control")).toMatch(/no-store/);
    expect(explicit.headers.get("content-type")).toBe("text/html");
  });

  it("leaves any other status as Next.js chose it", async () => {
    const redirect = await answer((response) => response.writeHead(308, { Location: "/voices" }).end());
    expect(redirect.status).toBe(308);
    const failure = await answer((response) => {
      response.statusCode = 500;
      response.end();
    });
    expect(failure.status).toBe(500);
  });
});
