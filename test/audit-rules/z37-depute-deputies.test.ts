/**
 * Scotland's "Depute" names the deputies of a safeguarding role, also in the plural and by the role's abbreviation
 * (issue 11, held-out sets zz37-zz38): "Depute CWPOs: …" (CWPO, Scottish sport's Child Wellbeing and Protection
 * Officer, written without being defined), "Depute Officers: …" under the lead's "… Officer" title. A depute of a
 * job ("Depute Head Teacher", "Depute Manager") is not a safeguarding deputy. In our own words; every name is
 * invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const LEAD = "Our Child Wellbeing and Protection Officer is Mrs Isla Drummond (07700 900101).";

describe("deputes of a safeguarding role", () => {
  const cases: Array<[string, string[]]> = [
    [
      "Depute CWPOs: Mr Rab Galloway & Ms Kirsteen Auld (07700 900102).",
      ["Mr Rab Galloway", "Ms Kirsteen Auld"],
    ],
    ["Depute CWPO: Ms Kirsteen Auld, 07700 900102", ["Ms Kirsteen Auld"]],
    [
      "**Depute Officers:** Mr Rab Galloway / Ms Kirsteen Auld (07700 900102 / 07700 900103)",
      ["Mr Rab Galloway", "Ms Kirsteen Auld"],
    ],
  ];
  for (const [line, names] of cases)
    for (const format of ["md", "docx", "pdf"] as const)
      it(`"${line}" (${format})`, () => {
        const text = `# Wellbeing and Protection Policy\n\n${LEAD}\n\n${line}\n\nTell Isla or a depute the same day.\n`;
        expect(namesFor(text, format, "deputy")).toEqual(names);
        expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
        expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
      });

  it("a depute of a job is not a safeguarding deputy: the warning stays", () => {
    for (const line of [
      "Depute Head Teacher: Mr Rab Galloway",
      "Depute Headteacher: Mr Rab Galloway",
      "Depute Manager: Ms Kirsteen Auld, who runs the holiday club.",
    ]) {
      const text = `# Wellbeing and Protection Policy\n\n${LEAD}\n\n${line}\n`;
      expect(namesFor(text, "md", "deputy"), line).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf }).length, line).toBe(1);
    }
  });

  it("the deputes' training is read: one with none listed is reported, one with a course is not", () => {
    const text = [
      "# Wellbeing and Protection Policy",
      "",
      LEAD,
      "",
      "Depute CWPOs: Mr Rab Galloway & Ms Kirsteen Auld (07700 900102).",
      "",
      "## Training",
      "",
      "**Isla Drummond**",
      "",
      "- Child Wellbeing and Protection Officer course, completed 04/2025",
      "",
      "**Rab Galloway**",
      "",
      "- Child Wellbeing and Protection Officer course, completed 09/2025",
      "",
    ].join("\n");
    const found = checkText(trainingMissing, text, { asOf }).map((d) => d.message);
    expect(found.join(" ")).toContain("Kirsteen Auld");
    expect(found.join(" ")).not.toContain("Rab Galloway");
  });
});
