/**
 * A box of the policy's dates whose cells name the meeting before the date: "Adopted | Next review" over "Committee
 * meeting, 4 Ebrill / April 2026 | Committee meeting, Ebrill / April 2027" — in a bilingual Welsh policy, the month
 * in Welsh and then in English. A date that ends its cell is the cell's date, however many words of the occasion
 * come first. A PDF prints the box's headings on one line and each cell wrapped over short lines below them: the
 * lines are read on until there is a date for each heading, so the next review is the second date, not the adoption.
 * From the thirty-eighth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (box: string[], format: SourceDocument["format"] = "md") =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, policy(box), { asOf, format }).map(() => rule.meta.id),
  );

const policy = (box: string[]) =>
  [
    "# Clwb Gwyddbwyll Aberdyfnant / Aberdyfnant Chess Club",
    "",
    ...box,
    "",
    "## 1. Cyflwyniad / Introduction",
    "",
    "The junior section meets every Tuesday evening in the town library.",
    "",
  ].join("\n");

const table = (adopted: string, next: string) => [
  "| Mabwysiadwyd / Adopted | Adolygiad nesaf / Next review |",
  "| --- | --- |",
  `| ${adopted} | ${next} |`,
];

describe("a date at the end of a box's cell", () => {
  it("after the meeting's name and a month in Welsh", () => {
    expect(
      findings(
        table(
          "Cyfarfod y Pwyllgor / Committee meeting, 4 Ebrill / April 2026",
          "Cyfarfod y Pwyllgor / Committee meeting, Ebrill / April 2027",
        ),
      ),
    ).toEqual([]);
  });

  it("after the meeting's name in English", () => {
    expect(findings(table("Trustees' meeting, 4 April 2026", "Annual general meeting, April 2027"))).toEqual(
      [],
    );
  });

  it("a date long past at the end of the next-review cell is overdue", () => {
    expect(findings(table("Trustees' meeting, 4 April 2024", "Annual general meeting, April 2025"))).toEqual([
      "review-overdue",
    ]);
  });

  it("near miss: a cell that gives another event's date is no next review", () => {
    expect(findings(table("4 April 2024", "To be set; last reviewed at the meeting of April 2025"))).toEqual([
      "review-date-missing",
    ]);
  });
});

describe("a PDF's box whose cells wrap over short lines", () => {
  const box = (adopted: string[], next: string[]) => [
    "Mabwysiadwyd / Adopted Adolygiad nesaf / Next review",
    ...adopted,
    ...next,
  ];

  it("pairs the headings with the dates in order", () => {
    expect(
      findings(
        box(
          ["Cyfarfod y Pwyllgor / Committee meeting,", "4 Ebrill / April 2026"],
          ["Cyfarfod y Pwyllgor / Committee meeting,", "Ebrill / April 2027"],
        ),
        "pdf",
      ),
    ).toEqual([]);
  });

  it("in English", () => {
    expect(
      findings(box(["Trustees' meeting,", "4 April 2026"], ["Annual general meeting,", "April 2027"]), "pdf"),
    ).toEqual([]);
  });

  it("near miss: a past next review in the second cell is still overdue", () => {
    expect(
      findings(box(["Trustees' meeting,", "4 April 2024"], ["Annual general meeting,", "April 2025"]), "pdf"),
    ).toEqual(["review-overdue"]);
  });
});
