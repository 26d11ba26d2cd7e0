/**
 * Northern Ireland's Health and Social Care Board closed on 31 March 2022 (Health and Social Care Act (Northern
 * Ireland) 2022); its functions passed to the Department of Health's Strategic Planning and Performance Group. The
 * Health and Social Care Trusts are current and stay silent. From the forty-ninth held-out set (issue 11), in our
 * own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const check = (paragraph: string) => {
  const text = ["# Ballycorr Youth Sailing — Safeguarding Children", "", paragraph, ""].join("\n");
  const reported = checkText(outdatedReference, text, { asOf });
  return { reported, excerpts: excerpts(reported, text) };
};

describe("the Health and Social Care Board (Northern Ireland)", () => {
  it.each([
    [
      "Leaflets for parents can be ordered from the Health and Social Care Board.",
      "Health and Social Care Board",
    ],
    ["See the Health & Social Care Board's guidance for volunteers.", "Health & Social Care Board"],
    ["Parents can read the HSC Board leaflet on bullying.", "HSC Board"],
  ])("is reported: %s", (paragraph, words) => {
    const { reported, excerpts: found } = check(paragraph);
    expect(found).toEqual([words]);
    expect(reported[0].message).toContain("Strategic Planning and Performance Group");
  });

  it.each([
    "Refer concerns to the Gateway team of the local Health and Social Care Trust.",
    "The Northern Health and Social Care Trust runs the out-of-hours social work service.",
    "Call the HSC Trust's Gateway team on 01632 960 999.",
  ])("a trust is current: %s", (paragraph) => {
    expect(check(paragraph).reported).toEqual([]);
  });
});
