/**
 * From the twenty-fourth held-out set (issue 11), in our own words; every name is invented. As of 3 December 2026.
 * - A PDF's table cell breaks a long email address across lines ("contact@regulator.gsi.gov.u" / "k"): the
 *   address runs on into the next line, as a reader reads it, so a retired .gsi.gov.uk ending is still found, and a
 *   national address broken the same way ("help@nspcc.org.u" / "k", "help@nspcc.org" / ".uk") is whole, not misspelt.
 * - Near misses: a whole address at the end of its line followed by a line of words or another address is not run
 *   into them; in Markdown, a line break ends the address as before.
 */
import { describe, expect, it } from "vitest";
import { rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

function contacts(rows: string[]): string {
  return [
    "6. Who to call",
    "Organisation Telephone Email",
    "Council front door 01632 960 418 frontdoor@council.example",
    ".org",
    ...rows,
    "",
    "7. Review",
    "",
  ].join("\n");
}

const found = (text: string, format: "md" | "txt" | "pdf") =>
  excerpts(checkText(nationalContact, text, { asOf, format }), text).map((e) => e.replace(/\n/g, ""));

describe("national-contact: an email address a PDF broke across lines", () => {
  it.each(["pdf", "txt"] as const)("reads a retired ending across the break (%s)", (format) => {
    for (const [rows, address] of [
      [
        ["Inspectorate 0300 123 4567 contact@regulator.gsi.gov.u", "k", "NSPCC Helpline 0808 800 5000"],
        "contact@regulator.gsi.gov.uk",
      ],
      [
        ["Regulator 0300 123 4567 safeguarding@regulator.gsi", ".gov.uk"],
        "safeguarding@regulator.gsi.gov.uk",
      ],
    ] as const) {
      const text = contacts([...rows]);
      const reported = checkText(nationalContact, text, { asOf, format });
      expect(found(text, format), rows.join(" / ")).toEqual([address]);
      expect(reported[0].message).toContain(`${address} ends in .gsi.gov.uk`);
    }
  });

  it.each(["pdf", "txt"] as const)(
    "leaves whole addresses, and national ones broken across lines, alone (%s)",
    (format) => {
      for (const rows of [
        ["NSPCC Helpline 0808 800 5000 help@nspcc.org.u", "k"],
        ["NSPCC Helpline 0808 800 5000 help@nspcc.org", ".uk"],
        ["NSPCC Helpline 0808 800 5000 help@nspcc.org.uk", "uk residents can also write."],
        ["Regulator 0300 123 4567 enquiries@regulator.gov.uk", "www.regulator.gov.uk"],
      ]) {
        expect(found(contacts(rows), format), rows.join(" / ")).toEqual([]);
      }
    },
  );

  it("ends the address at a Markdown line break, as before", () => {
    const text = contacts(["Regulator 0300 123 4567 enquiries@regulator.gsi.gov.u  ", "k"]);
    expect(found(text, "md")).toEqual([]);
  });
});
