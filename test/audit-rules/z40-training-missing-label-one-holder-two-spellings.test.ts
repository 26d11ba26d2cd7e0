/**
 * training-missing (review 45), in our own words; every name is invented. One person holds a role label and is
 * written two ways on the lines it opens ("Trust Safeguarding Lead: Mr Idris Fenwick-Lowe, …" at the top, "Trust
 * Safeguarding Lead: Mr I. Fenwick-Lowe" or "Mr Fenwick-Lowe" in the contacts): that is one holder, and the line
 * "Trust Safeguarding Lead: designated safeguarding lead refresher, 14/05/2025" is their record. Two really
 * different people under the label (another first name or initial, a title of the other sex) still leave the record
 * unowned, as in z39.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (top: string, contact: string) =>
  [
    "# Child Protection Policy — Alderholt Schools Trust",
    "",
    top,
    "",
    "## Contacts",
    "",
    contact,
    "",
    "## 1. Scope",
    "",
    "Each academy names its Designated Safeguarding Lead (DSL) in Appendix A.",
    "",
    "## Appendix A",
    "",
    "| Academy | DSL | DSL training date |",
    "|---|---|---|",
    "| Alderholt Vale Academy | Mrs Tamsin Orrell | 16/09/2025 |",
    "",
    "Trust Safeguarding Lead: designated safeguarding lead refresher, 14/05/2025.",
  ].join("\n");

const messages = (top: string, contact: string) =>
  run(trainingMissing, markdownDocument(policy(top, contact)))
    .map((r) => r.message)
    .join(" ");

describe("training-missing: one holder of a role label written two ways", () => {
  for (const [top, contact] of [
    [
      "Trust Safeguarding Lead: Mr Idris Fenwick-Lowe, Director of Education (01632 960 810)",
      "Trust Safeguarding Lead: Mr I. Fenwick-Lowe (01632 960 810)",
    ],
    [
      "Trust Safeguarding Lead: Idris Fenwick-Lowe, Director of Education (01632 960 810)",
      "Trust Safeguarding Lead: Mr Fenwick-Lowe (01632 960 810)",
    ],
    [
      "Trust Safeguarding Lead: Mr Idris Fenwick-Lowe, Director of Education (01632 960 810)",
      "Trust Safeguarding Lead: Idris Fenwick-Lowe (01632 960 810)",
    ],
  ])
    it(`credits the record to the one holder: ${contact}`, () => {
      expect(messages(top, contact)).toBe("");
    });

  for (const [top, contact] of [
    [
      "Trust Safeguarding Lead: Mr Idris Fenwick-Lowe, Director of Education (01632 960 810)",
      "Trust Safeguarding Lead: Mr G. Fenwick-Lowe (01632 960 811)",
    ],
    [
      "Trust Safeguarding Lead: Mr Idris Fenwick-Lowe, Director of Education (01632 960 810)",
      "Trust Safeguarding Lead: Mrs Fenwick-Lowe (01632 960 811)",
    ],
    [
      "Trust Safeguarding Lead: Mr Idris Fenwick-Lowe, Director of Education (01632 960 810)",
      "Trust Safeguarding Lead: Mrs Wenna Polglase (01632 960 811)",
    ],
  ])
    it(`credits neither of two different holders: ${contact}`, () => {
      expect(messages(top, contact)).toContain("Idris Fenwick-Lowe");
    });
});
