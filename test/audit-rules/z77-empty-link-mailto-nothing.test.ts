/**
 * "[email Ben](mailto:)": an email link with no address behind it is a link to nothing (held-out set zz77, a beach
 * school's Word file). A "tel:" link with no number likewise. In our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { markdownDocument, wordDocument } from "../fixtures/structure/documents.js";
import { checkDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (document: SourceDocument) =>
  checkDocument(emptyLink, document, { asOf }).map((f) => [
    document.text.slice(f.offset, f.endOffset),
    f.message,
  ]);

describe("empty-link: an email or phone link with nothing after the scheme", () => {
  it("is reported in Markdown and in Word, asking for the address", () => {
    expect(
      found(markdownDocument("# Policy\n\nDeputy: Ola Berg, 07700 900123, [email Ola](mailto:)\n")),
    ).toEqual([[expect.stringContaining("email Ola"), expect.stringContaining("add the email address")]]);
    expect(
      found(wordDocument('<h1>Policy</h1><p>Deputy: Ola Berg, <a href="tel:">ring Ola</a></p>')),
    ).toEqual([[expect.stringContaining("ring Ola"), expect.stringContaining("add the phone number")]]);
  });

  it("near miss: a mail link with an address (and a subject), or a phone link with a number, is left alone", () => {
    expect(
      found(markdownDocument("# Policy\n\n[email Ola](mailto:ola@example.org?subject=Concern)\n")),
    ).toEqual([]);
    expect(found(markdownDocument("# Policy\n\n[Call us](tel:+441632960123)\n"))).toEqual([]);
  });

  it("a mail link with only a subject and no address is reported too", () => {
    expect(
      found(markdownDocument("# Policy\n\n[Tell us](mailto:?subject=A%20concern)\n")).map(([t]) => t),
    ).toEqual([expect.stringContaining("Tell us")]);
  });
});
