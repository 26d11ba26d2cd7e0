/**
 * Review 7 (in our own words, every name invented; as of 1 December 2026): an induction is done once on joining, and
 * its date does not lapse — but only the induction alone, and only where the policy gives it no cycle. A course
 * "Induction and refresher" is renewed by its own words, and a policy saying "every volunteer repeats their induction
 * each year" gives the induction a cycle: a March 2023 record is then out of date. Near miss: a plain "Induction"
 * record in a policy that renews only its safeguarding course stays quiet.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

function layouts(course: string, cycle: string): SourceDocument[] {
  const rows = [
    ["Wilf Ashdown-Creed", "Volunteer", course, "03/2023"],
    ["Nell Ombrato", "Volunteer", course, "10/2026"],
  ];
  const lead = "Our Safeguarding Lead is Mrs Lorna Beckwith-Tay (01632 960555).";
  return [
    markdownDocument(
      [
        "# Fernhill Community Choir – Safeguarding Policy",
        "",
        lead,
        "",
        cycle,
        "",
        "## Training record",
        "",
        "| Name | Role | Course | Date |",
        "|---|---|---|---|",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Fernhill Community Choir – Safeguarding Policy</h1>",
        `<p>${lead}</p>`,
        `<p>${cycle}</p>`,
        "<h2>Training record</h2>",
        `<table><tr><td>Name</td><td>Role</td><td>Course</td><td>Date</td></tr>${rows
          .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
          .join("")}</table>`,
      ].join("\n"),
    ),
  ];
}

describe("training-stale: only an induction alone, with no cycle, is a one-off", () => {
  it("reports an old 'Induction and refresher' record, its own words naming the renewal", () => {
    for (const course of ["Induction and refresher", "Induction update", "Annual induction"])
      for (const document of layouts(course, "Every volunteer repeats this course each year."))
        expect(found(run(trainingStale, document), document), `${course} ${document.format}`).toEqual([
          expect.stringContaining("Wilf Ashdown-Creed"),
        ]);
  });

  it("reports an old induction the policy says is repeated on a cycle", () => {
    for (const cycle of [
      "All volunteers repeat their induction every year.",
      "The volunteer induction is renewed every two years.",
    ])
      for (const document of layouts("Induction", cycle))
        expect(found(run(trainingStale, document), document), `${cycle} ${document.format}`).toEqual([
          expect.stringContaining("Wilf Ashdown-Creed"),
        ]);
  });

  it("stays quiet about a plain induction where only another course is renewed", () => {
    for (const cycle of [
      "Every volunteer has an induction on joining, and renews their safeguarding course every three years.",
      "New volunteers have an induction in their first month.",
    ])
      for (const document of layouts("Induction", cycle))
        expect(found(run(trainingStale, document), document), `${cycle} ${document.format}`).toEqual([]);
  });
});
