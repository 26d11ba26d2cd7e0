/**
 * Review statements in running prose and in labels the audit did not know (issue 11, the eleventh and twelfth
 * held-out sets, in our own words; every name is invented; as of 1 December 2026):
 * - "It will next be looked at by the trustees at their meeting in June '26": a review in other words, when the
 *   sentence (or, for "It", the one before) is about the policy — never a coach, a minibus or a child;
 * - "Next scheduled review", "Next planned review": a next-review label with a word between;
 * - a review stated only in words ("at the spring meeting", "at the AGM") is not a missing review date.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
/** The review rules' findings, [rule id, message]. */
const findings = (text: string, format: "md" | "pdf" = "md") =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f) => [rule.meta.id, f.message]),
  );
const rules = (text: string, format: "md" | "pdf" = "md") => findings(text, format).map(([id]) => id);

describe("a review 'looked at' in prose", () => {
  it("reads its date when the sentence is about the policy", () => {
    const passed =
      "# Safeguarding policy\n\n## Review\n\nThis policy will next be looked at by the Parish Youth Committee at its meeting in June '26, or sooner if the law changes.\n";
    expect(findings(passed)).toEqual([["review-overdue", expect.stringMatching(/June 2026/)]]);
    const week =
      "# Code of practice\n\nThe trustees agreed this code on 2nd of May 2024. This code of practice will next be looked at by the Board of Trustees in the w/c 4th May 2026.\n";
    expect(findings(week)).toEqual([["review-overdue", expect.stringMatching(/4 May 2026/)]]);
  });

  it("reads 'It will next be looked at' after a sentence about the policy or its version", () => {
    const later =
      "# Policy\n\n## 9. Review\n\nThe committee adopted this version in May '25. It will next be looked at by the committee and the club's welfare lead together at the AGM in October '27, or sooner after an incident.\n";
    expect(findings(later)).toEqual([]);
    const passed =
      "# Policy\n\nThis policy was approved by the directors in April 2025. It will next be looked at by the directors in April 2026.\n";
    expect(rules(passed)).toEqual(["review-overdue"]);
    const term =
      "# Policy\n\nThis policy was adopted by the governors on 1 October 2026. It will next be looked at by the governors in the Summer Term 2027, and then every autumn.\n";
    expect(findings(term)).toEqual([]);
    const soon =
      "# Policy\n\nThis policy was agreed by the committee in January 2026 and will next be looked at by the committee on 12th of January '27.\n";
    expect(rules(soon)).toEqual(["review-due-soon"]);
  });

  it("reads the same in a PDF's text", () => {
    const pdf =
      "Riverside Kayak Club\nSafeguarding Policy\nThis policy was agreed by the committee in\nMarch 2025. It will next be looked at by the committee\nin March 2026, or sooner if British Canoeing's\nguidance changes.\n";
    expect(rules(pdf, "pdf")).toEqual(["review-overdue"]);
  });

  it("leaves alone what is looked at that is not the policy", () => {
    const minibus =
      "# Policy\n\nThe minibus is serviced every year. It will next be looked at by the garage in March 2026.\n\nNext review date: 15 September 2027\n";
    expect(findings(minibus)).toEqual([]);
    const child =
      "# Policy\n\nA child's plan is agreed with the family. It will next be looked at by the social worker in March 2026.\n\nNext review date: 15 September 2027\n";
    expect(findings(child)).toEqual([]);
  });

  it("takes no date from another clause after the label: who looks at it and what they did", () => {
    const trained =
      "# Policy\n\nA complaint about this policy will be looked at by the welfare officer, who completed her training in March 2025.\n";
    expect(rules(trained)).toEqual(["review-date-missing"]);
    const clause =
      "# Policy\n\nConcerns about this policy will be looked at by the chair; the chair was elected in May 2024.\n";
    expect(rules(clause)).toEqual(["review-date-missing"]);
  });
});

describe("'will next be reviewed' with a long 'by whom and where' before its date", () => {
  it("reads the date as for 'looked at'", () => {
    const long =
      "# Policy\n\nThis policy will next be reviewed by the Board of Trustees together with the Safeguarding Lead at their first meeting in March 2026.\n";
    expect(rules(long)).toEqual(["review-overdue"]);
    const later =
      "# Policy\n\nThe policy will be reviewed by the Parochial Church Council and the Parish Safeguarding Officer at the meeting in October 2027.\n";
    expect(findings(later)).toEqual([]);
  });

  it("but not a date of another clause that far on", () => {
    const other =
      "# Policy\n\nThis policy will next be reviewed by the Board of Trustees and the Safeguarding Lead, who was appointed in March 2026.\n";
    expect(rules(other)).toEqual(["review-date-missing"]);
  });

  it("nor the date of an event the sentence gives as an example, or of something else agreed or held", () => {
    const example =
      "# Policy\n\nAdopted on 2 February 2024.\n\nThis policy will be reviewed by the committee at the latest after any serious incident, such as the capsize on 14 August 2025.\n";
    // No date to find overdue or due soon; whether it is missing is review-date-missing's call.
    const dated = (text: string) => rules(text).filter((id) => id !== "review-date-missing");
    expect(dated(example)).toEqual([]);
    const agreed =
      "# Policy\n\nAdopted on 2 February 2024.\n\nThis policy will next be reviewed by the committee together with the safety plan agreed with British Rowing in March 2025.\n";
    expect(dated(agreed)).toEqual([]);
    const held =
      "# Policy\n\nThis policy will next be looked at by the committee with the notes of the open meeting held in March 2025.\n";
    expect(dated(held)).toEqual([]);
  });
});

describe("a next-review label with a word between", () => {
  it("reads 'Next scheduled review' and 'Next planned review'", () => {
    const table = "# Policy\n\n| Document control | |\n|---|---|\n| Next scheduled review | FY25 Q2 |\n";
    expect(findings(table)).toEqual([["review-overdue", expect.stringMatching(/FY25 Q2/)]]);
    const line = "# Policy\n\nNext planned review: Q1 FY2028/29\n";
    expect(findings(line)).toEqual([]);
  });
});

describe("a review stated only in words", () => {
  it("is not reported as a missing review date", () => {
    const meeting =
      "# Policy\n\nThis policy was agreed by the committee. It will next be looked at by the committee at its spring meeting, or sooner if the law changes.\n";
    expect(findings(meeting)).toEqual([]);
    const agm = "# Policy\n\nThis policy will next be looked at by the members at the AGM.\n";
    expect(findings(agm)).toEqual([]);
  });

  it("still reports a policy that says nothing of when", () => {
    const nothing = "# Policy\n\nWe keep children safe. The coach will look at the kit.\n";
    expect(rules(nothing)).toEqual(["review-date-missing"]);
  });
});
