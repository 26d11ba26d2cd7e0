/**
 * A lead named by title and surname only ("Ms Farrant is also the lead practitioner for safeguarding"), whose full name
 * with a title is written elsewhere in the policy ("☒ Club Manager – Ms Odile Farrant", a line the lead reader does
 * not take as the lead's), and whose training is listed under the full name without a title ("| Odile Farrant | Level
 * 3 DSL | … |"): the record is hers, so no training-missing. Training listed only for another person of that surname
 * is not hers. In our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (fullName: string, trainedName = "Odile Farrant") =>
  [
    "# Kittiwake Holiday Club — Safeguarding Policy",
    "",
    `Our club is run day to day by the Club Manager, ${fullName}, 07700 900412.`,
    "",
    "Ms Farrant is the Designated Safeguarding Lead named on our Ofsted registration.",
    "",
    "## 6. Staff training record",
    "",
    "| Name | Course | Date |",
    "| --- | --- | --- |",
    `| ${trainedName} | Level 3 DSL (Hollowmere SCP) | 14/05/2025 |`,
    "| Rhodri Pascoe | Safeguarding awareness | 02/03/2025 |",
    "",
  ].join("\n");

const messages = (text: string) => checkText(trainingMissing, text, { asOf }).map((f) => f.message);

describe("a lead called by title and surname, named in full elsewhere", () => {
  it("has the training listed under the full name", () => {
    expect(messages(policy("Ms Odile Farrant"))).toEqual([]);
  });

  it("is still reported when the training listed is another Farrant's", () => {
    const found = messages(policy("Ms Odile Farrant", "Tobias Farrant"));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Ms Farrant");
  });
});
