import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvLine, type Cell } from "./csv-text";
import { csvChunk } from "./signup-csv";

// csv-text.ts replaced csv-stringify in the export for speed (decision 013); it must write the
// bytes the library writes with the options the export used, which these tests check on
// thousands of generated records, mostly made of the characters where quoting and formula
// rules differ.
const LIBRARY_OPTIONS = {
  escape_formulas: true,
  cast: { string: (value: string) => value.trimStart() },
  record_delimiter: "windows",
  quote_record_delimiter: true,
} as const;

const PIECES = [
  "a",
  "Zoë",
  "李",
  "😀",
  " ",
  "  ",
  "\t",
  "\r",
  "\n",
  "\r\n",
  ",",
  '"',
  '""',
  "'",
  "=",
  "+",
  "-",
  "@",
  "\uFF1D",
  "\uFF0B",
  "\uFF0D",
  "\uFF20",
  "\u3000",
  "\u00A0",
  "\u2028",
  "\uFEFF",
  "0",
  "1.5",
  ";",
];
/** A cell as the export may hold one: text built from those pieces, any text, or a number. */
const cellArbitrary: fc.Arbitrary<Cell> = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((pieces) => pieces.join("")),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.double(),
  fc.integer(),
);
const recordArbitrary = fc.array(cellArbitrary, { minLength: 1, maxLength: 6 });

describe("csvLine", () => {
  it("writes each generated record as csv-stringify does", () => {
    fc.assert(
      fc.property(recordArbitrary, (record) => {
        expect(csvLine(record)).toBe(stringify([record], LIBRARY_OPTIONS));
      }),
      { numRuns: 20_000 },
    );
    // 20,000 records take a second or two alone, several times that on a busy shared machine.
  }, 60_000);

  it("writes every single piece, alone and after leading spaces, as csv-stringify does", () => {
    const cells = PIECES.flatMap((piece) => [piece, ` ${piece}`, `\u3000${piece}x`, `x${piece}`]);
    for (const cell of cells)
      expect(csvLine([cell]), JSON.stringify(cell)).toBe(stringify([[cell]], LIBRARY_OPTIONS));
  });

  it("quotes, doubles quotes and neutralises formulas in cells written out here", () => {
    expect(csvLine(['a "b"', "c,d", "e\nf", "  =1+1", "+1 505", -42, "", "   ", 0])).toBe(
      `"a ""b""","c,d","e\nf",'=1+1,'+1 505,-42,,,0\r\n`,
    );
  });
});

describe("csvChunk", () => {
  const columns = [
    { key: "name", header: "Nombre, apellido" },
    { key: "count", header: "=Count" },
  ];

  it("starts the first chunk with the BOM and the header row, as csv-stringify does", () => {
    const records = fc.sample(fc.tuple(cellArbitrary, cellArbitrary), 200);
    expect(csvChunk(records, columns, true)).toBe(
      stringify(records, { ...LIBRARY_OPTIONS, bom: true, header: true, columns }),
    );
    expect(csvChunk(records, columns, false)).toBe(stringify(records, { ...LIBRARY_OPTIONS, columns }));
  });

  it("is the BOM and the header alone for an empty first chunk, and nothing for a later one", () => {
    expect(csvChunk([], columns, true)).toBe(
      stringify([], { ...LIBRARY_OPTIONS, bom: true, header: true, columns }),
    );
    expect(csvChunk([], columns, false)).toBe("");
  });
});

describe("a phone cell", () => {
  it("is written as typed when it holds only what the phone field accepts", () => {
    expect(
      csvLine([{ phone: "+1 505 555 0134" }, { phone: " +1 (505) 555-0142" }, { phone: "505.555.0134" }]),
    ).toBe("+1 505 555 0134,+1 (505) 555-0142,505.555.0134\r\n");
  });

  it("is guarded like any text when it holds anything else", () => {
    expect(
      csvLine([
        { phone: "+1+SUM(A1)" },
        { phone: "=1+1" },
        { phone: "-2+3" },
        { phone: "+1 505\n=1" },
        { phone: "@x" },
      ]),
    ).toBe(`'+1+SUM(A1),'=1+1,'-2+3,"'+1 505\n=1",'@x\r\n`);
  });
});
