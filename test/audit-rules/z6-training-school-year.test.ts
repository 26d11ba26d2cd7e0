/**
 * A course dated by the school or academic year it was done in, written with an en dash ("2022–23") as Word
 * writes it, as well as a hyphen or a slash: in a table's date cell, in a PDF's flattened table row, in a list
 * entry followed by a booking. A careful reader dates it to the end of that year (31 August), so it is not
 * undated; a year in an expiry or "next due" column is not when the course was done. From the sixth held-out set
 * (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { findSchoolYears } from "../../src/audit/text/dates.js";
import { trainingDates } from "../../src/audit/text/training.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("findSchoolYears", () => {
  it("reads a school year with an en dash, a hyphen or a slash as 1 September to 31 August", () => {
    for (const text of ["2022–23", "2022-23", "2022/23", "2022 – 2023", "2022—23"]) {
      const [found] = findSchoolYears(`Course ${text} done`, 10);
      expect(found?.text).toBe(text);
      expect(found?.offset).toBe(17);
      expect(found?.date).toEqual({ first: "2022-09-01", last: "2023-08-31", precision: "term" });
    }
  });

  it("leaves alone ranges that are not one school year, and years that belong to a title", () => {
    for (const text of ["2019–2021", "2023–22", "KCSIE 2023–24", "Children Act 1989-90", "01632 2023-24"])
      expect(findSchoolYears(text, 0)).toEqual([]);
  });
});

describe("trainingDates: a day-first date before a month-and-two-digit-year ('14/11/2023 Nov-25')", () => {
  it("keeps the day, not a date run across the two", () => {
    expect(trainingDates("14/11/2023 Nov-25", 0).map((d) => d.text)).toEqual(["14/11/2023", "Nov-25"]);
    expect(
      trainingDates("(Fenwick SCP) 02/03/2024 Mar-26 Ms Lowe", 5).map((d) => [d.text, d.offset]),
    ).toEqual([
      ["02/03/2024", 19],
      ["Mar-26", 30],
    ]);
  });
});

describe("a training table's date cell holding a school year", () => {
  const table = (rows: string[]) =>
    [
      "# Kestrel Lane Rugby Club — Safeguarding Policy",
      "",
      "| Name | Role | Phone |",
      "| --- | --- | --- |",
      "| Morag Pellow | Club Welfare Officer | 07700 900311 |",
      "| Dylan Achterberg | Deputy Club Welfare Officer | 07700 900312 |",
      "",
      "## Training",
      "",
      ...rows,
      "",
    ].join("\n");

  it("is dated to the end of that year: not undated, and stale once that date is too old", () => {
    const text = table([
      "| Name | Course | Date |",
      "| --- | --- | --- |",
      "| Morag Pellow | RFU Safeguarding – welfare officer course | 2024–25 |",
      "| Dylan Achterberg | Level 3 designated lead | 2022–23 |",
      "| Hattie Rusk | Safeguarding and protecting children (coaches) | 2023/24 |",
    ]);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    const stale = checkText(trainingStale, text, { asOf });
    expect(excerpts(stale, text)).toEqual(["| Dylan Achterberg | Level 3 designated lead | 2022–23 |"]);
    expect(stale[0].message).toBe(
      "Dylan Achterberg's most recent Level 3 designated lead training is in the school year 2022–23 (to 31 August 2023) — it lapsed on 31 August 2025 (it is valid for 2 years); book a refresher and record the new date",
    );
  });

  it("takes the completed column's year, not the expiry column's", () => {
    const text = table([
      "| Name | Role | Course | Completed | Expires |",
      "| --- | --- | --- | --- | --- |",
      "| Morag Pellow | Welfare Officer | RFU welfare officer course | 2025–26 | 2027–28 |",
      "| Dylan Achterberg | Deputy | Level 3 designated lead | 2023–24 | 2025–26 |",
    ]);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale.map((f) => f.actual)).toEqual(["2023–24"]);
    expect(stale[0].message).toContain("Dylan Achterberg");
  });

  it("a cell with only an expiry year is still undated", () => {
    const text = table([
      "| Name | Course | Completed | Next due |",
      "| --- | --- | --- | --- |",
      "| Morag Pellow | RFU welfare officer course | 12/05/2025 | 2027–28 |",
      "| Dylan Achterberg | Level 3 designated lead | | 2026–27 |",
    ]);
    expect(excerpts(checkText(trainingUndated, text, { asOf }), text)).toEqual([
      "| Dylan Achterberg | Level 3 designated lead | | 2026–27 |",
    ]);
  });
});

describe("a PDF's flattened training table whose rows end in school years", () => {
  const text = [
    "Fenwick Grove Academy Safeguarding Policy",
    "Designated Safeguarding Lead: Ms Anwen Lowe, Assistant Principal",
    "Deputy Designated Safeguarding Lead: Mr Idris Calloway, Head of Year 11",
    "8. Training",
    "Name Role Course Completed Renewal due",
    "Ms Anwen",
    "Lowe",
    "DSL Designated",
    "Safeguarding",
    "Lead training",
    "(Fenwick SCP)",
    "02/03/2024 Mar-26",
    "Mr Idris",
    "Calloway",
    "Deputy DSL Level 3",
    "Designated",
    "Safeguarding",
    "Lead",
    "2022–23 2024–25",
    "Mr Wilf",
    "Ansty",
    "Safeguarding",
    "Governor",
    "Safeguarding",
    "for governors",
    "Spring 2025 Spring 2028",
    "9. Review",
    "This policy is reviewed every year.",
    "",
  ].join("\n");

  it("reads each row's completion, not its renewal: both leads are out of date, nobody is undated", () => {
    expect(checkText(trainingUndated, text, { asOf, format: "pdf" })).toEqual([]);
    const stale = checkText(trainingStale, text, { asOf, format: "pdf" });
    expect(stale.map((f) => f.actual)).toEqual(["02/03/2024", "2022–23"]);
    expect(stale[0].message).toMatch(
      /^Ms Anwen Lowe's most recent .* is dated 2 March 2024 — it lapsed on 2 March 2026/,
    );
    expect(stale[1].message).toMatch(/^Mr Idris Calloway's most recent .* is in the school year 2022–23/);
  });
});

describe("a list entry dated by a school year, then a booking", () => {
  const text = (entry: string) =>
    [
      "# Tarnbrook Students' Association — Safeguarding Policy",
      "",
      "Our safeguarding lead is Kofi Brandt, Head of Student Voice (01632 960811).",
      "",
      "## Training",
      "",
      entry,
      "- Lena Marsh-Oyelaran – Safeguarding adults and children, Level 2, 14/03/2025",
      "",
    ].join("\n");

  it("is a record of that year, the booking no completion date", () => {
    for (const entry of [
      "- Kofi Brandt – designated lead refresher, 2022–23; next course booked for 3 February 2027",
      "- Kofi Brandt – designated lead refresher (2022–23), refresher booked",
      "- Kofi Brandt – designated lead refresher 2022-23",
    ]) {
      const policy = text(entry);
      expect(checkText(trainingUndated, policy, { asOf })).toEqual([]);
      const stale = checkText(trainingStale, policy, { asOf });
      expect(stale).toHaveLength(1);
      expect(stale[0].message).toMatch(
        /^Kofi Brandt's most recent designated lead refresher is in the school year 2022/,
      );
    }
  });

  it("reads the same from a PDF whose line broke before the booking's date", () => {
    const policy = [
      "Tarnbrook Students' Association Safeguarding Policy",
      "Our safeguarding lead is Kofi Brandt, Head of Student Voice (01632 960811).",
      "Training",
      "Kofi Brandt – designated lead refresher, 2022–23; next course booked for",
      "3 February 2027",
      "Lena Marsh-Oyelaran – Safeguarding adults and children, Level 2, 14/03/2025",
      "",
    ].join("\n");
    expect(checkText(trainingUndated, policy, { asOf, format: "pdf" })).toEqual([]);
    expect(checkText(trainingStale, policy, { asOf, format: "pdf" }).map((f) => f.actual)).toEqual([
      "2022–23",
    ]);
  });

  it("a plan for a year is not a record", () => {
    // Alone under the heading, so that nobody's later course could hide it.
    const policy = text("- Safeguarding training plan 2021–22; whole-staff update in September").replace(
      /- Lena.*\n/,
      "",
    );
    expect(checkText(trainingStale, policy, { asOf })).toEqual([]);
    expect(checkText(trainingUndated, policy, { asOf })).toEqual([]);
  });
});
