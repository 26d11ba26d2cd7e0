/**
 * national-contact (held-out set zz116), in our own words; every name is invented. As of 1 December 2026.
 * A sole trader's contacts table gives "Police – non-emergency | 111": 111 is NHS 111 (urgent medical help that is
 * not an emergency), not the police, whose non-emergency number is 101. A warning, as with Childline given the NSPCC's
 * number. Quiet: 111 given for NHS 111 or for medical advice, the police given 101 or 999, and "the police or 111"
 * (two services named together: the reader cannot tell the number is meant for the police).
 */
import { describe, expect, it } from "vitest";
import { rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const contacts = (row: string) =>
  [
    "# Ashcombe Music Tuition – Safeguarding",
    "",
    "## 6. Useful numbers",
    "",
    "| Who | Number |",
    "| --- | --- |",
    row,
    "| Childline | 0800 1111 |",
    "",
  ].join("\n");
const run = (text: string, format: "md" | "pdf" = "md") => checkText(nationalContact, text, { asOf, format });

describe("national-contact: NHS 111 given for the police", () => {
  it("warns in a table row and in a sentence, naming the police's own numbers", () => {
    for (const text of [
      contacts("| Police – non-emergency | 111 |"),
      contacts("| Police (non-emergency) | 111 |"),
      "If you are worried but nobody is in danger, ring the police non-emergency line on 111.",
      "Police non-emergency: 111 Childline: 0800 1111",
    ]) {
      const findings = run(text);
      expect(
        findings.map((f) => f.excerpt),
        text,
      ).toEqual(["111"]);
      expect(findings[0].message).toMatch(/NHS 111.*the police.*101/);
    }
    expect(run("Police – non-emergency 111\nChildline 0800 1111", "pdf").map((f) => f.excerpt)).toEqual([
      "111",
    ]);
  });
  it("stays quiet on 111 given for medical help, the police's own numbers, and two services named together", () => {
    for (const text of [
      contacts("| NHS (medical advice, not an emergency) | 111 |"),
      contacts("| Police – non-emergency | 101 |"),
      contacts("| Police – emergency | 999 |"),
      "In an emergency call the police on 999; for medical advice that is not urgent, ring NHS 111.",
      "Call the police or 111 if a child is hurt and you are unsure what to do.",
      "Police 101, NHS 111, Childline 0800 1111.",
      // A count in a table of figures, and a house number before its street (review of the session).
      contacts("| Referrals to police | 111 |"),
      "- Police – 111 Kirkgate (front desk open 8am–8pm)",
    ])
      expect(run(text), text).toEqual([]);
  });
});
