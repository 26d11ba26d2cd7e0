/**
 * Training read from a careful new user's hand-written policy (session 43), in our own words; every name and setting
 * is invented. As of 1 December 2026.
 * The lead is named with an initial ("Mrs. F. Pemberton-Hale") or in full, and the policy ties her first name to the
 * role ("Any worry goes to Fiona (the Designated Person) the same day."); her training is then recorded under that
 * first name ("Fiona last attended on 14/03/2023"). That record is the lead's: no training missing for her. The
 * course is the one named after the verb of the rule ("The designated person attends Designated Person training every
 * two years"), and "the same course" in the next sentence is that course: the deputy's record of it, lapsed.
 * Stays quiet: a first name two leads' initials could stand for, or that no lead's first name or initial fits, is its
 * own person's.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (lead: string, deputy: string, training: string, told = "Fiona") =>
  [
    "# Larkfield Holiday Club",
    "",
    "## Safeguarding Policy",
    "",
    "### 1. Designated person",
    "",
    `The club's designated person for child protection is the Club Manager, ${lead}. In her absence, the Lead Playworker, ${deputy}, takes on this role.`,
    "",
    `Any worry goes to ${told} (the Designated Person) the same day.`,
    "",
    "### 2. Training",
    "",
    `Every playworker completes basic safeguarding training when they start. ${training}`,
    "",
  ].join("\n");

const rule = (date: string) =>
  `The designated person attends Designated Person training every two years; Fiona last attended on ${date}. Oscar attended the same course on 3rd Mar 2024.`;

describe("a first name the policy ties to the lead named with an initial", () => {
  for (const lead of ["Mrs. F. Pemberton-Hale", "Mrs F Pemberton-Hale", "Mrs Fiona Pemberton-Hale"])
    it(`is the lead's record (${lead}): no training missing, the deputy's same course lapsed`, () => {
      const doc = policy(lead, "Oscar Brightwell", rule("14/03/2025"));
      expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
      expect(checkText(trainingStale, doc, { asOf }).map((f) => f.message)).toEqual([
        expect.stringMatching(
          /^Oscar Brightwell's most recent Designated Person training is dated 3 March 2024 — it lapsed on 3 March 2026/,
        ),
      ]);
    });

  it("an old date is the lead's stale record, the course the words after the verb", () => {
    const doc = policy("Mrs. F. Pemberton-Hale", "Oscar Brightwell", rule("19/01/2023"));
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
    const messages = checkText(trainingStale, doc, { asOf }).map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(
        /^Mrs\. F\. Pemberton-Hale's most recent Designated Person training is dated 19 January 2023/,
      ),
      expect.stringMatching(/^Oscar Brightwell's most recent Designated Person training/),
    ]);
  });
});

describe("stays quiet", () => {
  it("two leads whose first names share the initial: the first name picks neither", () => {
    const doc = policy("Mrs F. Ames", "Mr Fergus Lowe", rule("19/01/2023"));
    const stale = checkText(trainingStale, doc, { asOf }).map((f) => f.message);
    expect(stale.some((m) => m.startsWith("Mrs F. Ames"))).toBe(false);
    expect(stale.some((m) => m.startsWith("Mr Fergus Lowe"))).toBe(false);
  });

  it("a first name no lead's first name or initial fits stays its own person", () => {
    const doc = policy("Mrs. K. Pemberton-Hale", "Oscar Brightwell", rule("19/01/2023"));
    const stale = checkText(trainingStale, doc, { asOf }).map((f) => f.message);
    expect(stale.some((m) => m.includes("Pemberton-Hale"))).toBe(false);
  });

  it("'the same course' after a sentence naming two courses is neither", () => {
    const doc = policy(
      "Mrs. F. Pemberton-Hale",
      "Oscar Brightwell",
      "The designated person attends Designated Person training and a Prevent refresher every two years; Fiona last attended on 14/03/2025. Oscar attended the same course on 3rd Mar 2024.",
    );
    const stale = checkText(trainingStale, doc, { asOf }).map((f) => f.message);
    expect(stale.some((m) => m.startsWith("Oscar Brightwell"))).toBe(false);
  });
});
