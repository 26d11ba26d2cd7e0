/**
 * review-overdue (a review of the thirty-seventh session's last fixes), in our own words; every name is invented; as of
 * 1 December 2026. After "I wrote this policy in DATE", a later review whose date stands further on in its sentence
 * ("most recently reviewed it after my Ofsted inspection in October 2026", "Most recently, my assistant and I reviewed
 * it together in October 2026") is the policy's last review — the written date is no longer its date. A sentence that
 * says it was reviewed with no date says nothing to count from; one with neither ("Most recently, parents asked …"),
 * another event's date ("… which I sent them on 3 November 2026") or another thing reviewed ("I reviewed my fire
 * evacuation plan") leaves the written date in charge.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const overdue = (about: string) =>
  run(
    reviewOverdue,
    markdownDocument(
      `# Safeguarding Policy – Jane Smith Childminding\n\nI am a registered childminder and the Designated Safeguarding Lead for my setting.\n\n${about} I review this policy every year.\n`,
    ),
  ).map((f) => f.message);

describe("'I wrote this policy in DATE' then a review dated further on in its sentence", () => {
  it("the review's date is the policy's last review", () => {
    for (const text of [
      "I wrote this policy in January 2020 and most recently reviewed it after my Ofsted inspection in October 2026.",
      "I wrote this policy in January 2020. Most recently, my assistant and I reviewed it together in October 2026.",
    ])
      expect(overdue(text), text).toEqual([]);
  });
  it("'reviewed it' earlier in the cue's sentence makes its date the last review", () => {
    const text =
      "I wrote this policy in May 2023 and have reviewed it every year since, most recently with my local authority early years adviser in September 2026.";
    expect(overdue(text)).toEqual([]);
    const document = markdownDocument(
      `# Safeguarding Policy – Jane Smith Childminding\n\n${text}\n\nI will review this policy every year.\n`,
    );
    expect(run(reviewDateMissing, document).map((f) => f.message)).toEqual([]);
  });
  it("'reviewed it' in an earlier sentence does not reach a later sentence's date", () => {
    const found = overdue(
      "I wrote this policy in January 2020 and reviewed it in 2021. Most recently, parents asked for a copy in Polish, which I sent them on 3 November 2026.",
    );
    expect(found).toHaveLength(1);
  });
  it("a review with no date leaves no date to count from", () => {
    expect(
      overdue("I wrote this policy in January 2020. Most recently, my assistant and I reviewed it together."),
    ).toEqual([]);
  });
  it("a review long past is still overdue, counted from that review", () => {
    const found = overdue(
      "I wrote this policy in January 2020 and most recently reviewed it after my Ofsted inspection in October 2024.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("October 2024");
  });
  it("another event's date, or another thing reviewed, leaves the written date", () => {
    for (const text of [
      "I wrote this policy in January 2020. Most recently, parents asked for a copy in Polish, which I sent them on 3 November 2026.",
      "I wrote this policy in January 2020. Most recently, I reviewed my fire evacuation plan with the children.",
      "I wrote this policy in January 2020. Most recently, Ofsted reviewed my setting in October 2026.",
    ]) {
      const found = overdue(text);
      expect(found, text).toHaveLength(1);
      expect(found[0], text).toContain("January 2020");
    }
  });
  it("stays as it was: 'Most recently' with neither a review nor a date leaves the written date", () => {
    const found = overdue(
      "I wrote this policy in January 2020. Most recently, parents asked for a copy in Polish.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("January 2020");
  });
});
