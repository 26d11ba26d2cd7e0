/**
 * outdated-reference (the held-out set zz72), in our own words; every name is invented.
 * An old name in a sentence set in the past ("Before 2019 our handbook named the … Board.", "Our first policy named
 * the …"), whose change is told in the same sentence or the next one about the same body ("The board was replaced
 * that year …", "It closed in 2012 …"), is history, not a use of the old name. Still found: the old name used now, a
 * past sentence the next one does not say was changed, a next sentence about something else, and an instruction
 * followed by the news that the body was replaced.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) =>
  checkText(outdatedReference, text, { asOf }).map((f) => String(f.excerpt ?? "").replace(/\s+/g, " "));

describe("outdated-reference: an old name in a sentence set in the past, its change told then or next", () => {
  it("is history where the next sentence says the body was replaced", () => {
    expect(
      found(
        "Before 2019 our handbook named the Ashcombe Local Safeguarding Children Board. The board was replaced that\nyear by the Ashcombe Safeguarding Children Partnership, whose procedures we follow.",
      ),
    ).toEqual([]);
    expect(
      found(
        "Our first policy, written in 2015, named the Ashcombe LSCB as the body to call. It was abolished in 2019 and we now follow the partnership's procedures.",
      ),
    ).toEqual([]);
    expect(
      found(
        "Before 2012 our helpers were vetted by the Criminal Records Bureau. That bureau has since been merged into the DBS.",
      ),
    ).toEqual([]);
  });

  it("is history where the same sentence, set before a year, says it was replaced", () => {
    expect(
      found(
        "Before 2019 we followed the procedures of the Ashcombe Safeguarding Children Board, which was replaced that year.",
      ),
    ).toEqual([]);
  });

  it("still finds the old name used now, however the next sentence goes on", () => {
    expect(
      found(
        "Report any concern to the Ashcombe Local Safeguarding Children Board. The board was replaced in 2019.",
      ),
    ).toEqual(["Ashcombe Local Safeguarding Children Board"]);
    expect(
      found("Concerns are passed to the Ashcombe LSCB. It was replaced in 2019 by the partnership."),
    ).toEqual(["Ashcombe LSCB"]);
  });

  it("still finds a past sentence whose next sentence tells no change, or another body's", () => {
    expect(
      found(
        "Before 2019 our handbook named the Ashcombe Local Safeguarding Children Board. The board meets every month.",
      ),
    ).toEqual(["Ashcombe Local Safeguarding Children Board"]);
    expect(
      found(
        "Last year our helpers were trained by the Ashcombe LSCB. The old venue was replaced by the new hall.",
      ),
    ).toEqual(["Ashcombe LSCB"]);
    expect(
      found(
        "Before 2019 our handbook named the Ashcombe LSCB.\n\nThe board was replaced by a new committee of trustees.",
      ),
    ).toEqual(["Ashcombe LSCB"]);
  });
});
