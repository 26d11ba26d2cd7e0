/**
 * A document's own title for its lead, said to be the designated lead in the next sentence — "Our Community Safety
 * Lead is Jordan Mbeki (<email>, phone). Jordan is the club's designated safeguarding lead" — makes "Deputy
 * Community Safety Lead: Ellie Fraser" the deputy, whose training the policy must then list. Without that sentence
 * the title is no lead's. From the sixtieth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, leadNamesOf } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (definition: string) =>
  [
    "# Pixel Harbour Youth Gaming — Keeping Players Safe",
    "",
    definition,
    "",
    "Deputy Player Safety Lead: Ellie Marchant (<deputy@pixelharbour.example.org>, 07700 900 813).",
    "",
    "## Training",
    "",
    "| Name | Role | Course | Date |",
    "| --- | --- | --- | --- |",
    "| Rowan Achebe | Player Safety Lead | Designated Safeguarding Lead training | 03/2026 |",
    "| Tam Osei | Moderator | Safeguarding awareness | 03/2026 |",
    "",
  ].join("\n");

describe("the document's own title for its lead", () => {
  it.each([
    "Our Player Safety Lead is Rowan Achebe (<safety@pixelharbour.example.org>, 07700 900 812). Rowan is the club's designated safeguarding lead: every concern comes to Rowan.",
    "The Player Safety Lead is Rowan Achebe (07700 900 812). He is our designated safeguarding lead.",
  ])("makes its deputy's line the deputy's, whose training is missing: %s", (definition) => {
    const text = policy(definition);
    expect(leadNamesOf(text, "deputy")).toEqual(["Ellie Marchant"]);
    const found = checkText(trainingMissing, text, { asOf }).map((f) => f.message);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Ellie Marchant");
  });

  it("near miss: a title not said to be the designated lead's names no deputy", () => {
    const text = policy(
      "Our Player Safety Lead is Rowan Achebe (07700 900 812). Rowan runs the moderators' rota. The club's designated safeguarding lead is Kemi Doyle.",
    );
    expect(leadNamesOf(text, "deputy")).toEqual([]);
  });
});
