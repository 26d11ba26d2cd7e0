/**
 * From the fourteenth held-out set (issue 11), in our own words; every name is invented.
 * A web page written in pandoc-style Markdown gives its headings ids in braces ("## Contents {#contents}",
 * "## 3. Trips {#trips .unnumbered}"). The braces are not part of the title a reader sees: the contents list is
 * still found under such a heading, and its entries are checked against the headings' words — a linked entry
 * whose words another heading has taken ("3. Day trips" over the heading "3. Leaving the site") is reported, as
 * in the same page's Word copy.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function page(contentsHeading: string, entries: string[], thirdHeading: string): string {
  return [
    "# Oakhurst Youth Theatre — keeping young people safe {#top}",
    "",
    contentsHeading,
    "",
    ...entries,
    "",
    "## 1. Why we have this page {#why}",
    "",
    "Oakhurst Youth Theatre keeps every young member safe at rehearsals and shows.",
    "",
    "## 2. Who to tell {#who}",
    "",
    "Our Designated Safeguarding Lead is Imani Castellane (07700 900641).",
    "",
    thirdHeading,
    "",
    "Two leaders go on every trip, and parents sign a consent form.",
    "",
    "## 4. Photographs {#photos}",
    "",
    "We never publish a member's full name beside their photograph.",
    "",
  ].join("\n");
}

const LINKED = [
  "- [1. Why we have this page](#why)",
  "- [2. Who to tell](#who)",
  "- [3. Day trips](#trips)",
  "- [4. Photographs](#photos)",
];

const found = (text: string) => excerpts(checkText(contentsMismatch, text, { asOf }), text);

describe("headings with pandoc ids in braces", () => {
  it("report a contents entry whose section now has another title", () => {
    expect(found(page("## Contents {#contents}", LINKED, "## 3. Leaving the site {#trips}"))).toEqual([
      "- [3. Day trips](#trips)",
    ]);
    expect(
      found(page("## Contents {#contents .unnumbered}", LINKED, "## 3. Leaving the site {#trips}")),
    ).toEqual(["- [3. Day trips](#trips)"]);
  });

  it("report nothing when every entry has its heading", () => {
    expect(found(page("## Contents {#contents}", LINKED, "## 3. Day trips {#trips}"))).toEqual([]);
    expect(found(page("## Contents", LINKED, "## 3. Day trips {#trips .unnumbered}"))).toEqual([]);
  });
});
