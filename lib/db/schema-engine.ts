import { readFile } from "node:fs/promises";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { SchemaEngineAdapterFactory } from "./schema-engine-adapter";

// The prisma CLI downloads a native schema engine, which these machines cannot reach; the
// same engine is published as WebAssembly, so we load that one
// (docs/decisions/001-migrations-with-wasm-schema-engine.md).
let wasmReady: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;

// The engine reports a Rust panic through this global before it aborts; without it the
// reason is lost behind "Cannot read properties of undefined".
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    console.error(`Prisma schema engine panicked: ${message}`);
  },
};

/**
 * The engine arms a timer (its 10 s advisory-lock timeout) that it never clears, which kept a
 * finished command alive for 10 s. Its timers are unref'd: they still fire while the engine
 * waits on the database, and never hold the process open on their own.
 */
function withUnrefTimers<T extends object>(bindings: T): T {
  const wrapped: Record<string, unknown> = { ...(bindings as Record<string, unknown>) };
  for (const [name, value] of Object.entries(bindings)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    wrapped[name] = (...args: unknown[]) => {
      const timer = value(...args) as { unref?: () => void } | undefined;
      timer?.unref?.();
      return timer;
    };
  }
  return wrapped as T;
}

function loadWasm() {
  wasmReady ??= (async () => {
    const specifier = "@prisma/schema-engine-wasm/schema_engine_bg";
    const bindings = await import(specifier);
    const wasmUrl = new URL("./schema_engine_bg.wasm", import.meta.resolve(specifier));
    const { instance } = await WebAssembly.instantiate(await readFile(wasmUrl), {
      "./schema_engine_bg.js": withUnrefTimers(bindings),
    });
    const exports = instance.exports as Record<string, unknown> & { __wbindgen_start(): void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bindings;
  })();
  return wasmReady;
}

export type EngineLog = (message: string) => void;

export type OpenSchemaEngine = { engine: SchemaEngine; close(): Promise<void> };

export async function openSchemaEngine(
  connectionString: string,
  schema: { path: string; content: string },
  log: EngineLog = () => {},
): Promise<OpenSchemaEngine> {
  const { SchemaEngine } = await loadWasm();
  const factory = new SchemaEngineAdapterFactory(connectionString);
  const engine = await SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    (line: string) => log(line),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    async close() {
      engine.free();
      await factory.disposeAll();
    },
  };
}
