/**
 * Training read from the held-out set zz106, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * Scottish sport's lead is its "Child Wellbeing and Protection Officer": the course for that role is a lead's course,
 * renewed every two years. "Morag's Safeguarding in Sport certificate is dated DATE": a certificate dated in a
 * sentence opened by a lead's first name in the possessive is that lead's record.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const doc = [
  "# Strathbeg Shinty Club – Juniors",
  "",
  "Next review: June 2027.",
  "",
  "## Who to speak to",
  "",
  "At training our Child Protection Co-ordinator, Euan Baird, is at the pavilion (07700 900 710). His depute is Morag Lindsay (07700 900 711), who runs the under-12s.",
  "",
  "## Training",
  "",
  "Euan completed the Child Wellbeing and Protection Officer course on 3 April 2024. Morag's Safeguarding in Sport certificate is dated 20 February 2025.",
  "",
].join("\n");

describe("a Scottish club's lead and depute trained in sentences", () => {
  it("counts the Wellbeing and Protection Officer course as the lead's, lapsed after two years", () => {
    const stale = checkText(trainingStale, doc, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(
      /^Euan Baird's most recent Child Wellbeing and Protection Officer course/,
    );
    expect(stale[0].message).toContain("2 years");
  });

  it("gives the dated certificate to the depute", () => {
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
  });
});
