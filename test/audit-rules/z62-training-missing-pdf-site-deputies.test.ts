/**
 * training-missing in a PDF (issue 11, the sixty-second held-out set, in our own words; every name is invented; as
 * of 1 December 2026). A hospital school names its lead in a sentence and each site's deputy in a | Site | Deputy
 * Designated Safeguarding Lead | Telephone | table, which the PDF's text runs over short lines its lead reader cannot
 * follow; the training table names the lead and one deputy ("Deputy DSL (ward)"). The other site's deputy, named
 * only in the site table's blocks, has no training listed — as the Markdown and Word files of the policy say.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkDocument } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

const BEDDOE = ["Ms Rhian Beddoe", "Deputy DSL (home)", "Level 3 DSL", "02/02/2026"];

function pdf(secondDeputyTrained: boolean): ReturnType<typeof pdfDocument> {
  const text = [
    "Fernbank Hospital School — Safeguarding Policy",
    "2. Who is responsible",
    "Our Designated Safeguarding Lead is Mrs Nia Cardew, Headteacher (01632 960 810). Each site also has a deputy",
    "designated safeguarding lead:",
    "Site Deputy Designated",
    "Safeguarding Lead",
    "Telephone",
    "Ward classroom Mr Owen Tellam, Teacher",
    "in Charge",
    "01632 960 811",
    "Day unit vacant 01632 960 812",
    "Home tuition Ms Rhian Beddoe, Tuition",
    "Coordinator",
    "01632 960 813",
    "9. Training",
    "Name Role Course Date",
    "Mrs Nia Cardew DSL Designated Safeguarding Lead (Level 3) 14/03/2026",
    "Mr Owen Tellam Deputy DSL (ward) Level 3 DSL 09/10/2025",
    ...(secondDeputyTrained ? [BEDDOE.join(" ")] : []),
    "",
  ].join("\n");
  return pdfDocument(
    text,
    [
      ["Site", "Deputy Designated Safeguarding Lead", "Telephone"],
      ["Ward classroom", "Mr Owen Tellam, Teacher in Charge", "01632 960 811"],
      ["Day unit", "vacant", "01632 960 812"],
      ["Home tuition", "Ms Rhian Beddoe, Tuition Coordinator", "01632 960 813"],
    ],
    [
      ["Name", "Role", "Course", "Date"],
      ["Mrs Nia Cardew", "DSL", "Designated Safeguarding Lead (Level 3)", "14/03/2026"],
      ["Mr Owen Tellam", "Deputy DSL (ward)", "Level 3 DSL", "09/10/2025"],
      ...(secondDeputyTrained ? [BEDDOE] : []),
    ],
  );
}

describe("a PDF's site table of deputies, one deputy named in the training table", () => {
  it("reports the deputy named only in the site table's blocks", () => {
    const found = checkDocument(trainingMissing, pdf(false), { asOf }).map((f) => f.message);
    expect(found).toEqual([expect.stringMatching(/none for Ms Rhian Beddoe \(deputy/)]);
  });

  it("near miss: her training listed is no finding", () => {
    expect(checkDocument(trainingMissing, pdf(true), { asOf })).toEqual([]);
  });
});
