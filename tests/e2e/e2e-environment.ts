import os from "node:os";
import path from "node:path";

export const E2E_PORT = 3100;
export const E2E_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATA_DIR = path.join(os.tmpdir(), "pro-bono-e2e");
export const E2E_MAIL_DIR = path.join(E2E_DATA_DIR, "mail");
