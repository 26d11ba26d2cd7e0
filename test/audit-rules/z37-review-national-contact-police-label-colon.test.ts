/**
 * national-contact (review of the thirty-seventh session), in our own words; every name is invented. As of
 * 1 December 2026. "Non-emergency police: 111" gives NHS 111's number for the police: a label ending in a colon is the
 * label, as a line or cell the name opens is ("Police (non-emergency) | 111"), though words of its own ("Local",
 * "Non-emergency") stand before the name. Quiet: a count whose label says what was counted ("Referrals to police:
 * 111", "Calls to the police this year: 111"), the police's own numbers, and a house number before its street.
 */
import { describe, expect, it } from "vitest";
import { rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const run = (text: string, format: "md" | "pdf" = "md") => checkText(nationalContact, text, { asOf, format });
const contacts = (line: string) =>
  [
    "# Thornbury Judo Club – Safeguarding",
    "",
    "## Useful contacts",
    "",
    line,
    "",
    "Childline: 0800 1111",
    "",
  ].join("\n");

describe("national-contact: NHS 111 under a label that ends in a colon", () => {
  it("warns when the label before the colon names the police", () => {
    for (const line of [
      "Non-emergency police: 111",
      "Local police: 111",
      "- Non-emergency police: 111",
      "If nobody is in danger. Non-emergency police: 111",
    ]) {
      for (const format of ["md", "pdf"] as const) {
        const findings = run(contacts(line), format);
        expect(
          findings.map((f) => f.excerpt),
          `${format}: ${line}`,
        ).toEqual(["111"]);
        expect(findings[0].message).toMatch(/NHS 111.*the police.*101/);
      }
    }
  });
  it("stays quiet on a count, the police's own numbers, and a house number", () => {
    for (const line of [
      "Referrals to police: 111",
      "Calls to the police this year: 111",
      "Non-emergency police: 101",
      "Police: 999",
      "Police station: 111 Kirkgate (front desk open 8am–8pm)",
    ])
      expect(run(contacts(line)), line).toEqual([]);
  });
});
