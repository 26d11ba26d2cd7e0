/**
 * training-missing and training-stale (issue 11, held-out set zz108), in our own words; every name is invented. As of
 * 1 December 2026. A lead's record written as a sentence about their course in the possessive, by first name, the
 * course's provider in brackets and "was completed on DATE": "Ingrid's Designated Safeguarding Lead refresher
 * (Marlow Vale Safeguarding Partnership) was completed on 9 December 2024." It is the lead's record, not the deputy's
 * named on the lines above. Near misses: a course "was booked for" a date is no record done.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(record: string): string {
  return [
    "# Marlow Vale Befriending Scheme — Safeguarding Policy",
    "",
    "## 2. Who leads on safeguarding",
    "",
    "Project Manager and Designated Safeguarding Lead: Ingrid Castellano-Moss",
    "Telephone 01632 960 111",
    "",
    "Deputy Designated Safeguarding Lead: Piotr Walsingham (Volunteer Coordinator)",
    "Telephone 01632 960 112",
    "",
    record,
    "",
    "Piotr Walsingham – Safeguarding Level 3 (partnership course) – 14 March 2026",
    "",
    "Every volunteer completes safeguarding training before their first visit.",
    "",
  ].join("\n");
}

const run = (rule: typeof stale, text: string) =>
  checkText(rule, text, { asOf, format: "md" }).map((f) => f.message);

describe("a lead's course in the possessive, its provider in brackets, 'was completed on DATE'", () => {
  const current =
    "Ingrid's Designated Safeguarding Lead refresher (Marlow Vale Safeguarding Partnership) was completed on 9 December 2024.";
  it("credits the lead named by first name (no training-missing)", () => {
    expect(run(missing, policy(current))).toEqual([]);
    expect(run(stale, policy(current))).toEqual([]);
  });

  it("reports the lead's own lapsed course, not the deputy's", () => {
    const messages = run(stale, policy(current.replace("9 December 2024", "2 October 2023")));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Ingrid Castellano-Moss");
    expect(messages[0]).not.toContain("Walsingham");
  });

  it("near miss: a refresher booked for a date is no record", () => {
    const booked =
      "Ingrid's Designated Safeguarding Lead refresher (Marlow Vale Safeguarding Partnership) was booked for 9 December 2026.";
    for (const m of run(stale, policy(booked))) expect(m).not.toContain("Walsingham");
    expect(run(missing, policy(booked)).join(" ")).not.toContain("Walsingham");
  });
});
