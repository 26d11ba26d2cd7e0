/**
 * training-missing (held-out set zz140), in our own words; every name is invented. A policy names its lead once with
 * her job in brackets ("Designated Safeguarding Lead: Mrs Philippa Strand-Oakes (Site Director)") and its training
 * table lists her row by that job, not her name: "| Site Director (DSL) | Designated Safeguarding Lead | DSL
 * refresher | 11/03/2026 |". A training row naming a job the policy gives to one named person is that person's
 * record. Still reported: a row for a job two people hold ("Deputy Manager"), a job nobody named holds, or a job
 * whose bracketed role is not the lead's. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (people: string[], rows: string[][]) => {
  const header = ["Name", "Role", "Course", "Completed"];
  const md = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    markdownDocument(
      [
        "# Field Studies Safeguarding Policy",
        "",
        "## 1. Roles",
        "",
        ...people.flatMap((p) => [p, ""]),
        "## 2. Training",
        "",
        md(header),
        md(header.map(() => "---")),
        ...rows.map(md),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Field Studies Safeguarding Policy</h1>",
        "<h2>1. Roles</h2>",
        ...people.map((p) => `<p>${p}</p>`),
        "<h2>2. Training</h2>",
        `<table><tr>${header.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>${rows
          .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
          .join("")}</table>`,
      ].join("\n"),
    ),
  ];
};

const reported = (people: string[], rows: string[][]) =>
  layouts(people, rows).map((document) =>
    run(trainingMissing, document)
      .map((r) => r.message)
      .join(" "),
  );

const LEAD = "Designated Safeguarding Lead: Mrs Philippa Strand-Oakes (Site Director), 01632 960 610.";
const DEPUTY = "Deputy Designated Safeguarding Lead: Mr Osian Featherby, Head of Fieldwork, 01632 960 611.";
const DEPUTY_ROW = ["Osian Featherby", "Deputy DSL", "DSL training, county partnership", "14/09/2025"];
const OTHER_ROW = ["Rhoswen Tilly", "Field tutor", "Safeguarding Level 2", "05/2025"];

describe("training-missing: a training row under the lead's job", () => {
  it.each([
    [
      [
        "Site Director (DSL)",
        "Designated Safeguarding Lead",
        "DSL refresher, county partnership",
        "11/03/2026",
      ],
    ],
    [["Site Director", "Designated Safeguarding Lead", "DSL refresher, county partnership", "11/03/2026"]],
  ])("is the lead's record: %s", (row) => {
    for (const found of reported([LEAD, DEPUTY], [row, DEPUTY_ROW, OTHER_ROW]))
      expect(found).not.toContain("Strand-Oakes");
  });

  it("is the deputy's record when the deputy's job follows a comma", () => {
    const row = ["Head of Fieldwork", "Deputy DSL", "DSL training, county partnership", "14/09/2025"];
    const lead = ["Philippa Strand-Oakes", "DSL", "DSL refresher, county partnership", "11/03/2026"];
    for (const found of reported([LEAD, DEPUTY], [lead, row, OTHER_ROW]))
      expect(found).not.toContain("Featherby");
  });
});

describe("training-missing: stays quiet about who a job's row belongs to", () => {
  it("a job two people hold is nobody's record", () => {
    const people = [
      "Designated Safeguarding Lead: Mrs Philippa Strand-Oakes (Deputy Manager), 01632 960 610.",
      DEPUTY,
      "Our other Deputy Manager is Mr Bryn Cadwallon-Ross; Mrs Tegwen Arbery (Deputy Manager) runs the kitchen.",
    ];
    const row = ["Deputy Manager", "Designated Safeguarding Lead", "DSL refresher", "11/03/2026"];
    for (const found of reported(people, [row, DEPUTY_ROW, OTHER_ROW]))
      expect(found).toContain("Strand-Oakes");
  });

  it("a job nobody named holds is nobody's record", () => {
    const row = ["Operations Manager (DSL)", "Designated Safeguarding Lead", "DSL refresher", "11/03/2026"];
    for (const found of reported([LEAD, DEPUTY], [row, DEPUTY_ROW, OTHER_ROW]))
      expect(found).toContain("Strand-Oakes");
  });

  it("a job whose bracketed role is another lead's is not hers", () => {
    const row = ["Site Director (Deputy DSL)", "Deputy DSL", "DSL refresher", "11/03/2026"];
    for (const found of reported([LEAD, DEPUTY], [row, DEPUTY_ROW, OTHER_ROW]))
      expect(found).toContain("Strand-Oakes");
  });
});
