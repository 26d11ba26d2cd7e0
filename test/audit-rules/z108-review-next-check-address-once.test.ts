/**
 * Held-out set zz108, in our own words (every name invented; as of 1 December 2026):
 * - "This leaflet is checked every spring … Next check: February 2027": a next check of the policy itself, the
 *   sentence before naming it and how often it is checked, is its next review — not a minibus's or a DBS check's;
 * - a retired address in a box printed on every page of a PDF is one problem, reported once.
 */
import { describe, expect, it } from "vitest";
import { rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf }).map((f) => [rule.meta.id, text.slice(f.offset, f.endOffset)]),
  );
const ids = (text: string) => findings(text).map(([id]) => id);

const title = "# Otterburn Kayak Juniors – staff sheet\n\nRead this before your first session.\n\n";

describe("a next check of the policy itself", () => {
  it("is its next review", () => {
    expect(
      findings(
        `${title}This leaflet is checked every spring, before the new season opens. Next check: January 2027.\n`,
      ),
    ).toEqual([["review-due-soon", "Next check: January 2027"]]);
    expect(findings(`${title}We check this policy each year. Next check: 3 March 2026.\n`)).toEqual([
      ["review-overdue", "Next check: 3 March 2026"],
    ]);
  });
  it("a month a review falls in is close once the month begins within the window", () => {
    expect(ids(`${title}Next review: January 2027\n`)).toEqual(["review-due-soon"]);
    expect(ids(`${title}Next review: February 2027\n`)).toEqual([]);
  });
  it("near misses: a check of something else", () => {
    expect(ids(`${title}The minibus is checked every spring. Next check: January 2027.\n`)).toEqual([
      "review-date-missing",
    ]);
    expect(
      ids(
        `${title}Every volunteer's DBS certificate is checked every three years. Next check: January 2027.\n`,
      ),
    ).toEqual(["review-date-missing"]);
  });
});

describe("one retired address printed on every page", () => {
  it("is reported once", () => {
    const box = "WHO TO CALL\nCounty team      welfare@otterburn-county.gsi.gov.uk\nEmergency 999\n";
    const text = `${box}1. Scope\nThis covers all our sessions.\n\f${box}2. Concerns\nTell the lead.\n`;
    const found = checkText(nationalContact, text, { asOf, format: "pdf" });
    expect(found.map((f) => f.actual)).toEqual(["welfare@otterburn-county.gsi.gov.uk"]);
  });
  it("two different retired addresses are two problems", () => {
    const text =
      "County team: welfare@otterburn-county.gsi.gov.uk\nPolice team: referrals@otterburn-police.pnn.gsi.gov.uk\n";
    const found = checkText(nationalContact, text, { asOf, format: "pdf" });
    expect(found).toHaveLength(2);
  });
});
