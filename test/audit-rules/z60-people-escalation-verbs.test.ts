/**
 * An escalation line whose verb says what the concern is about — "If the allegation concerns the Lead Safeguarding
 * Officer, contact the Chair of Trustees, Mr A", "Where a complaint involves the DSL, tell the Owner, Mrs B", "If it
 * relates to the Designated Safeguarding Officer, …" — names the person to go to instead, not a lead: they need no
 * lead training. The lead named beside such words ("If the allegation concerns the Designated Safeguarding Officer
 * (Mrs C), …") is still the lead. From the sixtieth held-out set (issue 11), in our own words; every name is
 * invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const missing = (text: string) => checkText(trainingMissing, text, { asOf }).map((f) => f.message);

const policy = (sentence: string) =>
  [
    "# Fernlea Youth Brass Band — Safeguarding Policy",
    "",
    "Lead Safeguarding Officer: Mrs Nia Bellamy (07700 900510)",
    "",
    "Deputy Lead Safeguarding Officer: Mr Rhys Gallagher (07700 900511)",
    "",
    sentence,
    "",
    "## Training",
    "",
    "Mrs Nia Bellamy completed lead officer training on 3 March 2026.",
    "",
    "Mr Rhys Gallagher completed lead officer training on 10 April 2026.",
    "",
  ].join("\n");

describe("an escalation line whose verb says whom the concern is about", () => {
  it.each([
    "If the allegation concerns the Lead Safeguarding Officer, contact the Chair of Trustees, Mr Owen Prothero (07700 900740).",
    "Where a complaint involves the Lead Safeguarding Officer, tell the Band President, Ms Lowri Cadwallader, straight away.",
    "If the concern relates to the Deputy Lead Safeguarding Officer, speak to the Chair, Mr Owen Prothero.",
    "If it concerns the Lead Safeguarding Officer, ring the Chair of Trustees, Mr Owen Prothero, on 07700 900740.",
    "Should an allegation implicate the Lead Safeguarding Officer, the Secretary, Ms Lowri Cadwallader, takes it.",
  ])("names no lead: %s", (sentence) => {
    expect(missing(policy(sentence))).toEqual([]);
  });

  it("near miss: the lead named in brackets after such words is the lead, and needs training", () => {
    const text = policy(
      "If the allegation concerns the Lead Safeguarding Officer (Mrs Tegan Morrow), contact the Chair.",
    ).replace("Lead Safeguarding Officer: Mrs Nia Bellamy (07700 900510)", "");
    const found = missing(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Mrs Tegan Morrow");
  });

  it("near miss: a lead named after a concern that is about someone else is still the lead", () => {
    const text = policy(
      "If the allegation concerns a volunteer, the Lead Safeguarding Officer, Mrs Tegan Morrow, contacts the LADO.",
    ).replace("Lead Safeguarding Officer: Mrs Nia Bellamy (07700 900510)", "");
    const found = missing(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Mrs Tegan Morrow");
  });
});
