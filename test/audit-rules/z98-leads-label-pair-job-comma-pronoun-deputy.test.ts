/**
 * Three ways small settings name their leads, in our own words with invented names:
 *  - a bare "Lead:" label paired with "Deputy:" on the same line ("Lead: Name | Deputy: Name");
 *  - the role, what it covers, then the holder's job and name ("Safeguarding lead for the panel: the Engagement
 *    Officer, Name (phone)");
 *  - the deputy said in a sentence that named her first ("… ring our bookings manager, Name, on … — she is the
 *    deputy lead …").
 * A bare "Lead:" with no deputy beside it, or a pronoun with no person before it, still names no one.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(lines: string[]): string {
  return [
    "# Bramblecote Glassworks – Safeguarding Policy",
    "",
    ...lines.flatMap((l) => [l, ""]),
    "## Training",
    "",
    "Training: Ottilie — Designated Safeguarding Lead course (Fenn SCP), 4 May 2025.",
    "",
  ].join("\n");
}

describe("lead-missing: a bare 'Lead:' label paired with a deputy's on its line", () => {
  for (const format of ["md", "docx"] as const) {
    it(`"Lead: Name | Deputy: Name" (${format})`, () => {
      const text = policy([
        "Lead: Ottilie Varga | Deputy: Caspar Nyman | Trustee for safeguarding: (vacant)",
      ]);
      expect(namesFor(text, format, "dsl")).toEqual(["Ottilie Varga"]);
      expect(namesFor(text, format, "deputy")).toEqual(["Caspar Nyman"]);
      expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
    });
  }

  it("a bare 'Lead:' with no deputy beside it is not the safeguarding lead", () => {
    const text = policy(["Lead: Ottilie Varga", "Venue: The Old Forge"]);
    expect(namesFor(text, "md", "dsl")).toEqual([]);
    expect(checkText(leadMissing, text, { asOf, format: "md" })).toHaveLength(1);
  });
});

describe("lead-missing: the role, what it covers, then the holder's job and name", () => {
  for (const format of ["md", "docx"] as const) {
    it(`"Safeguarding lead for the panel: the Engagement Officer, Name (phone)" (${format})`, () => {
      const text = policy([
        "Safeguarding lead for the Young Voices Panel: the Engagement Officer, Zofia Lindqvist (07700 900 771)",
        "Deputy: Mr Anselm Carrow, Outreach Worker (07700 900 772)",
      ]);
      expect(namesFor(text, format, "dsl")).toEqual(["Zofia Lindqvist"]);
      expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
    });
  }
});

describe("deputy-missing: the deputy named in a sentence, then 'she is the deputy lead'", () => {
  for (const format of ["md", "docx"] as const) {
    it(`"… ring our bookings manager, Name, on … — she is the deputy lead" (${format})`, () => {
      const text = policy([
        "Safeguarding lead: Ottilie Varga, 07700 900 781",
        "If Ottilie is teaching and cannot pick up, ring our bookings manager, Lowri Haddon, on 01632 960 782 — she is the deputy lead and can take any concern.",
      ]);
      expect(namesFor(text, format, "deputy")).toEqual(["Lowri Haddon"]);
      expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
    });
  }

  it("a pronoun with nobody named before it in the sentence names no deputy", () => {
    const text = policy([
      "Safeguarding lead: Ottilie Varga, 07700 900 781",
      "If Ottilie is teaching, ring the office — she is the deputy lead and can take any concern.",
    ]);
    expect(namesFor(text, "md", "deputy")).toEqual([]);
  });

  it("the lead herself before the pronoun is not her own deputy", () => {
    const text = policy([
      "Ring Ottilie Varga on 07700 900 781 — she is the lead; a deputy lead will be appointed in spring.",
      "Safeguarding lead: Ottilie Varga",
    ]);
    expect(namesFor(text, "md", "deputy")).toEqual([]);
  });
});
