/**
 * placeholder-text (held-out set zz99, a youth justice service's table), in our own words; every name is invented.
 * A contact detail promised in square brackets, with who is to supply it: "Out of hours: Emergency Duty Team
 * [number to be confirmed by IT]". Near misses: an event's details, a bracket of words
 * with no promise in it.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (line: string) =>
  `# Fenwick Youth Support — Safeguarding Policy\n\n${line}\n\n## 1. Why we have this policy\n\nEveryone shares the job of keeping young people safe.\n`;
const excerpts = (line: string) => checkText(placeholder, policy(line), { asOf }).map((f) => f.excerpt);

describe("a contact detail still to come, in square brackets, with who is to supply it", () => {
  it("is a placeholder", () => {
    for (const [line, quoted] of [
      ["Out of hours: Emergency Duty Team [number to be confirmed by IT].", "[number to be confirmed by IT]"],
      ["Duty manager: Omar Feld [mobile to follow]", "[mobile to follow]"],
      // A PDF's narrow table cell breaks the bracket over lines.
      [
        "| Referral | Out of hours: Emergency Duty Team [number\nto be confirmed by\nIT]. |",
        "[number to be confirmed by IT]",
      ],
      [
        "Ring the night line (number to be confirmed by the council) if the office is shut.",
        "(number to be confirmed by the council)",
      ],
    ])
      expect(excerpts(line)).toEqual([quoted]);
  });

  it("near misses: an event's details, no promise", () => {
    for (const line of [
      "The summer residential [details to follow] is open to members aged 14 and over.",
      "Call the duty line [number on the back of your ID badge] if the office is shut.",
      // Who provides a thing, not a value still to be written in.
      "Each leader carries a charged mobile (phone to be provided by the club) and a first aid kit.",
      "Parents give an emergency contact (contact number to be supplied by the parent or carer).",
    ])
      expect(excerpts(line)).toEqual([]);
  });
});
