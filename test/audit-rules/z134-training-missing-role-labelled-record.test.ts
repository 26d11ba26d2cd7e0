/**
 * training-missing (held-out set zz134), in our own words; every name is invented. A trust names its lead by a role
 * label ("Trust Safeguarding Lead: Mr Idris Fenwick-Hale, Director of Education") and, under the academies' table,
 * gives that lead's course on a line opened by the same label ("Trust Safeguarding Lead: designated safeguarding lead
 * refresher, 12/05/2025."): the role's record is its holder's, so his training is not missing. Without that line he
 * is still reported, the table giving other people's training.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (last: string[]) =>
  [
    "# Child Protection Policy",
    "",
    "Trust Safeguarding Lead: Mr Idris Fenwick-Hale, Director of Education (01632 960 700)",
    "",
    "## 1. Scope",
    "",
    "Each academy names its Designated Safeguarding Lead (DSL) in Appendix A.",
    "",
    "## Appendix A",
    "",
    "| Academy | DSL | DSL training date |",
    "|---|---|---|",
    "| Marlow Green Academy | Mrs Tamsin Orrell | 14/09/2025 |",
    "",
    ...last,
  ].join("\n");

describe("training-missing: a record on a line opened by the lead's role label", () => {
  it("gives the role's record to the one person named for that role", () => {
    const md = markdownDocument(
      policy(["Trust Safeguarding Lead: designated safeguarding lead refresher, 12/05/2025."]),
    );
    expect(run(trainingMissing, md)).toEqual([]);
  });
  it("still reports the lead when no line gives his training", () => {
    const md = markdownDocument(policy(["Academies send their rows to the Trust each September."]));
    expect(
      run(trainingMissing, md)
        .map((r) => r.message)
        .join(" "),
    ).toContain("Idris Fenwick-Hale");
  });
});
