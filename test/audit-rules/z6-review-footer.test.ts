/**
 * A review date in the page footer (or header) that has passed, while the policy's own text gives a later next
 * review: "Review date: March 2026" on every printed page, "Next review: April 2027" in the body. Every printed
 * copy tells its reader the policy is out of date, and the policy disagrees with itself, so it is reported —
 * once, at the footer's date, saying both dates and which to correct. The footer is a Word page footer or header,
 * a line a PDF repeats on its pages, or a Markdown copy's `<!-- footer -->` line. A passed date in the body (a
 * review history) is not a footer, and a footer that agrees with the body, or whose date has not passed, is
 * nothing. In our own words; every name is invented; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import type { ReportDescriptor, SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const asOf = "2026-12-01";
const BODY = [
  "Approved by the Group Executive Committee on 4 April 2025. This policy is reviewed every two years. Next review: April 2027.",
  "The Group Safeguarding Lead is Anwen Prosser, who can be reached on 01632 960520.",
];
const FOOTER = "Wrenfield Scout Group · Safeguarding Policy v4 · Review date: March 2026";

function markdown(footer = FOOTER, body = BODY): SourceDocument {
  return markdownDocument(
    [
      "# Wrenfield Scout Group — Safeguarding Policy",
      "",
      "<!-- footer -->",
      footer,
      "",
      ...body.flatMap((p) => [p, ""]),
    ].join("\n"),
  );
}

function word(footer = FOOTER, region: "footer" | "header" = "footer"): SourceDocument {
  return wordDocument(
    [
      "<h1>Wrenfield Scout Group — Safeguarding Policy</h1>",
      ...BODY.map((p) => `<p>${p}</p>`),
      `<p data-region="${region}">${footer}</p>`,
    ].join("\n"),
  );
}

/** Two pages, the footer printed at the foot of each (`repeat` false: once only, on the first). */
function pdf(footer = FOOTER, repeat = true): SourceDocument {
  return pdfDocument(
    [
      "Wrenfield Scout Group — Safeguarding Policy",
      ...BODY,
      "Leaders tell the Group Safeguarding Lead about any worry the same day.",
      footer,
      "\fWhat to do if a young person tells you something",
      "Listen, stay calm and write it down in their words.",
      ...(repeat ? [footer] : []),
      "",
    ].join("\n"),
    { pages: true },
  );
}

function overdue(document: SourceDocument): ReportDescriptor[] {
  return run(reviewOverdue, document, asOf);
}

describe("review-overdue: a passed review date in the page footer, a later one in the body", () => {
  const layouts: Array<[string, SourceDocument]> = [
    ["Markdown", markdown()],
    ["Word footer", word()],
    ["Word header", word(FOOTER, "header")],
    ["PDF", pdf()],
  ];
  for (const [name, document] of layouts)
    it(`reports it once, at the footer's date (${name})`, () => {
      const reported = overdue(document);
      expect(found(reported, document)).toEqual(["Review date: March 2026"]);
      const where = name === "Word header" ? "page header" : "page footer";
      expect(reported[0].message).toBe(
        `The ${where} gives the policy's review date as March 2026, which has passed (as of 1 December 2026), but the policy says its next review is April 2027 — correct the ${where} so that every page gives the same date (or, if March 2026 was right, review the policy now)`,
      );
      expect(run(reviewDueSoon, document, asOf)).toEqual([]);
    });

  it("a PDF's line repeated near the top of each page is its page header; without page starts, a footer", () => {
    const header = "Wrenfield Scout Group · Safeguarding Policy v4 · Review date: March 2026";
    const pages = [
      header,
      "Wrenfield Scout Group — Safeguarding Policy",
      ...BODY,
      "Leaders tell the Group Safeguarding Lead about any worry the same day.",
      "Leaders keep a record of every worry they pass on, with the date and time.",
      `\f${header}`,
      "What to do if a young person tells you something",
      "Listen, stay calm and write it down in their words.",
      "Never promise to keep a secret, and tell the lead the same day.",
      "",
    ].join("\n");
    expect(overdue(pdfDocument(pages, { pages: true }))[0].message).toMatch(/^The page header gives/);
    expect(overdue(pdfDocument(pages))[0].message).toMatch(/^The page footer gives/);
  });

  it("says nothing when the footer agrees with the body, or its date has not passed yet", () => {
    for (const footer of [
      "Wrenfield Scout Group · Safeguarding Policy v4 · Review date: April 2027",
      "Wrenfield Scout Group · Safeguarding Policy v4 · Review date: February 2027",
    ])
      for (const document of [markdown(footer), word(footer), pdf(footer)])
        expect(overdue(document)).toEqual([]);
  });

  it("a passed date in the body (a review history), or once in a PDF (not a running line), is not a footer", () => {
    const history = ["| Reviewed | Review date |", "| --- | --- |", "| April 2023 | March 2026 |"].join("\n");
    expect(overdue(markdown("", [...BODY, history]))).toEqual([]);
    expect(overdue(pdf(FOOTER, false))).toEqual([]);
  });

  it("when the body's date has passed too, reports the body's date as before, once", () => {
    const body = [BODY[0].replace("April 2027", "October 2026"), BODY[1]];
    const document = markdown(FOOTER, body);
    const reported = overdue(document);
    expect(found(reported, document)).toEqual(["Next review: October 2026"]);
    expect(reported[0].message).toMatch(/^The policy was due for review by the end of October 2026/);
  });
});
