/**
 * empty-link (review of the thirty-seventh session), in our own words; every name is invented. "Click to download" in
 * a PDF's or text file's words asks for a link only as a button's words: opening its line, sentence, list item or
 * cell ("Click to open the incident log."), or ending in a colon before what it names ("… – click to download:
 * Incident log"). Online-safety advice that tells children or staff NOT to click ("never to click to open
 * attachments", "should not click to download apps", "Don't click to view") asks for no link. What the button names
 * runs on over a line the PDF broke after a space ("Incident " / "log"), and stops at the next numbered heading.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, pdfDocument, run } from "../fixtures/structure/documents.js";

const after = "\nWe keep records for six years.\n";

describe("empty-link: 'Click to …' as a button's words, not advice against clicking", () => {
  it("stays quiet on advice not to click, however it is said", () => {
    for (const text of [
      "We teach young members never to click to open attachments or links in messages from strangers, and to tell a mentor.",
      "Volunteers should not click to download apps onto the club tablets without the chair's agreement.",
      "Mentors do not click to view files sent by people they do not know.",
      "Remind children: don't click to open a link from someone you have never met.",
      "Young people learn to think before they click to open anything a stranger sends.",
    ]) {
      const document = pdfDocument(`${text}${after}`);
      expect(found(run(emptyLink, document), document), text).toEqual([]);
    }
  });

  it("still reports a button's words at a line's, sentence's, list item's or cell's start, or before a colon", () => {
    const cases: Array<[string, string]> = [
      ["Click to open the incident log.", "Click to open the incident log"],
      ["Write every worry down the same day. Click to view the flowchart.", "Click to view the flowchart"],
      ["• Click to download the concern form", "Click to download the concern form"],
      ["3. Click to access the training booklet", "Click to access the training booklet"],
      ["Concern form | Click to download", "Click to download"],
      ["Our concern form – click to download: Concern form", "click to download: Concern form"],
    ];
    for (const [text, words] of cases) {
      const document = pdfDocument(`${text}${after}`);
      expect(found(run(emptyLink, document), document), text).toEqual([words]);
    }
  });

  it("carries what the button names over a line broken after a space, not onto the next heading", () => {
    const document = pdfDocument(
      [
        "Write every worry down the same day. Click to download: Incident ",
        "log",
        "6. Sharing information",
        "We share only what is needed.",
      ].join("\n"),
    );
    expect(found(run(emptyLink, document), document)).toEqual(["Click to download: Incident log"]);
    const heading = pdfDocument(
      ["Click to download: Incident log ", "6. Sharing information", "We share only what is needed."].join(
        "\n",
      ),
    );
    expect(found(run(emptyLink, heading), heading)).toEqual(["Click to download: Incident log"]);
  });
});
