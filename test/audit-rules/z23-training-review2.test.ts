/**
 * Review 2 of the training readers (issue 11):
 * - a Markdown table's one-word name under a row named by title and first name is a person of their own; only a
 *   PDF's table is cut by a page break;
 * - a title and a first name ("Sister Grace") are a lead with that first name only when the titles agree;
 * - "Pan", "Herr" after a title and a name word are a surname, not a title.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { nameAt } from "../../src/audit/text/people.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a Markdown table's row under a row named by title and first name", () => {
  const text = (last: string) =>
    [
      "# Bramble Lane Pre-school — Safeguarding",
      "",
      "Designated Safeguarding Lead: Mrs Oona Trevelyan",
      "",
      "## Training",
      "",
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Mrs Oona Trevelyan | Level 3 DSL | 10/04/2026 |",
      "| Miss Priya | Paediatric first aid and safeguarding | 10/04/2025 |",
      last,
      "",
    ].join("\n");

  it("is a person of their own, whose undated course is reported", () => {
    const found = checkText(trainingUndated, text("| Dorota | Paediatric first aid and safeguarding | |"), {
      asOf,
    });
    expect(found.map((f) => f.message).join(" ")).toContain("Dorota");
  });

  it("says nothing when that person's course is dated (near miss)", () => {
    expect(
      checkText(trainingUndated, text("| Dorota | Paediatric first aid and safeguarding | 10/04/2025 |"), {
        asOf,
      }),
    ).toEqual([]);
  });
});

describe("a title and a first name, a lead with that first name and another title", () => {
  const text = (sentence: string) =>
    [
      "# Holy Cross Parish Toddlers — Safeguarding",
      "",
      "Designated Safeguarding Lead: Mrs Bernadette Quayle",
      "Deputy DSL: Mr Fintan Roe",
      "",
      "## Training",
      "",
      "Mrs Bernadette Quayle completed Level 3 DSL training on 02/06/2026. Mr Fintan Roe completed Level 3 DSL training on 02/06/2026.",
      "",
      sentence,
      "",
    ].join("\n");

  it("is someone else, not the lead", () => {
    for (const sentence of [
      "Sister Bernadette attended the diocesan safeguarding course in April 2018.",
      "Brother Fintan completed Level 1 in 2018.",
      "Father Fintan completed Level 1 in 2018.",
    ]) {
      const found = checkText(trainingStale, text(sentence), { asOf });
      expect(found.map((f) => f.message).join(" "), sentence).not.toMatch(/Quayle|Roe/);
    }
  });

  it("is the lead when the title agrees or no title is written (near miss)", () => {
    for (const [sentence, who] of [
      ["Mrs Bernadette attended the diocesan safeguarding course in April 2018.", "Quayle"],
      ["Mr Fintan completed Level 1 in 2018.", "Roe"],
      ["Bernadette attended the diocesan safeguarding course in April 2018.", "Quayle"],
    ]) {
      const found = checkText(trainingStale, text(sentence), { asOf });
      expect(found.map((f) => f.message).join(" "), sentence).toContain(who);
    }
  });
});

describe("a surname that is a title in another language, after a title and a name word", () => {
  const text = (lead: string) =>
    [
      "# Willow Nursery — Safeguarding",
      "",
      `Designated Safeguarding Lead: ${lead}`,
      "",
      "## Training",
      "",
      `${lead} completed Level 3 DSL training on 12/05/2026.`,
      "",
      `${lead} completed Prevent training on 03/03/2019.`,
      "",
    ].join("\n");

  it("is the surname, kept in the lead's name", () => {
    for (const lead of ["Mrs Mei Pan", "Mr Jonas Herr", "Ms Ada Frau"]) {
      const found = checkText(trainingStale, text(lead), { asOf });
      expect(found.map((f) => f.message).join(" "), lead).toContain(`${lead}'s`);
    }
  });

  it("is still a title at a name's start, and a title a name word follows starts the next person (near miss)", () => {
    expect(nameAt("Pani Ewa Nowak completed the course")?.name).toBe("Pani Ewa Nowak");
    expect(nameAt("Herr Jonas Vogel, Deputy DSL")?.name).toBe("Herr Jonas Vogel");
    expect(nameAt("Mrs Mei Pan completed Prevent training")?.name).toBe("Mrs Mei Pan");
    expect(nameAt("Mrs Mei Mr Jonas Vogel")?.name).toBe("Mrs Mei");
  });
});

describe("a group's row with a past date under a completion column", () => {
  const text = (header: string, row: string) =>
    [
      "# Orchard Green Nursery — Safeguarding",
      "",
      "Designated Safeguarding Lead: Mrs Rhian Tolley",
      "",
      "## Training",
      "",
      "Mrs Rhian Tolley completed Level 3 DSL training on 02/06/2026.",
      "",
      header,
      "| --- | --- | --- |",
      row,
      "",
    ].join("\n");

  it("is the group's record, reported when stale", () => {
    for (const row of [
      "| All staff | Safeguarding Level 1 | 11/02/2018 |",
      "| Pre-school staff | Prevent | 01/2017 |",
    ]) {
      const found = checkText(trainingStale, text("| Who | Course | Completed |", row), { asOf });
      expect(found, row).toHaveLength(1);
    }
  });

  it("is a rule when the date is a renewal's or a time that comes round again (near miss)", () => {
    expect(
      checkText(
        trainingStale,
        text("| Who | Course | Renewal due |", "| All staff | Safeguarding Level 1 | 09/2027 |"),
        {
          asOf,
        },
      ),
    ).toEqual([]);
    expect(
      checkText(
        trainingUndated,
        text("| Who | Course | Completed |", "| All staff | Safeguarding Level 1 | each September |"),
        {
          asOf,
        },
      ),
    ).toEqual([]);
  });
});

describe("a group's row that names a person too", () => {
  const text = (row: string) =>
    [
      "# Orchard Green Nursery — Safeguarding",
      "",
      "Designated Safeguarding Lead: Mrs Rhian Tolley",
      "",
      "## Training",
      "",
      "| Name | Role | Course | Completed |",
      "| --- | --- | --- | --- |",
      "| Mrs Rhian Tolley | DSL | Level 3 DSL | 02/06/2026 |",
      row,
      "",
    ].join("\n");

  it("is that person's undated record", () => {
    const found = checkText(
      trainingUndated,
      text("| All staff including Wanjiru Kamau | Practitioner | Level 1 | |"),
      {
        asOf,
      },
    );
    expect(found).toHaveLength(1);
  });

  it("is a rule when the cell names only groups (near miss)", () => {
    expect(
      checkText(trainingUndated, text("| All staff including Apprentices | Practitioner | Level 1 | |"), {
        asOf,
      }),
    ).toEqual([]);
  });
});
