/**
 * national-contact (issue 11, held-out set zz69), in our own words; every name is invented. As of 1 December 2026.
 * A PDF's six-column table prints an email address a few letters a line: "lado@kest" / "relvale.gcsx." / "gov.uk".
 * The address runs on over each line that holds only its next piece, to an ending, as a reader reads it. Near misses:
 * a piece that is a word of the next cell ("Allegations", "about staff") or a line that never reaches an ending.
 */
import { describe, expect, it } from "vitest";
import { rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const contacts = (rows: string[]) =>
  ["6. Who to call", "Role Name Mobile Email", ...rows, "Childline 0800 1111 –", "", "7. Review", ""].join(
    "\n",
  );

const found = (text: string, format: "md" | "txt" | "pdf") =>
  excerpts(checkText(nationalContact, text, { asOf, format }), text).map((e) => e.replace(/\s/g, ""));

describe("national-contact: an email address over three lines of a narrow cell", () => {
  it.each(["pdf", "txt"] as const)("reads a retired ending over the lines (%s)", (format) => {
    for (const [rows, address] of [
      [
        ["Kestrelvale", "LADO", "01632 960 310", "lado@kest", "relvale.gcsx.", "gov.uk", "Allegations"],
        "lado@kestrelvale.gcsx.gov.uk",
      ],
      [["Duty team", "duty@kestr", "elvale.gsi", ".gov.uk", "Referrals"], "duty@kestrelvale.gsi.gov.uk"],
    ] as const) {
      const text = contacts([...rows]);
      expect(found(text, format), rows.join(" / ")).toEqual([address]);
      expect(checkText(nationalContact, text, { asOf, format })[0].message).toContain(`${address} ends in`);
    }
  });

  it.each(["pdf", "txt"] as const)("joins no words of other cells (%s)", (format) => {
    for (const rows of [
      ["Kestrelvale", "lado@kest", "relvale", "Allegations about staff", "gsi.gov.uk"],
      ["Kestrelvale", "lado@kest", "relvale.gcsx", "about staff", "gov.uk"],
      ["Message us @kestrelvale", "for", "news", "gov.uk"],
    ]) {
      expect(found(contacts(rows), format), rows.join(" / ")).toEqual([]);
    }
  });

  it("near miss: in Markdown a line break ends the address", () => {
    expect(found(contacts(["lado@kest", "relvale.gcsx.", "gov.uk"]), "md")).toEqual([]);
  });
});
