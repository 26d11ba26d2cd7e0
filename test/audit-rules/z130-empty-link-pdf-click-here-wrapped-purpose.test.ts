/**
 * empty-link (held-out set zz130), in our own words; every name is invented. In a PDF's text a numbered step's "Click
 * here for the" may wrap, its purpose ("accident form") alone on the next line with no full stop, and the next step
 * after it. The finding takes the words across the break — "Click here for the accident form" — as it already does
 * when the wrapped line ends its sentence with a full stop. Near misses: an address on the wrapped line, and a next
 * line that is the next step, not the purpose.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, pdfDocument, run } from "../fixtures/structure/documents.js";

const step2 = "2. Do not promise to keep it a secret; say you will tell the Welfare Lead.";

describe("empty-link: a PDF's 'Click here for the' wrapped before what it is for", () => {
  it("reports the words across the line break when the purpose ends its line", () => {
    const document = pdfDocument(
      [
        "1. Stay calm and listen to the child.",
        step2,
        "3. Write down what was said on an accident form straight away. Click here for the",
        "accident form",
        "4. Ring the Welfare Lead the same day.",
      ].join("\n"),
    );
    expect(found(run(emptyLink, document), document)).toEqual(["Click here for the accident form"]);
  });
  it("still reports the words alone when the next line is the next step", () => {
    const document = pdfDocument(
      ["1. Stay calm and listen. Click here for the", "2. Ring the Welfare Lead the same day."].join("\n"),
    );
    expect(found(run(emptyLink, document), document)).toEqual(["Click here for the"]);
  });
  it("stays quiet when the wrapped line gives the address", () => {
    const document = pdfDocument(
      [
        "3. Write down what was said on an accident form. Click here for the",
        "accident form www.example.org/accident-form",
        "4. Ring the Welfare Lead the same day.",
      ].join("\n"),
    );
    expect(run(emptyLink, document)).toEqual([]);
  });
});
