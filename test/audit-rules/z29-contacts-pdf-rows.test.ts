/**
 * From the thirtieth and thirty-first held-out sets (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - A PDF's contacts table read row by row, each row's line break a space: "Police Service of Northern Ireland
 *   Emergency / non-emergency" / "999 / 101" / "Childline – 0808 800 5000". The name that starts the number's own
 *   printed line is the number's, so Childline given the NSPCC's number is found; two services named on the
 *   number's own line ("NSPCC or Childline 0808 800 5000") still own nothing.
 * - A web address a PDF's table cell broke after its dot ("www.childline.org." / "uk") is the whole address, not a
 *   misspelt one; a real wrong ending ("www.childline.org" and a new sentence) is still found.
 */
import { describe, expect, it } from "vitest";
import { rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => excerpts(checkText(nationalContact, text, { asOf, format: "pdf" }), text);

const contacts = (rows: string[]) =>
  ["Foxglove Forest School", "Who to call", "Service Email / when Phone", ...rows, ""].join("\n");

describe("a PDF's contacts table read row by row", () => {
  it("gives each number to the name that starts its printed line", () => {
    expect(
      found(
        contacts([
          "Police Service of Northern Ireland Emergency / non-emergency",
          "999 / 101",
          "Childline – 0808 800 5000",
          "NSPCC helpline help@nspcc.org.uk 0808 800 5000",
        ]),
      ),
    ).toEqual(["0808 800 5000"]);
    expect(
      found(contacts(["Police Scotland (out of hours)", "Childline 0808 800 5000", "NSPCC 0808 800 5000"])),
    ).toEqual(["0808 800 5000"]);
  });

  it("leaves right numbers and two names on one line alone", () => {
    expect(
      found(contacts(["Police Scotland Emergency / non-emergency", "999 / 101", "Childline – 0800 1111"])),
    ).toEqual([]);
    expect(found(contacts(["Police Scotland out of hours", "NSPCC or Childline 0808 800 5000"]))).toEqual([]);
  });
});

describe("a web address broken after its dot", () => {
  it("is read whole", () => {
    expect(found(contacts(["Childline (for", "children) 0800 1111 www.childline.org.", "uk"]))).toEqual([]);
    expect(found(contacts(["Childline 0800 1111 www.chidline.org.", "uk"]))).toEqual([
      "www.chidline.org.\nuk",
    ]);
  });

  it("is still misspelt when a new sentence follows", () => {
    expect(found(contacts(["Childline 0800 1111, www.childline.org.", "Call any time."]))).toEqual([
      "www.childline.org",
    ]);
  });
});
