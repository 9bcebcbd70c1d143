import { afterEach, beforeEach, vi } from "vitest";

// An unexpected console.error is a bug the test did not assert on: fail the test.
let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (errors.length) {
    throw new Error(
      `console.error was called during the test:\n${errors.map((a) => a.join(" ")).join("\n")}`,
    );
  }
});
