/**
 * From the eighteenth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - A PDF's contacts table is read with its rows run together: "… Police (non-emergency) 101 Childline 0808 800
 *   5000 NSPCC …". The police already have their number (101, too short to read as a phone number), so the next
 *   number is Childline's alone — and it is the NSPCC's number, given for Childline. Markdown's table, one row to a
 *   line, was always read so.
 * - Near misses: the right numbers in the same layout; two services with no short number between them ("Police
 *   or Childline 0808 800 5000"), which the reader cannot tell apart.
 */
import { describe, expect, it } from "vitest";
import { rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function contacts(rows: string[]): string {
  return [
    "7. Useful numbers",
    "Service Telephone",
    "Council children's services 01632 960 418",
    ...rows,
    "",
    "8. Review",
    "",
  ].join("\n");
}

const found = (text: string, format: "md" | "txt" | "pdf") =>
  excerpts(checkText(nationalContact, text, { asOf, format }), text);

describe("national-contact: a service with its short number before the next row's number", () => {
  it.each(["pdf", "txt"] as const)(
    "gives the next number to the service named after the short number (%s)",
    (format) => {
      for (const police of ["Police Scotland (non-emergency) 101", "Police: 999", "Police 101"]) {
        const text = contacts([police, "Childline 0808 800 5000", "NSPCC helpline 0808 800 5000"]);
        const reported = checkText(nationalContact, text, { asOf, format });
        expect(excerpts(reported, text)).toEqual(["0808 800 5000"]);
        expect(reported[0].message).toMatch(/gives it for Childline — Childline's number is 0800 1111/);
      }
    },
  );

  it.each(["pdf", "txt"] as const)(
    "leaves right numbers, and two names without a number between, alone (%s)",
    (format) => {
      expect(
        found(
          contacts(["Police (non-emergency) 101", "Childline 0800 1111", "NSPCC helpline 0808 800 5000"]),
          format,
        ),
      ).toEqual([]);
      expect(found(contacts(["Police or Childline 0808 800 5000"]), format)).toEqual([]);
    },
  );
});
