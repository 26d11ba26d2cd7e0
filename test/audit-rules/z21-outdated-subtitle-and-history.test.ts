/**
 * From the twenty-first and twenty-second held-out sets (issue 11), in our own words; every name is invented. As
 * of 1 December 2026.
 * - A guidance title with its subtitle after a colon, the year in brackets after the subtitle ("Working Together
 *   to Safeguard Children: a guide to inter-agency working … (2018)"), even wrapped onto the next line: the
 *   bracketed year is the edition cited.
 * - An old body named as history ("what was called a CRB check", "the former Criminal Records Bureau"): silent,
 *   for every entry.
 * - Near misses: a subtitle followed by a year not in brackets; the edition in force with its subtitle; "CRB
 *   checked" and "a CRB check is required", which still name the old check as current.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (line: string) =>
  [
    "# Fernbrook Community Orchestra — Safeguarding Policy",
    "",
    "## 2. The guidance we follow",
    "",
    line,
    "",
  ].join("\n");

const found = (line: string) =>
  checkText(outdatedReference, policy(line), { asOf }).map((f) => [f.excerpt, f.message]);

describe("outdated-reference: a title, its subtitle after a colon, and the year in brackets", () => {
  it.each([
    [
      "We work to the Prevent duty guidance: for higher education institutions in Wales (2015), and the DSL makes any Channel referral.",
      /the 2015 edition was replaced/,
    ],
    [
      "Our procedures follow Working Together to Safeguard Children: a guide to multi-agency working to help, protect and promote the welfare of children (2018).",
      /the 2018 edition was replaced/,
    ],
    [
      "Leaders have read Working Together to Safeguard Children: statutory guidance on inter-agency\nworking (2015) and signed to say so.",
      /the 2015 edition was replaced/,
    ],
  ])("reads the bracketed year as the edition: %s", (line, message) => {
    const reported = found(line);
    expect(reported).toHaveLength(1);
    expect(reported[0][1]).toMatch(message);
  });

  it.each([
    // The edition in force, with its subtitle.
    "We follow the Prevent duty guidance: for England and Wales (2023) and train every tutor in it.",
    // A year after the subtitle's clause, not in brackets: not the edition.
    "Working Together to Safeguard Children: our local partnership last revised its procedures in 2019.",
    // Numbers in the words after the colon are not a subtitle.
    "Keeping Children Safe in Education: see paragraphs 12 to 14 (2016 training notes).",
  ])("is silent on: %s", (line) => {
    expect(found(line)).toEqual([]);
  });
});

describe("outdated-reference: an old body named as history", () => {
  it.each([
    "Every tutor has an enhanced DBS check (what was called a CRB check, from the former Criminal Records Bureau, until 2012).",
    "Conductors hold an enhanced DBS certificate, what was called a CRB check before 2012.",
    "The DBS now keeps the barred lists of the former Independent Safeguarding Authority.",
    "Concerns go to the safeguarding partners (what was once known as the LSCB).",
  ])("is silent: %s", (line) => {
    expect(found(line)).toEqual([]);
  });

  it.each([
    "All section leaders are CRB checked before their first rehearsal.",
    "A CRB check is required for every adult who travels on tour.",
    "We asked what was called for by the Criminal Records Bureau before the tour.",
  ])("still reports the old check named as current: %s", (line) => {
    const reported = found(line);
    expect(reported).toHaveLength(1);
    expect(reported[0][1]).toMatch(/Disclosure and Barring Service/);
  });
});
