/**
 * lead-missing / training-missing (review of the thirty-eighth session): "We are both Designated Safeguarding
 * Leads" takes its two people from its own paragraph or from the policy's owner or writer line ("a small business
 * run by …", "Ann Lee and Tom Ure run Wildwood Hollow") — not from the two practitioners some weekend sessions are
 * "led by" elsewhere in the policy, who would then be reported as leads without the lead's training.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const TRAINING = [
  "## Training",
  "",
  "| Name | Course | Date |",
  "|---|---|---|",
  "| Ann Lee | Designated Safeguarding Lead training | 04/2025 |",
  "| Tom Ure | Designated Safeguarding Lead training | 05/2025 |",
  "",
];

describe("we are both leads: the pair is the policy's own, not a session's leaders", () => {
  it("does not take the two who lead weekend sessions as the 'we' (the reviewer's snippet)", () => {
    const doc = markdownDocument(
      [
        "# Bramblewood Forest School – Safeguarding Policy",
        "",
        "Bramblewood Forest School is a partnership. We are both Designated Safeguarding Leads, and either of us can be contacted about a concern.",
        "",
        "## Our sessions",
        "",
        "Weekend family sessions are led by Sam Pike and Jo Marsh, our two sessional practitioners, who are DBS checked.",
        "",
        ...TRAINING,
        "Signed: Ann Lee and Tom Ure, partners. Approved on 1 October 2026; next review 1 October 2027.",
        "",
      ].join("\n"),
    );
    const training = run(trainingMissing, doc).map((f) => f.message);
    expect(training.filter((m) => /Sam Pike|Jo Marsh/.test(m))).toEqual([]);
    expect(run(leadMissing, doc)).toHaveLength(1);
  });

  it("still takes the pair from the sentence's own paragraph or the owners' line", () => {
    const own = markdownDocument(
      [
        "# Wildwood Hollow – Safeguarding Policy",
        "",
        "## Who leads on safeguarding",
        "",
        "Wildwood Hollow is led by Ann Lee and Tom Ure. We are both Designated Safeguarding Leads, and each of us covers for the other.",
        "",
        ...TRAINING,
      ].join("\n"),
    );
    expect(run(leadMissing, own)).toEqual([]);
    expect(run(deputyMissing, own)).toEqual([]);
    const owners = markdownDocument(
      [
        "# Wildwood Hollow – Safeguarding Policy",
        "",
        "Ann Lee and Tom Ure run Wildwood Hollow from their smallholding near Pendle.",
        "",
        "## Who leads on safeguarding",
        "",
        "We are both Designated Safeguarding Leads, and each of us covers for the other.",
        "",
        ...TRAINING,
      ].join("\n"),
    );
    expect(run(leadMissing, owners)).toEqual([]);
    expect(run(deputyMissing, owners)).toEqual([]);
    // Someone else's sessions "run by" two people are not the owners either.
    const sessions = markdownDocument(
      [
        "# Wildwood Hollow – Safeguarding Policy",
        "",
        "Our Saturday sessions are run by Sam Pike and Jo Marsh.",
        "",
        "## Who leads on safeguarding",
        "",
        "We are both Designated Safeguarding Leads, and each of us covers for the other.",
        "",
      ].join("\n"),
    );
    expect(run(leadMissing, sessions)).toHaveLength(1);
  });
});
