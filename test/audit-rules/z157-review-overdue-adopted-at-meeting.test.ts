/**
 * review-overdue (session 47, a hand-written parish policy), in our own words; every name is invented. As of 1
 * December 2026.
 * "The PCC of St Oswin's adopted this policy at its meeting on **10 March 2025**. It is reviewed at the first PCC
 * meeting after the Annual Parochial Church Meeting each year.": the adoption's date in bold is the policy's approval,
 * as it is without the bold, so the derived due date applies — adopted 10 March 2025, reviewed every year, due 10
 * March 2026, overdue — not review-date-missing's "gives no date it was approved". Also "on **…**" straight after the
 * policy, and "approved … and reviews it annually".
 * Stays as it is: a bold date after "our policy on" something else is no approval (review-date-missing keeps).
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (approval: string) =>
  [
    "# St Oswin's Church, Netherby Cross — Safeguarding Policy",
    "",
    approval,
    "",
    "Parish Safeguarding Officer: Mrs Hilda Rowntree",
    "",
  ].join("\n");
const rules = (approval: string) => reviewFindings(policy(approval), asOf).map((f) => [f.rule, f.message]);

describe("an adoption date in bold, with a yearly review", () => {
  for (const approval of [
    "The Parochial Church Council (PCC) of St Oswin's adopted this policy at its meeting on **10 March 2025**. It is\nreviewed at the first PCC meeting after the Annual Parochial Church Meeting each year.",
    "The PCC adopted this policy on **10 March 2025**. It is reviewed each year.",
    "The PCC approved this policy on **10 March 2025** and reviews it annually.",
    "The PCC adopted the updated policy at its meeting on **10 March 2025**. It is reviewed every year.",
  ])
    it(`is the policy's approval, so the review is overdue: ${approval.replace(/\n/g, " ")}`, () => {
      const found = rules(approval);
      expect(found.map(([rule]) => rule)).toEqual(["review-overdue"]);
      expect(found[0][1]).toMatch(
        /(?:adopted|approved) 10 March 2025 and reviewed every year, so due 10 March 2026/,
      );
    });
});

describe("stays as it is", () => {
  it("a bold date after 'our policy on' something else is no approval", () => {
    const found = rules("We follow our policy on **10 March 2025** outings. It is reviewed each year.");
    expect(found.map(([rule]) => rule)).toEqual(["review-date-missing"]);
  });
});
