/**
 * "The committee will agree the date of the next review at its next meeting" gives no review date and no time for the
 * review: the meeting sets a date still to come (held-out set zz73, a PTA's policy with "Date of next review | TBC").
 * "It will next be reviewed at the AGM" still names a time in words. In our own words; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/review-date-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (sentence: string) =>
  [
    "# Friends of Elmfield Primary – Safeguarding Policy for PTA Events",
    "",
    "| Document details | |",
    "| --- | --- |",
    "| Approved at the PTA AGM | 14 October 2026 |",
    "",
    "## 9. Review",
    "",
    `This policy was approved by the PTA at its AGM on 14 October 2026. ${sentence}`,
    "",
  ].join("\n");

describe("a review date left to be agreed", () => {
  it.each([
    "The committee will agree the date of the next review at its next meeting.",
    "The trustees will set a date for the next review at their January meeting.",
    // The label's other order (a reviewer's case, twenty-sixth session).
    "The committee will agree the next review date at its next meeting.",
    "The trustees will set the policy review date at their spring meeting.",
  ])("is missing: %s", (sentence) => {
    expect(checkText(missing, policy(sentence), { asOf, format: "md" })).toHaveLength(1);
  });

  it("near miss: a review at a meeting is a time in words", () => {
    expect(
      checkText(missing, policy("The next review will be at the AGM, held each October."), {
        asOf,
        format: "md",
      }),
    ).toEqual([]);
  });
});
