/**
 * outdated-reference (held-out set zz119), in our own words; every name is invented. A museum's policy tells why its
 * older versions used another body's words: "Our first two versions followed the Wrenfield Local Safeguarding
 * Children Board, which the Wrenfield Safeguarding Children Partnership replaced in 2019; this version uses the
 * Partnership's procedures." The old board is the object of "which", what replaced it (the entry's current name) the
 * subject: the change told after the name, as history — as "…, which was replaced by the Partnership" already is.
 * Near misses stay reported: the board followed now with "which" telling something else, "which" and a subject that
 * is no current name ("which our trustees replaced"), and a duty to follow it.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (sentence: string, format: "md" | "docx" = "md") => {
  const text = `# Wrenfield Museum Learning Team – Safeguarding Policy\n\nDesignated Safeguarding Lead: Ottilie Brancombe\n\n## Document history\n\n${sentence}\n`;
  return excerpts(checkText(outdatedReference, text, { asOf, format }), text);
};

describe("an old board told as what the current body replaced ('which the Partnership replaced in 2019')", () => {
  it("is history, quiet", () => {
    for (const sentence of [
      "Our first two versions followed the Wrenfield Local Safeguarding Children Board, which the Wrenfield Safeguarding Children Partnership replaced in 2019; this version uses the Partnership's procedures.",
      "Versions 1 and 2 were written in the language of the Wrenfield Local Safeguarding Children Board (LSCB), which the local safeguarding partners have since replaced.",
      "Earlier versions named the Wrenfield LSCB, which the Wrenfield Safeguarding Children Partnership took over from in 2019.",
    ])
      expect(found(sentence), sentence).toEqual([]);
  });

  it("stays reported when the board is used now, or 'which' tells no change by the current body", () => {
    expect(
      found(
        "We follow the procedures of the Wrenfield Local Safeguarding Children Board, which the museum's trustees replaced in 2019 as our adviser.",
      ),
    ).toEqual(["Wrenfield Local Safeguarding Children Board"]);
    expect(
      found(
        "We follow the procedures of the Wrenfield Local Safeguarding Children Board, which the Wrenfield Safeguarding Children Partnership works alongside.",
      ),
    ).toEqual(["Wrenfield Local Safeguarding Children Board"]);
    expect(
      found(
        "Staff must follow the Wrenfield Local Safeguarding Children Board procedures, which the Wrenfield Safeguarding Children Partnership replaced in 2019.",
      ),
    ).toHaveLength(1);
  });
});
