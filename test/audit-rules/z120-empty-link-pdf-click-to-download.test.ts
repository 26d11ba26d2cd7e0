/**
 * empty-link (held-out set zz120), in our own words; every name is invented. In a PDF a link is an annotation over
 * the words; a Word link that went nowhere is exported as words alone. "Click to download: Incident log" asks for a
 * link as plainly as "click here" does, so with no annotation and no address behind it, it is an empty link — the
 * finding takes the words it names ("Incident log"), carried over a wrapped line. Near misses: an annotation over
 * the words, an address after them on the line or the next one, a slide's "Click to add text" (no link asked for),
 * and a quoted example of a scam message.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, pdfDocument, run } from "../fixtures/structure/documents.js";
import { pdfWithLink } from "../helpers/pdf-with-link.js";

const before = "Write down every worry on the incident log within a day.";

describe("empty-link: a PDF's 'Click to download' with nothing behind it", () => {
  it("reports the words and what they name, over a wrapped line", () => {
    const wrapped = pdfDocument(
      [
        "A mentor who hears something worrying tells the safeguarding person the same day.",
        `${before} Click to download: Incident`,
        "log",
        "7. Keeping records",
        "We keep records for six years.",
      ].join("\n"),
    );
    expect(found(run(emptyLink, wrapped), wrapped)).toEqual(["Click to download: Incident log"]);
    const oneLine = pdfDocument(
      `${before} Click to open the incident log.\nWe keep records for six years.\n`,
    );
    expect(found(run(emptyLink, oneLine), oneLine)).toEqual(["Click to open the incident log"]);
  });

  it("reports it in a real PDF with no annotation, and not under one", async () => {
    const lines = [before, "Click to download: Incident log", "We keep records for six years."];
    const bare = await pdfWithLink(lines);
    expect(found(run(emptyLink, bare), bare)).toEqual(["Click to download: Incident log"]);
    const linked = await pdfWithLink(lines, {
      words: "Click to download: Incident log",
      url: "https://example.org/incident-log.docx",
    });
    expect(run(emptyLink, linked)).toEqual([]);
  });

  it("near misses stay quiet", () => {
    for (const text of [
      `${before} Click to download: Incident log (https://example.org/incident-log.docx)`,
      `${before} Click to download the incident log:\nwww.example.org/incident-log`,
      "Slide 3: Click to add text",
      'Scam texts often say "Click to download your prize" to trick young people.',
    ]) {
      const document = pdfDocument(`${text}\nWe keep records for six years.\n`);
      expect(found(run(emptyLink, document), document), text).toEqual([]);
    }
  });
});
