/**
 * training-missing (review 44), in our own words; every name is invented. Two people are named by the same role
 * label ("Trust Safeguarding Lead: Mr … ", "Trust Safeguarding Lead: Mrs …"), and one line opened by that label gives
 * a course with no name: it cannot say whose it is, so it clears neither. With one holder of the label, the line is
 * that holder's record (zz134).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (holders: string[]) =>
  [
    "# Child Protection Policy — Ravensmoor Schools Trust",
    "",
    ...holders.flatMap((h) => [h, ""]),
    "## 1. Scope",
    "",
    "Each academy names its Designated Safeguarding Lead (DSL) in Appendix A.",
    "",
    "## Appendix A",
    "",
    "| Academy | DSL | DSL training date |",
    "|---|---|---|",
    "| Ravensmoor Vale Academy | Mrs Petra Linde | 16/09/2025 |",
    "",
    "Trust Safeguarding Lead: designated safeguarding lead refresher, 14/05/2025.",
  ].join("\n");

describe("training-missing: a labelled record when two people hold the label", () => {
  it("reports both holders, the record naming neither", () => {
    const md = markdownDocument(
      policy([
        "Trust Safeguarding Lead: Mr Conall Breck-Isaacs, Director of Education (01632 960 710)",
        "Trust Safeguarding Lead: Mrs Wenna Polglase, Director of Primary (01632 960 711)",
      ]),
    );
    const messages = run(trainingMissing, md)
      .map((r) => r.message)
      .join(" ");
    expect(messages).toContain("Conall Breck-Isaacs");
    expect(messages).toContain("Wenna Polglase");
  });
  it("stays quiet when one person holds the label", () => {
    const md = markdownDocument(
      policy(["Trust Safeguarding Lead: Mr Conall Breck-Isaacs, Director of Education (01632 960 710)"]),
    );
    expect(run(trainingMissing, md)).toEqual([]);
  });
});
