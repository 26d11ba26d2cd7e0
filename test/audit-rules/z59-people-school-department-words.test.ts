/**
 * training-missing (held-out set zz59), in our own words; every name is invented. As of 1 December 2026.
 * A school's key-contacts cell gives a name, the safeguarding role, then the person's post in a department:
 * "**Ms Tamsin Reyes**<br>Deputy Designated Safeguarding Lead<br>Sixth Form Pastoral Manager". A school's
 * department words ("Sixth Form", "Key Stage", "Year Group", "Lower School", "Upper School") are never a person's
 * name; the deputy is the name above the role, and a deputy left out of the training table is reported.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, leadNamesOf } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (post: string) =>
  [
    "# Brackenford Academy – Child Protection and Safeguarding Policy",
    "",
    "## KEY CONTACTS",
    "",
    "| | |",
    "| --- | --- |",
    "| **Mr Idris Vaughan**<br>Designated Safeguarding Lead<br>Assistant Headteacher<br>01632 960 501 | **Mrs Gwen Attah**<br>Deputy Designated Safeguarding Lead<br>Head of Year 8<br>01632 960 502 |",
    `| **Ms Tamsin Reyes**<br>Deputy Designated Safeguarding Lead<br>${post}<br>01632 960 503 | **Dr Lionel Brook**<br>Headteacher<br>01632 960 500 |`,
    "",
    "## 4. TRAINING",
    "",
    "| Name | Role | Course | Date |",
    "| --- | --- | --- | --- |",
    "| Mr Idris Vaughan | DSL | Designated Safeguarding Lead training (Level 3) | 10/03/2026 |",
    "| Mrs Gwen Attah | Deputy DSL | Designated Safeguarding Lead training (Level 3) | 14/05/2026 |",
    "",
    "## 5. REVIEW",
    "",
    "This policy was approved on 1 September 2026 and is reviewed every year.",
    "",
  ].join("\n");

const POSTS = [
  "Sixth Form Pastoral Manager",
  "Key Stage 4 Pastoral Lead",
  "Year Group Leader",
  "Lower School Manager",
  "Upper School Manager",
];

describe("a school's department words are not a name", () => {
  for (const post of POSTS) {
    it(`the deputy is the name above the role, not "${post}"`, () => {
      const deputies = leadNamesOf(policy(post), "deputy");
      expect(deputies).toContain("Ms Tamsin Reyes");
      expect(deputies.join(" ")).not.toMatch(/Sixth|Stage|Group|School/);
    });

    for (const format of ["md", "docx"] as const)
      it(`training is missing for the deputy, and only for her (${post}, ${format})`, () => {
        const messages = checkText(trainingMissing, policy(post), { asOf, format }).map((f) => f.message);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toContain("Tamsin Reyes");
      });
  }
});
