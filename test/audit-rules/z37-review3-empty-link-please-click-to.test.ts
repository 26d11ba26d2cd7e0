/**
 * empty-link (review of the thirty-seventh session), in our own words; every name is invented. A button's words may
 * be asked for politely or after a clause: "Please click to download the consent form.", "If you need the form, click
 * to open it." still ask for a link that a PDF or text file does not have. Stays quiet, as before: advice not to click
 * ("Please never click to open …", "please do not click to download …") and "before they click to open".
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, pdfDocument, run } from "../fixtures/structure/documents.js";

const after = "\nWe keep records for six years.\n";
const words = (text: string) => {
  const document = pdfDocument(`Write every worry down the same day. ${text}${after}`);
  return found(run(emptyLink, document), document);
};

describe("empty-link: 'please click to …' and '…, click to …' are a button's words", () => {
  it("reports them", () => {
    expect(words("Please click to download the consent form.")).toEqual([
      "click to download the consent form",
    ]);
    expect(words("If you need the form, click to open it.")).toEqual(["click to open it"]);
  });

  it("stays quiet on advice not to click", () => {
    for (const text of [
      "Please never click to open attachments from strangers.",
      "Members, please do not click to download apps onto club tablets.",
      "Young people learn to think before they click to open anything a stranger sends.",
    ])
      expect(words(text), text).toEqual([]);
  });
});
