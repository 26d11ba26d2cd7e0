/**
 * Review 13 (of 964ded8), in invented words. As of 1 December 2026.
 * Northern Ireland's Regional Policy and Procedures (2005) named with the committees after them ("… of the Area
 * Child Protection Committees") are one reference: one finding, for the procedures, that takes in the committees.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const check = (paragraph: string) => {
  const text = [
    "# Drumbeg Youth Sailing — Safeguarding Children",
    "",
    "We are based in Northern Ireland and report concerns to the HSC Trust's Gateway team or the PSNI.",
    "",
    paragraph,
    "",
  ].join("\n");
  const reported = checkText(outdatedReference, text, { asOf });
  return { reported, excerpts: excerpts(reported, text) };
};

describe("the Regional Policy and Procedures of the Area Child Protection Committees", () => {
  it("is one finding with the committees after the year", () => {
    const { reported, excerpts: words } = check(
      "Helpers follow the Regional Policy and Procedures (2005) of the Area Child Protection Committees.",
    );
    expect(words).toEqual(["Regional Policy and Procedures (2005) of the Area Child Protection Committees"]);
    expect(reported[0].message).toContain("Regional Core Child Protection Policies and Procedures");
  });

  it("is one finding with the committees' initials in brackets, or with no year", () => {
    expect(
      check(
        "Helpers follow the Regional Policy and Procedures (2005) of the Area Child Protection Committees (ACPC).",
      ).excerpts,
    ).toEqual(["Regional Policy and Procedures (2005) of the Area Child Protection Committees (ACPC)"]);
    expect(
      check("Helpers follow the Regional Policy and Procedures of the Area Child Protection Committees.")
        .excerpts,
    ).toEqual(["Regional Policy and Procedures of the Area Child Protection Committees"]);
  });

  it("leaves other regional procedures alone", () => {
    expect(
      check("The trust has a regional policy and procedures group that meets monthly.").excerpts,
    ).toEqual([]);
  });
});
