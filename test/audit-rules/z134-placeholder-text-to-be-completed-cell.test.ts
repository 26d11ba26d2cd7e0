/**
 * placeholder-text (held-out set zz134), in our own words; every name is invented. A trust's appendix table leaves one
 * academy's deputies cell as "[to be completed by the academy]": a bracket saying the value is still to be filled in,
 * standing where the names should be — a placeholder, as "[to be confirmed]" is. The same words in a sentence ("Each
 * academy's row is [to be completed by the academy] each September") tell a plan, and a cell that gives the names
 * says nothing.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (cell: string, sentence = "Each academy keeps its row up to date.") =>
  [
    "# Child Protection Policy",
    "",
    "## Appendix A",
    "",
    sentence,
    "",
    "| Academy | DSL | Deputy DSL(s) |",
    "|---|---|---|",
    "| Linden Park Academy | Mrs Orla Venn | Mr Jude Cattermole |",
    `| Fallowfield Academy | Mr Arun Beckett | ${cell} |`,
  ].join("\n");

describe("placeholder-text: '[to be completed by …]' standing in a table cell", () => {
  it("reports the bracket in the cell", () => {
    const md = markdownDocument(policy("[to be completed by the academy]"));
    expect(found(run(placeholderText, md), md)).toEqual(["[to be completed by the academy]"]);
  });
  it("stays quiet for the words in a sentence, and for a cell that names the deputies", () => {
    const md = markdownDocument(
      policy("Ms Hana Drury", "Each academy's row is [to be completed by the academy] every September."),
    );
    expect(run(placeholderText, md)).toEqual([]);
  });
});
