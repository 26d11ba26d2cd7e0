/**
 * Review 13 (of dbe0c83), in invented words. As of 1 December 2026.
 * "Before <year>" with a past verb somewhere after it is history only where the past verb is in the old name's own
 * clause; the old thing held or used now is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (paragraph: string) => {
  const text = [
    "# Fenwick Rowing Club — Safeguarding",
    "",
    "Our welfare officer is Bea Stroud.",
    "",
    paragraph,
    "",
  ].join("\n");
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};

describe("an old check used now after 'before <year>' and a past verb", () => {
  it("is reported when the name's own clause is in the present", () => {
    expect(
      found(
        "Coxes who joined before 2012 and were screened then hold a CRB check, which we accept in place of a DBS check.",
      ),
    ).toEqual(["CRB check"]);
    expect(
      found(
        "Helpers who signed up before 2012 and were screened then can keep using their CRB check in place of a DBS check.",
      ),
    ).toEqual(["CRB check"]);
  });

  it("is still history when the past verb is the name's own", () => {
    expect(
      found(
        "Before 2019 these were called serious case reviews; now they are child safeguarding practice reviews.",
      ),
    ).toEqual([]);
    expect(found("Before 2012, checks were made by the CRB; the DBS makes them now.")).toEqual([]);
  });
});
