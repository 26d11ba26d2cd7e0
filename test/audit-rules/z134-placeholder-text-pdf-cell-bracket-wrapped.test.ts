/**
 * placeholder-text (held-out set zz134), in our own words; every name is invented. A PDF of a trust's appendix table
 * whose deputies cell reads "[to be completed by the academy]": the PDF's text wraps the cell's words over two lines
 * ("[to be completed by" / "the academy]"), its table block keeps the cell whole. The bracket is the same placeholder
 * the Word file's cell holds. A bracket wrapped over lines outside a table cell, and a cell that names the deputy,
 * stay quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { run } from "../fixtures/structure/documents.js";
import { pdfWithTable } from "../fixtures/structure/site-table.js";

const HEADER = ["Academy", "DSL", "Deputy DSL(s)"];

/** A PDF: each cell's words broken over lines of at most 20 characters, the table read as a block. */
const pdf = (rows: string[][], before = "Each academy keeps its row of the table below up to date.") =>
  pdfWithTable(
    `Child Protection Policy\nAppendix A\n${before}\n`,
    [HEADER, ...rows],
    "\nApproved by the Trust Board: 10 November 2026.\n",
    20,
  );

const rows = (deputies: string) => [
  ["Linden Park Academy", "Mrs Orla Venn", "Mr Jude Cattermole"],
  ["Fallowfield Academy", "Mr Arun Beckett", deputies],
];

describe("placeholder-text: a PDF table cell's bracket wrapped over two lines", () => {
  it("reports '[to be completed by the academy]' in the cell", () => {
    const document = pdf(rows("[to be completed by the academy]"));
    const reported = run(placeholderText, document);
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toMatch(/"\[to be completed by the academy\]"/);
  });

  it("stays quiet for a cell that names the deputy (near miss)", () => {
    expect(run(placeholderText, pdf(rows("Ms Hana Drury")))).toEqual([]);
  });

  it("stays quiet for the words in a sentence wrapped over lines outside the table (near miss)", () => {
    const document = pdf(
      rows("Ms Hana Drury"),
      "Each academy's row is [to be completed by\nthe academy] every September.",
    );
    expect(run(placeholderText, document)).toEqual([]);
  });
});
