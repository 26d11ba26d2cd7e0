/**
 * The deputy named as the person to go to in the lead's absence, in two more wordings (issue 11, "People and
 * roles": deputies likewise): "In the DSL's absence, contact …" (the lead's role in the possessive), and "… acts as
 * the deputy" after a name. In our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function deputies(text: string, format: "md" | "pdf" = "md"): string[] {
  return analyse(toDocument(text, format))
    .leads.filter((m) => m.role === "deputy")
    .flatMap((m) => m.names ?? []);
}

const LEAD = "Our Designated Safeguarding Lead is Mrs Hana Oduya, the nursery manager.";

describe("a deputy named for the lead's absence", () => {
  const cases: Array<[string, string[]]> = [
    ["In the DSL's absence, contact Mr Tobiah de Graaf on 01632 960455.", ["Mr Tobiah de Graaf"]],
    ["In the Designated Safeguarding Lead’s absence, speak to Mrs Ffion ap Rhys.", ["Mrs Ffion ap Rhys"]],
    ["In Hana's absence, please contact Mr Tobiah de Graaf.", ["Mr Tobiah de Graaf"]],
    ["If Hana is away, Priya van Loon (Office Manager) acts as the deputy.", ["Priya van Loon"]],
    ["Priya van Loon, our office manager, serves as deputy when Hana is on leave.", ["Priya van Loon"]],
  ];
  for (const [line, names] of cases)
    for (const format of ["md", "pdf"] as const)
      it(`"${line}" (${format})`, () => {
        const text = `${LEAD}\n\n${line}\n`;
        expect(deputies(text, format)).toEqual(names);
        expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
      });

  it("not someone's absence that is not the lead's, nor a deputy with no name", () => {
    for (const line of [
      "In a parent's absence, contact the emergency contact on the child's form.",
      "In the cook's absence, Mr Tobiah de Graaf prepares lunch.",
      "A room leader acts as the deputy for fire drills only when told.",
    ]) {
      const text = `${LEAD}\n\n${line}\n`;
      expect(deputies(text), line).toEqual([]);
    }
  });
});
