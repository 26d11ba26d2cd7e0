/**
 * outdated-reference (a review of the thirty-seventh session's last fixes), in our own words; every name is invented;
 * as of 1 December 2026. An old name's short form in brackets, or an apposition, may stand before the words that tell
 * its end — "The LSCB (LSCB) – now the … Partnership –", "(LSCB), which is now …", "ContactPoint, the index set up in
 * 2009, was switched off" (figures in an apposition too). Only a bracket that is a phone number before "now" ("ring
 * the Board (01632 960123) now") is a call to make, not history.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const excerpts = (text: string) =>
  checkText(outdatedReference, `# Safeguarding policy\n\n${text}\n`, { asOf: "2026-12-01" }).map(
    (f) => f.excerpt,
  );

describe("an old name's bracket or apposition before the words of its end", () => {
  it("is history", () => {
    for (const text of [
      "The Local Safeguarding Children Board (LSCB) – now the Fenmoor Safeguarding Children Partnership – wrote our procedures.",
      "The Local Safeguarding Children Board (LSCB), which is now the safeguarding partnership, published our procedures.",
      "Some staff still hold an Independent Safeguarding Authority (ISA) – now merged into the DBS – registration letter; it is no longer needed.",
      "ContactPoint, the index set up in 2009, was switched off in 2010.",
    ])
      expect(excerpts(text), text).toEqual([]);
  });
  it("is no history when the bracket is a phone number before 'now'", () => {
    expect(
      excerpts("Otherwise ring the Local Safeguarding Children Board (01632 960123) now and tell the DSL."),
    ).toEqual(["Local Safeguarding Children Board"]);
  });
});
