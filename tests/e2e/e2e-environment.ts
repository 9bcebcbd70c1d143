import os from "node:os";
import path from "node:path";

export const E2E_PORT = 3100;
export const E2E_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATA_DIR = path.join(os.tmpdir(), "pro-bono-e2e");
export const E2E_MAIL_DIR = path.join(E2E_DATA_DIR, "mail");

/** Configuration baked into the build; every server started by the tests uses the same. */
export const E2E_BUILD_ENV = {
  SITE_URL: E2E_URL,
  PRO_BONO_WEEK_START: "2026-10-25",
  PRO_BONO_WEEK_END: "2026-10-31",
};
