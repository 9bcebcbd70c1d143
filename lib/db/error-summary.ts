// What went wrong with the database, in words safe for a log line: the error's class, Prisma's
// code and PostgreSQL's SQLSTATE or the driver's kind of failure. Never a message: PostgreSQL
// quotes values in them ("Key (email)=(…) already exists").

type AdapterCause = { originalCode?: unknown; code?: unknown; kind?: unknown };
type ErrorLike = {
  name?: unknown;
  code?: unknown;
  errorCode?: unknown;
  meta?: { driverAdapterError?: { cause?: AdapterCause } };
  cause?: unknown;
};

const TOKEN = /^[\w.-]{1,40}$/;
const token = (value: unknown) => (typeof value === "string" && TOKEN.test(value) ? value : undefined);

export function databaseErrorSummary(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const detail = error as ErrorLike;
  const parts = [token(detail.name) ?? "Error"];
  // Prisma's own code (P1001, P2010) and the PostgreSQL error under the driver adapter.
  const prismaCode = token(detail.code) ?? token(detail.errorCode);
  const cause = detail.meta?.driverAdapterError?.cause;
  const sqlState = token(cause?.originalCode) ?? token(cause?.code);
  if (prismaCode && /^P\d{4}$/.test(prismaCode)) parts.push(prismaCode);
  else if (prismaCode) parts.push(`code=${prismaCode}`);
  if (sqlState) parts.push(`code=${sqlState}`);
  else if (token(cause?.kind)) parts.push(String(cause!.kind));
  // A wrapped driver error (pg's own, with its SQLSTATE, or Node's ECONNREFUSED).
  if (parts.length === 1 && detail.cause instanceof Error) {
    const inner = databaseErrorSummary(detail.cause);
    if (inner !== "Error") parts.push(`(${inner})`);
  }
  return parts.join(" ");
}
