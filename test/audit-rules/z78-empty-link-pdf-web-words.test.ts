/**
 * empty-link (held-out set zz78), in our own words; every name is invented. A PDF keeps a link to "http://" with
 * nothing after the scheme under words that name a web page — "see our website", "visit the squad's web page" —
 * where no "click here" stands: the reader reads a page's link annotations when its words speak of a website or a
 * link too, so the empty link is found in the PDF as it is in Markdown and Word. Near misses: the same words over a
 * working link, or with no link at all (a printed "see our website" is the policy's words, not a lost link).
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, run } from "../fixtures/structure/documents.js";
import { pdfWithLink } from "../helpers/pdf-with-link.js";

const lines = [
  "Coaches hold an in-date DBS check and a safeguarding certificate before they run a session.",
  "Training times and the junior squad's kit list: see our website.",
];

describe("empty-link: a PDF link to a bare scheme under words naming a website", () => {
  it("is reported", async () => {
    for (const url of ["http://", "https://"]) {
      const document = await pdfWithLink(lines, { words: "see our website", url });
      expect(found(run(emptyLink, document), document), url).toEqual(["see our website"]);
    }
    const page = ["Juniors' results are posted after each race: visit the squad's web page."];
    const document = await pdfWithLink(page, { words: "visit the squad's web page", url: "http://" });
    expect(found(run(emptyLink, document), document)).toEqual(["visit the squad's web page"]);
  });

  it("near misses: the words over a working link, or with no link at all", async () => {
    const working = await pdfWithLink(lines, {
      words: "see our website",
      url: "https://example.org/juniors",
    });
    expect(working.outline.links.map((l) => [l.text, l.url])).toEqual([
      ["see our website", "https://example.org/juniors"],
    ]);
    expect(run(emptyLink, working)).toEqual([]);
    const printed = await pdfWithLink(lines);
    expect(run(emptyLink, printed)).toEqual([]);
  });
});
