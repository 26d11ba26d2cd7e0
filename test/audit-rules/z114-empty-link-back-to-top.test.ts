/**
 * empty-link (held-out set zz114), in our own words; every name is invented. A policy copied from a website keeps the
 * page's "Back to top" links under each part, linked to "#": in a web page "#" is the top of the page, so the link
 * works and is the page's furniture, like a skip link — not a broken link. A real link to "#" ("Download our
 * incident form") is still reported, and so is a "top" link that names a place in the policy.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const page = (line: string) =>
  [
    "# Brackenfold Climbing Wall – Safeguarding",
    "",
    "## Reporting a worry",
    "",
    "Tell the Welfare Officer the same day.",
    "",
    line,
    "",
    "## Photographs",
    "",
    "We never post a junior's full name with a photograph.",
    "",
  ].join("\n");

describe("empty-link: a website's back-to-top link to '#'", () => {
  it("leaves the page's back-to-top links alone", () => {
    for (const line of [
      "[Back to top ↑](#)",
      "[↑ Back to the top](#)",
      "[Return to top of page](#)",
      "[Top of page](#top)",
      "[^ Top](#)",
    ])
      expect(run(emptyLink, markdownDocument(page(line))), line).toEqual([]);
  });
  it("still reports a real link to '#' and a 'top' link that names the policy's own part", () => {
    for (const line of ["[Download our incident form](#)", "[Back to top of the reporting form](#)"]) {
      const found = run(emptyLink, markdownDocument(page(line)));
      expect(found.length, line).toBe(1);
      expect(found[0].message, line).toMatch(/does not go anywhere/);
    }
  });
});
