/**
 * review-date-missing and review-overdue (held-out set zz137), in our own words; every name is invented. A bilingual
 * school's approval line whose Welsh half is a phrase of five or more words ("Mabwysiadwyd gan y Corff Llywodraethu /
 * Adopted by the Governing Body: 16/10/2025"), with "Adolygir y polisi hwn bob blwyddyn. / This policy is reviewed
 * every year." under it: the English half after " / " is the label, its date the approval's, and the review falls
 * due a year on — never "no date". Near misses: a long English sentence before the slash is no translation, and a
 * Welsh phrase that does not open with an approval's or review's word is none either. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string, format: "md" | "pdf" = "md") =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f) => [rule.meta.id, f.message]),
  );

const policy = (label: string) =>
  [
    "# Polisi Amddiffyn Plant / Child Protection Policy",
    "",
    "Ysgol Gynradd Cwm Eithin, Ffordd yr Afon, Aberhenllan",
    "",
    label,
    "Adolygir y polisi hwn bob blwyddyn. / This policy is reviewed every year.",
    "",
    "## 1. Cyflwyniad / Introduction",
    "",
    "Everyone who works at the school keeps children safe and passes on any worry the same day.",
    "",
  ].join("\n");

describe("a long Welsh phrase before its English label", () => {
  for (const format of ["md", "pdf"] as const) {
    it(`reads the approval and finds the review overdue (${format})`, () => {
      expect(
        findings(
          policy("Mabwysiadwyd gan y Corff Llywodraethu / Adopted by the Governing Body: 14/09/2025"),
          format,
        ),
      ).toEqual([["review-overdue", expect.stringMatching(/14 September 2025/)]]);
    });

    it(`reads an approval a few weeks ago as in date (${format})`, () => {
      expect(
        findings(
          policy(
            "Cymeradwywyd gan Bwyllgor Llawn y Corff Llywodraethu / Approved by the Full Governing Body: 3 November 2026",
          ),
          format,
        ),
      ).toEqual([]);
    });
  }
});

describe("near misses", () => {
  it("keeps review-date-missing when a long English sentence stands before the slash", () => {
    expect(
      findings(policy("The governors read it with staff and parents at school / Approved: 14/09/2025")),
    ).toEqual([["review-date-missing", expect.stringContaining('"every year"')]]);
  });

  it("keeps review-date-missing when the Welsh phrase does not open with an approval's word", () => {
    expect(findings(policy("Darllenwyd gan y staff a'r rhieni yn yr ysgol / Approved: 14/09/2025"))).toEqual([
      ["review-date-missing", expect.stringContaining('"every year"')],
    ]);
  });
});
