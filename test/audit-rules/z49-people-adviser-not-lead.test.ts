/**
 * An adviser beside the setting's own lead: a council's or trust's "Corporate Safeguarding Officer", or any role
 * marked "(advice only)" / "(for advice)", advises and does not take the setting's concerns. They are not the
 * setting's lead, so no training is expected for them. In the parent body's own "Corporate Safeguarding Policy"
 * the corporate officer is its lead. From the forty-ninth held-out set (issue 11), in our own words; every name is
 * invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const missing = (text: string, format: "md" | "docx" = "md") =>
  checkText(trainingMissing, text, { asOf, format }).map((f) => f.message);

const policy = (adviserRow: string, title = "# Brackenfold Town Museum — Safeguarding Procedure") =>
  [
    title,
    "",
    "## Contacts",
    "",
    "| Role | Name | Phone |",
    "| --- | --- | --- |",
    "| Designated Safeguarding Person | Ms Orla Tenby, Museum Manager | 01632 960 301 |",
    adviserRow,
    "",
    "## Training",
    "",
    "| Name | Course | Date |",
    "| --- | --- | --- |",
    "| Ms Orla Tenby | Designated Safeguarding Person training | 04/03/2025 |",
    "",
  ].join("\n");

describe("an adviser outside the setting is not its lead", () => {
  it.each([
    "| Corporate Safeguarding Officer | Mr Idris Molloy | 01632 960 100 |",
    "| Corporate Safeguarding Officer (advice only) | Mr Idris Molloy | 01632 960 100 |",
    "| Safeguarding Officer (advice only) | Mr Idris Molloy | 01632 960 100 |",
    "| Child Protection Officer (for advice) | Mr Idris Molloy | 01632 960 100 |",
  ])("no training expected for %s", (row) => {
    const text = policy(row);
    const names = findLeadMentions(text).map((m) => m.name);
    expect(names).not.toContain("Mr Idris Molloy");
    for (const format of ["md", "docx"] as const) expect(missing(text, format)).toEqual([]);
  });

  it("the corporate officer is the lead in the parent body's own corporate policy", () => {
    const text = policy(
      "| Corporate Safeguarding Officer | Mr Idris Molloy | 01632 960 100 |",
      "# Brackenfold Borough Council — Corporate Safeguarding Policy",
    );
    expect(missing(text).join("\n")).toContain("Mr Idris Molloy");
  });

  it("a lead without the qualifier still needs training", () => {
    const text = policy("| Safeguarding Officer | Mr Idris Molloy | 01632 960 100 |");
    expect(missing(text).join("\n")).toContain("Mr Idris Molloy");
  });
});
