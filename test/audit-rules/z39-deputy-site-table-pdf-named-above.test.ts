/**
 * From the thirty-ninth held-out set (issue 11), in our own words; every name is invented. A PDF's table of sites
 * (a lead's column and a deputy's) under text that already names the organisation's lead and deputy ("Deputy DSL:
 * Mr B"): a row that names its lead and leaves "TBC" or "Vacant" for its deputy, while another row names both, has
 * no deputy — read from the table blocks, as when the text names no deputy at all (z29-deputy-site-table-pdf).
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkDocument } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-03";

const centres = (header: string[], second: string) => {
  const text = [
    "Harrowby Outdoor Centres — Safeguarding",
    "Designated Safeguarding Lead: Mrs Imelda Quarry, Director (01632 960 410)",
    "Deputy DSL: Mr Tobias Wren, Operations Lead (01632 960 411)",
    "Each centre also has its own lead and deputy:",
    `${header.join(" ")}`,
    "Ashby Ghyll (north",
    "valley)",
    "Mr Owen Latchford Ms Priya Dunleavy",
    "Corran Point (the",
    "old quarry)",
    `Mrs Hattie Mulgrew ${second}`,
    "Treetops day camp Mr Felix Rood Mrs Bea Conlan",
  ].join("\n");
  return pdfDocument(text, [
    header,
    ["Ashby Ghyll (north valley)", "Mr Owen Latchford", "Ms Priya Dunleavy"],
    ["Corran Point (the old quarry)", "Mrs Hattie Mulgrew", second],
    ["Treetops day camp", "Mr Felix Rood", "Mrs Bea Conlan"],
  ]);
};

describe("a PDF's site table under a text that names the deputy", () => {
  it("finds the row whose deputy is TBC or vacant", () => {
    for (const [header, blank] of [
      [["Centre", "Centre Safeguarding Lead", "Deputy"], "TBC"],
      [["Site", "Designated Safeguarding Lead", "Deputies"], "Vacant"],
    ] as const) {
      const found = checkDocument(deputyMissing, centres([...header], blank), { asOf });
      expect(found.map((f) => f.message)).toEqual([
        expect.stringContaining(`"${blank}" stands where the name`),
      ]);
    }
  });

  it("near miss: every row names its deputy, so nothing is missing", () => {
    const found = checkDocument(
      deputyMissing,
      centres(["Centre", "Centre Safeguarding Lead", "Deputy"], "Mr Dev Osei"),
      { asOf },
    );
    expect(found).toEqual([]);
  });
});
