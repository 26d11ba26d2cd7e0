/**
 * outdated-reference (a review of the thirty-seventh session's last fixes), in our own words; as of 1 December 2026.
 * "PHE" before a bracket that names a school subject ("PHE (Physical Education and Health) lessons", "PHE (physical
 * and health education lessons)") is a subject, not Public Health England, whatever the order of its words; "PHE
 * (Public Health, England)" with a comma is still the closed agency.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const phe = (text: string) =>
  checkText(outdatedReference, `# Safeguarding policy\n\n${text}\n`, { asOf: "2026-12-01" }).filter((f) =>
    f.message.includes("PHE"),
  );

describe("PHE before a bracket", () => {
  it("stays quiet when the bracket names a school subject", () => {
    for (const text of [
      "Pupils learn how infections spread in PHE (Physical Education and Health) lessons.",
      "Pupils learn how infections spread in PHE (physical and health education lessons).",
    ])
      expect(phe(text), text).toEqual([]);
  });
  it("still warns on the agency, spelled out with a comma", () => {
    expect(phe("We follow PHE (Public Health, England) advice on infection control.")).toHaveLength(1);
    expect(
      phe(
        "Outbreaks of notifiable disease are reported to PHE (see Health protection in education and childcare settings).",
      ),
    ).toHaveLength(1);
  });
});
