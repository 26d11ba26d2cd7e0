/**
 * From the fortieth held-out set (issue 11), in our own words; every name is invented. As of 3 December 2026.
 * A misspelt address written as a link whose target is the same address as its words
 * ("[www.childlne.org.uk](https://childlne.org.uk/)") is one address shown once: one finding, at the words.
 * A link whose target is another address than its words still has its target checked.
 */
import { describe, expect, it } from "vitest";
import { rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { checkDocument, checkText, excerpts, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

function policy(line: string): string {
  return [
    "# Pendrell Netball Club — Safeguarding Policy",
    "",
    "Our Welfare Officer is Ffion Marsh (07700 900512).",
    "",
    line,
    "",
  ].join("\n");
}

const found = (line: string) => {
  const text = policy(line);
  return excerpts(checkText(nationalContact, text, { asOf }), text);
};

describe("a misspelt address linked to itself", () => {
  it("is reported once, at the words the reader sees", () => {
    expect(found("Young people can visit [www.childlne.org.uk](http://www.childlne.org.uk).")).toEqual([
      "www.childlne.org.uk",
    ]);
    expect(found("Advice for adults: [nspc.org.uk](https://www.nspc.org.uk/).")).toEqual(["nspc.org.uk"]);
    // A Word document's link arrives as HTML, as the Word reader gives it.
    const html = [
      "<h1>Pendrell Netball Club</h1>",
      '<p>Children can go to <a href="https://www.childlne.org.uk">WWW.CHILDLNE.ORG.UK</a> at any time.</p>',
    ].join("\n");
    const document = toDocument(html, "html");
    expect(excerpts(checkDocument(nationalContact, document, { asOf }), document.text)).toEqual([
      "WWW.CHILDLNE.ORG.UK",
    ]);
  });

  it("still reports a link whose target is another address than its words", () => {
    expect(found("Young people can visit [Childline's website](http://www.childlne.org.uk).")).toEqual([
      "http://www.childlne.org.uk",
    ]);
    expect(found("Visit [www.childline.org.uk](https://www.childlne.org.uk/) for help.")).toEqual([
      "https://www.childlne.org.uk",
    ]);
    expect(found("Visit [www.childlne.org.uk](https://www.childline.org.uk/) for help.")).toEqual([
      "www.childlne.org.uk",
    ]);
  });
});
