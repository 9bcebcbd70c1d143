// Calls better-auth's HTTP endpoints from the browser, so its per-IP limiter sees every try.

export type AuthReply = { status: number; code?: string; message?: string; data: Record<string, unknown> };

export async function postAuth(path: string, body: unknown): Promise<AuthReply> {
  try {
    const response = await fetch(`/api/auth${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    return {
      status: response.status,
      code: typeof data.code === "string" ? data.code : undefined,
      message: typeof data.message === "string" ? data.message : undefined,
      data,
    };
  } catch {
    return { status: 0, data: {} };
  }
}
