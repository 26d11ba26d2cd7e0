/**
 * empty-link (held-out set zz71), in our own words; every name is invented. A policy that warns about scam messages
 * quotes them: 'messages that say things like "click here to win a signed shirt"'. The words in quotation marks are
 * the message's, given as an example, not the policy's own link. A "click here" in the policy's own sentence, or in
 * quotation marks with no example introduced ('press "click here" on the events page'), is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const page = (line: string) =>
  ["# Online safety", "", "Coaches talk to juniors about staying safe online.", "", line, ""].join("\n");

describe("empty-link: 'click here' quoted as an example of a message", () => {
  it("leaves a quoted scam message alone, in Markdown and a PDF", () => {
    for (const line of [
      'We warn juniors about texts from strangers that say things like "click here to win a signed shirt": never tap the link.',
      "Scam emails often read: “Your account is locked, click here to unlock it”. Delete them.",
      "Messages such as 'Click here for free match tickets' are fake, so show a coach.",
    ]) {
      expect(run(emptyLink, markdownDocument(page(line))), line).toEqual([]);
      expect(run(emptyLink, pdfDocument(page(line))), line).toEqual([]);
    }
  });

  it("still reports the policy's own 'click here', quoted or not", () => {
    for (const [line, words] of [
      ["To send us a concern, click here.", "click here"],
      ['To book a place, press "click here" on the events page.', "click here"],
      [
        "Click here for the consent form, which says what we do with photos.",
        "Click here for the consent form",
      ],
    ]) {
      const md = markdownDocument(page(line));
      expect(found(run(emptyLink, md), md), line).toEqual([words]);
    }
  });
});
