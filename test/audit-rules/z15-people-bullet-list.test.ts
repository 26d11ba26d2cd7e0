/**
 * Deputies listed under their role with a PDF's or Word's own bullet characters ("●", "▪"), which a PDF's text
 * reader may run onto the role's line: "Deputy Designated Safeguarding Leads: ● Ms Anya Kowalczyk BMus, Ensembles
 * Manager ● Mr …". From the fifteenth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(deputies: string[]): string {
  return [
    "Ashcombe Music Service — Safeguarding Policy",
    "",
    "2. Key people",
    "Designated Safeguarding Lead: Mr Idris Penhale MA, Head of Ashcombe",
    "Music Service",
    "(01632 960 741, i.penhale@ashcombe-music.example.org)",
    ...deputies,
    "3. Definitions",
    "A child is anyone under 18.",
  ].join("\n");
}

describe("deputies in a list with bullet characters", () => {
  for (const [what, format, deputies] of [
    [
      "one a line, PDF",
      "pdf",
      [
        "Deputy Designated Safeguarding Leads:",
        "● Ms Carys Moravec BMus PGCE, Ensembles Manager (01632 960 742)",
        "● Mr Jonah Tredwell, Centres Co-ordinator (01632 960",
        "743)",
      ],
    ],
    [
      "one a line, Word",
      "docx",
      ["Deputy Designated Safeguarding Leads:", "", "▪ Ms Carys Moravec", "▪ Mr Jonah Tredwell"],
    ],
    [
      "run onto the role's line",
      "pdf",
      ["Deputy DSLs: ● Ms Carys Moravec, Ensembles Manager ● Mr Jonah Tredwell"],
    ],
  ] as const) {
    it(`are named (${what})`, () => {
      expect(checkText(deputyMissing, policy([...deputies]), { asOf, format })).toEqual([]);
    });
  }

  it("still warns when the bullet holds no name (near miss)", () => {
    const text = policy(["Deputy Designated Safeguarding Leads:", "● one of the Ensembles team, on a rota"]);
    expect(checkText(deputyMissing, text, { asOf, format: "pdf" }).map((f) => f.message)).toEqual([
      expect.stringContaining("never says who it is"),
    ]);
  });
});
