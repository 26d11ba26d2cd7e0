/**
 * A policy that never names its lead ("The club's Designated Safeguarding Officer … can be contacted through the
 * club office (see section 4).") with the deputy named on the next line: in a PDF's text, whose lines are joined, the
 * full stop at the line's end still ends the sentence, so the deputy named after it is not the lead's name. From the
 * held-out set zz83 (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const text = (deputyLine: string) =>
  [
    "Harrowby Gliding Club – Cadet Safeguarding Policy",
    "2. Who is responsible",
    "The club's Designated Safeguarding Officer (DSO) is responsible for this policy. The DSO",
    "keeps the records of concerns and can be contacted through the club office (see section 4).",
    "2.2 The deputy",
    deputyLine,
    "If the DSO is away, tell the deputy.",
    "4. Contacts",
    "Who Name Phone",
    "Designated Safeguarding",
    "Officer",
    "via the club office 01632 960 210",
    "",
  ].join("\n");

describe("a lead never named, the deputy named after a sentence's end", () => {
  it("reports the lead missing in a PDF's text", () => {
    for (const format of ["txt", "md"] as const) {
      const found = checkText(
        leadMissing,
        text("Deputy Designated Safeguarding Officer: Mr Callum Drennan, 07700 900 211"),
        {
          asOf,
          format,
        },
      );
      expect(found, format).toHaveLength(1);
      expect(found[0].message).toContain("never says who it is");
    }
  });

  it("still reads a person named in the lead's own sentence", () => {
    const named = text("Deputy Designated Safeguarding Officer: Mr Callum Drennan, 07700 900 211").replace(
      "is responsible for this policy.",
      "is Mrs Orla Kinsella, who is responsible for this policy.",
    );
    expect(checkText(leadMissing, named, { asOf, format: "txt" })).toEqual([]);
  });
});
