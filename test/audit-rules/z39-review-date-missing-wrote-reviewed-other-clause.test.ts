/**
 * review-date-missing (review of the thirty-eighth session; as of 1 December 2026). After "I wrote this policy in
 * May 2019 and have reviewed it every year since", a date further on counts as the last review only in the cue's own
 * clause: "…; most recently a parent asked me for a copy, which I sent on 3 November 2026" is another event's date
 * (past a ";" and in a ", which" clause), so the policy still gives no date of its last review. "… reviewed it every
 * year since, most recently with my adviser in September 2026" is still its last review.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (about: string) =>
  markdownDocument(
    [
      "# Safeguarding Policy – Little Acorns Childminding",
      "",
      "I am Mrs Jane Hollis, a registered childminder, and I am the Designated Safeguarding Lead for my setting. My assistant, Mr Tom Ure, is my deputy.",
      "",
      about,
      "",
      "## Training",
      "",
      "I completed my Designated Safeguarding Lead training in March 2025. Tom completed his safeguarding training in June 2025.",
      "",
    ].join("\n"),
  );

describe("'I wrote this policy … and have reviewed it every year since' then another event's date", () => {
  it("does not take a copy sent to a parent as the last review (the reviewer's snippet)", () => {
    for (const about of [
      "I wrote this policy in May 2019 and have reviewed it every year since; most recently a parent asked me for a copy, which I sent on 3 November 2026.",
      "I wrote this policy in May 2019 and have reviewed it every year since, most recently a parent asked me for a copy, which I sent on 3 November 2026.",
    ]) {
      const doc = policy(about);
      expect(run(reviewDateMissing, doc), about).toHaveLength(1);
    }
  });

  it("still takes the date in the cue's own clause as the last review", () => {
    const doc = policy(
      "I wrote this policy in May 2019 and have reviewed it every year since, most recently with my local authority early years adviser in September 2026. I review it every year.",
    );
    expect(run(reviewDateMissing, doc)).toEqual([]);
    expect(run(reviewOverdue, doc)).toEqual([]);
  });
});
