/**
 * leads (review 24, in our own words; every name is invented). A "who to tell" table's row says how a reader reaches
 * the holder: "| Report to the Designated Safeguarding Lead | Tegwen Mistry-Lowe | … |", "| 3 | If Ellen is away,
 * tell the Deputy DSL, Maya Corrigan, on … |". "Tell", "contact" and "report to" before the role name its holder in
 * the row all the same. Only an org chart's verbs (manages, line-manages, oversees, supervises, covers) make the row's
 * person someone other than the role's holder — and even then a holder named after the role in its own cell is it.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function named(text: string) {
  return findLeadMentions(text)
    .filter((m) => m.name)
    .map((m) => `${m.role}: ${(m.names ?? [m.name]).join(" / ")}`);
}

function policy(rows: string[]): string {
  return [
    "# Little Acorns Nursery – Safeguarding and Child Protection Policy",
    "",
    "Adopted: 1 September 2026. Next review: September 2027.",
    "",
    "## Who to tell",
    "",
    ...rows,
    "",
    "## Reporting",
    "",
    "Staff tell the DSL the same day. The DSL decides whether to refer to children's social care.",
    "",
  ].join("\n");
}

function problems(text: string) {
  return [
    ...checkText(leadMissing, text, { asOf, format: "md" }),
    ...checkText(deputyMissing, text, { asOf, format: "md" }),
  ].map((f) => f.message);
}

describe("a who-to-tell row names the holder after 'tell', 'contact' or 'report to'", () => {
  it("the role in one cell, the name in the next", () => {
    const text = policy([
      "| Who to tell | Name | Phone |",
      "|---|---|---|",
      "| Report to the Designated Safeguarding Lead | Tegwen Mistry-Lowe | 01632 960 111 |",
      "| Report to the Deputy DSL | Ife Adeyemi | 01632 960 112 |",
    ]);
    expect(named(text)).toContain("dsl: Tegwen Mistry-Lowe");
    expect(named(text)).toContain("deputy: Ife Adeyemi");
    expect(problems(text)).toEqual([]);
  });

  it("a capitalised 'Tell', and 'If she is away, tell the Deputy …'", () => {
    const text = policy([
      "| If you are worried about a child | Who | Phone |",
      "|---|---|---|",
      "| Tell the Club Welfare Officer | Hannah Birch | 07700 900123 |",
      "| If she is away, tell the Deputy Welfare Officer | Leon Ashby | 07700 900124 |",
    ]);
    expect(named(text)).toContain("deputy: Leon Ashby");
    expect(problems(text)).toEqual([]);
  });

  it("the name after the role in the same cell", () => {
    const text = policy([
      "| Step | What to do |",
      "|---|---|",
      "| 1 | Write down what you saw or heard, in the child's words. |",
      "| 2 | Contact our Designated Safeguarding Lead, Tegwen Mistry-Lowe, on 01632 960 111. |",
      "| 3 | If Tegwen is away, tell the Deputy DSL, Ife Adeyemi, on 01632 960 112. |",
    ]);
    expect(named(text)).toContain("dsl: Tegwen Mistry-Lowe");
    expect(named(text)).toContain("deputy: Ife Adeyemi");
    expect(problems(text)).toEqual([]);
  });

  it("an org chart's verb still names nobody (near misses)", () => {
    const chart = policy([
      "| Level | Who | Safeguarding role |",
      "| --- | --- | --- |",
      "| Chief Executive | Ravi Dunmore | Line manages the DSL; informed of every allegation |",
      "| Chair | Odile Brennan | Oversees the DSL's work |",
      "| Deputy DSL | Ines Cobbold | Covers the DSL; leads on schools delivery |",
      "| Designated Safeguarding Lead | Tamsin Orley | Receives concerns |",
      "| Camps lead | Joel Akande | Reports to the DSL the same day |",
    ]);
    const names = named(chart);
    expect(names).not.toContain("dsl: Ravi Dunmore");
    expect(names).not.toContain("dsl: Odile Brennan");
    expect(names).not.toContain("dsl: Ines Cobbold");
    expect(names).not.toContain("dsl: Joel Akande");
    expect(names).toContain("dsl: Tamsin Orley");
    expect(names).toContain("deputy: Ines Cobbold");
    // A holder named after the role in its own cell is the role's holder all the same.
    const own = policy([
      "| Level | Who | Safeguarding role |",
      "| --- | --- | --- |",
      "| Deputy DSL | Ines Cobbold | Covers the DSL, Tamsin Orley, on Saturdays |",
    ]);
    expect(named(own)).toContain("dsl: Tamsin Orley");
    expect(named(own)).not.toContain("dsl: Ines Cobbold");
  });
});
