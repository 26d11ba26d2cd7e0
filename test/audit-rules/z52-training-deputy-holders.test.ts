/**
 * Every deputy a policy names is a lead whose training it should record, not only the first: two deputies on the
 * role's line with their job and phone number in long brackets ("Deputy Leads: Mr A (job, phone) and Ms B (job,
 * phone)"), and a plural role heading with one block per holder under it (their name alone on its line, their job
 * and contacts under it, a blank line, the next holder). From the fifty-first and fifty-second held-out sets, in our
 * own words; every name, number and place is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const table = [
  "| Name | Role | Level 3 lead course | Awareness |",
  "| --- | --- | --- | --- |",
  "| Rosalind Mbatha | Lead | 04/2025 | 02/2025 |",
  "| Tobias Wrenfield | Deputy | 06/2025 | 01/2025 |",
  "| Selim Okonkwo-Hart | Climbing coach | N/A | 03/2025 |",
].join("\n");

function policy(people: string): string {
  return [
    "# Greyhollow Climbing Wall — Safeguarding Policy",
    "",
    "## Who to talk to",
    "",
    "Designated Safeguarding Lead: Rosalind Mbatha",
    "",
    people,
    "",
    "## Training",
    "",
    table,
    "",
  ].join("\n");
}

const untrained = (text: string) =>
  checkText(trainingMissing, text, { asOf, format: "md" }).map(
    (f) => /none for (.+?) \(/.exec(f.message)?.[1],
  );

describe("two deputies on the role's line, each with a long bracket of job and phone", () => {
  it("'and' between them: the second deputy, with no training, is reported", () => {
    const text = policy(
      "Deputy Designated Safeguarding Leads: Mr Tobias Wrenfield (Youth Programme and Outreach Manager, 01632 960 418) and Ms Ines Carraway-Holt (Bouldering Sessions Co-ordinator, 07700 900 266).",
    );
    expect(untrained(text)).toEqual(["Ms Ines Carraway-Holt"]);
  });

  it("'&' and initials: the second deputy is reported", () => {
    const text = policy(
      "Deputy DSLs: Mr T. Wrenfield (Youth Programme and Outreach Manager, 01632 960 418) & Ms I. R. Carraway (Bouldering Sessions Co-ordinator, 07700 900 266)",
    );
    expect(untrained(text)).toEqual(["Ms I. R. Carraway"]);
  });

  it("no titles, each name with its own bracket: the second deputy is reported", () => {
    const text = policy(
      "Deputy Safeguarding Leads: Tobias Wrenfield (Youth Programme and Outreach Manager, 01632 960 418) and Ines Carraway-Holt (Bouldering Sessions Co-ordinator, 07700 900 266)",
    );
    expect(untrained(text)).toEqual(["Ines Carraway-Holt"]);
  });

  it("a place's name after the long bracket is no deputy (near miss)", () => {
    const text = policy(
      "Deputy Designated Safeguarding Lead: Tobias Wrenfield (Youth Programme and Outreach Manager, 01632 960 418) and Kelderby Quarry.",
    );
    expect(untrained(text)).toEqual([]);
    const deputies = findLeadMentions(text).filter((m) => m.role === "deputy");
    expect([...new Set(deputies.flatMap((m) => m.names ?? []))]).toEqual(["Tobias Wrenfield"]);
  });

  it("what follows the bracket is a duty, not a person: nothing more is read (near miss)", () => {
    const text = policy(
      "Deputy Designated Safeguarding Lead: Mr Tobias Wrenfield (Youth Programme and Outreach Manager, 01632 960 418) and the duty manager on shift.",
    );
    expect(untrained(text)).toEqual([]);
  });
});

describe("a plural role heading with one block per holder", () => {
  it("the second holder's block is read: their missing training is reported", () => {
    const text = policy(
      [
        "### Deputy Safeguarding Officers",
        "",
        "Tobias Wrenfield",
        "Youth Programme Manager · 01632 960 418",
        "",
        "Ines Carraway-Holt",
        "Bouldering Sessions Co-ordinator · 07700 900 266",
        "",
        "If nobody above answers and a child is in danger, call 999.",
      ].join("\n"),
    );
    expect(untrained(text)).toEqual(["Ines Carraway-Holt"]);
  });

  it("bold names and an email line under each: every holder is read", () => {
    const text = policy(
      [
        "### Deputy Safeguarding Officers",
        "",
        "**Tobias Wrenfield**",
        "Youth Programme Manager",
        "t.wrenfield@example.org",
        "",
        "**Ines Carraway-Holt**",
        "Bouldering Sessions Co-ordinator",
        "i.carraway@example.org",
      ].join("\n"),
    );
    expect(untrained(text)).toEqual(["Ines Carraway-Holt"]);
  });

  it("a singular role heading: the next block is not read as its holder (near miss)", () => {
    const text = policy(
      [
        "### Deputy Safeguarding Officer",
        "",
        "Tobias Wrenfield",
        "Youth Programme Manager · 01632 960 418",
        "",
        "Ines Carraway-Holt",
        "Bouldering Sessions Co-ordinator · 07700 900 266",
      ].join("\n"),
    );
    expect(untrained(text)).toEqual([]);
  });

  it("a place's name and its opening hours after the holder's block are no holder (near miss)", () => {
    const text = policy(
      [
        "### Deputy Safeguarding Officers",
        "",
        "Tobias Wrenfield",
        "Youth Programme Manager · 01632 960 418",
        "",
        "Kelderby Quarry",
        "Our outdoor crag, open from April to October",
      ].join("\n"),
    );
    expect(untrained(text)).toEqual([]);
  });

  it("a paragraph after the holder's block is no holder (near miss)", () => {
    const text = policy(
      [
        "### Deputy Safeguarding Officers",
        "",
        "Tobias Wrenfield",
        "Youth Programme Manager · 01632 960 418",
        "",
        "Selim Okonkwo-Hart covers the evening sessions and passes every concern to the officers above.",
      ].join("\n"),
    );
    expect(untrained(text)).toEqual([]);
  });
});
