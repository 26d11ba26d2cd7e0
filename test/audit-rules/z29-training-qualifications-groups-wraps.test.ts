/**
 * Three things a training record holds that are not a safeguarding course of their own: a qualification in
 * another subject (a sport's coach or leader award, a trade's diploma or NVQ, or a row whose note says it is not
 * safeguarding training); a table row that is a rule for a list of groups ("Drivers, cooks and cleaners (all) |
 * … | at induction | every 3 years"); and the second line of a list entry a PDF page's edge broke before the date
 * left to fill in ("… Safeguarding Children" / "Partnership – date"). From the twenty-ninth to thirty-second
 * held-out sets (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function listPolicy(
  courses: string[],
  current = "Safeguarding and Protecting Children – 14 March 2026",
): string {
  return [
    "# Brackenmoor Juniors — Safeguarding Policy",
    "",
    "Our Welfare Officer is Mrs Odile Farrant (01632 960 218).",
    "",
    "## Training",
    "",
    "**Odile Farrant**",
    "",
    `· ${current}`,
    ...courses.map((c) => `· ${c}`),
    "",
    "## Contacts",
    "",
    "Police: 999.",
    "",
  ].join("\n");
}

function tablePolicy(rows: string[]): string {
  return [
    "# Tinsley Street Florist Workshop — Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Mr Piers Okonedo.",
    "",
    "## Training record",
    "",
    "| Name | Role | Course | Completed | Notes |",
    "| --- | --- | --- | --- | --- |",
    "| Piers Okonedo | Owner, DSL | Designated Safeguarding Lead (Level 3) | 03/03/2026 | |",
    ...rows,
    "",
  ].join("\n");
}

describe("a qualification in another subject under a person's name", () => {
  it("is neither stale nor undated: a coach's or leader's award, a diploma, an NVQ", () => {
    for (const course of [
      "England Hockey Level 2 coach – 2018",
      "Climbing Wall Instructor award – June 2019",
      "Paddlesport Leader Level 3 – 2020",
      "NVQ Level 3 in Catering – 2017",
      "Level 3 Diploma in Floristry",
    ]) {
      const text = listPolicy([course]);
      expect(checkText(trainingStale, text, { asOf }), course).toEqual([]);
      expect(checkText(trainingUndated, text, { asOf }), course).toEqual([]);
    }
  });

  it("is not reported in a table when its note says it is not safeguarding training", () => {
    for (const row of [
      "| Marta Vella | Senior Florist | Wedding design masterclass (trainer) | 2019 | (not a safeguarding course) |",
      "| Marta Vella | Senior Florist | Shop-floor mentoring certificate | | not part of our safeguarding training |",
    ]) {
      const text = tablePolicy([row]);
      expect(checkText(trainingStale, text, { asOf }), row).toEqual([]);
      expect(checkText(trainingUndated, text, { asOf }), row).toEqual([]);
    }
  });

  it("still reports a lapsed safeguarding course for coaches or leaders, and an undated row with no such note", () => {
    const listed = listPolicy(
      ["England Hockey Level 2 coach – 2018"],
      "Safeguarding for coaches (Level 2) – 2018",
    );
    const stale = checkText(trainingStale, listed, { asOf });
    expect(stale).toHaveLength(1);
    expect(excerpts(stale, listed).join(" ")).toMatch(/coaches/);
    const table = tablePolicy(["| Marta Vella | Senior Florist | Safeguarding awareness (online) | | |"]);
    const undated = checkText(trainingUndated, table, { asOf });
    expect(undated).toHaveLength(1);
    expect(excerpts(undated, table).join(" ")).toMatch(/Marta Vella/);
  });
});

describe("a table row that is a rule for a list of groups", () => {
  it("is not an undated record when the groups are marked (all)", () => {
    for (const row of [
      "| Drivers, cooks and cleaners (all) | Support staff | Safeguarding awareness | at induction | every 3 years |",
      "| Coaches, umpires & team managers (all) | Volunteers | Safeguarding basics | on appointment | every 2 years |",
    ]) {
      expect(checkText(trainingUndated, tablePolicy([row]), { asOf }), row).toEqual([]);
    }
  });

  it("still reports a person's undated row beside it", () => {
    const text = tablePolicy([
      "| Drivers, cooks and cleaners (all) | Support staff | Safeguarding awareness | at induction | every 3 years |",
      "| Ines Carvalho | Driver | Safeguarding awareness | | |",
    ]);
    const found = checkText(trainingUndated, text, { asOf });
    expect(found).toHaveLength(1);
    expect(excerpts(found, text).join(" ")).toMatch(/Ines Carvalho/);
  });
});

describe("a list entry broken before the date left to fill in (PDF)", () => {
  function pdfPolicy(entries: string[]): string {
    return [
      "Wrenfield Discovery Centre – Safeguarding Policy",
      "Designated Safeguarding Lead: Miss Harriet Lomax",
      "5. Training",
      "Miss Harriet Lomax",
      ...entries,
      "Safeguarding Awareness (all staff) – 9 February 2026, expires February 2029",
      "6. Contacts",
      "Police: 999",
    ].join("\n");
  }

  it("is one undated course, not a second course named by the broken line", () => {
    for (const entries of [
      ["● Designated Safeguarding Lead (Level 3), Wrenfield Safeguarding Children", "Partnership – date"],
      ["• Child Protection Awareness and Responding to Concerns (Wrenfield", "Council) – date"],
    ]) {
      const text = pdfPolicy(entries);
      const found = checkText(trainingUndated, text, { asOf, format: "pdf" });
      expect(found, entries.join(" / ")).toHaveLength(1);
      // The record runs from the course's first words to the date left to fill in on the next line.
      expect(excerpts(found, text).join(" "), entries.join(" / ")).toMatch(
        /^(?:Designated|Child).*\n.*– date$/,
      );
    }
  });

  it("still reports two undated courses when the second line is an entry of its own", () => {
    const text = pdfPolicy([
      "● Designated Safeguarding Lead (Level 3), Wrenfield Safeguarding Children Partnership – date",
      "● Prevent awareness – date",
    ]);
    expect(checkText(trainingUndated, text, { asOf, format: "pdf" })).toHaveLength(2);
  });
});
