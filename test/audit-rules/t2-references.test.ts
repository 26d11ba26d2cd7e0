/**
 * Internal cross-references in the shapes real policies write them (../shared/REAL-WORLD-TEXT.md
 * "Cross-references"): "section N of this policy" (an "of" that names this document, not an Act), a reference
 * that is a link to an in-page anchor ("see [section 6](#kit)"), headings that are bold paragraphs with typed
 * numbers ("**4. Match days**", "**Section 3: Responding**") as Word users and web pages make them, and a
 * reference that says what its section is about ("for the photography code") when that section is about
 * something else. Never a reference when the document's own numbering could not be read in full. In our own
 * words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { findHeadings } from "../../src/audit/text/headings.js";
import { splitLines } from "../../src/audit/text/lines.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

/** A short policy with numbered sections, in the heading style given. */
function policy(heading: (n: number, title: string) => string, body: Record<number, string>): string {
  const titles = [
    "Why we have this policy",
    "Our welfare team",
    "Responding to a worry",
    "Trips and tours",
    "Review",
  ];
  const parts = ["# Kingfisher Rowing Club — Safeguarding Policy", ""];
  for (const [i, title] of titles.entries()) {
    parts.push(
      heading(i + 1, title),
      "",
      body[i + 1] ?? `Text about ${title.toLowerCase()} goes here in full.`,
      "",
    );
  }
  return parts.join("\n");
}

const markdownHeading = (n: number, title: string) => `## ${n}. ${title}`;
const boldHeading = (n: number, title: string) => `**${n}. ${title}**`;
const boldSectionHeading = (n: number, title: string) => `**Section ${n}: ${title}**`;
const pdfHeading = (n: number, title: string) => `${n}. ${title}`;

const OF_THIS_POLICY = {
  1: "Rowers aged 11 to 18 train on the river four times a week.",
  3: "How we deal with bullying between members, on and off the water, is set out in section 8 of this policy and in the club's Members' Handbook.",
};

describe("section-reference: 'section N of this policy'", () => {
  it("reports a section of this policy that does not exist, whatever the sentence says next (Markdown headings)", () => {
    const document = markdownDocument(policy(markdownHeading, OF_THIS_POLICY));
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["section 8"]);
    expect(reported[0].message).toBe(
      'The policy refers to section 8, but no section is numbered 8 (the last is 5, "Review") — correct the number, or name the section instead',
    );
  });

  it("reads the same reference under bold headings and in a PDF's text", () => {
    for (const document of [
      markdownDocument(policy(boldHeading, OF_THIS_POLICY)),
      markdownDocument(policy(boldSectionHeading, OF_THIS_POLICY)),
      pdfDocument(policy(pdfHeading, OF_THIS_POLICY).replace(/^# /, "")),
    ])
      expect(found(run(sectionReference, document), document)).toEqual(["section 8"]);
  });

  it("reads it in a Word document whose headings are bold paragraphs", () => {
    const html = [
      "<p><strong>Kingfisher Rowing Club</strong></p>",
      "<p><strong>1. Why we have this policy</strong></p><p>Rowers train on the river.</p>",
      "<p><strong>2. Our welfare team</strong></p><p>The welfare officer is named below.</p>",
      "<p><strong>3. Responding to a worry</strong></p><p>Bullying is dealt with as set out in section 6 of this document.</p>",
    ].join("");
    const document = wordDocument(html);
    expect(found(run(sectionReference, document), document)).toEqual(["section 6"]);
  });

  it("leaves another document's sections alone: 'section 8 of the code of conduct', 'section 9 of the behaviour policy'", () => {
    const body = {
      3: "Bullying is covered by section 8 of the code of conduct, and exclusions by section 9 of the behaviour policy (see section 4 of KCSIE).",
    };
    for (const document of [
      markdownDocument(policy(markdownHeading, body)),
      markdownDocument(policy(boldHeading, body)),
    ])
      expect(run(sectionReference, document)).toEqual([]);
  });
});

describe("section-reference: a reference that says what its section is about", () => {
  const LINKED = {
    4: "Parents give written consent for every away regatta; see [section 5](#photographs) for the photography code.",
  };

  it("reports a link to section 5 'for the photography code' when section 5 is Review (bold headings, Markdown)", () => {
    const document = markdownDocument(policy(boldHeading, LINKED));
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["section 5"]);
    expect(reported[0].message).toBe(
      'The policy points to section 5 for "the photography code", but section 5 is "Review" and says nothing about it — correct the reference, or name the section instead',
    );
  });

  it("reports it without a link, under 'Section N:' headings and Markdown headings", () => {
    const body = {
      2: "Coaches travel with the crews (see section 4 for the minibus rules) and never alone with a rower.",
    };
    for (const document of [
      markdownDocument(policy(boldSectionHeading, body)),
      markdownDocument(policy(markdownHeading, body)),
    ])
      expect(found(run(sectionReference, document), document)).toEqual(["section 4"]);
  });

  it("leaves a reference alone when the section's text covers the subject, or the words say nothing about it", () => {
    const body = {
      2: [
        "See section 4 for the minibus rules.",
        "See section 3 for details.",
        "See section 3 for how to write down what you were told.",
        "See section 3 for the LADO.",
      ].join(" "),
      1: "See section 2 for how to report abuse.",
      3: "Write down what you saw or heard and tell the welfare officer the same day.",
      4: "Away trips go by the club minibus, driven only by coaches with a minibus permit.",
    };
    const document = markdownDocument(policy(boldHeading, body));
    expect(run(sectionReference, document)).toEqual([]);
  });

  it("a link to an anchor in the page is a reference into this policy, whatever word comes before it", () => {
    const body = { 4: "Read [section 7](#consent-forms) before every away regatta." };
    const document = markdownDocument(policy(boldHeading, body));
    expect(found(run(sectionReference, document), document)).toEqual(["section 7"]);
  });

  it("an external link is not a reference into this policy", () => {
    const body = { 2: "Read [section 9](https://example.org/rowing-safeguarding) of the national rules." };
    expect(run(sectionReference, markdownDocument(policy(boldHeading, body)))).toEqual([]);
  });
});

describe("section-reference: numbering that could not be read in full", () => {
  it("says nothing about a missing section when the sections read skip a number", () => {
    // Section 3's heading is a plain paragraph here: the numbers read are 1, 2, 4, 5.
    const text = policy(boldHeading, { 1: "Where to go is set out in section 7 of this policy." }).replace(
      "**3. Responding to a worry**",
      "3 responding to a worry",
    );
    expect(run(sectionReference, markdownDocument(text))).toEqual([]);
  });

  it("still reports when a gap comes from a section numbered twice (1, 2, 3, 3, 5), not from a heading not read", () => {
    const text = policy(boldHeading, { 1: "Where to go is set out in section 7 of this policy." }).replace(
      "**4. Trips and tours**",
      "**3. Trips and tours**",
    );
    const document = markdownDocument(text);
    expect(found(run(sectionReference, document), document)).toEqual(["section 7"]);
  });

  it("a PDF line that starts with a phone number or a year is not a heading", () => {
    const text = [
      "1. Purpose",
      "We work within the arrangements of the Hollowmere partnership, and our boathouse at",
      "3 Mill Lane We share with the canoe club is checked by the welfare officer and",
      "2. Responding",
      "In an emergency the duty coach calls the police on",
      "999 The welfare officer then decides whether to ring the council front door",
      "3. Review",
      "This policy is reviewed every year. Section 4 of this policy lists the contacts.",
    ].join("\n");
    const lines = splitLines(text);
    expect(findHeadings([], lines).map((h) => h.number)).toEqual(["1", "2", "3"]);
    const document = pdfDocument(text);
    expect(found(run(sectionReference, document), document)).toEqual(["Section 4"]);
  });
});
