/**
 * Review dates (held-out set zz109, in our own words; every name is invented; as of 1 December 2026):
 * - "Next Scottish review: 03/10/2027": a word for the nation or part of the policy the review is of (UK, Scottish,
 *   national, annex, supplement), between "Next" and "review", still labels the policy's next review — not "Next DBS
 *   review:", a check's, nor "Next site review:", "Next board review:" (a premises' or a body's own review);
 * - a question-and-answer sheet: "Q: When was this leaflet last checked?" answered "A: The committee last went
 *   through every answer on …" dates the sheet's last review;
 * - a PDF's tracked change read as its deleted date glued to the inserted one ("14.02.202609.01.2027"): a careful
 *   reader reads the inserted (second) date only.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
/** The review rules' findings, [rule id, excerpt], on Markdown or on a PDF's text. */
const findings = (text: string, format: "md" | "pdf" = "md") =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f) => [rule.meta.id, text.slice(f.offset, f.endOffset)]),
  );
const ids = (text: string, format: "md" | "pdf" = "md") => findings(text, format).map(([id]) => id);

const title =
  "# Kittiwake Coding Club – Safeguarding Policy\n\nWe run coding sessions for children aged 8 to 14.\n\n";

describe("a next review label with a word for the part or place it covers", () => {
  it("reads the date after it", () => {
    expect(
      findings(
        `${title}**C4. Review.** The Scottish annex was last reviewed by the Scotland Panel on 03/10/2026. Next Scottish review: 03/10/2027, or sooner if the law changes.\n`,
      ),
    ).toEqual([]);
    expect(findings(`${title}Next UK review: 10 January 2027\n`)).toEqual([
      ["review-due-soon", "Next UK review: 10 January 2027"],
    ]);
    expect(findings(`${title}Next annex review: 10 January 2026\n`)).toEqual([
      ["review-overdue", "Next annex review: 10 January 2026"],
    ]);
  });
  it("near misses: another thing's review", () => {
    expect(ids(`${title}Next DBS review: 10 January 2027\n`)).toEqual(["review-date-missing"]);
    expect(ids(`${title}Next case review: 10 January 2027\n`)).toEqual(["review-date-missing"]);
    // A premises' or a body's own review: "Next site review:" under the venue's risk assessment.
    for (const what of ["site", "board", "local", "branch", "group"])
      expect(
        ids(
          `${title}The hall's risk assessment was done by the caretaker. Next ${what} review: 1 May 2026.\n`,
        ),
        what,
      ).toEqual(["review-date-missing"]);
  });
});

describe("a question-and-answer sheet's answer to when it was last checked", () => {
  it("dates the last review", () => {
    const text = `${title}**Q: Who leads on safeguarding?**\nA: Our lead is Priya Castellane.\n\n**Q: When was this leaflet last checked?**\nA: The Parish Committee last went through every answer on 12 September 2025. It does so each year, at its September meeting.\n`;
    expect(ids(text)).toEqual(["review-overdue"]);
    expect(findings(text)[0][1]).toContain("12 September 2025");
  });
  it("near misses: a question about something else", () => {
    const text = `${title}**Q: When was the first aid kit last checked?**\nA: The leaders last went through the kit on 12 September 2025.\n`;
    expect(ids(text)).toEqual(["review-date-missing"]);
  });
});

describe("a PDF's tracked change read as two dates glued together", () => {
  it("reads the inserted (second) date", () => {
    const text = `Kittiwake Coding Club – Safeguarding Policy\nOwner: AB | Approved: CD, 14.02.202511.02.2026 | Next review:\n14.02.202609.01.2027\n1. Scope\nThis policy covers all our sessions.\n`;
    expect(findings(text, "pdf")).toEqual([["review-due-soon", "09.01.2027"]]);
    expect(findings(`${title}Next review: 01.03.202610.01.2027\n`)).toEqual([
      ["review-due-soon", "Next review: 01.03.202610.01.2027"],
    ]);
  });
});
