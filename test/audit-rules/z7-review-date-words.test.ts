/**
 * Review dates as settings write them beyond digits and month names: in ordinal words ("Next review: the
 * thirtieth of June 2026", "adopted on the twenty-second of May 2025") and as a document system's ISO timestamps
 * ("Next review: 2026-07-31T00:00", "Approved: 2025-03-02T14:20:00Z"). Each is a review date, so the policy is not
 * missing one, and each is read to its day. A review "at every AGM" (an annual general meeting) is yearly. In our
 * own words; every name is invented; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { findReviewIntervals } from "../../src/audit/text/review.js";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string) => reviewFindings(text, asOf);

function policy(lines: string[]): string {
  return [
    "# Kestrel Lane Community Choir — Safeguarding Young Singers",
    "",
    "Our safeguarding officer is Bronwen Achebe-Lowe, the junior choir's director.",
    "",
    ...lines,
    "",
  ].join("\n");
}

describe("review dates in ordinal words and as ISO timestamps", () => {
  it("reads a next review in ordinal words to its day: passed is overdue, soon is due soon", () => {
    const passed = findings(policy(["Next review: the thirtieth of June 2026"]));
    expect(passed.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(passed[0].message).toContain("30 June 2026");
    const soon = findings(policy(["The policy will next be reviewed by the twenty-first of January 2027."]));
    expect(soon.map((f) => f.rule)).toEqual(["review-due-soon"]);
  });

  it("derives the due date from an adoption in ordinal words and a yearly review", () => {
    const found = findings(
      policy([
        "This policy was adopted by the choir committee on the twenty-second of May 2025.",
        "",
        "This policy is reviewed every year.",
      ]),
    );
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain("adopted 22 May 2025 and reviewed every year, so due 22 May 2026");
  });

  it("reads ISO timestamps in a document box as days", () => {
    const found = findings(
      policy(["Approved: 2025-03-02T14:20:00Z", "Next review: 2026-07-31T00:00", "Owner: Choir committee"]),
    );
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain("31 July 2026");
    expect(findings(policy(["Next review: 2027-01-15T09:00:00+00:00"])).map((f) => f.rule)).toEqual([
      "review-due-soon",
    ]);
  });

  it("reads a review at every AGM as yearly", () => {
    expect(findReviewIntervals("This policy is reviewed at every AGM.").map((i) => i.months)).toEqual([12]);
    expect(
      findReviewIntervals("The policy is reviewed at each annual general meeting.").map((i) => i.months),
    ).toEqual([12]);
    const found = findings(
      policy(["This policy is reviewed at every AGM.", "", "Approved at the AGM on 9 October 2025."]),
    );
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain("so due 9 October 2026");
  });
});
