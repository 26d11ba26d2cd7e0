/**
 * training-missing (issue 11, held-out set zz108), in our own words; every name is invented. As of 1 December 2026.
 * A line of its own, a lead's first name, a spaced dash, then a course named by its level beside "safeguarding" and
 * the year it was done: "Wyn — Foundation safeguarding (online): 2025". The deputy named in full above ("Deputy
 * Safeguarding Coordinator — Wyn Achterberg —") has that record. Near misses: a level's word beside another subject
 * ("Foundation degree") is no safeguarding course, and a first name nobody is named with credits no one.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(deputyLine: string): string {
  return [
    "# Fenwick Street Meeting House — Children's Safeguarding Policy",
    "",
    "## 2. Who to go to",
    "",
    "Our Safeguarding Coordinator — Hester Pallister-Moore — can be reached on 07700 900 901.",
    "",
    "If Hester is away, our Deputy Safeguarding Coordinator — Wyn Achterberg — can be reached on 07700 900 902.",
    "",
    "## 3. Training",
    "",
    "Hester — Coordinator refresher (Fenwick Safeguarding Partnership): 5 February 2026",
    deputyLine,
    "",
    "Children's group helpers complete the Foundation course before they help.",
    "",
  ].join("\n");
}

const run = (rule: typeof missing, text: string) =>
  checkText(rule, text, { asOf, format: "md" }).map((f) => f.message);

describe("a first name, a dash, a course named by its level and the year it was done", () => {
  it("credits the deputy named in full above (no training-missing, no training-undated)", () => {
    const text = policy("Wyn — Foundation safeguarding (online): 2025");
    expect(run(missing, text)).toEqual([]);
    expect(run(undated, text)).toEqual([]);
  });

  it("near miss: a level's word beside another subject is no safeguarding course", () => {
    const messages = run(missing, policy("Wyn — Foundation degree (Early Years): 2025"));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Wyn Achterberg");
  });

  it("near miss: a first name the policy names no one with credits no one", () => {
    const messages = run(missing, policy("Bryn — Foundation safeguarding (online): 2025"));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Wyn Achterberg");
  });
});
