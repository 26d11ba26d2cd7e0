/**
 * outdated-reference (review of the thirty-seventh session), in our own words; every name is invented. As of
 * 1 December 2026. "EYFS 2024 profile results" gives the year of a cohort's profile, not of the framework — but only
 * the words straight after the year the policy cites say so. "Staff follow the EYFS 2017 and share the 2025 profile
 * results with parents" still cites the 2017 framework: the later "2025 profile results" is another year's. And
 * "EYFS 2021 outcomes and requirements" cites the framework's outcomes and requirements, as "the EYFS 2021" does.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const run = (text: string) => checkText(outdatedReference, text, { asOf });

describe("outdated-reference: an EYFS year is a profile's only by the words straight after it", () => {
  it("reports the old framework though another year's results come later in the sentence", () => {
    for (const [text, cited] of [
      ["Practitioners follow the EYFS 2017 and share the 2025 profile results with families.", "EYFS 2017"],
      ["We work to the EYFS 2021, and our 2024 cohort data goes to the governors each term.", "EYFS 2021"],
      ["Our room leaders follow EYFS 2021 outcomes and requirements.", "EYFS 2021"],
    ]) {
      const findings = run(text);
      expect(
        findings.map((f) => f.excerpt),
        text,
      ).toEqual([cited]);
      expect(findings[0].message, text).toMatch(/2025/);
    }
  });
  it("stays quiet on a year given to a profile, a cohort, results or outcomes", () => {
    for (const text of [
      "Our EYFS 2024 profile results were above the local average.",
      "The EYFS 2023 cohort did well in communication and language.",
      "EYFS 2022-23 data is shared with the local authority each summer.",
      "Our EYFS 2024 outcomes were the best the nursery has had.",
    ])
      expect(run(text), text).toEqual([]);
  });
});
