import { describe, expect, it } from "vitest";
import { HTTP_ENDPOINTS, REFUSED_ENDPOINTS } from "../../lib/auth/http-endpoints";
import { callAuth, staffAuthDatabase } from "../support/staff-auth";

// better-auth's own list of endpoints for our configuration (every plugin's), walked: each is
// either on the HTTP allowlist or refused with a reason in lib/auth/http-endpoints.ts. A
// library upgrade or a new plugin that brings an endpoint fails here until someone decides.

const current = staffAuthDatabase();

function libraryPaths(): string[] {
  const api = current().deps.auth.api as unknown as Record<string, { path?: string }>;
  // Endpoints without a path are server-only (`auth.api` alone): no HTTP door to decide on.
  return Object.values(api)
    .map((endpoint) => endpoint.path)
    .filter((path): path is string => typeof path === "string")
    .sort();
}

const concrete = (path: string) => path.replace(/:[a-z]+/gi, "x");

describe("the auth library's HTTP endpoints", () => {
  it("are each allowlisted or refused by a decision: none is left undecided", () => {
    const decided = new Set([...Object.keys(HTTP_ENDPOINTS), ...Object.keys(REFUSED_ENDPOINTS)]);
    const undecided = libraryPaths().filter((path) => !decided.has(path));
    expect(
      undecided,
      "add each to HTTP_ENDPOINTS or REFUSED_ENDPOINTS in lib/auth/http-endpoints.ts",
    ).toEqual([]);
    // Nothing is decided twice, and no decision names an endpoint the library no longer has.
    const allowed = Object.keys(HTTP_ENDPOINTS);
    expect(allowed.filter((path) => path in REFUSED_ENDPOINTS)).toEqual([]);
    expect([...decided].filter((path) => !libraryPaths().includes(path))).toEqual([]);
  });

  it("answer 404 over HTTP to every method when refused, the admin plugin's included", async () => {
    const { auth } = current().deps;
    const refused = libraryPaths().filter((path) => !(path in HTTP_ENDPOINTS));
    expect(refused).toEqual(
      expect.arrayContaining(["/admin/update-user", "/admin/set-role", "/verify-password"]),
    );
    for (const path of refused) {
      for (const method of ["GET", "POST"]) {
        const reply = await callAuth(auth, concrete(path), {
          method,
          body: method === "POST" ? {} : undefined,
        });
        expect(reply.status, `${method} ${path}`).toBe(404);
      }
    }
  });

  it("serve the allowlist over POST alone, and refuse other spellings of it", async () => {
    const { auth } = current().deps;
    for (const path of Object.keys(HTTP_ENDPOINTS)) {
      expect((await callAuth(auth, path, { body: {} })).status, `POST ${path}`).not.toBe(404);
      expect((await callAuth(auth, path, { method: "GET" })).status, `GET ${path}`).toBe(404);
    }
    for (const path of [
      "/sign-in/email/",
      "/SIGN-IN/email",
      "/sign-in//email",
      "/admin%2Fupdate-user",
      "/",
    ]) {
      expect((await callAuth(auth, path, { body: {} })).status, path).toBe(404);
    }
  });
});
