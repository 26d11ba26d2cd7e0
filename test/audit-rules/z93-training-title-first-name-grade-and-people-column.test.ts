/**
 * Training read from the held-out set zz93, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * - A deputy named in full ("Our deputy is Rabbi Dov Feld"), whose course a later sentence gives under a title and
 *   first name in the possessive: "Rabbi Dov's refresher course was on 3 May 2023." — his record, not a deputy with
 *   none; and "Our second deputy is Mr Ivo Brandt" names a second deputy, who has none.
 * - A nursing grade before a name ("Deputies: Staff Nurse K. Adeyemi and …"): a rank, not the name, and the grade
 *   is not the course on the training line ("- Staff Nurse K. Adeyemi – Level 3 … – May 2024").
 * - A training table whose people's column is headed with their job ("| Instructor | Safeguarding course | Date |").
 * - A PDF's sentence "Our deputy, Name, completed the … Designated Officer" / "training in 09/2024." broken over lines.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkDocument, checkText, namesFor, pdfOfParagraphs, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function chapel(deputyTraining: string): string {
  return [
    "# Safeguarding at Brookvale Chapel Youth Fellowship",
    "",
    "## Who leads on safeguarding?",
    "",
    "Our Safeguarding Lead is Mrs Hana Brook (07700 900111).",
    "",
    "If Hana is away, contact our deputy, Rabbi Dov Feld (07700 900112). Our second deputy is Mr Ivo Brandt (07700 900113), who comes on residentials.",
    "",
    "## What training have they done?",
    "",
    `Hana completed her Designated Safeguarding Lead course with the county partnership in October 2025 and goes to the yearly briefing. ${deputyTraining} All helpers complete awareness training before they start.`,
    "",
  ].join("\n");
}

describe("a deputy's course under a title and first name in the possessive", () => {
  it("is the deputy's record: stale after three years, and not missing", () => {
    const text = chapel("Rabbi Dov's refresher course was on 3 May 2023.");
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Rabbi Dov Feld's most recent refresher course is dated 3 May 2023/);
    const missing = checkText(trainingMissing, text, { asOf }).map((f) => f.message);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/none for Mr Ivo Brandt \(deputy/);
  });

  it("near misses: another title is someone else, and a course still to come is no record", () => {
    const other = analyse(toDocument(chapel("Father Dov's refresher course was on 3 May 2023."))).training;
    expect(other.some((t) => t.leadName === "Rabbi Dov Feld")).toBe(false);
    const rule = chapel("Rabbi Dov's refresher course will be on 3 May 2027.");
    expect(checkText(trainingStale, rule, { asOf })).toEqual([]);
  });
});

function ward(deputies: string): string {
  return [
    "# Paediatric Outreach Team – Safeguarding Procedure",
    "",
    "## 2. Who to contact",
    "",
    "Team Safeguarding Lead: Sister Nia Gwynne, Team Leader",
    deputies,
    "",
    "## 3. Training",
    "",
    "- Sister Nia Gwynne – Level 3 Safeguarding Children – 14/10/2025",
    "- Staff Nurse K. Adeyemi – Level 3 Safeguarding Children – May 2024",
    "",
  ].join("\n");
}

describe("a nursing grade before a deputy's initial and surname", () => {
  it("names the deputy, whose lead-level course has lapsed", () => {
    const text = ward("Deputies: Staff Nurse K. Adeyemi and Ms Lowri Haf, Ward Manager");
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(
      /^K\. Adeyemi's most recent Level 3 Safeguarding Children training is May 2024 — it lapsed at the end of May 2026/,
    );
  });

  it("near miss: a grade before no name is no rank, and its words no name", () => {
    const names = namesFor(ward("Deputy: Staff Nurse Training"), "md", "deputy");
    expect(names.filter((n) => /Training|Nurse/.test(n))).toEqual([]);
  });
});

function centre(rows: string[]): string {
  return [
    "# Glenbrack Activity Centre – Safeguarding Policy",
    "",
    "Designated Officer: Ms Roisin Keane, Centre Manager",
    "",
    "## Training",
    "",
    "| Instructor | Safeguarding course | Date | Other qualifications |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

describe("a training table's people's column headed with their job", () => {
  it("gives each row its person: a year alone lapses at the year's end", () => {
    const stale = checkText(
      trainingStale,
      centre([
        "| Fintan Mallory | Safeguarding Awareness | 2021 | Kayak Coach (2015) |",
        "| Aisling Roe | Safeguarding Awareness | 12/03/2025 | Mountain Leader (2018) |",
      ]),
      { asOf },
    );
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Fintan Mallory's most recent Safeguarding Awareness training is 2021/);
  });

  it("near miss: a group in the column is no person", () => {
    const records = analyse(
      toDocument(centre(["| All instructors | Safeguarding Awareness | 2021 | — |"])),
    ).training;
    expect(records.every((r) => r.leadName === undefined)).toBe(true);
  });
});

describe("a PDF's sentence naming the deputy between commas, broken before its date", () => {
  it("is the deputy's whole lead course", () => {
    const document = pdfOfParagraphs([
      "2. Who to contact",
      ["Deputy", "Tadhg Ó Ceallaigh, Senior Instructor"],
      "3. Training",
      [
        "Our deputy, Tadhg Ó Ceallaigh, completed the county's Designated Officer",
        "training in 08/2024. Instructors complete awareness training at induction.",
      ],
    ]);
    const stale = checkDocument(trainingStale, document, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(
      /^Tadhg Ó Ceallaigh's most recent county's Designated Officer training is August 2024 — it lapsed at the end of August 2026/,
    );
  });
});
