/**
 * From the tenth held-out set (issue 11), in our own words; every name is invented.
 * A Markdown contents list between HTML comments ("<!-- toc -->" … "<!-- tocstop -->", as contents generators
 * write it), or with a comment among its entries, is still the contents list: comments are not part of the policy,
 * so the list is checked against the headings as Word's copy is (an entry "Early help" where section 5 is about
 * something else is reported in both).
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { findContents } from "../../src/audit/text/headings.js";
import { splitLines } from "../../src/audit/text/lines.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const BODY = [
  "## 1. Why we have this policy",
  "",
  "Larchfield Scouts keeps every young member safe at meetings, camps and trips.",
  "",
  "## 2. Who to tell",
  "",
  "Group Safeguarding Lead: Orla Penhaligon (07700 900377).",
  "",
  "## 3. Camps and nights away",
  "",
  "Every camp has two leaders with a current DBS check.",
  "",
  "## 4. Photographs",
  "",
  "We never publish a young person's full name beside their photograph.",
  "",
].join("\n");

function withContents(entries: string[]): string {
  return ["# Larchfield Scouts — Safeguarding Policy", "", "**Contents**", "", ...entries, "", BODY].join(
    "\n",
  );
}

const entriesOf = (text: string) => findContents(splitLines(text))?.entries.map((e) => [e.number, e.title]);
const found = (text: string) => excerpts(checkText(contentsMismatch, text, { asOf }), text);

describe("a Markdown contents list with HTML comments", () => {
  it("is read between a contents generator's markers", () => {
    const text = withContents([
      "<!-- toc -->",
      "1. Why we have this policy ........ 1",
      "2. Who to tell ........ 1",
      "3. Camps and nights away ........ 2",
      "4. Photographs ........ 2",
      "<!-- tocstop -->",
    ]);
    expect(entriesOf(text)).toEqual([
      ["1", "Why we have this policy"],
      ["2", "Who to tell"],
      ["3", "Camps and nights away"],
      ["4", "Photographs"],
    ]);
    expect(found(text)).toEqual([]);
  });

  it("reports an entry that disagrees with its heading, with a comment before it or among the entries", () => {
    const renamed = ["2. Who to tell", "3. Residential trips", "4. Photographs"];
    expect(found(withContents(["<!-- toc -->", "1. Why we have this policy", ...renamed]))).toEqual([
      "3. Residential trips",
    ]);
    expect(
      found(
        withContents([
          "1. Why we have this policy",
          "<!-- the next entries were updated in 2025 -->",
          ...renamed,
        ]),
      ),
    ).toEqual(["3. Residential trips"]);
  });

  it("is not made of what a comment holds", () => {
    const text = withContents([
      "<!--",
      "9. Old section that was deleted ........ 7",
      "-->",
      "1. Why we have this policy",
      "2. Who to tell",
      "3. Camps and nights away",
      "4. Photographs",
    ]);
    expect(entriesOf(text)).toEqual([
      ["1", "Why we have this policy"],
      ["2", "Who to tell"],
      ["3", "Camps and nights away"],
      ["4", "Photographs"],
    ]);
    expect(found(text)).toEqual([]);
  });

  it("compares the numbers Markdown shows: an ordered list counts on from its first item", () => {
    // Typed "5. Photographs" shows as 4 in a list that starts at 1; read now, the list is no longer hidden.
    const typed = [
      "1. Why we have this policy",
      "2. Who to tell",
      "3. Camps and nights away",
      "5. Photographs",
    ];
    expect(found(withContents(["<!-- toc -->", ...typed, "<!-- tocstop -->"]))).toEqual([]);
    // A stray bullet ends the list: the next one shows its own first number, here a wrong one, and counts on.
    expect(
      found(
        withContents([
          "<!-- toc -->",
          "1. Why we have this policy",
          "2. Who to tell",
          "",
          "-",
          "",
          "4. Camps and nights away",
          "5. Photographs",
        ]),
      ),
    ).toEqual(["4. Camps and nights away", "5. Photographs"]);
  });
});
