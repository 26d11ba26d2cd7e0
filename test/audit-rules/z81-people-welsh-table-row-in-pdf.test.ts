/**
 * A bilingual (Welsh / English) training table in a PDF: the reader gives each row's cells on one line, and a row cut
 * by a page break leaves its last word ("Teaching") on a line of its own above the next row. The person is the name
 * only, never "Teaching Name Grŵp" (Welsh "grŵp", group, opens the course's cell). From the held-out set zz81
 * (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkDocument, pdfOfParagraphs } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a Welsh / English training row read from a PDF", () => {
  it("names the person alone, not the words of the cells around the name", () => {
    const names = findLeadMentions(
      "Alwyn Treharne-Price Grŵp C / Group C – Designated Safeguarding Person 04/2025",
    ).flatMap((m) => m.names ?? []);
    expect(names).toEqual(["Alwyn Treharne-Price"]);
  });

  it("a row's word cut off by a page break is not the next person's (no false training-missing)", () => {
    const document = pdfOfParagraphs([
      "1. Pwy yw pwy / Who's who",
      ["Swyddog Diogelu / Designated Safeguarding Person: Alwyn Treharne-Price, 07700 900 271"],
      "2. Hyfforddiant / Training",
      [
        "Enw / Name Cwrs / Course Dyddiad / Date",
        "Seren Tudur Diploma Lefel 3 / Level 3",
        "Certificate in Youth Music",
        "2021",
      ],
      [
        "Enw / Name Cwrs / Course Dyddiad / Date",
        "Teaching",
        "Alwyn Treharne-Price Grŵp C / Group C –",
        "Designated Safeguarding",
        "Person",
        "04/2025",
      ],
    ]);
    const names = analyse(document).leads.flatMap((m) => m.names ?? []);
    expect(names.filter((n) => n.includes("Alwyn"))).toEqual([
      "Alwyn Treharne-Price",
      "Alwyn Treharne-Price",
    ]);
    expect(checkDocument(trainingMissing, document, { asOf })).toEqual([]);
  });
});
