/**
 * review-overdue (issue 11, found by a reviewer and by hand in the forty-third session, in our own words; every name is
 * invented; as of 1 December 2026).
 *
 * 1. A long opening paragraph, then a run of short label lines — "Date adopted: 12/03/2024", "Signed by: Chair of
 *    Trustees" — and "To be reviewed annually." straight under them: the adoption date is two lines up, not on the
 *    nearest line, and a careful reader still reads the note as the policy's own yearly review, adopted 12 March 2024,
 *    so due 12 March 2025 — overdue. Near miss: the same note under a run of labels with no adoption date (a record's
 *    "Owner:" and "Kept in:"), after a long paragraph, is not read as the policy's review.
 * 2. A sports club's policy "reviewed by the committee each pre-season (April)" (or "every pre-season", "pre-season each
 *    year"), last reviewed April 2025: a yearly review, due April 2026 — overdue, not "no review date". Near miss:
 *    "pre-season training" or "a pre-season meeting" is no review rule of the policy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const findings = (document: SourceDocument) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    run(rule, document).map((f) => [rule.meta.id, f.message]),
  );

const intro =
  "Millbeck Scouts is committed to safeguarding and promoting the welfare of every young person who comes to our meetings, camps and trips.";
const leads =
  "Our Designated Safeguarding Lead is Ruth Penhaligon (07700 900321), who can be reached at any time during meetings.";

describe("review-overdue: the adoption date further up a run of short label lines", () => {
  const lines = (labels: string[]) => [
    "# Millbeck Scouts Safeguarding Policy",
    "",
    intro,
    "",
    ...labels,
    "To be reviewed annually.",
    "",
    "## 1. Leads",
    "",
    leads,
    "",
  ];

  it("reads the date two label lines up (Markdown)", () => {
    const doc = markdownDocument(
      lines(["Date adopted: 12/03/2024", "Signed by: Chair of Trustees"]).join("\n"),
    );
    expect(findings(doc)).toEqual([
      ["review-overdue", expect.stringMatching(/12 March 2024.*every year.*12 March 2025/)],
    ]);
  });

  it("reads the date three label lines up, blank lines between (Word)", () => {
    const doc = wordDocument(
      [
        "<h1>Millbeck Scouts Safeguarding Policy</h1>",
        `<p>${intro}</p>`,
        "<p>Approved: 12/03/2024</p>",
        "<p>Signed by: Chair of Trustees</p>",
        "<p>Position: Group Chair</p>",
        "<p>To be reviewed annually.</p>",
        "<h2>1. Leads</h2>",
        `<p>${leads}</p>`,
      ].join("\n"),
    );
    expect(findings(doc)).toEqual([
      ["review-overdue", expect.stringMatching(/12 March 2024.*every year.*12 March 2025/)],
    ]);
  });

  it("stays quiet on a note under labels with no adoption date", () => {
    const doc = markdownDocument(lines(["Owner: Group Secretary", "Kept in: the locked cabinet"]).join("\n"));
    expect(findings(doc).map(([id]) => id)).toEqual(["review-date-missing"]);
  });
});

describe("review-overdue: a yearly review each pre-season", () => {
  const policy = (rule: string) =>
    markdownDocument(
      [
        "# Ashcombe Vale Cricket Club",
        "",
        "Club Safeguarding Officer: Mr Piers Lydgate (07700 900222)",
        "",
        "## 6. Review",
        "",
        rule,
        "",
        "Last reviewed: April 2025",
        "",
      ].join("\n"),
    );
  for (const rule of [
    "This policy is reviewed by the committee each pre-season (April).",
    "This policy is reviewed every pre-season.",
    "This policy is reviewed pre-season each year.",
  ])
    it(`reads "${rule}" as a yearly review`, () => {
      expect(findings(policy(rule))).toEqual([
        ["review-overdue", expect.stringMatching(/April 2025.*every year.*April 2026/)],
      ]);
    });

  for (const rule of [
    "This policy is shared with every coach at pre-season training.",
    "This policy is explained to parents at a pre-season meeting.",
    "This policy is shared at each pre-season training session.",
  ])
    it(`stays quiet on "${rule}"`, () => {
      expect(findings(policy(rule)).map(([id]) => id)).toEqual(["review-date-missing"]);
    });
});
