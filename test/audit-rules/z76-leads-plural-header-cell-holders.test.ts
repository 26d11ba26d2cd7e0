/**
 * A contacts card laid out as a table whose header names the deputies in the plural, every deputy on a line of their
 * own inside one cell (issue 11, the seventy-sixth held-out set, in our own words; every name is invented):
 * "| Gethin Rowlands (Walks Organiser), 07700 900112<br>Megan Hughes (Kit Manager), 07700 900113 |". Each line's
 * name is a deputy, so a deputy with no training recorded is reported.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(header: string): string {
  return [
    "# Young Ramblers of Pentrefoel: Safeguarding Policy",
    "",
    `| **Safeguarding Lead** | **${header}** |`,
    "| --- | --- |",
    "| Olwen Prys<br>Route Coordinator<br>07700 900111 | Gethin Rowlands (Walks Organiser), 07700 900112<br>Megan Hughes (Kit Manager), 07700 900113<br>deputies@ramblers.example.org |",
    "",
    "## Training",
    "",
    "- Olwen Prys — Designated Safeguarding Lead training, 3 March 2025",
    "- Gethin Rowlands — Designated lead refresher, 9 June 2025",
    "",
  ].join("\n");
}

function deputies(text: string, format: "md" | "docx"): string[] {
  return analyse(toDocument(text, format))
    .leads.filter((m) => m.role === "deputy")
    .flatMap((m) => m.names ?? []);
}

describe("each line of a cell under a plural deputies header names a deputy", () => {
  for (const format of ["md", "docx"] as const)
    it(format, () => {
      const text = policy("Deputy Safeguarding Leads");
      expect(deputies(text, format)).toEqual(["Gethin Rowlands", "Megan Hughes"]);
      expect(checkText(trainingMissing, text, { asOf, format }).map((d) => d.message)).toEqual([
        expect.stringContaining("Megan Hughes"),
      ]);
    });

  it("under a singular header, only the first line's name is the deputy (near miss)", () => {
    expect(deputies(policy("Deputy Safeguarding Lead"), "md")).toEqual(["Gethin Rowlands"]);
  });
});
