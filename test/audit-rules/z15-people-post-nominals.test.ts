/**
 * Degrees after a lead's name ("Dr Priya Raman-Holt PhD", "Mr Owen Fairclough MEd") are not part of it: the
 * training told later by title and surname ("Dr Raman-Holt completed …") is the lead's, and a list of deputies
 * with a degree after the first name goes on to the second. From the fifteenth held-out set (issue 11), in our own
 * words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(lead: string, deputies: string, training: string): string {
  return [
    "# Northgate Tutors — Safeguarding Policy",
    "",
    `**Designated Safeguarding Lead:** ${lead}\\`,
    `**Deputy Designated Safeguarding Leads:** ${deputies}`,
    "",
    "## Training",
    "",
    training,
    "",
  ].join("\n");
}

const names = (text: string) => findLeadMentions(text).flatMap((m) => m.names ?? []);

describe("a lead's degrees after the name", () => {
  for (const [lead, deputies] of [
    [
      "Dr Nadia Okonjo-Pratt PhD PGCE, Director",
      "Mr Rhys Calder MEd (Head of Quality) and Ms Ines Varga (Schools Manager)",
    ],
    ["Dr Nadia Okonjo-Pratt DPhil, Director", "Mr Rhys Calder MSc, PGCE (Head of Quality) and Ms Ines Varga"],
  ] as const) {
    it(`are not the name (${lead})`, () => {
      const text = policy(
        lead,
        deputies,
        "Dr Okonjo-Pratt completed her Level 3 designated safeguarding lead course in October 2025. Rhys Calder completed the same course on 3 December 2025 and Ines Varga on 20 February 2026.",
      );
      expect(names(text)).toEqual(["Dr Nadia Okonjo-Pratt", "Mr Rhys Calder", "Ms Ines Varga"]);
      expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    });
  }

  it("still leaves the lead untrained when nothing names her (near miss)", () => {
    const text = policy(
      "Dr Nadia Okonjo-Pratt PhD, Director",
      "Mr Rhys Calder MEd and Ms Ines Varga",
      "Rhys Calder completed the Level 3 designated safeguarding lead course on 3 December 2025 and Ines Varga on 20 February 2026.",
    );
    expect(checkText(trainingMissing, text, { asOf }).map((f) => f.message)).toEqual([
      expect.stringContaining("none for Dr Nadia Okonjo-Pratt (designated safeguarding lead)"),
    ]);
  });
});
