// CSV text of one record at a time, written for the export's hot loop (100,000 records of
// about 50 cells): the same bytes csv-stringify 6.9.0 writes with the options decision 013
// chose, which lib/admin/csv-text.test.ts checks against the library cell by cell. The
// library allocated several arrays and closures per cell and was the export's largest cost.

/**
 * A phone answer: kept as typed when it is only what the phone field accepts (a leading +,
 * digits, spaces, parentheses, dots, dashes). Such a cell names no function and refers to no
 * cell, so it cannot run anything; a `'` before it would show in a spreadsheet as part of the
 * number. Anything else in the phone's place (a tampered answer) is guarded like any text.
 */
export type PhoneCell = { phone: string };

/** A cell: text, a number written as it is (a negative one is not a formula), or a phone. */
export type Cell = string | number | PhoneCell;

const INERT_PHONE = /^\+[\d ().-]*$/;

/**
 * The first characters a spreadsheet may run as a formula: = + - @ tab CR and their full-width
 * forms (tab and CR cannot survive trimStart; they stay so the list reads as the library's).
 */
function isFormulaStart(code: number): boolean {
  switch (code) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // CR
    case 0xff1d:
    case 0xff0b:
    case 0xff0d:
    case 0xff20:
      return true;
    default:
      return false;
  }
}

/** A comma, a quote or a line break: the cell must be quoted. */
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTES = /"/g;

/**
 * One cell: leading whitespace trimmed (Unicode spaces too, so " =1+1" cannot hide a
 * formula), a formula start neutralised with a leading ', quoted when it holds a comma, a
 * quote or a line break (a bare LF or CR too), quotes doubled.
 */
export function csvCell(cell: Cell): string {
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "object") {
    const phone = cell.phone.trim();
    return INERT_PHONE.test(phone) ? phone : csvCell(phone);
  }
  let text = cell.trimStart();
  if (text === "") return "";
  if (isFormulaStart(text.charCodeAt(0))) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTES, '""')}"` : text;
}

/** One record as a CSV line, CRLF included. */
export function csvLine(cells: readonly Cell[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ",";
    line += csvCell(cells[i]!);
  }
  return `${line}\r\n`;
}

/** Excel reads a UTF-8 file without it as the local code page and garbles non-ASCII names. */
export const UTF8_BOM = "\uFEFF";
