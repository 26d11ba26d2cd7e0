/**
 * deputy-missing, lead-missing (review of the thirty-seventh session, in our own words; every name is invented): a
 * second person whose title is a deputy's qualifier before the lead's title — "Second DSL", "Back-up DSL", "Relief
 * Designated Safeguarding Lead", "Acting DSL", "Assistant DSL" — and whose bracket says they cover for the lead
 * ("(covers for the Designated Safeguarding Lead when she is away)") is the named deputy, not a lead who covers for
 * somebody else. Stays right: the lead's own title with a bracket that covers for a junior officer ("Club Welfare
 * Officer (also covers for the Youth Welfare Officer at tournaments)", "Designated Safeguarding Lead (also covers
 * for the Youth Welfare Officer on trips)", "(covers for the DSL at our Moss Lane site)") keeps its holder the lead
 * (z36). A title no deputy's word qualifies, whose bracket covers for the lead itself ("Trained DSL (covers for the
 * DSL in her absence)"), is the deputy's too: nobody covers for themselves.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (line: string) =>
  [
    "# Thornby Juniors Safeguarding Policy",
    "",
    "Next review: September 2027.",
    "",
    "Designated Safeguarding Lead: Hazel Quarrie, 07700 900731",
    "",
    line,
    "",
    "Hazel Quarrie completed the Designated Safeguarding Lead course on 3 March 2026. Idris Penlow completed it on 4 April 2026.",
    "",
    "If a child is in immediate danger call the police on 999.",
    "",
  ].join("\n");

describe("a deputy's qualifier before the lead's title, with a bracket covering for the lead", () => {
  const LINES = [
    "Idris Penlow, Second DSL (covers for the Designated Safeguarding Lead when she is away), 07700 900732",
    "Idris Penlow, Back-up DSL (covers for the DSL when she is on leave), 07700 900732",
    "Idris Penlow, Relief Designated Safeguarding Lead (stands in for the DSL during holidays), 07700 900732",
    "Idris Penlow, Acting DSL (covers for the DSL in her absence), 07700 900732",
    "Idris Penlow, Assistant DSL (covers for the Designated Safeguarding Lead when she is away), 07700 900732",
    "Idris Penlow, Additional DSL (covers for the DSL when she is away), 07700 900732",
    "Idris Penlow, Trained DSL (covers for the DSL in her absence), 07700 900732",
  ];
  for (const format of ["md", "docx"] as const)
    it.each(LINES)(`names the deputy (${format}): %s`, (line) => {
      const text = policy(line);
      expect(namesFor(text, format, "deputy")).toContain("Idris Penlow");
      expect(namesFor(text, format, "dsl")).toContain("Hazel Quarrie");
      expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
      expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
    });

  it("keeps the lead whose own title's bracket covers for a junior", () => {
    for (const lead of [
      "Club Welfare Officer (also covers for the Youth Welfare Officer at tournaments)",
      "Designated Safeguarding Lead (also covers for the Youth Welfare Officer on trips)",
      "Designated Safeguarding Lead (covers for the DSL at our Moss Lane site)",
    ]) {
      const text = [
        "# Thornby Juniors Safeguarding Policy",
        "",
        "| Role | Name | Contact |",
        "|---|---|---|",
        `| ${lead} | Hazel Quarrie | 07700 900731 |`,
        "| Deputy Welfare Officer | Idris Penlow | 07700 900732 |",
        "",
        "Hazel completed her Designated Safeguarding Lead training on 14 March 2026. Idris completed the same course on 2 April 2026.",
        "",
      ].join("\n");
      expect(namesFor(text, "md", "dsl"), lead).toContain("Hazel Quarrie");
      expect(checkText(leadMissing, text, { asOf }), lead).toEqual([]);
    }
  });
});
