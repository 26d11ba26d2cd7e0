/**
 * A date's parts left as the template's words in square brackets (issue 12, the forty-seventh held-out set, in our
 * own words; every name is invented): "Issue 2 – approved [Month] 2026" in a page header, "[day] [Month] [Year]",
 * "[Month Year]", "[dd/mm/yyyy]" are placeholders, in Markdown and in a Word document's header. A link whose words
 * are a month or a year ("[Year](#year)", a reference "[Month]: …") is not.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/placeholder-text.js";
import { markdownDocument, wordDocument } from "../fixtures/structure/documents.js";
import { checkDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (document: ReturnType<typeof markdownDocument>) =>
  checkDocument(rule, document, { asOf }).map((f) => document.text.slice(f.offset, f.endOffset));

const policy = (line: string) =>
  [
    "<!-- header -->",
    `Corrie Mews Dental Practice · Safeguarding Children · ${line}`,
    "",
    "# Safeguarding Children",
    "",
    "Our safeguarding lead is Dr Anwen Petrakis, the practice principal.",
    "",
  ].join("\n");

describe("placeholder-text: a date's parts in square brackets", () => {
  it("reports a month left in brackets in a Markdown page header", () => {
    expect(found(markdownDocument(policy("Issue 2 – approved [Month] 2026")))).toEqual(["[Month]"]);
  });

  it("reports it in a Word document's page header", () => {
    const html = [
      "<h1>Safeguarding Children</h1>",
      "<p>Our safeguarding lead is Dr Anwen Petrakis, the practice principal.</p>",
      '<p data-region="header">Corrie Mews Dental Practice · Issue 2 – approved [Month] 2026</p>',
    ].join("\n");
    expect(found(wordDocument(html))).toEqual(["[Month]"]);
  });

  it("reports a day, month and year, a month and year, and a date's digits left as letters", () => {
    expect(found(markdownDocument(policy("Approved [day] [Month] [Year]")))).toEqual([
      "[day]",
      "[Month]",
      "[Year]",
    ]);
    expect(found(markdownDocument(policy("Next review [Month Year]")))).toEqual(["[Month Year]"]);
    expect(found(markdownDocument(policy("Signed off [dd/mm/yyyy]")))).toEqual(["[dd/mm/yyyy]"]);
  });

  it("leaves a link whose words are a month or a year alone", () => {
    const text = [
      "# Safeguarding Children",
      "",
      "Our safeguarding lead is Dr Anwen Petrakis. See the [Year](#year) plan and the [Month] list.",
      "",
      "## Year",
      "",
      "[Month]: https://corrie-mews.example.org/month",
      "",
    ].join("\n");
    expect(found(markdownDocument(text))).toEqual([]);
  });
});
