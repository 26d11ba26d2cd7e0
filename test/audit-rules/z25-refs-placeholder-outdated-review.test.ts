/**
 * From the held-out sets zz25–zz28 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - placeholder-text: "Parent's name: (name)" on a form under a form's heading — the bracket is all the field's
 *   value after its label's colon, what to write when the form is filled in. A PDF's form heading that starts with
 *   neither a number nor "Appendix" ("Atodiad 1 / Appendix 1 – Record of concern") is still a form's heading.
 *   Not on a form, or after a role ("Designated Safeguarding Lead: (name)"), it is a name left out.
 * - outdated-reference: "The DBS replaced the old CRB in 2012; some halls still ask for a 'CRB'" — the sentence
 *   that gives the name as history goes on to explain it. A new sentence using it is still reported.
 * - outdated-reference: the Regional Child Protection Committee in a Northern Ireland policy (replaced by the SBNI
 *   in 2012); not in a policy from elsewhere.
 * - review-overdue: "reviewed at the first meeting of each session (September)" is once a year.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { found, markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

describe("placeholder-text: '(name)' as a form field's whole value", () => {
  const form = (heading: string, rows: string[]) =>
    [
      "# Eastmoor Puppet Shows — Safeguarding Policy",
      "",
      "I run puppet shows for children's parties. Parents stay in the room throughout.",
      "",
      `## ${heading}`,
      "",
      "| Please fill in before the show |",
      "| --- |",
      ...rows,
      "| Signed: ………………  Date: ……………… |",
      "",
    ].join("\n");

  it("leaves 'Parent's name: (name)' and 'Adult in the room: (name)' alone under a form's heading", () => {
    for (const heading of ["Booking form", "Record of the party"]) {
      const text = form(heading, [
        "| Parent's name: (name) |",
        "| Adult in the room during the show: (name) |",
      ]);
      expect(run(placeholderText, markdownDocument(text)), heading).toEqual([]);
    }
  });

  it("still reports '(name)' after a role, and outside a form", () => {
    const onForm = form("Booking form", ["| Designated Safeguarding Lead: (name) |"]);
    expect(found(run(placeholderText, markdownDocument(onForm)), markdownDocument(onForm))).toEqual([
      "(name)",
    ]);
    const prose = form("What I do", ["| Parent's name: (name) |"]);
    expect(run(placeholderText, markdownDocument(prose)).length).toBe(1);
  });

  it("reads a PDF's form heading found by its type, whatever its first word", () => {
    const text = [
      "Eastmoor Advocacy — Safeguarding Policy",
      "We listen to children and act on what they tell us.",
      "Atodiad 1 / Appendix 1 – Cofnod / Record of concern",
      "Child's name:",
      "Passed to (name) and when:",
      "Signed: ……………… Date: ………………",
    ].join("\n");
    const document = pdfDocument(text);
    const headingAt = text.indexOf("Atodiad");
    const end = text.indexOf("\n", headingAt);
    document.blocks = [
      {
        kind: "heading",
        depth: 2,
        title: text.slice(headingAt, end),
        offset: headingAt,
        endOffset: end,
        place: { page: 1 },
      },
    ];
    expect(run(placeholderText, document)).toEqual([]);
  });
});

describe("outdated-reference: a name explained as history, and Northern Ireland's RCPC", () => {
  it("leaves the CRB alone in the sentence that gives it as history", () => {
    const text = [
      "# Eastmoor Puppet Shows — Safeguarding Policy",
      "",
      'I hold an enhanced DBS check. (The DBS replaced the old CRB in 2012; some venues still ask for a "CRB".)',
      "",
      "Children at the show are never left alone with me.",
    ].join("\n");
    expect(
      found(run(outdatedReference, markdownDocument(text)), markdownDocument(text)).filter((f) =>
        /CRB/.test(f),
      ),
    ).toEqual([]);
  });

  it("still reports the CRB in a later sentence", () => {
    const text = "# Policy\n\nThe DBS replaced the old CRB in 2012. Every volunteer has a CRB check.\n";
    expect(found(run(outdatedReference, markdownDocument(text)), markdownDocument(text))).toEqual([
      "CRB check",
    ]);
  });

  it("reports the Regional Child Protection Committee in a Northern Ireland policy only", () => {
    const ni =
      "# Policy\n\nWe follow Co-operating to Safeguard Children and Young People in Northern Ireland. Inter-agency concerns go to the Regional Child Protection Committee's procedures.\n";
    const reported = run(outdatedReference, markdownDocument(ni));
    expect(found(reported, markdownDocument(ni))).toEqual(["Regional Child Protection Committee"]);
    expect(reported[0].message).toMatch(/Safeguarding Board for Northern Ireland/);
    const elsewhere =
      "# Policy\n\nInter-agency concerns go to the Regional Child Protection Committee's procedures.\n";
    expect(run(outdatedReference, markdownDocument(elsewhere))).toEqual([]);
  });
});

describe("review-overdue: 'each session (September)' is once a year", () => {
  const policy = (rule: string) =>
    [
      "# 3rd Eastmoor Company — Safeguarding Policy",
      "",
      "| Adopted | 8 September 2024 |",
      "| --- | --- |",
      "| Last reviewed | September 2025 |",
      `| Review | ${rule} |`,
      "",
      "Leaders put the young people's safety first.",
      "",
    ].join("\n");

  it("reports a review due in September 2026, as of December 2026", () => {
    for (const rule of [
      "at the first staff meeting of each session (September)",
      "at the leaders' meeting every season ( September )",
    ]) {
      const document = markdownDocument(policy(rule));
      expect(run(reviewOverdue, document).length, rule).toBe(1);
    }
  });

  it("does not read 'each term (September, January, April)' as once a year", () => {
    const document = markdownDocument(
      policy("at the first staff meeting of each term (September, January, April)"),
    );
    const reported = run(reviewOverdue, document);
    for (const r of reported) expect(r.message).not.toMatch(/every year/);
  });
});
