/**
 * contents-mismatch (held-out set zz140), in our own words; every name is invented. A Sunday school's PDF of two
 * pages has a contents list with dot leaders: sections 1–3 on page 1 and 4–6 on page 2, as they are, and the last
 * line "7. Useful numbers ........ 3", a page the file does not have — its section is on page 2. In a PDF the reader
 * sees where every heading is: where each earlier entry gives its heading's own page, the list is this file's, and a
 * last entry past the end is wrong though the entries before reach the last page. Stays quiet: a list whose earlier
 * entries do not give their headings' pages (a longer printed version's numbers), a last entry with no heading in the
 * file, and a Word file of the same shape, whose headings' pages the reader cannot see (test z125).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { pdfDocument, run } from "../fixtures/structure/documents.js";

const SECTIONS = [
  "1. About our Sunday school",
  "2. Who to tell",
  "3. Our helpers",
  "4. Recognising harm",
  "5. If a child tells you something",
  "6. Safer recruitment",
  "7. Useful numbers",
];
const ON_PAGE = [1, 1, 1, 2, 2, 2, 2];

function pdf(listed: readonly number[], lastHeading = SECTIONS[6]): SourceDocument {
  const footer = (n: number) => `St Aidan's Sunday School – Safeguarding Policy · page ${n}`;
  const body = SECTIONS.map((title, i) => [
    i === SECTIONS.length - 1 ? lastHeading : title,
    "Every helper reads this section and follows it.",
  ]);
  const text = [
    "St Aidan's Sunday School – Safeguarding Policy",
    "Contents",
    ...SECTIONS.map((title, i) => `${title} ........................................ ${listed[i]}`),
    ...body.slice(0, 3).flat(),
    footer(1),
    `\f${body[3][0]}`,
    ...[body[3][1], ...body.slice(4).flat()],
    footer(2),
  ].join("\n");
  return pdfDocument(text, { pages: true });
}

describe("contents-mismatch: a PDF's last entry one page past the end, the entries before right", () => {
  it("is reported", () => {
    const reported = run(contentsMismatch, pdf([...ON_PAGE.slice(0, 6), 3]));
    expect(reported.map((r) => r.message)).toEqual([
      expect.stringContaining('puts "7. Useful numbers" on page 3, but the policy has 2 pages'),
    ]);
  });

  it("stays quiet when the last entry is on its page", () => {
    expect(run(contentsMismatch, pdf(ON_PAGE))).toEqual([]);
  });

  it("stays quiet when the earlier entries' pages are not their headings' (another version's numbers)", () => {
    expect(run(contentsMismatch, pdf([1, 1, 2, 2, 2, 2, 3]))).toEqual([]);
  });

  it("stays quiet when the file has no heading for the last entry", () => {
    expect(
      run(contentsMismatch, pdf([...ON_PAGE.slice(0, 6), 3], "Please keep this page for notes.")).filter(
        (r) => r.message.includes("on page 3"),
      ),
    ).toEqual([]);
  });
});
