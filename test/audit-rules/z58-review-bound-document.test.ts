/**
 * review-overdue (held-out set zz58), in our own words; every name is invented. As of 1 December 2026.
 * A file that binds a second document after the policy — a code of conduct under its own top-level title, with
 * its own "Next review: Sept. '25" straight under it — states two review dates: the policy's and the code's. When
 * the code's has passed it is a second overdue date, reported at the code's line, whatever the policy's own date.
 * Near misses: a second title with no review line of its own; a passed date further down the second document
 * (a history, a record) rather than under its title; a review line under a section heading, not a title.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const policy = (nextReview: string, code: string[]) =>
  [
    "# Larkspur Stage School – Safeguarding Policy",
    "",
    `| Policy reviewed | Next review |`,
    "| --- | --- |",
    `| 1 September 2026 | ${nextReview} |`,
    "",
    "## 1. Why we have this policy",
    "",
    "Every child who comes through our doors has the right to learn and perform safely.",
    "",
    ...code,
  ].join("\n");

const CODE = [
  "# Part B – Code of Conduct for Teachers and Volunteers",
  "",
  "Code last updated: Sept. '24 · Next review: Sept. '25",
  "",
  "- Keep studio doors open or use the vision panels.",
  "",
];

describe("review-overdue: a second document bound into the file", () => {
  it("reports the code's passed review beside a policy that is up to date", () => {
    const document = markdownDocument(policy("September 2027", CODE));
    const reported = run(reviewOverdue, document);
    expect(found(reported, document)).toEqual(["Next review: Sept. '25"]);
    expect(reported[0].message).toContain("Part B – Code of Conduct for Teachers and Volunteers");
  });

  it("reports both when both have passed, in Markdown and Word", () => {
    const document = markdownDocument(policy("w/c 7th September 2026", CODE));
    expect(found(run(reviewOverdue, document), document)).toEqual([
      "7th September 2026",
      "Next review: Sept. '25",
    ]);
    const word = wordDocument(
      [
        "<h1>Larkspur Stage School – Safeguarding Policy</h1>",
        "<p>Next review: September 2027</p>",
        "<h2>1. Why we have this policy</h2>",
        "<p>Every child has the right to learn and perform safely.</p>",
        "<h1>Part B – Code of Conduct for Teachers and Volunteers</h1>",
        "<p>Code last updated: Sept. '24 · Next review: Sept. '25</p>",
        "<p>Keep studio doors open.</p>",
      ].join(""),
    );
    expect(found(run(reviewOverdue, word), word)).toEqual(["Next review: Sept. '25"]);
    // Word's numbered sections as top-level headings, as many policies style them.
    const flat = wordDocument(
      [
        "<h1>Larkspur Stage School – Safeguarding Policy</h1>",
        "<p>Next review: September 2027</p>",
        ...[1, 2, 3, 4, 5, 6].map(
          (n) => `<h1>${n}. Section ${n}</h1><p>What the school does, every term.</p>`,
        ),
        "<h1>Part B – Code of Conduct for Teachers and Volunteers</h1>",
        "<p>Code last updated: Sept. '24 · Next review: Sept. '25</p>",
      ].join(""),
    );
    expect(found(run(reviewOverdue, flat), flat)).toEqual(["Next review: Sept. '25"]);
  });

  it("near miss: a second title without its own review line, or with a passed date further down", () => {
    const plain = ["# Part B – Code of Conduct", "", "- Keep studio doors open.", ""];
    expect(run(reviewOverdue, markdownDocument(policy("September 2027", plain)))).toEqual([]);
    const later = [
      "# Part B – Code of Conduct",
      "",
      "- Keep studio doors open.",
      "- Never be alone with a child behind a closed door; keep to the rooms your group is using.",
      "- Contact students through the school's messaging app or their parents, never by personal phone.",
      "- Do not give lifts to students unless the Principal and the parents have agreed in writing.",
      "",
      "| Version | Next review |",
      "| --- | --- |",
      "| 1 | Sept. '25 |",
      "",
    ];
    expect(run(reviewOverdue, markdownDocument(policy("September 2027", later)))).toEqual([]);
  });

  it("near miss: a review line under a section heading is the policy's own", () => {
    const section = ["## 9. Code of conduct", "", "Next review of the code: Sept. '25", ""];
    const reported = run(reviewOverdue, markdownDocument(policy("September 2027", section)));
    expect(reported).toEqual([]);
  });
});

describe("review-overdue: top-level headings that are the policy's sections", () => {
  it("near miss: a policy whose every section is a top-level heading has no bound document", () => {
    const text = [
      "# Safeguarding Policy",
      "",
      "# 1. Purpose",
      "",
      "Everyone who works with us keeps children safe.",
      "",
      "# 2. Training",
      "",
      "Staff train every year.",
      "",
      "# 3. Review",
      "",
      "Next review: Provider Board meeting, October 2026",
      "",
    ].join("\n");
    const reported = run(reviewOverdue, markdownDocument(text));
    expect(reported.map((r) => r.message).filter((m) => m.includes("bound into this file"))).toEqual([]);
    expect(reported).toHaveLength(1);
    // Unnumbered top-level sections: the review's own heading is the policy's.
    const unnumbered = text.replace(/# \d\. /g, "# ");
    expect(
      run(reviewOverdue, markdownDocument(unnumbered)).filter((r) =>
        r.message.includes("bound into this file"),
      ),
    ).toEqual([]);
  });
});

describe("review-overdue: a second top-level heading that is no separate document (review mends)", () => {
  // The setting's name over the policy's title, both top-level; the title's own review line under it, a version
  // table further down giving the policy's current next review.
  const titled = [
    "# Hollowmere Pre-school",
    "",
    "# Safeguarding and Child Protection Policy",
    "",
    "Next review: September 2025",
    "",
    "## 1. Purpose",
    "",
    "Everyone who works at the pre-school keeps children safe.",
    "",
    "## 2. Version history",
    "",
    "| Version | Reviewed | Next review |",
    "| --- | --- | --- |",
    "| 3 | September 2024 | September 2025 |",
    "| 4 | September 2026 | September 2027 |",
    "",
  ];

  it("near miss: the policy's title under the setting's name is the policy itself, in Markdown and Word", () => {
    const document = markdownDocument(titled.join("\n"));
    const bound = (document: ReturnType<typeof markdownDocument>) =>
      run(reviewOverdue, document).filter((r) => r.message.includes("bound into this file"));
    expect(bound(document)).toEqual([]);
    const word = wordDocument(
      [
        "<h1>Hollowmere Pre-school</h1>",
        "<h1>Safeguarding and Child Protection Policy</h1>",
        "<p>Next review: September 2025</p>",
        "<h2>1. Purpose</h2>",
        "<p>Everyone who works at the pre-school keeps children safe.</p>",
        "<h2>2. Version history</h2>",
        "<table><tr><td>Version</td><td>Reviewed</td><td>Next review</td></tr>",
        "<tr><td>3</td><td>September 2024</td><td>September 2025</td></tr>",
        "<tr><td>4</td><td>September 2026</td><td>September 2027</td></tr></table>",
      ].join(""),
    );
    expect(bound(word)).toEqual([]);
  });

  it("near miss: a sign-off after the policy is the policy's own, not a document bound into it", () => {
    const signOff = [
      "# Sign-off",
      "",
      "Adopted by the committee, September 2024. Next review date: September 2025.",
      "",
    ];
    const reported = run(reviewOverdue, markdownDocument(policy("September 2027", signOff)));
    expect(reported).toEqual([]);
  });

  it("still reports an appendix that is a separate document, after the policy's numbered sections", () => {
    const appendix = [
      "# Appendix 2 – Staff Behaviour Agreement",
      "",
      "Agreement last reviewed: June 2024 · Next review: June 2025",
      "",
      "- I will keep doors open.",
      "",
    ];
    const document = markdownDocument(policy("September 2027", appendix));
    expect(found(run(reviewOverdue, document), document)).toEqual(["Next review: June 2025"]);
  });

  it("near miss: a separate document's title before any of the policy's body is no bound document", () => {
    const text = [
      "# Safeguarding Policy",
      "",
      "# Part B – Code of Conduct",
      "",
      "Next review: Sept. '25",
      "",
      "Everyone keeps to this policy and its code.",
      "",
    ].join("\n");
    const reported = run(reviewOverdue, markdownDocument(text));
    expect(reported.filter((r) => r.message.includes("bound into this file"))).toEqual([]);
  });
});
