/**
 * Fire services' ranks "Area Manager", "Group Manager", "Station Manager", "Crew Manager", "Watch Manager" are
 * ordinary job titles elsewhere. After one, a place or an organisation ("North Kent", "(North) Little Acorns
 * Nurseries") is the post's patch, not the lead's name: the lead is still unnamed. A person's name after it is
 * still the name ("Watch Manager Nerys Pryce-Tovey"). A rank's name must start with a capital — a rank's word
 * before a word in lower case ("Major incidents …") is no rank. Review 3, finding 2 and 7; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { rankAt } from "../../src/audit/text/people.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (lead: string) =>
  [
    "# Child Protection Policy",
    "",
    "Last reviewed: 2 October 2026. Next review: October 2027.",
    "",
    "## 1. Who to contact",
    "",
    `Designated Safeguarding Lead: ${lead}`,
    "",
    "Deputy DSL: Mrs Carys Hendry",
    "",
    "## 2. Training",
    "",
    "Mrs Carys Hendry completed Level 3 DSL training on 14 May 2026.",
    "",
  ].join("\n");
const leadNames = (text: string) =>
  findLeadMentions(text)
    .filter((m) => m.role !== "deputy")
    .flatMap((m) => m.names ?? []);

describe("a civilian job title that is also a fire service's rank", () => {
  it.each([
    "Area Manager East Sussex",
    "Area Manager (East) Bramble Tots Day Nurseries",
    "Group Manager West Lothian",
  ])("followed by a place or an organisation leaves the lead unnamed: %s", (lead) => {
    const text = policy(lead);
    expect(leadNames(text)).toEqual([]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    expect(checkText(leadMissing, text, { asOf }).length).toBe(1);
  });

  it.each([
    ["Watch Manager Nerys Pryce-Tovey", "Nerys Pryce-Tovey"],
    ["Station Manager Ms Alys Brenig", "Ms Alys Brenig"],
    ["Area Manager Tomos Ellery, Head of Prevention", "Tomos Ellery"],
  ])("near miss: followed by a person's name is passed over: %s", (lead, name) => {
    const text = policy(lead);
    expect(leadNames(text)).toEqual([name]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, text, { asOf }).map((f) => f.message)).toEqual([
      expect.stringContaining(`none for ${name}`),
    ]);
  });
});

describe("a rank needs a capital after it", () => {
  it("is no rank before a word in lower case", () => {
    expect(rankAt("Major incidents go to the Head")).toBeUndefined();
    expect(rankAt("Captain and crew")).toBeUndefined();
    expect(rankAt("Firefighter cover is arranged")).toBeUndefined();
    expect(rankAt("WO is away; the lead is Mrs Ada Lowe")).toBeUndefined();
  });

  it("near miss: before a name it is a rank", () => {
    expect(rankAt("Major Iwan Dace")).toBe("Major ");
    expect(rankAt("Firefighter (on-call) Megan Roe")).toBe("Firefighter (on-call) ");
    expect(rankAt("CPO (SCC) Dana Flood")).toBe("CPO (SCC) ");
  });
});
