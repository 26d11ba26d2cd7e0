/**
 * training-stale and training-missing (issue 11, held-out set zz108), in our own words; every name is invented. As
 * of 1 December 2026. A training matrix with a row per course and a column per person, each person's header their
 * name and their role in brackets ("| Course | Dafydd Rees (Club Welfare Officer) | Marta Kowal (Deputy Welfare
 * Officer) | …"). Each cell is its column's person's record of its row's course: the welfare officer's lapsed
 * designated course is his, the deputy's "expired" cell is hers (stale), a blank cell or "n/a" is no record, and a
 * row for a licence is no course. The row is never read as one record dated by its first cell. Near miss: the same
 * matrix all current says nothing.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(leadCourse: string, deputyCourse: string): string {
  return [
    "# Tarnbridge Rowing Club — Junior Safeguarding Policy",
    "",
    "## 2. Welfare Officer and deputy",
    "",
    "Club Welfare Officer: Dafydd Rees",
    "07700 900 301",
    "",
    "Deputy Welfare Officer: Marta Kowal",
    "07700 900 302",
    "",
    "## 6. Training matrix",
    "",
    "Dates are when each course was completed.",
    "",
    "| Course | Dafydd Rees (Club Welfare Officer) | Marta Kowal (Deputy Welfare Officer) | Cai Brennock (Junior Coach) | Joan Pratt (Treasurer) |",
    "| --- | --- | --- | --- | --- |",
    "| Safeguarding and Protecting Children | 10/05/2025 | 03/03/2025 | 12/09/2024 |  |",
    `| Welfare Officer course (designated lead) | ${leadCourse} | ${deputyCourse} | n/a | n/a |`,
    "| First Aid at Work | 04/2023 | 10/2025 | 05/2024 | n/a |",
    "| Coxing licence (national body) | 02/2026 | 02/2026 | 02/2026 | 02/2026 |",
    "",
  ].join("\n");
}

const run = (rule: typeof stale, text: string, format: "md" | "docx" = "md") =>
  checkText(rule, text, { asOf, format }).map((f) => f.message);

describe("a matrix with people as columns, each headed with a name and a bracketed role", () => {
  it("reports each lead's own lapsed designated course, by column", () => {
    for (const format of ["md", "docx"] as const) {
      const messages = run(stale, policy("15/10/2024", "expired"), format);
      expect(messages, format).toHaveLength(2);
      // Each person as named, without the column's bracketed role.
      expect(
        messages.find((m) => m.startsWith("Dafydd Rees's")),
        format,
      ).toContain("15 October 2024");
      expect(
        messages.find((m) => m.startsWith("Marta Kowal's")),
        format,
      ).toContain('"expired"');
    }
  });

  it("credits both leads with training (no training-missing)", () => {
    expect(run(missing, policy("15/10/2024", "expired"))).toEqual([]);
  });

  it("near miss: the same matrix all current says nothing", () => {
    expect(run(stale, policy("15/01/2025", "20/02/2025"))).toEqual([]);
    expect(run(missing, policy("15/01/2025", "20/02/2025"))).toEqual([]);
  });
});
