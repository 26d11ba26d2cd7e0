/**
 * outdated-reference (held-out set zz57), in our own words; every name is invented. As of 1 December 2026.
 * A PDF's text has no blank line between paragraphs: its reader gives the paragraphs as blocks. The words around an
 * old body's name are read within its paragraph, as in the Markdown and Word copies, where a blank line starts it —
 * so "Referrals go through the … Partnership. Before 2019 these arrangements were made by the … Local Safeguarding
 * Children Board, which the partnership replaced" is history in the PDF as in the others. A paragraph that asks for
 * the old body is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as outdated } from "../../src/audit/rules/outdated-reference.js";
import { checkDocument, checkText, pdfOfParagraphs } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const history = [
  "4. Working with other agencies",
  [
    "Referrals go through the Brackwater Safeguarding Children Partnership.",
    "Before 2019 these arrangements were made by the Brackwater Local Safeguarding",
    "Children Board, which the partnership replaced; a few older leaflets still",
    "use the Board's name.",
  ],
] as const;

describe("an old body's name in a PDF's paragraph", () => {
  it("is history when its paragraph names what replaced it, as in the Markdown copy", () => {
    const document = pdfOfParagraphs([[history[0]], [...history[1]]]);
    expect(checkDocument(outdated, document, { asOf })).toEqual([]);
    const markdown = `## ${history[0]}\n\n${history[1].join(" ")}\n`;
    expect(checkText(outdated, markdown, { asOf, format: "md" })).toEqual([]);
  });

  it("near miss: a paragraph that sends reports to the old body is reported", () => {
    const document = pdfOfParagraphs([
      [history[0]],
      [
        "Referrals go through the Brackwater Safeguarding Children Partnership.",
        "Serious concerns about a volunteer must also be sent to the Brackwater Local",
        "Safeguarding Children Board within a week.",
      ],
    ]);
    expect(checkDocument(outdated, document, { asOf }).map((f) => f.excerpt)).toEqual([
      "Brackwater Local Safeguarding Children Board",
    ]);
  });
});
