/**
 * A PDF prints a numbered heading on the line straight above its first paragraph, with no blank line between:
 * "7. Adolygu / Review" / "The committee reviews this policy …; see section 2 above for the officers". The stop
 * after the heading's number is not a sentence's end, and the heading is not part of the reference's sentence: its
 * title ("Review") is not what the reference points to. From the thirty-eighth held-out set (issue 11), in our own
 * words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { checkText } from "../helpers/audit-context.js";

const findings = (last: string[], format: SourceDocument["format"] = "pdf") =>
  checkText(sectionReference, policy(last), { asOf: "2026-12-01", format }).map((f) => f.message);
/** The same policy with its headings in English only. */
const englishFindings = (last: string[]) =>
  checkText(sectionReference, policy(last).replace(/^(\d+\. )[^/\n]+\/ /gm, "$1"), {
    asOf: "2026-12-01",
    format: "pdf",
  }).map((f) => f.message);

/** Each heading printed straight above its first paragraph; a blank line between sections. */
const policy = (last: string[]) =>
  [
    "Clwb Nofio Glanrafon / Glanrafon Swimming Club",
    "",
    "Child Safeguarding Policy",
    "",
    "1. Cyflwyniad / Introduction",
    "Young swimmers train with us three evenings a week at the leisure centre pool.",
    "",
    "2. Swyddog Lles / Welfare Officer",
    "Our Welfare Officer is Mrs Eira Pritchard, who is the first person to tell about any worry.",
    "",
    "3. Sesiynau / Sessions",
    "Two coaches who are DBS checked are on poolside at every session.",
    "",
    "4. Hyfforddiant / Training",
    "Every coach completes safeguarding training before coaching and every three years after.",
    "",
    "5. Adolygu / Review",
    ...last,
    "",
  ].join("\n");

describe("a numbered heading printed on the line above a reference", () => {
  it("is not part of the reference's sentence", () => {
    expect(
      findings([
        "The committee reviews this policy every year at its spring meeting; see section 2 above",
        "for the people to contact.",
      ]),
    ).toEqual([]);
  });

  it("nor when the sentence is on one line", () => {
    expect(findings(["We review this policy each year; section 2 above says whom to call."])).toEqual([]);
  });

  it("near miss: a sentence that itself names another section's title still points to the wrong one", () => {
    expect(
      englishFindings([
        "Coaches must keep their safeguarding training up to date; see section 2 above for training dates.",
      ]),
    ).toHaveLength(1);
  });
});
