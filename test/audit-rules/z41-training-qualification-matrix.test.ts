/**
 * training-stale / training-undated (issue 11, held-out sets zz42 and zz43), in our own words; every name is
 * invented. As of 3 December 2026.
 * - A training table's row for a professional or activity qualification ("Registered Dance Teacher status", "Award
 *   in Horse Care", "Boat Handling certificate") is not safeguarding training: no finding for its old or year-only
 *   date. Near miss: "Safeguarding Level 2 | 2014 | –" stays a record (stale, by its year alone or a full date).
 * - A training matrix of ticks ("✓ 12/03/2022"), a cell that adds when the course falls due again ("✓ Mar. 2022
 *   (refresher due Mar. 2024)"), a group's row in words, a bilingual name header and letters after a name: the
 *   person's dated course is still read. Near miss: a recent tick-dated course stays silent.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

const courseTable = (course: string, done: string, who = "Mr Oswin Tregear") =>
  [
    "# Harbourside Youth Sailing — Safeguarding Policy",
    "",
    "Welfare Officer: Mrs Coralie Danvers",
    "",
    "| Name | Course | Completed | Refresher due |",
    "| --- | --- | --- | --- |",
    "| Mrs Coralie Danvers | Safeguarding and Protecting Children | 14/05/2025 | 05/2028 |",
    "| Mr Oswin Tregear | Safeguarding awareness | 02/09/2025 | 09/2028 |",
    `| ${who} | ${course} | ${done} | – |`,
    "",
  ].join("\n");

const found = (text: string) => [
  ...checkText(stale, text, { asOf }).map((f) => f.message),
  ...checkText(undated, text, { asOf }).map((f) => f.message),
];

describe("a qualification in a training table", () => {
  it("is not safeguarding training, dated or by its year alone", () => {
    for (const course of [
      "Registered Dance Teacher status",
      "RYA Award in Powerboat Handling",
      "Boat Handling certificate",
    ]) {
      expect([course, ...found(courseTable(course, "2012"))]).toEqual([course]);
      expect([course, ...found(courseTable(course, "18/11/2018"))]).toEqual([course]);
    }
  });

  it("near miss: a safeguarding course in the same row keeps its finding", () => {
    // A year alone in the date cell counts to its end (held-out set zz57): lapsed, not undated.
    expect(found(courseTable("Safeguarding Level 2", "2012", "Ms Lowenna Pascoe"))).toEqual([
      expect.stringContaining("is 2012 — it lapsed at the end of 2015"),
    ]);
    expect(found(courseTable("Safeguarding Level 2", "18/11/2018", "Ms Lowenna Pascoe"))).toEqual([
      expect.stringContaining("lapsed"),
    ]);
  });
});

const matrix = (nameHeader: string, deputyCell: string, leadName: string) =>
  [
    "# Brynhyfryd Youth Hockey — Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Mrs Anwen Collard-Pryce",
    "",
    "Deputy Designated Safeguarding Lead: Mr Bleddyn Orrell",
    "",
    `| ${nameHeader} | Designated lead (Level 3) | Safeguarding awareness | Prevent | First aid |`,
    "| --- | --- | --- | --- | --- |",
    `| ${leadName} | ✓ 11/04/2025 | ✓ 2025 | ✓ Mar. 2025 | ✓ 06/2024 |`,
    `| Mr B. Orrell | ${deputyCell} | ✓ 10/2025 | ✓ Mar. 2025 | – |`,
    "| All coaches | – | ✓ every 3 years, at induction | – | – |",
    "",
  ].join("\n");

describe("a training matrix of ticks", () => {
  it("reads a deputy's old course, with a tick, a due date after it, a bilingual header, letters after a name", () => {
    for (const [header, cell, lead] of [
      ["Name", "✓ 09/11/2022", "Mrs A. Collard-Pryce"],
      ["Enw / Name", "✓ Mar. 2022 (refresher due Mar. 2024)", "Mrs A. Collard-Pryce MCSP"],
      ["Name", "✓ 14/02/2022", "Mrs A. Collard-Pryce BSc NPQH"],
    ]) {
      const text = matrix(header, cell, lead);
      expect([cell, ...checkText(stale, text, { asOf }).map((f) => f.message)]).toEqual([
        cell,
        expect.stringContaining("Orrell"),
      ]);
      expect([cell, ...checkText(missing, text, { asOf }).map((f) => f.message)]).toEqual([cell]);
    }
  });

  it("near miss: a recent tick-dated course stays silent", () => {
    const text = matrix("Name", "✓ 09/11/2025", "Mrs A. Collard-Pryce");
    expect(checkText(stale, text, { asOf })).toEqual([]);
  });
});
