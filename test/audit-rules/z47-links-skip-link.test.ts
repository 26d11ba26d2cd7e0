/**
 * A policy saved from its web page keeps the page's "Skip to main content" link above everything else (issue 12,
 * the forty-seventh held-out set, in our own words; every name is invented). It points at the page's main block
 * ("#main"), an id a Word copy does not keep, or at "#" where a script handles it. Like a cookie banner's buttons
 * it is the site's furniture, not the policy's link: silent in Markdown and Word. Every other link to nowhere is
 * still reported, and so is a "skip to" link in the policy's own text below its first heading.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { markdownDocument, wordDocument } from "../fixtures/structure/documents.js";
import { checkDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (document: SourceDocument) =>
  checkDocument(emptyLink, document, { asOf }).map((f) =>
    document.text.slice(f.offset, f.endOffset).replace(/\s+/g, " "),
  );

const body = [
  "# Keeping children safe at Larchmoor Speech Therapy",
  "",
  "Our safeguarding lead is Ines Karlsson, the clinic manager.",
  "",
  "## Who to tell",
  "",
  "Tell Ines on the day, or see [who to tell](#who-to-tell).",
  "",
];

describe("empty-link: a web page's skip link at the top", () => {
  it("is silent in Markdown, whether it points at a missing id or at '#'", () => {
    for (const skip of ["[Skip to main content](#main)", "[Skip to content](#)", "[Skip navigation](#nav)"]) {
      expect(
        found(markdownDocument([skip, "", "[Home](/) | [Contact](/contact)", "", ...body].join("\n"))),
      ).toEqual([]);
    }
  });

  it("is silent in Word, where the page's main block kept no bookmark", () => {
    const html = [
      '<p><a href="#main">Skip to main content</a></p>',
      '<p><a href="https://larchmoor.example.org/">Home</a></p>',
      "<h1>Keeping children safe at Larchmoor Speech Therapy</h1>",
      "<p>Our safeguarding lead is Ines Karlsson, the clinic manager.</p>",
    ].join("\n");
    expect(found(wordDocument(html))).toEqual([]);
  });

  it("still reports the top's other links to nowhere, and a skip link in the policy's own text", () => {
    const text = [
      "[Skip to main content](#main) [Book a visit](#)",
      "",
      ...body,
      "[Skip to the phone numbers](#phone-numbers) if you need help now.",
      "",
    ].join("\n");
    expect(found(markdownDocument(text))).toEqual([
      "[Book a visit](#)",
      "[Skip to the phone numbers](#phone-numbers)",
    ]);
  });

  it("still reports them in Word", () => {
    const html = [
      '<p><a href="#main">Skip to main content</a> <a href="#book">Book a visit</a></p>',
      "<h1>Keeping children safe at Larchmoor Speech Therapy</h1>",
      '<p><a href="#phones">Skip to the phone numbers</a> if you need help now.</p>',
    ].join("\n");
    expect(found(wordDocument(html))).toEqual([
      "[Book a visit](#book)",
      "[Skip to the phone numbers](#phones)",
    ]);
  });

  it("is silent at the top of a page with no heading (bold lines for headings), and reported further down", () => {
    const text = [
      "[Skip to content](#main)",
      "",
      "**Keeping children safe**",
      "",
      `Our lead is Ines Karlsson. ${"She sees every family in the clinic's two rooms. ".repeat(6)}`,
      "",
      "[Skip to contacts](#contacts)",
      "",
    ];
    expect(found(markdownDocument(text.join("\n")))).toEqual(["[Skip to contacts](#contacts)"]);
  });
});
