/**
 * training-stale and training-undated (issue 11, the sixty-second held-out set, in our own words; every name is
 * invented; as of 1 December 2026). A course in an assessment tool or framework — a youth justice service's
 * "AssetPlus assessment training", "Risk assessment training" — is training in another subject, not safeguarding
 * training: an old date or none is not reported. A course that names safeguarding, child protection, a designated
 * lead, Prevent or early help (the early help assessment is part of safeguarding children) as well still is.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(rows: string[]): string {
  return [
    "# Fenwater Youth Justice Service — Safeguarding Policy",
    "",
    "## 2. Who is responsible",
    "",
    "| Who | Name | Telephone |",
    "| --- | --- | --- |",
    "| Designated Safeguarding Lead | Alun Petrie | 01632 960 611 |",
    "| Deputy Designated Safeguarding Lead | Bryony Castell | 01632 960 612 |",
    "",
    "## 8. Training",
    "",
    "| Name | Role | Course | Completed |",
    "| --- | --- | --- | --- |",
    "| Alun Petrie | Head of Service | Designated Safeguarding Lead training | 10/02/2026 |",
    "| Bryony Castell | Operational Manager | Designated Safeguarding Lead training | 03/11/2025 |",
    ...rows,
    "",
  ].join("\n");
}

describe("a course in an assessment tool or framework", () => {
  it("is not safeguarding training: an old date is not stale", () => {
    for (const course of [
      "AssetPlus assessment training",
      "Risk assessment training",
      "Speech and language assessment framework training",
    ]) {
      const text = policy([`| Joel Marram | Case Manager | ${course} | March 2021 |`]);
      expect(checkText(stale, text, { asOf, format: "md" })).toEqual([]);
    }
  });

  it("is not safeguarding training: no date is not undated", () => {
    const text = policy(["| Joel Marram | Case Manager | AssetPlus assessment training | |"]);
    expect(checkText(undated, text, { asOf, format: "md" })).toEqual([]);
  });

  it("still is when it names safeguarding, child protection, a designated lead, Prevent or early help", () => {
    for (const course of [
      "Safeguarding risk assessment training",
      "Child protection assessment training",
      "Prevent risk assessment training",
      "Early Help Assessment tool course",
      "Graded Care Profile 2 neglect assessment tool training",
      "DASH risk assessment training",
      "Signs of Safety assessment framework training",
      "Neglect assessment training",
      "Harmful sexual behaviour assessment training",
    ]) {
      const text = policy([`| Joel Marram | Case Manager | ${course} | March 2021 |`]);
      expect(checkText(stale, text, { asOf, format: "md" }).map((f) => f.message)).toEqual([
        expect.stringMatching(/^Joel Marram's .* is March 2021 — it lapsed/),
      ]);
    }
  });
});
