/**
 * empty-link (review 13): on a page with no heading (bold lines for headings), a link near the top is a web page's
 * skip link — its furniture, silent — only in a skip link's own words ("Skip to main content", "Skip navigation",
 * "Skip to main menu"). A link in the policy's own words that starts "Skip to" ("Skip to the referral form") and
 * points at a place the document does not have is the policy's broken link, reported wherever it stands. Every name
 * here is invented.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { markdownDocument, wordDocument } from "../fixtures/structure/documents.js";
import { checkDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (document: SourceDocument) =>
  checkDocument(emptyLink, document, { asOf }).map((f) =>
    document.text.slice(f.offset, f.endOffset).replace(/\s+/g, " "),
  );

/** A page with no heading: its title and section names are bold lines. */
const page = (top: string) =>
  [
    top,
    "",
    "**Safeguarding at Wrenfield Tennis Centre**",
    "",
    "Our welfare officer is Cosmin Aldridge. Any coach with a worry speaks to him on the day.",
    "",
    "**Reporting**",
    "",
    "Write down what you saw and heard, and pass it to Cosmin.",
    "",
  ].join("\n");

describe("empty-link: a 'Skip to …' link at the top of a page with no heading", () => {
  it("is silent in a skip link's own words", () => {
    for (const skip of [
      "[Skip to main content](#main)",
      "[Skip to content](#content)",
      "[Skip navigation](#nav)",
      "[Skip to main menu](#menu)",
      "[Skip to the content](#)",
    ])
      expect(found(markdownDocument(page(skip))), skip).toEqual([]);
  });

  it("is reported when it names a part of the policy and points at a place the page does not have", () => {
    expect(found(markdownDocument(page("[Skip to the referral form](#referral-form)")))).toEqual([
      "[Skip to the referral form](#referral-form)",
    ]);
    expect(found(markdownDocument(page("[Skip to coaches' contact numbers](#numbers)")))).toEqual([
      "[Skip to coaches' contact numbers](#numbers)",
    ]);
  });

  it("is reported in Word too, where the bold lines are paragraphs", () => {
    const html = (link: string) =>
      [
        `<p>${link}</p>`,
        "<p><strong>Safeguarding at Wrenfield Tennis Centre</strong></p>",
        "<p>Our welfare officer is Cosmin Aldridge.</p>",
      ].join("\n");
    expect(found(wordDocument(html('<a href="#form">Skip to the referral form</a>')))).toEqual([
      "[Skip to the referral form](#form)",
    ]);
    expect(found(wordDocument(html('<a href="#main">Skip to main content</a>')))).toEqual([]);
  });
});
