/**
 * Leads named with a church's titles, as the seventy-eighth held-out set wrote them, in our own words; every name is
 * invented: "Sis. Name Surname (job)", "Bro. Name (job)" under a "Our safeguarding leads" heading, and the other
 * titles a congregation gives its members and ministers ("Deacon", "Deaconess", "Elder", "Evangelist", "Apostle",
 * "Minister"). A titled name is a name: the lead and the deputy are named.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function church(lead: string, deputy: string): string {
  return [
    "# Larkfield Pentecostal Youth Band — Safeguarding",
    "",
    "## 1. Who our safeguarding leads are",
    "",
    `Youth Band Safeguarding Lead: ${lead} (Band Leader), 07700 900 301`,
    `Deputy Safeguarding Lead: ${deputy} (Drummer), 07700 900 302`,
    "",
    "Tell a lead the same evening if a young person is worried.",
    "",
  ].join("\n");
}

const TITLED = [
  ["Sis. Abena Kwarteng-Lowe", "Bro. Samuel Adjei"],
  ["Sister Abena Kwarteng-Lowe", "Brother Samuel Adjei"],
  ["Deaconess Ruth Oyelaran", "Deacon Felix Amankwah"],
  ["Elder Joyce Mbeki", "Evangelist Paul Oduro"],
  ["Pastor Comfort Asante", "Minister Kofi Boateng"],
  ["Apostle Hannah Quaye", "Bro Samuel Adjei"],
];

describe("leads named with a church's titles", () => {
  it("are named: no lead-missing, no deputy-missing", () => {
    for (const [lead, deputy] of TITLED) {
      const text = church(lead, deputy);
      expect(checkText(leadMissing, text, { asOf }), lead).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf }), deputy).toEqual([]);
    }
  });

  it("still reports a deputy line with no name after the title's place (near miss)", () => {
    const text = church("Sis. Abena Kwarteng-Lowe", "to be confirmed");
    expect(checkText(deputyMissing, text, { asOf })).toHaveLength(1);
  });
});

describe("a church's title that is a surname too", () => {
  it("ends the name after a first name: 'Joyce Elder', 'Tom Deacon' are whole names", () => {
    for (const name of ["Joyce Elder", "Tom Deacon"]) {
      const text = [
        "# Larkfield Youth Band — Safeguarding",
        "",
        `Designated Safeguarding Lead: ${name} (Band Leader)`,
        "Deputy Safeguarding Lead: Samuel Adjei (Drummer)",
        "",
        `${name} completed the Level 3 safeguarding lead course on 3 March 2023.`,
        "",
      ].join("\n");
      const found = checkText(trainingStale, text, { asOf });
      expect(found, name).toHaveLength(1);
      expect(found[0].message, name).toContain(`${name}'s`);
    }
  });
});
