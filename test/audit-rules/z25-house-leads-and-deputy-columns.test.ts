/**
 * Residential schools, multi-site trusts and uniformed services list a lead and a deputy for each house, school or
 * station, one row each, in a table whose columns are headed by the role ("| House | House Lead | Deputy |"); the
 * training table then says "House Safeguarding Lead, <house>" beside each name. A house named like a person is not
 * one; each row's deputy is a deputy, the PDF's too; a first name that is also a word ("Ruby", "Fern") keeps the
 * surname after it. From the held-out sets zz25, zz27 and zz28 (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkDocument, checkText } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";
const missing = (found: Array<{ message: string }>) =>
  found.map((f) => /none for (.+?) \(/.exec(f.message)?.[1] ?? f.message);

const houses = (rowanDeputy: string) =>
  [
    "# Fallowfield School — Safeguarding",
    "",
    "Designated Safeguarding Lead: Mrs Edith Marr, Deputy Head",
    "",
    "| House | House Safeguarding Lead | Deputy | Phone |",
    "| --- | --- | --- | --- |",
    "| Willow (Years 7–9) | Mr Ravi Dunn, Head of Care | Ms Orla Pike, Care Worker | 01632 960 401 |",
    "| Laurel (Years 10–11) | Mrs Bea Sollis, Care Worker | same as above | 01632 960 402 |",
    `| Ash (Sixth Form) | Mr Kit Navarro, Care Worker | ${rowanDeputy} | 01632 960 403 |`,
    "",
    "## Training",
    "",
    "| Name | Role | Course | Completed |",
    "| --- | --- | --- | --- |",
    "| Mrs Edith Marr | DSL | Designated Safeguarding Lead (two days) | 12/02/2026 |",
    "| Mr Ravi Dunn | House Safeguarding Lead, Willow | Residential lead course | 03/03/2026 |",
    "| Mrs Bea Sollis | House Safeguarding Lead, Laurel | Residential lead course | 04/03/2026 |",
    "| Mr Kit Navarro | House Safeguarding Lead, Ash | Residential lead course | 05/03/2026 |",
    "| Ms Orla Pike | House deputy, two houses | Residential lead course | 06/03/2026 |",
    "",
  ].join("\n");

describe("a table of houses, each with its own lead and deputy", () => {
  it("names each row's deputy under a column headed 'Deputy', and no house as a person", () => {
    expect(missing(checkText(trainingMissing, houses("Mr Saul Brennan, Care Worker"), { asOf }))).toEqual([
      "Mr Saul Brennan",
    ]);
  });

  it("reads a house named like a person after the role in a training row as the place led ('…Lead, Willow')", () => {
    const text = [
      "# Kestle School — Safeguarding",
      "",
      "Designated Safeguarding Lead: Mrs Edith Marr, Deputy Head",
      "",
      "| Name | Role | Course | Completed |",
      "| --- | --- | --- | --- |",
      "| Mrs Edith Marr | DSL | Designated Safeguarding Lead (two days) | 12/02/2026 |",
      "| Mr Ravi Dunn | House Safeguarding Lead, Willow | Residential lead course | 03/03/2026 |",
      "| Mrs Bea Sollis | Boarding Lead, Laurel House | Residential lead course | 04/03/2026 |",
      "",
    ].join("\n");
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("near miss: every house's deputy trained, or 'same as above', says nothing", () => {
    expect(checkText(trainingMissing, houses("same as above"), { asOf })).toEqual([]);
  });

  it("near miss: a lead named by a first name alone outside anyone's training row is still reported", () => {
    const text = [
      "# Little Owls — Safeguarding",
      "",
      "Designated Safeguarding Lead: Mrs Edith Marr",
      "",
      "Deputy Designated Safeguarding Lead: Willow",
      "",
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Mrs Edith Marr | Designated Safeguarding Lead (two days) | 12/02/2026 |",
      "",
    ].join("\n");
    expect(missing(checkText(trainingMissing, text, { asOf }))).toEqual(["Willow"]);
  });
});

describe("a PDF's table of stations whose heading cells run together", () => {
  const text = [
    "Each station has its own lead and deputies.",
    "Station Station",
    "Safeguarding",
    "Lead",
    "Deputies Station phone",
    "Westmoor Watch Manager",
    "Ira Coyle",
    "Crew Manager",
    "Jem Bastow /",
    "Firefighter Nell",
    "Cawood",
    "01632 960 501",
    "Training",
    "Name Course Completed",
    "Watch Manager Ira Coyle Designated Safeguarding Person 12/01/2026",
    "Crew Manager Jem Bastow Designated Safeguarding Person 13/01/2026",
    "",
  ].join("\n");
  const tables = [
    [
      ["Station", "Station Safeguarding Lead", "Deputies", "Station phone"],
      [
        "Westmoor",
        "Watch Manager Ira Coyle",
        "Crew Manager Jem Bastow / Firefighter Nell Cawood",
        "01632 960 501",
      ],
    ],
    [
      ["Name", "Course", "Completed"],
      ["Watch Manager Ira Coyle", "Designated Safeguarding Person", "12/01/2026"],
      ["Crew Manager Jem Bastow", "Designated Safeguarding Person", "13/01/2026"],
    ],
  ];

  it("reads each deputy in the cell, after their ranks, and no heading as a person", () => {
    const found = checkDocument(trainingMissing, pdfDocument(text, ...tables), { asOf });
    expect(missing(found)).toEqual(["Nell Cawood"]);
  });

  it("near miss: both deputies trained says nothing", () => {
    const trained = `${text}Firefighter Nell Cawood Designated Safeguarding Person 14/01/2026\n`;
    const all = [
      tables[0],
      [...tables[1], ["Firefighter Nell Cawood", "Designated Safeguarding Person", "14/01/2026"]],
    ];
    expect(checkDocument(trainingMissing, pdfDocument(trained, ...all), { asOf })).toEqual([]);
  });
});

describe("a first name that is also a word", () => {
  it("keeps the surname after it ('Mrs Ruby Long', 'Ms Fern Short'), so their training is theirs", () => {
    const text = [
      "# Marsh Trust — Annex B",
      "",
      "Designated Safeguarding Lead: Mr Idris Lowe",
      "Deputy DSLs: Mrs Ruby Long and Ms Fern Short",
      "",
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Mr Idris Lowe | Designated Safeguarding Lead | 03/2026 |",
      "| Mrs Ruby Long | Designated Safeguarding Lead | 04/2026 |",
      "| Ms Fern Short | Designated Safeguarding Lead | 05/2026 |",
      "",
    ].join("\n");
    const deputy = findLeadMentions(text).find((m) => m.role === "deputy");
    expect(deputy?.names).toEqual(["Mrs Ruby Long", "Ms Fern Short"]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("near miss: a title, a surname and the next sentence's verb still end at the surname", () => {
    const mentions = findLeadMentions("Designated Safeguarding Lead: Mrs Hall Call 999 in an emergency.");
    expect(mentions[0]?.name).toBe("Mrs Hall");
  });
});
