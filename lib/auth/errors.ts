// What a staff data function answers when it will not act. The edge maps `signed_out` to the
// sign-in page (or 401) and `forbidden` to 403; neither says anything about the data.
export class AccessError extends Error {
  constructor(readonly code: "signed_out" | "forbidden" | "needs_two_factor") {
    super(code);
    this.name = "AccessError";
  }
}
