/**
 * A site table's rows read for "lead but no deputy" (review 4, issue 11): lead-missing asks whether a cell starts with
 * a person's name through the lead reader's namesInCell, after taking the cell's Markdown off. The reader passes
 * over "**Ms Hana Sato**" (it places each name in the text, and bold marks move it); the row check must not, or a
 * bold name reads as no name, the site with a named lead and a blank deputy goes unreported, and a bold deputy
 * elsewhere no longer shows the table pairs leads with deputies. In our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const table = (coleford: string, dunmore: string) =>
  [
    "# Safeguarding in our play centres",
    "",
    "| Centre | Centre Safeguarding Lead | Deputy | Phone |",
    "| --- | --- | --- | --- |",
    "| Ashby | Mr Leon Marsh, Centre Manager | Priya Dale, Play Leader | 01632 960 601 |",
    `| Coleford | ${coleford} | TBC | 01632 960 602 |`,
    `| Dunmore | Mrs Ada Kwarteng | ${dunmore} | 01632 960 603 |`,
    "",
  ].join("\n");

describe("a site table whose names are in bold", () => {
  for (const [what, coleford, dunmore] of [
    ["the blank deputy's lead", "**Ms Hana Sato**", "Tom Ure"],
    ["the lead of the blank deputy's row and another row's deputy", "**Ms Hana Sato**", "**Tom Ure**"],
  ]) {
    it(`still finds the site without a deputy (${what} in bold)`, () => {
      const text = table(coleford, dunmore);
      const found = checkText(deputyMissing, text, { asOf, format: "md" });
      expect(found).toHaveLength(1);
      expect(found[0].message).toMatch(/not named in this row/);
      expect(text.slice(found[0].offset, found[0].endOffset)).toContain("Coleford");
      expect(checkText(leadMissing, text, { asOf, format: "md" })).toEqual([]);
    });
  }
});
