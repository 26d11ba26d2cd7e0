/**
 * Review dates in the shapes real policies take (test/fixtures/review/, written in our own words): labels and
 * dates in table cells, school terms, "by … at the latest", a label broken over PDF lines, a footer repeated on
 * every page, history tables, last-review and approval dates with a review interval, placeholders and numbers
 * that are not dates. Each fixture lists exactly what the three review rules report (as of 1 December 2026).
 * `.md` files are read as Markdown; `.txt` files as PDF text and as plain text.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ReportDescriptor, SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { reviewSchedule } from "../../src/audit/text/review.js";
import { checkText, toDocument } from "../helpers/audit-context.js";
import { growth } from "../helpers/growth.js";

const asOf = "2026-12-01";
const RULES = [reviewDateMissing, reviewOverdue, reviewDueSoon];

interface Expected {
  rule: string;
  /** Words the finding's excerpt contains. */
  excerpt: string;
  /** Words its message contains. */
  message?: string;
}

const FIXTURES: Record<string, Expected[]> = {
  "cell-label.md": [
    { rule: "review-overdue", excerpt: "4th May 2019", message: "due for review by 4 May 2019" },
  ],
  "cell-label.txt": [
    { rule: "review-overdue", excerpt: "4th May 2019", message: "due for review by 4 May 2019" },
  ],
  "term.md": [
    { rule: "review-overdue", excerpt: "Summer Term 2022", message: "Summer Term 2022 (31 July 2022)" },
  ],
  "term.txt": [
    { rule: "review-overdue", excerpt: "Summer Term 2022", message: "Summer Term 2022 (31 July 2022)" },
  ],
  "at-the-latest.md": [
    { rule: "review-overdue", excerpt: "October 2023", message: "by the end of October 2023" },
  ],
  "no-later-than.md": [],
  "broken-label.txt": [{ rule: "review-overdue", excerpt: "June 2023", message: "the end of June 2023" }],
  "footer-repeats.txt": [{ rule: "review-overdue", excerpt: "April 2022", message: "the end of April 2022" }],
  "footer-disagrees.md": [],
  "history-table.md": [],
  "history-lines.md": [],
  // A column of past reviews, no next date and no interval: the date is missing, the past rows are not overdue.
  "history-only.md": [{ rule: "review-date-missing", excerpt: "Review date" }],
  // Reviewed after the date in an old footer, with no interval to count from: nothing to measure, nothing missing.
  "stale-footer.md": [],
  "last-reviewed-annual.md": [
    {
      rule: "review-overdue",
      excerpt: "Reviewed: Sept 24",
      message: "last reviewed September 2024 and reviewed every year, so due the end of September 2025",
    },
  ],
  "last-and-next.md": [
    { rule: "review-overdue", excerpt: "Next review: Sept 24", message: "September 2024" },
  ],
  "signed-form.md": [
    {
      rule: "review-overdue",
      excerpt: "14/02/2024",
      message: "signed 14 February 2024 and reviewed every year, so due 14 February 2025",
    },
  ],
  "signed-form.txt": [
    {
      rule: "review-overdue",
      excerpt: "14/02/2024",
      message: "signed 14 February 2024 and reviewed every year, so due 14 February 2025",
    },
  ],
  "adopted-first-then.md": [
    {
      rule: "review-overdue",
      excerpt: "Adopted 2024-03-18",
      message: "adopted 18 March 2024 and first reviewed a year after adoption, so due 18 March 2025",
    },
  ],
  // PDF text: the title runs into the adoption line once line breaks are joined.
  "adopted-pdf.txt": [
    {
      rule: "review-overdue",
      excerpt: "Adopted 2023-05-02",
      message: "adopted 2 May 2023 and first reviewed a year after adoption, so due 2 May 2024",
    },
  ],
  "review-cycle-cell.md": [
    {
      rule: "review-overdue",
      excerpt: "5 March 2024",
      message: "approved 5 March 2024 and reviewed every year, so due 5 March 2025",
    },
  ],
  "short-label.md": [
    { rule: "review-overdue", excerpt: "Review: Oct '24", message: "the end of October 2024" },
  ],
  "date-of-review.md": [{ rule: "review-overdue", excerpt: "01.03.2026", message: "1 March 2026" }],
  // A hard-wrapped paragraph (a page converted by pandoc): the date runs onto the next line.
  "wrapped.md": [{ rule: "review-overdue", excerpt: "2026", message: "the end of April 2026" }],
  // "Reviewed: annually …" then "Last reviewed …" mid-line: due 2 October 2026, so overdue.
  "last-reviewed-sentence.md": [
    {
      rule: "review-overdue",
      excerpt: "Last reviewed 2nd Oct 2025",
      message: "last reviewed 2 October 2025 and reviewed every year, so due 2 October 2026",
    },
  ],
  // A review table printed to PDF: the header's last column is the next review; each row's latest date is its next.
  "review-table.txt": [],
  "review-table-overdue.txt": [{ rule: "review-overdue", excerpt: "19.09.24", message: "19 September 2024" }],
  // A version history's latest date, and the review frequency in a cell.
  "document-control.md": [
    {
      rule: "review-overdue",
      excerpt: "09/02/2024",
      message: "dated 9 February 2024 and reviewed every year, so due 9 February 2025",
    },
  ],
  "date-and-cycle.md": [
    {
      rule: "review-overdue",
      excerpt: "Date: 20/06/2023",
      message: "dated 20 June 2023 and reviewed every two years, so due 20 June 2025",
    },
  ],
  "last-updated.md": [
    {
      rule: "review-overdue",
      excerpt: "Last updated: Jan 2025",
      message: "last updated January 2025 and reviewed every year, so due the end of January 2026",
    },
  ],
  // A training table's "Date" column does not date the policy.
  "training-table-dates.md": [{ rule: "review-date-missing", excerpt: "annually" }],
  // A Word footer, read at the end of the text: "… · Version 4 · Reviewed March 2024".
  "footer-version.md": [
    {
      rule: "review-overdue",
      excerpt: "Reviewed March 2024",
      message: "last reviewed March 2024 and reviewed every year, so due the end of March 2025",
    },
  ],
  "academic-year.md": [{ rule: "review-overdue", excerpt: "2025/26", message: "(31 August 2026)" }],
  "agreed-soon.md": [
    {
      rule: "review-due-soon",
      excerpt: "10 January 2026",
      message: "agreed 10 January 2026 and reviewed every year, so due 10 January 2027, 40 days away",
    },
  ],
  "placeholder-date.md": [{ rule: "review-date-missing", excerpt: "will be reviewed" }],
  // An interval that is about training, not the policy, gives no due date.
  "training-interval.md": [{ rule: "review-date-missing", excerpt: "Safeguarding Policy" }],
  "rule-only.md": [{ rule: "review-date-missing", excerpt: "will be reviewed" }],
  "not-dates.md": [{ rule: "review-date-missing", excerpt: "will be reviewed" }],
  "day-first.md": [{ rule: "review-overdue", excerpt: "03/11/2026", message: "3 November 2026" }],
};

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/review/${name}`, import.meta.url), "utf8");
}

function findings(
  text: string,
  format: SourceDocument["format"],
): Array<ReportDescriptor & { rule: string }> {
  return RULES.flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f) => ({ ...f, rule: rule.meta.id })),
  );
}

describe("review dates in real-world shapes", () => {
  for (const [name, expected] of Object.entries(FIXTURES)) {
    const formats: Array<SourceDocument["format"]> = name.endsWith(".txt") ? ["pdf", "txt"] : ["md"];
    for (const format of formats) {
      it(`${name} as ${format}`, () => {
        const found = findings(fixture(name), format);
        expect(
          found.map((f) => f.rule),
          found.map((f) => `${f.rule}: ${f.excerpt} — ${f.message}`).join("\n"),
        ).toEqual(expected.map((e) => e.rule));
        for (const [i, e] of expected.entries()) {
          expect(found[i].excerpt).toContain(e.excerpt);
          if (e.message) expect(found[i].message).toContain(e.message);
        }
      });
    }
  }
});

/** A twenty-page policy: prose with phone numbers, statutes and training dates, and a review footer on every page. */
function longPolicy(): string {
  const page = (n: number) =>
    [
      `## ${n}. Part ${n} of our procedures`,
      "",
      "Every adult who works or volunteers with us reads this part and asks the DSL when anything is unclear. ".repeat(
        4,
      ),
      "",
      "Section 47 of the Children Act 1989 lets children's social care make enquiries; section 11 of the Children Act 2004 sets our duties.",
      "",
      `Call the duty team on 01632 960 ${String(100 + n).padStart(3, "0")} or the police on 101; in an emergency call 999.`,
      "",
      `- Hannah Okoro — designated lead training, ${1 + (n % 27)} March 2025`,
      "- Refresher for all staff: September 2024",
      "",
      "We record what we see and hear, sign and date it, and pass it on the same day. ".repeat(14),
      "",
      `Child Protection Policy (version 4.2) — Next review: September 2027 — Page ${n} of 20`,
      "",
    ].join("\n");
  return Array.from({ length: 20 }, (_, i) => page(i + 1)).join("\n");
}

describe("review dates in a long policy", () => {
  it("are found in time in step with the policy's length (chrono runs only near labels and on lines with digits)", () => {
    const text = longPolicy();
    expect(reviewSchedule(toDocument(text)).due?.date).toBe("2027-09-30");
    // Ten times the policy (its twenty pages repeated) takes about ten times as long, not a hundred.
    const documents = new Map([1, 10].map((n) => [n, toDocument(Array(n).fill(text).join("\n"))]));
    expect(growth((n) => reviewSchedule(documents.get(n) as SourceDocument), 1, 10)).toBeLessThan(40);
  });
});

describe("review dates in a hostile one-line file", () => {
  it("take time in proportion to the labels, not labels × line length", () => {
    // Reading the whole line at every label grew with labels × line length (25 seconds at this size): ten times
    // the labels took a hundred times as long. Now about ten.
    const line = (n: number) =>
      toDocument(
        [
          "Reviewed 2020. ".repeat(n),
          "Approved by the board. ".repeat(n),
          "This policy is reviewed annually. ".repeat(n),
          `| ${"Reviewed | 2020 | ".repeat(n)}`,
        ].join(" "),
        "txt",
      );
    const documents = new Map([400, 4000].map((n) => [n, line(n)]));
    expect(growth((n) => reviewSchedule(documents.get(n) as SourceDocument), 400, 4000)).toBeLessThan(40);
  });
});
