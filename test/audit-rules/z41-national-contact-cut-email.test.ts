/**
 * national-contact (issue 11, held-out set zz41), in our own words; every name is invented. As of 3 December 2026.
 * A PDF's narrow table cell breaks an email address before its domain's first dot ("duty@fernlearegulat" /
 * "or.gsi.gov.uk"): the address runs on into the next line, as a reader reads it, so a retired .gsi.gov.uk ending
 * is still found. Near misses: a national address broken the same way is whole, not misspelt; a name after "@" at
 * a line's end with a line of words below is no address; in Markdown a line break ends the address as before.
 */
import { describe, expect, it } from "vitest";
import { rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

const contacts = (rows: string[]) =>
  [
    "6. Who to call",
    "Organisation Telephone Email",
    ...rows,
    "Childline 0800 1111 –",
    "",
    "7. Review",
    "",
  ].join("\n");

const found = (text: string, format: "md" | "txt" | "pdf") =>
  excerpts(checkText(nationalContact, text, { asOf, format }), text).map((e) => e.replace(/\s/g, ""));

describe("national-contact: an email address broken before its domain's first dot", () => {
  it.each(["pdf", "txt"] as const)("reads a retired ending across the break (%s)", (format) => {
    for (const [rows, address] of [
      [
        ["Fernlea Regulator 0300 123 4567 duty@fernlearegulat", "or.gsi.gov.uk"],
        "duty@fernlearegulator.gsi.gov.uk",
      ],
      [
        ["Youth Justice 0300 123 4568 referrals@youthjustic", "e.gsx.gov.uk"],
        "referrals@youthjustice.gsx.gov.uk",
      ],
    ] as const) {
      const text = contacts([...rows]);
      expect(found(text, format), rows.join(" / ")).toEqual([address]);
      expect(checkText(nationalContact, text, { asOf, format })[0].message).toContain(`${address} ends in`);
    }
  });

  it.each(["pdf", "txt"] as const)("leaves other lines alone (%s)", (format) => {
    for (const rows of [
      ["NSPCC Helpline 0808 800 5000 help@nsp", "cc.org.uk"],
      ["Message us on social media @fernleaclub", "and we reply the same day."],
      ["Regulator 0300 123 4567 duty@regulator.gov.uk", "www.regulator.gov.uk"],
    ]) {
      expect(found(contacts(rows), format), rows.join(" / ")).toEqual([]);
    }
  });

  it("near miss: in Markdown a line break ends the address", () => {
    expect(
      found(contacts(["Fernlea Regulator 0300 123 4567 duty@fernlearegulat", "or.gsi.gov.uk"]), "md"),
    ).toEqual([]);
  });
});
