/**
 * The evidence of a check (src/site/evidence.ts): the findings as a small PolicyDocument for the PDF renderer,
 * dated with the as-of day. The PDF the page makes from it is checked in Chromium (test/site-check.test.ts).
 */
import { toString as mdToString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/model.js";
import { evidenceDocument, evidenceFileName } from "../src/site/evidence.js";

const findings: Finding[] = [
  {
    ruleId: "review-overdue",
    severity: "error",
    message: "The policy was due for review by 21 June 2020 — review it",
    file: "Our Policy (2024).docx",
    location: "page 2",
  },
  {
    ruleId: "national-contact",
    severity: "warning",
    message: "Use the current address.",
    file: "Our Policy (2024).docx",
    excerpt: "x@y.gsi.gov.uk",
  },
];

describe("the evidence of a check", () => {
  const doc = evidenceDocument({
    fileName: "Our Policy (2024).docx",
    asOf: "2026-12-01",
    findings,
    partnershipName: "Hollowmere Partnership",
  });
  const text = mdToString(doc.tree);

  it("is dated with the as-of day, never the clock", () => {
    expect(doc.meta.date).toBe("2026-12-01");
    expect(doc.meta.version).toBe("of 1 December 2026");
    expect(doc.meta.nextReviewText).toBe("1 December 2027");
    expect(text).toContain("Our Policy (2024).docx, with dates as of 1 December 2026.");
  });

  it("gives the result, then each question with its findings: what, where and what it says", () => {
    expect(doc.headings.map((h) => h.text)).toEqual([
      "Safeguarding policy check: Our Policy (2024).docx",
      "Is a lead named and trained?",
      "Is the policy in date?",
      "Are the contacts right?",
      "Is anything left from the template?",
      "What to do next",
    ]);
    expect(text).toContain("Red. 1 thing must be fixed, and 1 more is worth checking.");
    expect(text).toContain("Must fix — Page 2: The policy was due for review by 21 June 2020 — review it.");
    expect(text).toContain(
      "Worth checking — The whole document: Use the current address. It says: “x@y.gsi.gov.uk”.",
    );
    expect(new Set(doc.headings.map((h) => h.id)).size).toBe(doc.headings.length);
  });

  it("is named after the policy and the day, in safe characters", () => {
    expect(evidenceFileName("Our Policy (2024).docx", "2026-12-01")).toBe(
      "check-of-our-policy-2024-2026-12-01.pdf",
    );
    expect(evidenceFileName("….pdf", "2026-12-01")).toBe("check-of-policy-2026-12-01.pdf");
  });
});
