/**
 * training-missing / training-undated (held-out set zz59), in our own words; every name is invented. As of
 * 1 December 2026. Training told in a sentence with a time but no usable date ("did her designated lead training in
 * the spring", "completed the … course last year", "recently") is a record without a date: training-undated for
 * that person, not training-missing. A first name alone ("Bryony") is the person named in full earlier.
 * Near misses: the same sentence with a real date is dated; a sentence about a group ("All instructors complete …
 * every year") is no one's record.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (deputy: string, freelance: string) =>
  [
    "# Crag Hollow Adventures – Safeguarding Policy",
    "",
    "This policy was approved on 1 September 2026 and is reviewed every year.",
    "",
    "## 3. Who to tell",
    "",
    "Our Designated Safeguarding Lead is Rowan Tate, Centre Manager (07700 900 700). Bryony Salt, Lead Instructor,",
    "is our Deputy Designated Safeguarding Lead (07700 900 701).",
    "",
    "## 4. Training",
    "",
    "Rowan completed the Level 3 Designated Safeguarding Lead course on 12 March 2026.",
    "",
    deputy,
    "",
    freelance,
    "",
    "All instructors complete safeguarding awareness training every year.",
    "",
  ].join("\n");

const run = (rule: typeof trainingMissing, text: string, format: "md" | "docx" = "md") =>
  checkText(rule, text, { asOf, format }).map((f) => f.message);

describe("training with a time but no usable date", () => {
  for (const [deputy, freelance] of [
    [
      "Bryony did her designated lead training in the spring and shadowed Rowan on two referrals.",
      "Gwilym Tarrant (freelance Climbing Instructor) completed the Safeguarding Children in Outdoor Settings course last year.",
    ],
    [
      "Bryony Salt attended the deputy lead course recently.",
      "Caspar Lund completed the Safeguarding Children in Outdoor Settings course earlier this year.",
    ],
  ])
    for (const format of ["md", "docx"] as const)
      it(`is undated, not missing (${deputy.slice(0, 30)}…, ${format})`, () => {
        const text = policy(deputy, freelance);
        expect(run(trainingMissing, text, format)).toEqual([]);
        const undated = run(trainingUndated, text, format);
        expect(undated).toHaveLength(2);
        expect(undated.join("\n")).toContain("Bryony Salt");
        expect(undated.join("\n")).toContain(freelance.split(" ").slice(0, 2).join(" "));
      });

  it("near miss: the same sentence with a real date is dated", () => {
    const text = policy(
      "Bryony Salt completed the deputy lead course on 4 May 2026.",
      "Caspar Lund completed the Safeguarding Children in Outdoor Settings course on 2 June 2026.",
    );
    expect(run(trainingMissing, text)).toEqual([]);
    expect(run(trainingUndated, text)).toEqual([]);
  });

  it("near miss: a deputy with no training sentence is still missing", () => {
    const text = policy("Bryony shadowed Rowan on two referrals in the spring.", "");
    const missing = run(trainingMissing, text);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toContain("Bryony Salt");
    expect(run(trainingUndated, text)).toEqual([]);
  });
});
