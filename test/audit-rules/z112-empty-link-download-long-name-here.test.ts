/**
 * empty-link (held-out set zz112), in our own words; every name is invented. "Download the emergency contact and
 * allergy form here.": a form whose name joins two things with "and", its download words followed by "here" — the
 * Word file linked "here" to "#", which its PDF keeps with no link at all. The download button's words with "here"
 * after them, ending the sentence, are a link's words: one finding, the words with "here". Not where a link stands
 * over "here" (the link's own finding says it), nor "here" going on to a place.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const list = (line: string) =>
  [
    "● Campers bring a sleeping bag and a torch.",
    "● Parents complete the emergency contact and allergy form before camp.",
    line,
    "7. If you are worried about a camper",
  ].join("\n");

describe("empty-link: a download button's words with 'here' after a long form name", () => {
  it("reports the words in a PDF's text", () => {
    const pdf = pdfDocument(list("Download the emergency contact and allergy form here."));
    expect(found(run(emptyLink, pdf), pdf)).toEqual(["Download the emergency contact and allergy form here"]);
  });
  it("leaves a real link, an empty link's own finding and a place", () => {
    const linked = markdownDocument(
      `${list("Download the emergency contact and allergy form [here](https://example.org/f).")}\n`,
    );
    expect(run(emptyLink, linked)).toEqual([]);
    const empty = markdownDocument(`${list("Download the emergency contact and allergy form [here](#).")}\n`);
    expect(run(emptyLink, empty).length).toBe(1);
    const pdf = pdfDocument(
      list("Download the emergency contact and allergy form here at the camp office computer."),
    );
    expect(run(emptyLink, pdf)).toEqual([]);
  });
});

describe("empty-link: a short download's words with 'here' are one finding", () => {
  it("reports 'Download the concern form here.' once", () => {
    const pdf = pdfDocument(list("Download the concern form here."));
    expect(found(run(emptyLink, pdf), pdf)).toEqual(["Download the concern form here"]);
  });
});
