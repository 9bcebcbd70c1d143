import http from "node:http";
import { hiddenInputs } from "../../../tests/support/hidden-inputs";

// /volunteer/me's form as a browser without JavaScript sends it: the page's hidden inputs
// (React's action reference, our form token, the locale) and the address, as multipart form
// data, with the site's Origin. Node's http client rather than fetch, which cannot set Host:
// the site answers on its own port while SITE_URL names another, and the action's origin
// check compares the two.

export type LinkPage = { status: number; html: string; hidden: [string, string][]; formToken: string };

export type LinkPost = {
  status: number;
  /** Every response header but those that name the moment or the connection. */
  headers: Record<string, string>;
  body: string;
  /** Time to the last byte of the response. */
  ms: number;
};

/** Headers that differ between any two responses, whatever was asked. */
const PER_RESPONSE_HEADERS = new Set(["date", "connection", "keep-alive"]);

function request(
  url: URL,
  options: { method: string; siteOrigin: URL; headers?: Record<string, string | number>; body?: Buffer },
): Promise<{ status: number; headers: Record<string, string>; body: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const sent = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: options.method,
        headers: { host: options.siteOrigin.host, ...options.headers },
        timeout: 30_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const ms = performance.now() - started;
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (!PER_RESPONSE_HEADERS.has(name) && value !== undefined) headers[name] = String(value);
          }
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString(), ms });
        });
        response.on("error", reject);
      },
    );
    sent.on("timeout", () => sent.destroy(new Error(`${options.method} ${url.pathname} took over 30 s`)));
    sent.on("error", reject);
    sent.end(options.body);
  });
}

/** GET of the page (`path` may carry ?outcome=sent, where a post's redirect leads). */
export async function openLinkPage(serverUrl: string, siteOrigin: URL, path: string): Promise<LinkPage> {
  const response = await request(new URL(path, serverUrl), { method: "GET", siteOrigin });
  const hidden = hiddenInputs(response.body);
  const formToken = hidden.find(([name]) => name === "formToken")?.[1];
  if (response.status !== 200 || !formToken)
    throw new Error(`GET ${path} answered ${response.status}${formToken ? "" : " with no formToken input"}`);
  return { status: response.status, html: response.body, hidden, formToken };
}

/** The form's POST with `email` typed in, the page's hidden inputs as they came. */
export async function postLinkRequest(
  serverUrl: string,
  siteOrigin: URL,
  path: string,
  page: LinkPage,
  email: string,
): Promise<LinkPost> {
  const form = new FormData();
  for (const [name, value] of page.hidden) form.append(name, value);
  form.append("email", email);
  // Encoded before the clock starts: the client's multipart work is not the server's.
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  return request(new URL(path, serverUrl), {
    method: "POST",
    siteOrigin,
    headers: {
      origin: siteOrigin.origin,
      accept: "text/html",
      "content-type": encoded.headers.get("content-type")!,
      "content-length": body.length,
    },
    body,
  });
}

/**
 * The page with its one per-request part replaced: the form token minted for this visit, which
 * appears in the hidden input and again in React's payload of the page's props.
 */
export function normalisePage(page: LinkPage): string {
  return page.html.split(page.formToken).join("FORM-TOKEN");
}
