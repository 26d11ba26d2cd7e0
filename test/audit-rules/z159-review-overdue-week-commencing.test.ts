/**
 * review-overdue (session 49, held-out cricket club policy), in our own words; every name is invented. As of 1
 * December 2026.
 * A policy gives its adoption twice: precisely at the top ("Adopted by the General Committee: w/c 14 October 2024
 * (committee meeting at the pavilion)", or "week commencing …", or a plain day) and loosely in its review section
 * ("The committee adopted this version in October 2024"). Both are the one adoption: the review is counted from the
 * precise date (the week or the day inside the month), and the finding points at it — not at the month, whose end
 * is a later date only because it is less precise. Either order in the document.
 * Stays as it is: the season rule ("reviewed before the start of each season") still reads as every year; two
 * adoptions in different months count from the later one; a last review in the month of a precise approval is a
 * different event and still counts to the month's end.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (top: string, review: string) =>
  [
    "# Ashgrove Lane Cricket Club — Junior Safeguarding Policy",
    "",
    top,
    "This policy is reviewed before the start of each season.",
    "",
    "## 1. Who to talk to",
    "",
    "Club Safeguarding Officer: Mrs Nerys Quill (07700 900 611)",
    "Deputy Club Safeguarding Officer: Mr Bram Oakes-Tilley (07700 900 612)",
    "",
    "## 8. Review",
    "",
    review,
    "",
  ].join("\n");
const overdue = (top: string, review: string) =>
  reviewFindings(policy(top, review), asOf)
    .filter((f) => f.rule === "review-overdue")
    .map((f) => f.message);

const MONTH = "The General Committee adopted this version in October 2024 (see above).";

describe("a precise adoption date and the same adoption's month", () => {
  for (const [top, review, due] of [
    [
      "Adopted by the General Committee: w/c 14 October 2024 (committee meeting held at the pavilion)",
      MONTH,
      "the end of the week commencing 14 October 2025",
    ],
    [
      "Adopted by the General Committee: week commencing 14 October 2024",
      MONTH,
      "the end of the week commencing 14 October 2025",
    ],
    ["Adopted by the General Committee: 14 October 2024", MONTH, "14 October 2025"],
    ["Date adopted: 14/10/2024", MONTH, "14 October 2025"],
    [
      "Adopted by the General Committee: October 2024",
      "The General Committee adopted this version at its meeting on 14 October 2024.",
      "14 October 2025",
    ],
  ])
    it(`counts from the precise date: ${top} / ${review}`, () => {
      const found = overdue(top, review);
      expect(found).toHaveLength(1);
      expect(found[0]).toContain(`so due ${due}`);
      expect(found[0]).toContain('("each season")');
    });

  it("points at the precise date", () => {
    const text = policy(
      "Adopted by the General Committee: w/c 14 October 2024 (committee meeting held at the pavilion)",
      MONTH,
    );
    const found = reviewFindings(text, asOf).filter((f) => f.rule === "review-overdue");
    expect(found).toHaveLength(1);
    const at = text.indexOf("w/c 14 October 2024");
    expect(found[0].offset).toBeLessThanOrEqual(at);
    expect(found[0].endOffset).toBeGreaterThan(at);
  });
});

describe("stays as it is", () => {
  it("a month-only adoption with the season rule: due at the month's end a year on", () => {
    const found = overdue("Adopted by the General Committee: October 2024", "Nothing else to add.");
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("so due the end of October 2025");
  });

  it("two adoptions in different months count from the later", () => {
    const found = overdue("Adopted by the General Committee: 14 March 2024", MONTH);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("so due the end of October 2025");
  });

  it("a last review in the month of a precise approval counts to the month's end", () => {
    const found = overdue(
      "Approved by the General Committee: 3 October 2024",
      "Last reviewed: October 2024.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("so due the end of October 2025");
  });
});
