/**
 * A form in a policy's appendix writes its labels and instructions in capitals ("FOR THE ROOM DSL: ACTION TAKEN
 * AND DATE PASSED ON", "DSL: NEXT STEPS AGREED"): the words after a role there are a label, never a person, so
 * nobody is missing training. A name written in capitals in a name's place ("DSL: PRIYA RAMASWAMY") is still a
 * person. From the ninth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
type Format = "md" | "pdf" | "docx";

function policy(form: string[]): string {
  return [
    "# Pebblebrook Nursery – Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Marisol Quarrie (Manager)",
    "",
    "Deputy DSL: Anwen Tredgold (Room Leader)",
    "",
    "## Training",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Marisol Quarrie | Level 3 Designated Safeguarding Lead | 4 June 2026 |",
    "| Anwen Tredgold | Level 3 Designated Safeguarding Lead | 19 May 2026 |",
    "",
    "## Form 1 – Logging a worry",
    "",
    ...form.flatMap((line) => [line, ""]),
    "| Action | Date |",
    "| --- | --- |",
    "| | |",
    "",
  ].join("\n");
}

const FORMS = [
  "FOR THE ROOM DSL: ACTION TAKEN AND DATE PASSED TO THE DSL",
  "DSL: NEXT STEPS AGREED",
  "TO BE COMPLETED BY THE DEPUTY DSL: FURTHER ACTION REQUIRED",
  "DESIGNATED SAFEGUARDING LEAD – OUTCOME RECORDED",
];

describe("training-missing: a form's capitals after a role are a label, not a person", () => {
  for (const form of FORMS) {
    for (const format of ["md", "pdf", "docx"] as const satisfies Format[]) {
      it(`${form} (${format})`, () => {
        const text = policy([form]);
        expect(checkText(trainingMissing, text, { asOf, format })).toEqual([]);
        const names = analyse(toDocument(text, format)).leads.flatMap((m) => m.names ?? []);
        expect(names.filter((n) => n === n.toUpperCase())).toEqual([]);
      });
    }
  }

  it("a name in capitals in a name's place is still a person, and still needs training", () => {
    const text = [
      "# Pebblebrook Nursery – Safeguarding Policy",
      "",
      "DSL: PRIYA RAMASWAMY",
      "",
      "DEPUTY DSL: OWEN TREHARNE",
      "",
      "## Training",
      "",
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Priya Ramaswamy | Level 3 Designated Safeguarding Lead | 4 June 2026 |",
      "",
    ].join("\n");
    const names = analyse(toDocument(text)).leads.flatMap((m) => m.names ?? []);
    expect(names).toEqual(["PRIYA RAMASWAMY", "OWEN TREHARNE"]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    const missing = checkText(trainingMissing, text, { asOf });
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("OWEN TREHARNE");
  });
});
