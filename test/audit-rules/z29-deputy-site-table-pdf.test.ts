/**
 * A PDF's site table (issue 11, held-out set zz29), in our own words; every name is invented. A table of sites with
 * a lead's column and a deputy's, read from the PDF's table blocks (its text runs a row's cells over several lines):
 * a row that names its lead and leaves "TBC" for its deputy, while another row names both, has no deputy.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkDocument } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

const sites = (header: string[], second: string) => {
  const text = [
    "Saltmarsh Camps — Safeguarding",
    "Each camp has its own safeguarding lead and a deputy.",
    `${header.join(" ")}`,
    "Dunmore Kieran Walsh, Camp",
    "Manager",
    "Ruth Ogden, Senior",
    "Instructor",
    "01632 960 201",
    "Farhill Mrs Ada Penrose,",
    "Head Instructor",
    second,
    "01632 960 202",
  ].join("\n");
  return pdfDocument(text, [
    header,
    ["Dunmore", "Kieran Walsh, Camp Manager", "Ruth Ogden, Senior Instructor", "01632 960 201"],
    ["Farhill", "Mrs Ada Penrose, Head Instructor", second, "01632 960 202"],
  ]);
};

describe("a PDF's site table with a deputy left to be confirmed", () => {
  it("finds the row whose deputy is TBC or vacant", () => {
    for (const [header, blank] of [
      [["Camp", "Camp Safeguarding Lead", "Deputy", "Telephone"], "TBC"],
      [["Site", "Designated Safeguarding Lead", "Deputies", "Phone"], "Vacant"],
    ] as const) {
      const found = checkDocument(deputyMissing, sites([...header], blank), { asOf });
      expect(found.map((f) => f.message)).toEqual([
        expect.stringContaining(`"${blank}" stands where the name`),
      ]);
    }
  });

  it("near miss: every row names its deputy, so nothing is missing", () => {
    const found = checkDocument(
      deputyMissing,
      sites(["Camp", "Camp Safeguarding Lead", "Deputy", "Telephone"], "Lena Moss"),
      { asOf },
    );
    expect(found).toEqual([]);
  });
});
