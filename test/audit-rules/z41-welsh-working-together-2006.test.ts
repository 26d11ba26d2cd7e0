/**
 * From the forty-fourth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * Wales's 2006 inter-agency guidance, "Safeguarding Children: Working Together under the Children Act 2004", was
 * superseded by Working Together to Safeguard People (Part 7 of the Social Services and Well-being (Wales) Act
 * 2014, in force 6 April 2016) and the Wales Safeguarding Procedures (2019). The Children Act 2004 itself is
 * current and is never reported.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (line: string) =>
  ["# Ysgol Haf Pen-y-Graig — Keeping Children Safe", "", "Our lead is Carys Pryce.", "", line, ""].join(
    "\n",
  );
const found = (line: string) => {
  const text = policy(line);
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};

describe("Wales's 2006 Working Together guidance", () => {
  it("is out of date, with or without its first words or its publisher", () => {
    expect(
      found("Helpers read Safeguarding Children: Working Together under the Children Act 2004 (WAG, 2006)."),
    ).toEqual([expect.stringContaining("Working Together under the Children Act 2004")]);
    expect(found("We follow Working Together Under The Children Act 2004 for joint work.")).toEqual([
      expect.stringContaining("Working Together Under The Children Act 2004"),
    ]);
  });

  it("leaves the Children Act 2004 and Wales's current guidance alone", () => {
    expect(found("Our duties come from the Children Act 2004 and the Children Act 1989.")).toEqual([]);
    expect(
      found(
        "We work together under the Wales Safeguarding Procedures and Working Together to Safeguard People.",
      ),
    ).toEqual([]);
  });
});
