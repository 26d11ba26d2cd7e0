/**
 * Review dates as schools and small charities write them (issue 11, the ninth held-out set, in our own words;
 * every name is invented; as of 2 December 2026):
 * - a half-term is a date: "Spring 1 2025", "Autumn 2 2026", "Summer half-term 2027" run to the end of that
 *   half-term (autumn 1 late October, autumn 2 December, spring 1 February, spring 2 Easter, summer 1 late May,
 *   summer 2 July); the first halves end before their terms do;
 * - a placeholder in the sentence before a review line ("Approved on [DATE]. Next review: …") does not empty the
 *   review line's own date;
 * - a web page's line of fields separated by middle dots ("Charity name (a long description) · approved by the
 *   committee on 4th of May, 2026 · we review it every year") dates the policy, however long the first field.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../src/audit/text/dates.js";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-02";
const findings = (text: string) => reviewFindings(text, asOf);

function read(text: string): Array<[string, string]> {
  return findDates(text, 0, { allowYear: true, shortMonthYear: true }).map((d) => [d.text, d.date.last]);
}

describe("half-terms as dates", () => {
  it("counts a first half-term to its own end, and a second to its term's end", () => {
    expect(read("Autumn 1 2026")).toEqual([["Autumn 1 2026", "2026-10-31"]]);
    expect(read("Autumn 2 2026")).toEqual([["Autumn 2 2026", "2026-12-31"]]);
    expect(read("Spring 1 2028")).toEqual([["Spring 1 2028", "2028-02-29"]]);
    expect(read("Spring 2 2027")).toEqual([["Spring 2 2027", "2027-04-30"]]);
    expect(read("Summer 1 2027")).toEqual([["Summer 1 2027", "2027-05-31"]]);
    expect(read("Summer Term 1 2027")).toEqual([["Summer Term 1 2027", "2027-05-31"]]);
    expect(read("Summer 2 2027")).toEqual([["Summer 2 2027", "2027-07-31"]]);
  });

  it("reads 'Spring half-term 2027' as the end of the spring term's first half", () => {
    expect(read("Spring half-term 2027")).toEqual([["Spring half-term 2027", "2027-02-28"]]);
    expect(read("autumn half term, 2026")).toEqual([["autumn half term, 2026", "2026-10-31"]]);
    expect(read("Summer half-term 2027")).toEqual([["Summer half-term 2027", "2027-05-31"]]);
  });

  it("keeps a whole term and a term of an academic year as before", () => {
    expect(read("Spring Term 2027")).toEqual([["Spring Term 2027", "2027-04-30"]]);
    expect(read("Spring 1 2026/27")).toEqual([["Spring 1 2026/27", "2027-02-28"]]);
    expect(read("Autumn 1 2026/27")).toEqual([["Autumn 1 2026/27", "2026-10-31"]]);
  });

  it("reads no half-term where the number is something else", () => {
    expect(read("spring 12 2026")).toEqual([]);
    expect(read("in spring 1 child in 2026 was referred").map(([t]) => t)).not.toContain("spring 1 2026");
  });
});

describe("a review line after a placeholder in the sentence before", () => {
  it("reads the half-term as the next review and reports it overdue", () => {
    const text = [
      "# Glenavy Cross Primary School – Safeguarding Policy",
      "",
      "Adopted by the Board of Governors on [insert date]. Next review: Autumn 1 2026 (the first half-term), or earlier if the guidance changes.",
      "",
      "## 1. Purpose",
      "",
      "Every child at Glenavy Cross has the right to be safe.",
    ].join("\n");
    const found = findings(text);
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain("Autumn 1 2026");
  });

  it("warns when a half-term review falls in the coming weeks", () => {
    const text = "# Policy\n\nSigned by the chair on ____. Review due: Autumn 2 2026.\n";
    expect(findings(text).map((f) => f.rule)).toEqual(["review-due-soon"]);
  });

  it("is quiet when the half-term is months ahead", () => {
    const text = "# Policy\n\nRatified on [DATE]. Next review: Summer 1 2027.\n";
    expect(findings(text)).toEqual([]);
  });

  it("reads the review after a placeholder in the field before it on the same line", () => {
    for (const line of [
      "Approved by governors: [DATE] · Next review: January 2027",
      "Approved: [DATE] | Next review: January 2027",
      "Date ratified: [insert date]     Next review: January 2027",
      "Approved: [DATE]; next review: January 2027",
    ])
      expect(
        findings(`# Policy\n\n${line}\n`).map((f) => f.rule),
        line,
      ).toEqual(["review-due-soon"]);
  });

  it("still refuses a placeholder in the review line's own sentence", () => {
    const text = "# Policy\n\nNext review [insert month] 2025.\n";
    expect(findings(text).map((f) => f.rule)).toEqual(["review-date-missing"]);
  });
});

/** Hard-wrapped at 72 columns, as pandoc writes a web page's Markdown. */
function wrap(paragraph: string, width = 72): string {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join("\n");
}

describe("a web page's line of fields", () => {
  const page = (line: string) =>
    [
      "[Home](https://example.org/) · [About us](https://example.org/about)",
      "",
      "# Safeguarding Policy",
      "",
      line,
      "",
      "## 1. Why we have this policy",
      "",
      wrap(
        "We run sailing and paddling clubs for young people aged 11 to 18 on the three lochs, with a winter programme of boat repair in the shed at the pier. Every instructor and volunteer is a member of the PVG scheme before they start, and is trained in child protection when they join and every three years after that. Parents are welcome on the pontoon at the start and the end of every session.",
      ),
    ].join("\n");

  it("dates the policy from an approval after a middle dot, wrapped over lines", () => {
    const text = page(
      wrap(
        "Ardnashee Community Sailing Club CIO (Charitable Incorporated Organisation registered in Scotland) · adopted by the trustees on 4th of May, 2026 · we review this policy every year, and next before the summer",
      ),
    );
    expect(text).toContain("4th of\nMay, 2026");
    expect(findings(text)).toEqual([]);
  });

  it("reports it overdue a year after that approval", () => {
    const text = page(
      "Ardnashee Community Sailing Club CIO (Charitable Incorporated Organisation registered in Scotland) · approved by the trustees on 4th of May, 2025 · reviewed every year",
    );
    const found = findings(text);
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain("approved 4 May 2025 and reviewed every year, so due 4 May 2026");
  });

  it("does not date the policy from prose that only mentions an approval", () => {
    const text = page(
      "The sailing programme for young people across the three lochs, with its boats and instructors, and the new pontoon approved by the council on 4th of May, 2025. We review this policy every year.",
    );
    expect(findings(text).map((f) => f.rule)).toEqual(["review-date-missing"]);
  });
});
