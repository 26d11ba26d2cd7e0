/**
 * deputy-missing (held-out set zz135), in our own words; every name is invented; as of 1 December 2026. A deputy's
 * label with the site they cover in brackets before its colon — "3.2 Deputy Designated Safeguarding Lead (Quarry
 * Lane annexe): Mrs Petra Holm, Annexe Lead" — names its holder after the colon, as the label without the bracket
 * does. Near miss: the same label with nobody after the colon ("to be appointed") still asks for a deputy.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const lines = (deputy: string) => [
  "Child Protection Policy",
  "3.1 Designated Safeguarding Lead: Mr Idris Fenwick, Head of Centre (01632 960 610).",
  `3.2 Deputy Designated Safeguarding Lead (Quarry Lane annexe): ${deputy}`,
  "3.3 Both complete designated safeguarding lead training every two years.",
];
const md = (deputy: string) => markdownDocument(lines(deputy).join("\n\n"));
const docx = (deputy: string) =>
  wordDocument(
    lines(deputy)
      .map((l) => `<p>${l}</p>`)
      .join(""),
  );

describe("a deputy's label with the site in brackets before its colon", () => {
  it.each([
    ["md", md],
    ["docx", docx],
  ] as const)("names the deputy after the colon (%s)", (_, make) => {
    expect(run(deputyMissing, make("Mrs Petra Holm, Annexe Lead (01632 960 611)."))).toEqual([]);
  });

  it("reads a key stage's site the same way", () => {
    const document = markdownDocument(
      lines("x")
        .slice(0, 2)
        .concat(["3.2 Deputy DSL (Key Stage 4 site): Mrs Petra Holm, Annexe Lead."])
        .join("\n\n"),
    );
    expect(run(deputyMissing, document)).toEqual([]);
  });

  it("still asks for a deputy when nobody follows the colon", () => {
    expect(run(deputyMissing, md("to be appointed.")).length).toBe(1);
  });
});
