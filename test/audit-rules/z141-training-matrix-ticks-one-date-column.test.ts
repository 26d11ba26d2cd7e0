/**
 * training-stale and training-undated (held-out set zz141), in our own words; every name is invented; as of 1 December
 * 2026. A pre-school's training matrix ticks each course done and gives one "Date" column for the row: "| Name | Role
 * | Level 1 | Level 2 | Designated lead | Date |" over "| Marisol Fenby | Manager / DSP | ✓ | ✓ | ✓ | 07/2024 |".
 * The date is the row's most recent course, the last one ticked: the manager's designated lead course of July 2024
 * lapsed at the end of July 2026 (two years). A row whose ticks say courses were done and whose Date cell is empty is
 * an undated record. Near misses: a current date; a row with no ticks and no date (nobody's record); the earlier
 * ticks of a dated row are not undated records.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (manager: string, room: string) =>
  markdownDocument(
    [
      "# Little Acorns Pre-school – Safeguarding Policy",
      "",
      "## 1. Roles",
      "",
      "Our **Designated Safeguarding Practitioner** is the Manager, Mrs Marisol Fenby. The Deputy Manager, Mr Caspian Rudd, deputises when she is away.",
      "",
      "## 2. Training",
      "",
      "All staff complete Level 1 at induction and Level 2 within six months, renewed every three years. The DSP and deputy complete the designated lead course every two years.",
      "",
      "| Name | Role | Level 1 | Level 2 | Designated lead | Date |",
      "|---|---|---|---|---|---|",
      `| Marisol Fenby | Manager / DSP | ✓ | ✓ | ✓ | ${manager} |`,
      "| Caspian Rudd | Deputy Manager | ✓ | ✓ | ✓ | 03/2026 |",
      `| Yusra Penhale | Room leader | ${room} |`,
      "| Tilly Marchetti | Practitioner | ✓ | ✓ |  | 05/2025 |",
      "| Orrin Gale | Apprentice |  |  |  |  |",
      "",
      "The Date column gives the date of the most recent course ticked.",
      "",
    ].join("\n"),
  );

describe("a training matrix of ticks with one Date column", () => {
  it("reports the manager's designated lead course of 07/2024 as lapsed", () => {
    const reported = run(trainingStale, policy("07/2024", "✓ | ✓ |  | 10/2025"));
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toMatch(/Marisol Fenby's most recent .*July 2024/);
  });
  it("reports a ticked row whose Date cell is empty as undated", () => {
    const reported = run(trainingUndated, policy("10/2025", "✓ | ✓ |  | "));
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toMatch(/Yusra Penhale/);
  });
  it("stays quiet when every date is current and every ticked row dated (near miss)", () => {
    const text = policy("10/2025", "✓ | ✓ |  | 10/2025");
    expect(run(trainingStale, text)).toEqual([]);
    expect(run(trainingUndated, text)).toEqual([]);
  });
});
