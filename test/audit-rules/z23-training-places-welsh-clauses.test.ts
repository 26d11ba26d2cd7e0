/**
 * Training records and people as held-out policies write them (issue 11), in our own words; every name is invented.
 * As of 1 December 2026:
 * - a table whose "Course" column holds places (a running route, a golf course) and no dates is no training
 *   record; a table of real courses still gives training-undated when its dates are missing;
 * - bilingual role titles ("Swyddog Lles / Welfare Officer", "Oifigeach Cosanta Leanaí") are role words, never a
 *   person's name;
 * - "Ana completed … on …, and Bryn completed the same course on …": the second clause is Bryn's record;
 * - a role written "Deputy Lead(s)" with two names in its cell names both deputies, also where a PDF wrapped the
 *   cell after "and Mr".
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function placesTable(header: string, rows: string[]): string {
  return [
    "# Larkspur Trail Runners — Safeguarding Policy",
    "",
    "Welfare Officer: Mrs Delia Ormsby (01632 960 118).",
    "",
    "## Where we run",
    "",
    header,
    "| --- | --- | --- |",
    ...rows,
    "",
    "Mrs Delia Ormsby completed the Safeguarding Lead course on 3 March 2025.",
    "",
  ].join("\n");
}

describe("a 'Course' column of places", () => {
  it("is no training record when nothing in it is a course or a date", () => {
    for (const text of [
      placesTable("| Course | Course Welfare Contact | Race Director |", [
        "| Millbrook Common (north loop) | Mr Tariq Holloway | Ms Ines Garrow |",
        "| Quarry Woods | Mrs Pam Etheridge | Mr Lionel Baptiste |",
      ]),
      placesTable("| Course | Junior Organiser | Greenkeeper |", [
        "| Eastmoor Links | Mr Cyril Vantongeren | Mr Abe Lusk |",
        "| Sandpit Heath | Ms Freya Olumide | Ms Rosa Quint |",
      ]),
    ])
      expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });

  it("still reports a table of real courses whose dates are missing (near miss)", () => {
    const named = placesTable("| Name | Course | Provider |", [
      "| Mr Tariq Holloway | Safeguarding awareness | Run Wales |",
    ]);
    expect(checkText(trainingUndated, named, { asOf })).toHaveLength(1);
    const emptyDates = placesTable("| Name | Course | Completed |", [
      "| Mr Tariq Holloway | Club course | |",
    ]);
    expect(checkText(trainingUndated, emptyDates, { asOf })).toHaveLength(1);
  });
});

function bilingual(roles: string[]): string {
  return [
    "# Clwb Nofio Glanyrafon — Safeguarding Policy",
    "",
    "| Rôl / Role | Enw / Name |",
    "| --- | --- |",
    ...roles,
    "",
    "## Training",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Mrs Non Harcombe | Welfare officer course | 04/06/2025 |",
    "| Mr Ellis Bowden | Welfare officer course | 19/09/2025 |",
    "",
  ].join("\n");
}

describe("bilingual role titles", () => {
  it("are never read as a person's name", () => {
    for (const text of [
      bilingual([
        "| Swyddog Lles y Clwb / Club Welfare Officer | Mrs Non Harcombe |",
        "| Dirprwy Swyddog Lles / Deputy Welfare Officer | Mr Ellis Bowden |",
      ]),
      bilingual([
        "| Arweinydd Diogelu Dynodedig / Designated Safeguarding Lead | Mrs Non Harcombe |",
        "| Dirprwy Arweinwyr Diogelu / Deputy Safeguarding Leads | Mr Ellis Bowden |",
      ]),
      bilingual([
        "| Oifigeach Cosanta Leanaí / Designated Safeguarding Lead | Mrs Non Harcombe |",
        "| Leas-Oifigeach Cosanta / Deputy Safeguarding Lead | Mr Ellis Bowden |",
      ]),
    ])
      expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("still reports a named deputy with no training (near miss)", () => {
    const text = bilingual([
      "| Swyddog Lles y Clwb / Club Welfare Officer | Mrs Non Harcombe |",
      "| Dirprwy Swyddog Lles / Deputy Welfare Officer | Mr Gruffydd Pennant |",
    ]);
    const found = checkText(trainingMissing, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Gruffydd Pennant");
  });
});

function twoLeads(sentence: string): string {
  return [
    "# Ashgrove Chess Juniors — Safeguarding Policy",
    "",
    "Our Welfare Officer is **Mr Anselm Carrow** (07700 900 310). If Anselm is away, speak to our Deputy Welfare",
    "Officer, **Mrs Bryony Kettering** (07700 900 311).",
    "",
    "## Training",
    "",
    sentence,
    "",
  ].join("\n");
}

describe("a second clause with a person of its own", () => {
  it("is that person's record", () => {
    for (const sentence of [
      "Anselm completed the Welfare Officer course run by Ashgrove Sports and Leisure on 4 April 2025, and Bryony completed the same course on 9 October 2025.",
      "Anselm attended the Safeguarding Lead course on 4 April 2025; Bryony attended the same course on 9 October 2025.",
    ])
      expect(checkText(trainingMissing, twoLeads(sentence), { asOf }), sentence).toEqual([]);
  });

  it("still reports the deputy when the second clause is a plan, not a course done (near miss)", () => {
    const text = twoLeads(
      "Anselm completed the Welfare Officer course on 4 April 2025, and Bryony will attend it in the spring.",
    );
    const found = checkText(trainingMissing, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Bryony Kettering");
  });
});

function sites(deputies: string, trainedRows: string[]): string {
  return [
    "# Brackenfield Play Schemes — Safeguarding Policy",
    "",
    "| Site | Safeguarding Lead | Deputy Safeguarding Lead(s) |",
    "| --- | --- | --- |",
    `| Brackenfield Pavilion | Mr Otto Reyes, Play Leader | ${deputies} |`,
    "",
    "## Training",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Otto Reyes | Designated Safeguarding Lead | 14/02/2025 |",
    ...trainedRows,
    "",
  ].join("\n");
}

describe("a role written 'Lead(s)' over a cell of two names", () => {
  it("names both, and reports the one with no training", () => {
    for (const deputies of [
      "Miss Lena Coull and Mr Idris Fenn, Playworkers",
      "Miss Lena Coull & Mr Idris Fenn",
    ]) {
      const found = checkText(
        trainingMissing,
        sites(deputies, ["| Lena Coull | Designated Safeguarding Lead | 02/03/2025 |"]),
        { asOf },
      );
      expect(found, deputies).toHaveLength(1);
      expect(found[0].message).toContain("Idris Fenn");
    }
  });

  it("reads the second holder where a PDF's cell wrapped after 'and Mr'", () => {
    const text = [
      "Brackenfield Play Schemes Safeguarding Policy",
      "Safeguarding Lead: Mr Otto Reyes, Play Leader",
      "Deputy Safeguarding Lead(s): Miss Lena Coull and Mr",
      "Idris Fenn, Playworkers",
      "Training",
      "Name Course Completed",
      "Otto Reyes Designated Safeguarding Lead 14/02/2025",
      "Lena Coull Designated Safeguarding Lead 02/03/2025",
      "",
    ].join("\n");
    const found = checkText(trainingMissing, text, { asOf, format: "pdf" });
    expect(found.map((f) => f.message).join("\n")).toContain("Idris Fenn");
  });

  it("reports nobody when both are trained (near miss)", () => {
    const text = sites("Miss Lena Coull and Mr Idris Fenn, Playworkers", [
      "| Lena Coull | Designated Safeguarding Lead | 02/03/2025 |",
      "| Idris Fenn | Designated Safeguarding Lead | 05/03/2025 |",
    ]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });
});
