import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// LibreOffice Calc, headless, for tests that open a file as a spreadsheet user would.
// scripts/ensure-libreoffice.ts installs it (Debian's libreoffice-calc-nogui) when missing.

export const LIBREOFFICE_MISSING =
  "LibreOffice is needed for this test: run `node --import tsx scripts/ensure-libreoffice.ts` (as root on Debian it installs libreoffice-calc-nogui), or `apt-get install libreoffice-calc-nogui`, or set LIBREOFFICE_PATH to soffice.";

/** LIBREOFFICE_PATH, then Debian's places for soffice. */
export function findLibreOffice(): string | undefined {
  const candidates = [
    process.env.LIBREOFFICE_PATH,
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
  ];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

/**
 * CSV import options (LibreOffice's CSV filter tokens): comma, double quote, UTF-8, from line
 * 1, standard cell formats, English (US), quoted fields not forced to text, special numbers
 * not detected (the dialog's defaults), and "Evaluate formulas" on: the riskiest choice a
 * person can make on import, so a cell that could run would show as a formula here.
 */
const CSV_IMPORT = "CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true";

export type SheetCell = { type: string; text: string; formula: string | null };

/** A CSV file opened in Calc and saved as flat ODF: every cell's type, text and formula. */
export async function openCsvInCalc(csv: Uint8Array): Promise<SheetCell[][]> {
  const soffice = findLibreOffice();
  if (!soffice) throw new Error(LIBREOFFICE_MISSING);
  const dir = await mkdtemp(path.join(os.tmpdir(), "pbv-calc-"));
  try {
    await writeFile(path.join(dir, "export.csv"), csv);
    // A profile of its own: a second soffice with the user's profile would hand its work to
    // the first and exit at once, and parallel test files must not share one either.
    await promisify(execFile)(
      soffice,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        `--infilter=${CSV_IMPORT}`,
        "--convert-to",
        "fods",
        "--outdir",
        dir,
        path.join(dir, "export.csv"),
      ],
      { timeout: 60_000 },
    );
    return readFlatOds(await readFile(path.join(dir, "export.fods"), "utf8"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]!);

/** The rows of the first sheet, empty cells in their places; trailing empty cells and rows dropped. */
function readFlatOds(xml: string): SheetCell[][] {
  const table = /<table:table [\s\S]*?<\/table:table>/.exec(xml)?.[0] ?? "";
  const rows: SheetCell[][] = [];
  for (const [row] of table.matchAll(/<table:table-row[\s\S]*?<\/table:table-row>/g)) {
    const cells: SheetCell[] = [];
    for (const [, attributes, body] of row.matchAll(
      /<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
    )) {
      // Calc writes a run of equal cells once, with how many (the empty rest of a row too).
      const repeated = Math.min(
        Number(/table:number-columns-repeated="(\d+)"/.exec(attributes!)?.[1] ?? 1),
        1000,
      );
      const type = /office:value-type="([^"]+)"/.exec(attributes!)?.[1];
      const paragraphs = [...(body ?? "").matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map(([, p]) =>
        unescape(
          p!
            .replace(/<text:line-break\/>/g, "\n")
            .replace(/<text:s\/>/g, " ")
            .replace(/<[^>]+>/g, ""),
        ),
      );
      const cell: SheetCell = type
        ? {
            type,
            text: paragraphs.join("\n"),
            formula: /table:formula="([^"]*)"/.exec(attributes!)?.[1] ?? null,
          }
        : { type: "empty", text: "", formula: null };
      for (let i = 0; i < repeated; i++) cells.push({ ...cell });
    }
    while (cells.at(-1)?.type === "empty") cells.pop();
    if (cells.length) rows.push(cells);
  }
  return rows;
}
