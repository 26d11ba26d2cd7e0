/**
 * Review 47, in our own words; every name is invented; as of 1 December 2026. (1) A hospice's own Named Nurse who
 * "leads safeguarding across the hospice and can advise any member of staff" is its lead — advising staff is part of
 * leading, not the mark of an outside adviser; nor does "across the hospice for children, young people and families"
 * stop the setting's own noun. A nurse of another body ("across the service of Fenbridge NHS Trust") is still no lead.
 * (2) A club officers' table whose "DBS checked" column dates every row beside "FA Safeguarding Children valid until":
 * the DBS column dates the check, not the course, so the expired course is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const hospice = (claim: string) =>
  markdownDocument(
    [
      "# Safeguarding Children Policy – Willowmere Children's Hospice",
      "",
      "Review date: September 2027",
      "",
      "## 2. Key people",
      "",
      `**Named Nurse for Safeguarding Children** – Mrs Ann Lee, Head of Care. ${claim}`,
      "",
      "**Named Doctor for Safeguarding Children** – Dr Tom Ure, Medical Director. Tom acts for the Named Nurse when she is not available.",
      "",
      "## 3. Training",
      "",
      "Ann Lee completed Level 4 safeguarding training in March 2026. Tom Ure completed Level 3 safeguarding training in January 2026.",
      "",
    ].join("\n"),
  );

describe("review 47: a hospice's own Named Nurse", () => {
  it("'leads safeguarding across the hospice and can advise any member of staff' names the lead", () => {
    const claim =
      "Ann leads safeguarding across the hospice and can advise any member of staff on a concern.";
    expect(run(leadMissing, hospice(claim))).toEqual([]);
  });
  it("'across the hospice for children, young people and families' names the lead", () => {
    const claim = "Ann leads safeguarding across the hospice for children, young people and families.";
    expect(run(leadMissing, hospice(claim))).toEqual([]);
  });
  it("a nurse who leads safeguarding across another body's service is no lead (near miss)", () => {
    const claim = "Ann leads safeguarding across the service of Fenbridge Community Health.";
    expect(run(leadMissing, hospice(claim))).toHaveLength(1);
  });
});

describe("review 47: a 'valid until' column beside a DBS column", () => {
  const league = (dbs: string) =>
    markdownDocument(
      [
        "# Safeguarding Policy – Larkshire Youth Football League",
        "",
        "Review date: September 2027",
        "",
        "League Welfare Officer: Mrs Dana Holt. Deputy League Welfare Officer: Mr Carl Brandt.",
        "",
        "## 1. Club Welfare Officers",
        "",
        `| Club | Club Welfare Officer | ${dbs} | FA Safeguarding Children valid until |`,
        "|---|---|---|---|",
        "| Brackenford Colts | Mrs Leanne Voss | 04/2024 | 06/2027 |",
        "| Hillside Rovers | Mr Peter Quill | 11/2023 | 01/2025 |",
        "",
      ].join("\n"),
    );
  it("reports the expired course though a DBS column dates every row", () => {
    const reported = run(trainingStale, league("DBS checked"));
    expect(reported.map((r) => r.message).join("\n")).toMatch(/Peter Quill's FA Safeguarding Children/);
  });
});
