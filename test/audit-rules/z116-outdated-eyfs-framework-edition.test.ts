/**
 * outdated-reference (held-out set zz116), in our own words; every name is invented. As of 1 December 2026.
 * The statutory framework for the early years foundation stage (EYFS) cited by an old year — "the Statutory Framework
 * for the Early Years Foundation Stage (2017)", "EYFS 2021", "(DfE, 2014)" — has been replaced: each framework
 * replaces the last for every early years provider in England (2017 on 3 April 2017, 2021 on 1 September 2021,
 * September 2023, January 2024, and the frameworks in force from 1 September 2025). Quiet: the 2025 framework, the
 * framework without a year, "the 2021 EYFS reforms" told as what changed, and an old edition given as history.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const run = (text: string) => checkText(outdatedReference, text, { asOf });

describe("outdated-reference: an old EYFS statutory framework by its year", () => {
  it("reports the framework of 2017, 2021 or 2014 and names the one in force", () => {
    for (const text of [
      "We meet the safeguarding and welfare requirements of the Statutory Framework for the Early Years Foundation Stage (2017) and the partnership's procedures.",
      "Practitioners follow the EYFS 2021 and our own code of conduct.",
      "See the Statutory framework for the early years foundation stage (DfE, 2014), section 3.",
    ]) {
      const findings = run(text);
      expect(findings.length, text).toBe(1);
      expect(findings[0].message, text).toMatch(/2025/);
    }
  });
  it("stays quiet on the framework in force, one without a year, the reforms told as a change, and history", () => {
    for (const text of [
      "We follow the EYFS statutory framework for group and school-based providers (September 2025).",
      "Our practice follows the EYFS statutory framework 2025.",
      "Staff read the EYFS statutory framework during their induction.",
      "The EYFS 2017 was replaced by a new framework in September 2021, and again since.",
      "Children in Reception finish the EYFS in July 2026.",
      "Our EYFS 2024 profile results were above the local average.",
    ])
      expect(run(text), text).toEqual([]);
  });
});
