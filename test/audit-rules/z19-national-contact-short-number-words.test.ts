/**
 * A reviewer's probe after z17 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - z17 taught the rule that a service with its own short number after its name ("Police 101") is not the owner
 *   of the next number. It read any three digits after any words as that short number, so "Childline and the
 *   NSPCC, open 365 days: 0808 800 5000" took "open 365" for the NSPCC's short number, dropped the NSPCC and gave
 *   the number to Childline — a false warning. Two services named before one number, neither with a number of its
 *   own, say nothing.
 * - Near misses that must still be found: the police with their own short numbers (101, 999, 112), after a place's
 *   name, a bracket or "non-emergency", before the next row's wrong number.
 */
import { describe, expect, it } from "vitest";
import { rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const found = (text: string, format: "md" | "txt" | "pdf") =>
  excerpts(checkText(nationalContact, text, { asOf, format }), text);

function page(line: string): string {
  return ["4. Getting help", "", line, "", "5. Review", ""].join("\n");
}

describe("national-contact: only a service's own short number takes it out of the running", () => {
  it.each(["md", "txt", "pdf"] as const)(
    "two services before one number, with a count or a time between, own nothing (%s)",
    (format) => {
      for (const line of [
        "Childline and the NSPCC, open 365 days: 0808 800 5000",
        "Childline and NSPCC open 365 days: 0808 800 5000",
        "Childline or the NSPCC helpline answer 111 calls a day on 0808 800 5000",
        "Childline and NSPCC Helpline 247 days a year: 0808 800 5000",
        "Childline and NSPCC staff call 999 first, then 0808 800 5000",
        "Childline and the police (non-emergency) 365 days: 0808 800 5000",
        "Childline or the NSPCC (24/7, 365 days) 0808 800 5000",
        "Childline and the NSPCC helpline (open 365 days a year) 0808 800 5000",
      ])
        expect(found(page(line), format), line).toEqual([]);
    },
  );

  it.each(["md", "txt", "pdf"] as const)(
    "the police with their own short number still leave the next number to Childline (%s)",
    (format) => {
      for (const police of [
        "Police 101",
        "Police: 999",
        "Police 112",
        "Police Scotland 101",
        "Police Service of Northern Ireland 101",
        "Police (non-emergency) 101",
        "Police non-emergency 101",
        "Police on 999",
        "Police Tel: 101",
      ]) {
        const text = page(`${police} Childline 0808 800 5000 NSPCC 0808 800 5000`);
        const reported = checkText(nationalContact, text, { asOf, format });
        expect(excerpts(reported, text), police).toEqual(["0808 800 5000"]);
        expect(reported[0].message).toMatch(/gives it for Childline/);
      }
      expect(
        found(page("Police Scotland 101 Childline 0800 1111 NSPCC 0808 800 5000 Samaritans 116 123"), format),
      ).toEqual([]);
    },
  );
});
