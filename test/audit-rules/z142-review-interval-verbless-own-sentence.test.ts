/**
 * review-overdue (issue 11, found by hand in the forty-second session, in our own words; every name is invented; as of
 * 1 December 2026). A policy adopted on a date, its review rule a short sentence of its own: "To be reviewed annually.",
 * "This policy is to be reviewed annually.", "Policy to be reviewed annually.", "This policy will be reviewed yearly.",
 * "To be reviewed each year." / "every year.", or with a meeting between "reviewed" and the interval ("To be reviewed
 * at the annual meeting each year."). A careful reader reads each as the policy's own review rule: adopted 14 May 2024
 * and reviewed every year, so due 14 May 2025 — overdue. Near misses: another thing's review ("Risk assessments are to
 * be reviewed annually.", "Each child's plan is to be reviewed every year."); "To be reviewed annually." as an item of
 * a list of a child's records; a stated next review still to come beside "To be reviewed annually.".
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const title = "St Aldric's Church, Hollowmere – Safeguarding Policy";
const body = [
  "Everyone who helps with our children's and youth work is safely recruited and knows who to tell about a worry.",
  "Our Parish Safeguarding Officer is Mrs Delphine Arkwright, who can be reached through the parish office.",
];

type Layout = "md" | "docx" | "pdf";
function policy(paragraphs: readonly string[], layout: Layout = "md"): SourceDocument {
  const all = [...paragraphs, ...body];
  if (layout === "docx")
    return wordDocument([`<h1>${title}</h1>`, ...all.map((p) => `<p>${p}</p>`)].join("\n"));
  if (layout === "pdf") return pdfDocument([title, "", ...all.flatMap((p) => [p, ""])].join("\n"));
  return markdownDocument([`# ${title}`, "", ...all.flatMap((p) => [p, ""])].join("\n"));
}

const findings = (document: SourceDocument) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    run(rule, document).map((f) => [rule.meta.id, f.message]),
  );
const overdue = [["review-overdue", expect.stringMatching(/14 May 2024.*every year.*14 May 2025/)]];

describe("review-overdue: a verbless review rule in a sentence of its own after the adoption", () => {
  const rules = [
    "To be reviewed annually.",
    "This policy is to be reviewed annually.",
    "Policy to be reviewed annually.",
    "This policy will be reviewed yearly.",
    "To be reviewed each year.",
    "To be reviewed every year.",
  ];
  for (const rule of rules)
    for (const layout of ["md", "docx", "pdf"] as const)
      it(`reads "${rule}" (${layout})`, () => {
        expect(findings(policy(["Adopted on 14 May 2024.", rule], layout))).toEqual(overdue);
      });

  for (const layout of ["md", "docx", "pdf"] as const)
    it(`reads a meeting between "reviewed" and the interval (${layout})`, () => {
      const doc = policy(
        [
          "Adopted at the meeting of the Parochial Church Council held on 14 May 2024. To be reviewed at the annual meeting each year.",
        ],
        layout,
      );
      expect(findings(doc)).toEqual(overdue);
    });

  it("reads the note under a numbered heading in a PDF's text", () => {
    const doc = pdfDocument(
      [
        title,
        "",
        "1. Adoption and review",
        "",
        "Adopted on 14 May 2024.",
        "",
        "2. Review of this policy",
        "",
        "To be reviewed annually.",
        "",
        ...body.flatMap((p) => [p, ""]),
      ].join("\n"),
    );
    expect(findings(doc)).toEqual(overdue);
  });

  it("reads the two sentences in one paragraph", () => {
    expect(findings(policy(["Adopted on 14 May 2024. To be reviewed annually."]))).toEqual(overdue);
  });
});

describe("review-overdue: stays quiet for another thing's review and a later stated date", () => {
  const missing = [["review-date-missing", expect.any(String)]];
  it("stays quiet for risk assessments and a child's plan (near miss)", () => {
    expect(
      findings(policy(["Adopted on 14 May 2024.", "Risk assessments are to be reviewed annually."])),
    ).toEqual(missing);
    expect(
      findings(policy(["Adopted on 14 May 2024.", "Each child's plan is to be reviewed every year."])),
    ).toEqual(missing);
  });

  it("stays quiet for an item of a list of a child's records (near miss)", () => {
    const doc = markdownDocument(
      [
        `# ${title}`,
        "",
        "Adopted on 14 May 2024.",
        "",
        "## Records we keep for each child",
        "",
        "- Consent form: signed by a parent when the child joins.",
        "- Medical and allergy form: To be reviewed annually.",
        "- Photo permission: asked for again each September.",
        "",
        ...body.flatMap((p) => [p, ""]),
      ].join("\n"),
    );
    expect(findings(doc)).toEqual(missing);
  });

  it("keeps a stated next review still to come (near miss)", () => {
    for (const layout of ["md", "docx", "pdf"] as const) {
      const doc = policy(
        ["Adopted on 14 May 2024.", "To be reviewed annually.", "Next review: March 2027."],
        layout,
      );
      expect(findings(doc)).toEqual([]);
    }
  });
});

describe("review-overdue: a verbless note in a list is the listed thing's", () => {
  const missing = [["review-date-missing", expect.any(String)]];
  const records = (items: readonly string[], after: readonly string[] = []) =>
    markdownDocument(
      [
        `# ${title}`,
        "",
        "Adopted on 14 May 2024.",
        "",
        "## Records we keep for each child",
        "",
        ...items,
        "",
        ...after.flatMap((p) => [p, ""]),
        ...body.flatMap((p) => [p, ""]),
      ].join("\n"),
    );
  it("stays quiet for the note after an item's own words (near miss)", () => {
    const doc = records([
      "- A registration form, signed by a parent.",
      "- An individual care plan for each child with additional needs. To be reviewed annually.",
    ]);
    expect(findings(doc)).toEqual(missing);
    const numbered = records([
      "1. Fill in the consent form.",
      "2. Keep the allergy plan on file. Reviewed annually.",
    ]);
    expect(findings(numbered)).toEqual(missing);
  });
  it("stays quiet for the note as an item of its own, or straight after the list (near miss)", () => {
    expect(findings(records(["- Kept in the locked cabinet.", "- To be reviewed annually."]))).toEqual(
      missing,
    );
    expect(
      findings(records(["- Registration form", "- Medical form"], ["To be reviewed annually."])),
    ).toEqual(missing);
  });
  it("stays quiet in a Word list (near miss)", () => {
    const doc = wordDocument(
      [
        `<h1>${title}</h1>`,
        "<p>Adopted on 14 May 2024.</p>",
        "<h2>Records we keep for each child</h2>",
        "<ul><li>A registration form, signed by a parent.</li><li>An individual care plan. To be reviewed annually.</li></ul>",
        ...body.map((p) => `<p>${p}</p>`),
      ].join("\n"),
    );
    expect(findings(doc)).toEqual(missing);
  });
  it("stays quiet in a PDF's bulleted list (near miss)", () => {
    const doc = pdfDocument(
      [
        title,
        "",
        "Adopted on 14 May 2024.",
        "",
        "Records we keep for each child",
        "",
        "• A registration form, signed by a parent.",
        "• An individual care plan. To be reviewed annually.",
        "",
        ...body.flatMap((p) => [p, ""]),
      ].join("\n"),
    );
    expect(findings(doc)).toEqual(missing);
  });
});
