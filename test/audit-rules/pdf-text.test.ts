/**
 * The plain text a PDF gives (pdfjs text layer): table cells broken over short lines, a footer with the
 * next review date on every page, a contents list with spaced dot leaders running over a page break.
 * Shaped like our own rendered policies' text.
 */
import { describe, expect, it } from "vitest";
import { rules } from "../../src/audit/rules/index.js";
import { checkText, sampleSetting } from "../helpers/audit-context.js";

const FOOTER =
  "Acorns Day Nursery — Child Protection Policy\nVersion 4.0 · Next review: 15 September 2027 Page 1 of 9\n\n";

const PDF = `Child Protection Policy
Acorns Day Nursery
Policy details
Setting Acorns Day Nursery
Last reviewed 15 September 2026
Next review 15 September 2027
Contents
1. Purpose and scope . . . . . . . . . . . . . . . . . . . . . . . . . 2
2. Roles and responsibilities . . . . . . . . . . . . . . . . . . . . . 2
2.1 Our safeguarding leads . . . . . . . . . . . . . . . . . . . . . . . 3
${FOOTER}2.2 Safeguarding training of our leads . . . . . . . . . . . . . . 3
3. Allegations against staff and volunteers . . . . . . . . . . . 4
1. Purpose and scope
This policy follows the procedures of the Riverbend and Fallowmere Safeguarding
Children Partnership. Allegations are dealt with as set out in section 3.
2. Roles and responsibilities
2.1 Our safeguarding leads
Role Name Job title Email Phone
Designated
safeguarding
lead
Priya
Marsh
Nursery
Manager
priya.marsh@acorns-
nursery.example.org
0113
496
0712
Deputy designated
safeguarding lead
Tom
Okafor
Deputy Manager tom.okafor@acorns-
nursery.example.org
${FOOTER}2.2 Safeguarding training of our leads
Name Role Course Completed Renew by
Priya
Marsh
Designated
safeguarding lead
Early Years Designated
Safeguarding Lead
training
12 March
2026
12 March
2028
Tom
Okafor
Deputy designated
safeguarding lead
Early Years Designated
Safeguarding Lead
training
20 June 2025 20 June
2027
3. Allegations against staff and volunteers
Phone the Riverbend Local Authority Designated Officer (LADO) on 0113 496 0150 or email lado@riverbend.example.
gov.uk.
`;

function run(text: string, asOf = "2026-11-28") {
  const setting = sampleSetting();
  return rules.flatMap((rule) =>
    rule.checkDocument
      ? checkText(rule, text, { asOf, setting, format: "pdf" }).map((d) => `${rule.meta.id}: ${d.excerpt}`)
      : [],
  );
}

describe("document rules on PDF text", () => {
  it("find nothing wrong in a correct policy", () => {
    expect(run(PDF)).toEqual([]);
  });

  it("read the broken-up training table and the repeated footer", () => {
    const stale = PDF.replace("20 June 2025 20 June\n2027", "20 June 2022 20 June\n2024");
    expect(run(stale)).toEqual([expect.stringMatching(/^training-stale: Tom Okafor Deputy .* 20 June 2022/)]);
    // The footer says the same date on every page: one finding.
    expect(run(PDF, "2027-10-01")).toEqual([
      "review-overdue: Next review 15 September 2027",
      expect.stringMatching(/^training-stale: Tom Okafor Deputy .* 20 June 2025/),
    ]);
  });

  it("notice a missing deputy and a wrong contents entry", () => {
    const noDeputy = PDF.replace(
      /Deputy designated\nsafeguarding lead\nTom\nOkafor\nDeputy Manager [^\n]*\nnursery.example.org\n/,
      "",
    );
    // Tom is still named as a deputy in the training table.
    expect(run(noDeputy)).toEqual([]);
    const none = noDeputy.replace(/Tom\nOkafor\nDeputy designated\n[\s\S]*?2027\n/, "");
    expect(run(none)).toEqual(["deputy-missing: Child Protection Policy"]);
    const renamed = PDF.replace("2.2 Safeguarding training of our leads . .", "2.2 Training records . .");
    expect(run(renamed)).toEqual([
      expect.stringMatching(/^contents-mismatch: 2\.2 Training records \. \. \./),
    ]);
  });

  it("follow a lead's details onto the next line", () => {
    const text = `Designated Safeguarding Lead: Sarah Patel (sarah.patel@oakfield.example.org, 0113 496
0777)
Designated Safeguarding Lead training – 12 March 2026
Deputy Designated Safeguarding Lead: Leon Brooks (leon.brooks@oakfield.example.org)
Designated Safeguarding Lead training – 4 February 2026
Next review date: 1 September 2027
`;
    expect(run(text)).toEqual([]);
  });
});
