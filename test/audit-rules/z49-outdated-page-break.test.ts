/**
 * outdated-reference (held-out set zz49), in our own words; every name is invented. As of 3 December 2026.
 * A PDF's sentence cut by a page break: the guidance's title at the foot of one page, the running footer (and the
 * page number, the next page's running header) between, its edition's year in brackets at the head of the next
 * page. The reader skips the page furniture, so the title and its year are one reference. Near misses: a sentence
 * that ends at the foot of the page is not run on into the next page's words, and what the footer itself cites is
 * still read.
 */
import { describe, expect, it } from "vitest";
import { joinPageCuts } from "../../src/audit/document/page-cuts.js";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule } from "../../src/audit/rules/outdated-reference.js";
import { checkDocument } from "../helpers/audit-context.js";
import { pdfPages as pdf } from "../helpers/pdf-pages-document.js";

const asOf = "2026-12-03";

const footer = ["Kestrel Lane Cycling Club · Child Safeguarding Policy v2 ·", "Approved March 2025", "1"];
const header = ["Kestrel Lane Cycling Club — Child Safeguarding Policy"];

const found = (document: SourceDocument) =>
  checkDocument(rule, document, { asOf }).map((f) => [
    document.text.slice(f.offset, f.endOffset).replace(/\s+/g, " "),
    f.message,
  ]);

describe("a PDF's sentence cut by a page break", () => {
  it("reads the guidance's title with its edition's year on the next page, past the footer and header", () => {
    const document = pdf([
      {
        body: [
          "3. Guidance we follow",
          "Coaches who help at school sessions also work to the school's own rules. Those schools follow",
          "Keeping Children Safe in Education",
        ],
        footer,
      },
      {
        header,
        body: ["(September 2019), and a coach tells the school's lead about any worry as well as ours."],
        footer: ["Kestrel Lane Cycling Club · Child Safeguarding Policy v2 ·", "Approved March 2025", "2"],
      },
    ]);
    const reported = found(document);
    expect(reported).toHaveLength(1);
    expect(reported[0][0]).toMatch(/^Keeping Children Safe in Education .*\(September 2019\)$/);
    expect(reported[0][1]).toMatch(
      /^"Keeping Children Safe in Education \(September 2019\)" is out of date: the 2019 edition/,
    );
  });

  it("reads it past a page number alone as well", () => {
    const document = pdf([
      { body: ["Our coaches read Keeping Children Safe in Education"], footer: ["Page 1 of 2"] },
      { body: ["(2020) before their first school session."] },
    ]);
    expect(found(document).map((r) => r[1])).toEqual([
      expect.stringContaining("the 2020 edition was replaced"),
    ]);
  });

  it("does not run a sentence that ends at the page's foot into the next page's words", () => {
    const document = pdf([
      { body: ["Schools we visit follow Keeping Children Safe in Education."], footer },
      { header, body: ["2019 was the year the club first coached in schools; we now visit eleven."] },
    ]);
    expect(found(document)).toEqual([]);
    expect(joinPageCuts(document).cuts).toEqual([]);
  });

  it("still reads what the footer itself cites", () => {
    const document = pdf([
      {
        body: ["Schools we visit follow the guidance their governors set out, which"],
        footer: ["Written to Working Together to Safeguard Children 2015", "3"],
      },
      { body: ["changes every September."] },
    ]);
    expect(joinPageCuts(document).cuts).toHaveLength(1);
    expect(found(document).map((r) => r[0])).toEqual(["Working Together to Safeguard Children 2015"]);
  });

  it("keeps the text's length and every offset outside the furniture", () => {
    const document = pdf([
      { body: ["Schools follow Keeping Children Safe in Education"], footer },
      { header, body: ["(2021) as well."] },
    ]);
    const joined = joinPageCuts(document);
    expect(joined.text).toHaveLength(document.text.length);
    const [from, to] = joined.cuts[0];
    expect(joined.text.slice(0, from)).toBe(document.text.slice(0, from));
    expect(joined.text.slice(to)).toBe(document.text.slice(to));
    expect(joined.text.slice(from, to).trim()).toBe("");
  });
});
