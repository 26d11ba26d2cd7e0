/**
 * A role that is the object of a verb is someone else's (issue 11, the sixty-fifth held-out set, in our own words;
 * every name is invented). An org chart's "Safeguarding role" column says what each post does about safeguarding:
 * "| Chief Executive | Ravi Dunmore | Line manages the DSL |" names the lead's manager, not the lead. A PDF runs the
 * chart's cells into one line, "Deputy DSL Ines Cobbold Covers the DSL; …", where the verb opens with a capital and
 * "Cobbold Covers" looks like a name. Neither is the lead, so neither is owed lead training.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function named(text: string) {
  return findLeadMentions(text)
    .filter((m) => m.name)
    .map((m) => `${m.role}: ${(m.names ?? [m.name]).join(" / ")}`);
}

function policy(chart: string[]): string {
  return [
    "# Brackenford Community Sports Trust — Safeguarding Policy",
    "",
    "## 3. Who does what",
    "",
    ...chart,
    "",
    "## 9. Training",
    "",
    "| Name | Role | Course | Completed |",
    "| --- | --- | --- | --- |",
    "| Tamsin Orley | DSL | Designated Safeguarding Lead (Level 3) | 14/05/2025 |",
    "| Ines Cobbold | Deputy DSL | Designated Safeguarding Lead (Level 3) | 02/03/2025 |",
    "| Joel Akande | Camps lead | Safeguarding Children | 05/06/2025 |",
    "",
  ].join("\n");
}

const TABLE = [
  "| Level | Who | Safeguarding role |",
  "| --- | --- | --- |",
  "| Chief Executive | Ravi Dunmore | Line manages the DSL; informed of every allegation |",
  "| Designated Safeguarding Lead | Tamsin Orley | Receives concerns; makes referrals |",
  "| Deputy DSL | Ines Cobbold | Covers the DSL; leads on schools delivery |",
  "| Camps lead | Joel Akande | Reports to the DSL the same day |",
];

describe("a role that is the object of a verb names nobody", () => {
  it("in an org chart's role column, the row's person is not the lead", () => {
    const text = policy(TABLE);
    expect(named(text)).not.toContain("dsl: Ravi Dunmore");
    expect(named(text)).not.toContain("dsl: Joel Akande");
    expect(named(text)).toContain("dsl: Tamsin Orley");
    expect(named(text)).toContain("deputy: Ines Cobbold");
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("in a PDF's run-together row, a capitalised verb is not a surname", () => {
    const text = policy([
      "Level Who Safeguarding role",
      "Chief Executive Ravi Dunmore Line manages the DSL;",
      "Designated Safeguarding Lead Tamsin Orley Receives concerns; makes referrals",
      "Deputy DSL Ines Cobbold Covers the DSL; leads on",
      "schools delivery",
    ]);
    expect(named(text).filter((n) => n.includes("Covers"))).toEqual([]);
    expect(named(text)).toContain("deputy: Ines Cobbold");
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("still names the lead beside the role, and still reports an untrained lead (near misses)", () => {
    expect(named("| Designated Safeguarding Lead | Ravi Dunmore | Receives concerns |")).toEqual([
      "dsl: Ravi Dunmore",
    ]);
    expect(named("Ravi Dunmore, the DSL, covers the Saturday sessions.")).toContain("dsl: Ravi Dunmore");
    const untrained = policy([
      "| Level | Who | Safeguarding role |",
      "| --- | --- | --- |",
      "| Designated Safeguarding Lead | Ravi Dunmore | Receives concerns; makes referrals |",
    ]);
    const found = checkText(trainingMissing, untrained, { asOf });
    expect(found.map((f) => f.message).join("\n")).toMatch(/Ravi Dunmore/);
  });
});
