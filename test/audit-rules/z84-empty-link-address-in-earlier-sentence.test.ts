/**
 * empty-link (held-out set zz84, a powerboat school), in our own words; every name is invented. "Allegations go to the
 * LADO at lado@… or 01632 … . The club's guidelines are available at" — an email address in an earlier sentence of
 * the same paragraph is not the address the last sentence leaves out: "available at" ending the paragraph is still
 * followed by nothing. Near misses: the address in the sentence itself, or on the next line.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (paragraph: string) =>
  markdownDocument(
    `# Kestle Water Juniors – Safeguarding Policy\n\n## Contacts\n\n${paragraph}\n\n## Review\n\nNext review: 1 March 2027.\n`,
  );

describe("empty-link: 'available at' after an address in an earlier sentence", () => {
  it("is reported: the earlier sentence's address is another one", () => {
    for (const earlier of [
      "Allegations about staff go to the LADO at lado@kestle.example.gov.uk or 01632 960 903.",
      "Our own pages are at www.kestlewater.example.org.",
    ]) {
      const document = policy(`${earlier} The national body's safeguarding guidelines are available at`);
      expect(found(run(emptyLink, document), document), earlier).toEqual(["are available at"]);
    }
  });

  it("near miss: the address in the sentence itself, or on the next line", () => {
    for (const paragraph of [
      "Allegations go to the LADO. The guidelines (www.kestlewater.example.org/guide) are available at",
      "Allegations go to the LADO. The guidelines are available at\nhttps://www.kestlewater.example.org/guide",
    ]) {
      const document = policy(paragraph);
      expect(found(run(emptyLink, document), document), paragraph).toEqual([]);
    }
  });
});
