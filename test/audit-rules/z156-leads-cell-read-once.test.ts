/**
 * The lead reader's table cells and a deputy's word alone, read in linear time (forty-sixth session; every name is
 * invented). The pattern: a cell that mentions a role again and again ("| Deputy | Deputy: A. B. Deputy: A. B. … |")
 * was read whole again for each mention — whether an org chart's verb stood before the role ("| Line manages the DSL |")
 * and whether the cell held nothing but the role — and three expressions for a deputy's word alone ("Rhodri Ellison,
 * deputy", "(deputy for safeguarding)", "deputy: Mr Jamal Oduya") read a long run of spaces again from each of its
 * spaces. What now counts: nothing new — each cell is read once per role's label, the word is found before what stands
 * behind it is looked at. What stays as it is: every reading below (the same before the change; the speed is held by
 * test/hostile/audit-runs.test.ts).
 */
import { describe, expect, it } from "vitest";
import { findLeadMentions } from "../../src/audit/text/leads.js";

function named(text: string): string[] {
  return findLeadMentions(text)
    .filter((m) => m.name)
    .map((m) => `${m.role}: ${(m.names ?? [m.name]).join(" / ")}`);
}

const policy = (...lines: string[]) =>
  ["# Fernhollow Youth Trust — Safeguarding Policy", "", ...lines, ""].join("\n");

describe("a cell read once per role, a deputy's word found first", () => {
  it("an org chart's verbs before two roles in one cell, spaces and a hyphen between: the row's person holds neither", () => {
    const text = policy(
      "| Level | Who | Safeguarding role |",
      "| --- | --- | --- |",
      "| Chief Executive | Ravi Dunmore | Line-manages   the DSL and   supports  the Deputy DSL |",
      "| Designated Safeguarding Lead | Tamsin Orley | Receives concerns |",
      "| Deputy DSL | Ines Cobbold | Covers the DSL; covers the DSL again on Saturdays |",
    );
    expect(named(text)).toEqual(["dsl: Tamsin Orley", "deputy: Ines Cobbold"]);
  });

  it("a role said again and again in one cell: each mention reads the name after it", () => {
    const text = policy(
      "| Role | Name |",
      "| --- | --- |",
      "| Designated Safeguarding Lead | Tamsin Orley |",
      "| Deputy | Deputy: Mrs Ines Cobbold; Deputy: Mr Jamal Oduya |",
    );
    expect(named(text)).toContain("deputy: Mrs Ines Cobbold");
    expect(named(text)).toContain("deputy: Mr Jamal Oduya");
    expect(named(text)).not.toContain("deputy: A. B.");
  });

  it("the word alone after a name and a comma, spaces between", () => {
    const text = policy(
      "Designated Safeguarding Lead: Tamsin Orley",
      "",
      "Rhodri Ellison,   deputy – 07700 900 732",
    );
    expect(named(text)).toEqual(["dsl: Tamsin Orley", "deputy: Rhodri Ellison"]);
  });

  it("the deputy's role in brackets after a job, before a colon or in a row", () => {
    const text = policy(
      "Designated Safeguarding Lead: Tamsin Orley",
      "",
      "Assistant Co-ordinator (deputy for safeguarding): Lorna Tebbit",
      "",
      "| Assistant Leader ( safeguarding deputy ) | Ann Whitlow |",
    );
    expect(named(text)).toEqual(["dsl: Tamsin Orley", "deputy: Lorna Tebbit", "deputy: Ann Whitlow"]);
  });

  it("the word alone before a colon, spaces and bold, then a titled name", () => {
    const text = policy(
      "Designated Safeguarding Lead: Tamsin Orley",
      "",
      "Club leader and deputy:   **  Mr Jamal Oduya (Room Leader)",
    );
    expect(named(text)).toEqual(["dsl: Tamsin Orley", "deputy: Mr Jamal Oduya"]);
  });

  it("near shapes stay as they are: a deputy's word with no name beside it, a job after 'Deputy'", () => {
    expect(
      named(policy("Designated Safeguarding Lead: Tamsin Orley", "", "We have no deputy   at present.")),
    ).toEqual(["dsl: Tamsin Orley"]);
    expect(
      named(
        policy(
          "Designated Safeguarding Lead: Tamsin Orley",
          "",
          "Deputy Head Mrs Ola Nowicka runs the rota.",
        ),
      ),
    ).toEqual(["dsl: Tamsin Orley"]);
  });
});
