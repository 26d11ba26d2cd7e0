/**
 * placeholder-text (held-out set zz72), in our own words; every name is invented. Two shapes of a detail left out of
 * a policy:
 * - the policy's own next review left blank beside its filled approval date, in a details table or on field lines:
 *   "| Date agreed by the committee: | 02/02/2026 |" then "| Next review date: | ______ |". A form's blanks to fill
 *   in on paper ("Name: ______", a risk assessment's "Review date: ____" under a form's heading, a
 *   control sheet's check boxes "☒ Committee ☐ Trustees" to tick) are no placeholder;
 * - an instruction to someone in square brackets, "[Club secretary to add the kit list]", "[Treasurer to insert bank
 *   details]": the words still to be written in.
 * Near misses: a review date filled in, a blank review with no approval date filled beside it (a form), the
 * bracket of a link, and a bracket that is a sentence of the policy's own ("[parents need not add anything]").
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...lines: string[]): string {
  return [
    "# Kestrel Lane Fencing Club — Junior Safeguarding Policy",
    "",
    ...lines,
    "",
    "## 1. Why we have this policy",
    "",
    "Everyone at the club shares the job of keeping junior fencers safe.",
    "",
  ].join("\n");
}

const excerpts = (text: string) => checkText(placeholder, text, { asOf, format: "md" }).map((f) => f.excerpt);

describe("the policy's own review left blank beside its approval date", () => {
  it("is a placeholder in a details table", () => {
    const table = policy(
      "| Detail | Value |",
      "| --- | --- |",
      "| Club: | Kestrel Lane Fencing Club |",
      "| Date agreed by the committee: | 02/02/2026 |",
      "| Next review date: | ______ |",
    );
    expect(excerpts(table)).toEqual([expect.stringContaining("Next review date")]);
    const dots = policy("| Policy approved | 14 May 2025 |", "| --- | --- |", "| Review due | ………………… |");
    expect(excerpts(dots)).toEqual([expect.stringContaining("Review due")]);
  });

  it("is a placeholder on field lines", () => {
    const lines = policy("Adopted by the trustees: 5 January 2026", "", "Date of next review: __________");
    expect(excerpts(lines)).toEqual([expect.stringContaining("Date of next review")]);
  });

  it("near misses: a filled review, a form's blanks, a blank review with no date beside it", () => {
    for (const text of [
      policy("| Date agreed: | 02/02/2026 |", "| --- | --- |", "| Next review: | 02/02/2027 |"),
      policy("| Date agreed: | ______ |", "| --- | --- |", "| Next review: | ______ |"),
      policy("| Name: | ______ |", "| --- | --- |", "| Next review: | ______ |"),
      policy(
        "| Date adopted | 02/02/2026 |",
        "| --- | --- |",
        "| Adopted by | ☒ Committee ☐ Trustees |",
        "| Review date | ______ |",
      ),
      policy(
        "## Appendix 3 – Risk assessment form",
        "",
        "| Activity: | Away tournament |",
        "| --- | --- |",
        "| Assessment agreed: | 02/02/2026 |",
        "| Review date: | ______ |",
      ),
    ])
      expect(excerpts(text)).toEqual([]);
  });
});

describe("an instruction to someone in square brackets", () => {
  it("is a placeholder", () => {
    for (const [line, words] of [
      ["Away venues: [Club secretary to add the venue list]", "[Club secretary to add the venue list]"],
      ["Bank details for fees: [Treasurer to insert details].", "[Treasurer to insert details]"],
      ["[Head coach to confirm the session times]", "[Head coach to confirm the session times]"],
    ])
      expect(excerpts(policy(line))).toEqual([expect.stringContaining(words)]);
  });

  it("near misses: a link's words, the policy's own sentence in brackets", () => {
    for (const line of [
      "Read the [guide for parents to add to their records](https://example.org/guide) before the season.",
      "Fencers bring their own kit [parents need not add anything to the club's list].",
      "Our coaches are trained [see section 4 for how to add a new coach].",
    ])
      expect(excerpts(policy(line))).toEqual([]);
  });

  it("near misses: a duty the policy places on people, in brackets (review of zz72's fix)", () => {
    for (const line of [
      "| Safeguarding awareness | All volunteers | Every 3 years [All volunteers to complete the county e-learning before their first session] |",
      "Every new volunteer is given this policy at induction [Session leaders to update the induction checklist each term].",
      "Registers: [Youth Workers to complete a paper register at each session; the DSL keeps them for 3 years.]",
    ])
      expect(excerpts(policy(line)), line).toEqual([]);
  });
});
