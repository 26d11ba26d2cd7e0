/**
 * From the fifty-first held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * A PDF's contact list, its single line breaks read as spaces, puts the NSPCC's line and Childline's on one line:
 * "NSPCC helpline for adults: help@nspcc.org.uk" / "Childline (for young people): 0808 800 5000". The name that starts
 * the number's own printed line is the number's, with a note in brackets between them too — so the NSPCC's number
 * given for Childline is found in the PDF as it is in the Markdown. Two names on the number's line stay unsure.
 */
import { describe, expect, it } from "vitest";
import { rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const contacts = (lines: string[]) =>
  ["Safeguarding at Harrowgate Print Studio", "", "Useful numbers", ...lines, ""].join("\n");
const found = (text: string, format: "md" | "pdf" | "txt") =>
  excerpts(checkText(nationalContact, text, { asOf, format }), text);

describe("a bracketed note between a service's name and its number, in a PDF's contact list", () => {
  it.each(["pdf", "txt", "md"] as const)("finds the NSPCC's number given for Childline (%s)", (format) => {
    const text = contacts([
      "Police: 999, or 101 if it is not urgent",
      "NSPCC helpline for adults: help@nspcc.org.uk",
      "Childline (free, for under-19s): 0808 800 5000",
    ]);
    expect(found(text, format)).toEqual(["0808 800 5000"]);
  });

  it.each(["pdf", "txt"] as const)("leaves the right number alone (%s)", (format) => {
    const text = contacts([
      "NSPCC helpline for adults: 0808 800 5000",
      "Childline (free, for under-19s): 0800 1111",
    ]);
    expect(found(text, format)).toEqual([]);
  });

  it.each(["pdf", "txt"] as const)("stays unsure with another service named in the note (%s)", (format) => {
    const text = contacts(["NSPCC helpline: help@nspcc.org.uk", "Childline (or the NSPCC): 0808 800 5000"]);
    expect(found(text, format)).toEqual([]);
  });
});
