/**
 * review-date-missing (held-out zz167), in our own words; every name is invented. As of 1 December 2026.
 * A local statement gives its next review in plain words after its approval: "Agreed at the District meeting on 3
 * October 2026. We will look at it again at the October 2027 District meeting", and in a footer "· Next look: October
 * 2027". "It" after a sentence that approves the document with no subject ("Agreed at …", "Approved by the trustees
 * on …") is the document itself; "revisit it / this statement" with a date is a review as "look at it again" is; a
 * "Next look:" field is a next-review label. Now the review is dated: no error.
 * Stays as it is: "We will look at it again if the law changes" (no date) is still no review date; an "it" after a
 * sentence about something else ("Agreed with the council: the minibus will be replaced. We will look at it again in
 * October 2027") is not the policy; "next look" that is no field ("our next look round the hut").
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Brackenfold District Scouts — Keeping Young People Safe";
const CONTACT =
  "Concerns go to our District Safeguarding Lead, Mrs Petra Quill-Amsel (07700 900611), and her deputy, Mr Idris Vanterpool (07700 900612).";

const layouts = (review: string): SourceDocument[] => sectionLayouts(TITLE, "Who we are", [review, CONTACT]);

const missing = (document: SourceDocument) => run(reviewDateMissing, document).map((f) => f.message);

describe("a next review in plain words: look at it again, revisit, Next look", () => {
  for (const review of [
    "Agreed at the District meeting on 3 October 2026. We will look at it again at the October 2027 District meeting, or sooner if the national policy changes.",
    "Approved by the Executive Committee on 3 October 2026. We will look at it again in October 2027.",
    "Adopted on 3 October 2026. We'll look at it again by 30 September 2027.",
    "Agreed at the District meeting on 3 October 2026. We will revisit it in October 2027.",
    "The committee will revisit this statement at its October 2027 meeting.",
  ])
    it(`is a dated review: ${review}`, () => {
      for (const document of layouts(review)) expect(missing(document), document.format).toEqual([]);
    });

  for (const footer of [
    "*Brackenfold District · Agreed 3 October 2026 · Next look: October 2027*",
    "Next look: 3 October 2027",
  ])
    it(`a "Next look:" field: ${footer}`, () => {
      const document = markdownDocument(
        [`# ${TITLE}`, "", "## Who to contact", "", CONTACT, "", footer, ""].join("\n"),
      );
      expect(missing(document)).toEqual([]);
    });
});

describe("stays as it is", () => {
  it("a look again with no date is no review date", () => {
    for (const document of layouts(
      "Agreed at the District meeting on 3 October 2026. We will look at it again if the law changes.",
    ))
      expect(missing(document), document.format).toHaveLength(1);
  });

  it("an it that is something else, not the policy", () => {
    for (const document of layouts(
      "Agreed with the council: the minibus will be replaced. We will look at it again in October 2027.",
    ))
      expect(missing(document), document.format).toHaveLength(1);
  });

  it("a next look that is no field", () => {
    const document = markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## Who to contact",
        "",
        CONTACT,
        "",
        "Our next look round the hut with the landlord is in October 2027.",
        "",
      ].join("\n"),
    );
    expect(missing(document)).toHaveLength(1);
  });
});
