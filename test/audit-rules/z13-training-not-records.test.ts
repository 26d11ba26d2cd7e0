/**
 * Lines that look like training records and are not: a course a table row says is "(not safeguarding)", a
 * guidance title cited with its publisher and date ("… (Home Office, March 2015)"), and a lead's role line that
 * dates the appointment ("Interim DSL (from 1 May 2026): Name"), which hid the lead's lapsed course in the table
 * below. From the thirteenth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a course a training table says is not safeguarding", () => {
  for (const [what, cell] of [
    ["in brackets", "Baby yoga teacher (not safeguarding)"],
    ["after a dash", "Food hygiene refresher – not a safeguarding course"],
  ]) {
    it(`is no record (${what})`, () => {
      const text = [
        "# Brookfield Children's Centre — Safeguarding Procedure",
        "",
        "Designated Safeguarding Lead: Imelda Farrow, Centre Manager",
        "",
        "| Name | Job | Course | Completed |",
        "| --- | --- | --- | --- |",
        "| Imelda Farrow | Centre Manager | Level 3 DSL training | 14/02/2026 |",
        `| Tobias Wren | Group Leader | ${cell} | 06/2020 |`,
        "| Marta Olsen | Play Worker | Multi-agency Working Together course | 03/2025 |",
        `| Marta Olsen | Play Worker | ${cell} | 11/2019 |`,
        "",
      ].join("\n");
      expect(checkText(trainingStale, text, { asOf })).toEqual([]);
    });
  }

  it("still reports a lapsed safeguarding course in the same table (near miss)", () => {
    const text = [
      "# Brookfield Children's Centre — Safeguarding Procedure",
      "",
      "Designated Safeguarding Lead: Imelda Farrow, Centre Manager",
      "",
      "| Name | Job | Course | Completed |",
      "| --- | --- | --- | --- |",
      "| Imelda Farrow | Centre Manager | Level 3 DSL training | 14/02/2026 |",
      "| Tobias Wren | Group Leader | Safeguarding Level 2 | 06/2020 |",
      "",
    ].join("\n");
    expect(excerpts(checkText(trainingStale, text, { asOf }), text)).toEqual([
      "| Tobias Wren | Group Leader | Safeguarding Level 2 | 06/2020 |",
    ]);
  });
});

describe("a guidance title cited with its publisher and date", () => {
  for (const item of [
    "- Parental Conflict: Advice for practitioners supporting safeguarding work (HM Government, June 2019);",
    "- Child Exploitation: Guidance for practitioners on safeguarding (Department for Education, July 2017)",
  ]) {
    it(`is no training record: ${item.slice(2, 30)}…`, () => {
      const text = [
        "# Marlow Lane Youth Hub — Safeguarding Policy",
        "",
        "Designated Safeguarding Lead: Caspian Doyle, Hub Manager",
        "",
        "## Guidance we follow",
        "",
        "- Working Together to Safeguard Children 2023;",
        item,
        "- the Data Protection Act 2018.",
        "",
      ].join("\n");
      expect(checkText(trainingStale, text, { asOf })).toEqual([]);
    });
  }
});

describe("a lead's role line that dates the appointment", () => {
  for (const role of [
    "**Interim Designated Safeguarding Lead (acting, from 3 August 2026): Mr Jonah Pelham**",
    "Designated Safeguarding Lead (in post since 14 September 2026): Mr Jonah Pelham",
  ]) {
    it(`is not the lead's latest course: ${role.slice(0, 40)}…`, () => {
      const text = [
        "# Hollowmere Young Carers — Safeguarding Procedure",
        "",
        role,
        "",
        "## Training record",
        "",
        "| Name | Post | Course | Completed |",
        "| --- | --- | --- | --- |",
        "| Jonah Pelham | Interim manager | Designated Safeguarding Lead (partnership) | 02/09/2024 |",
        "",
      ].join("\n");
      expect(excerpts(checkText(trainingStale, text, { asOf }), text)).toEqual([
        "| Jonah Pelham | Interim manager | Designated Safeguarding Lead (partnership) | 02/09/2024 |",
      ]);
    });
  }
});
