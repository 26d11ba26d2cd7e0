/**
 * A pre-school on a school's site says that the school's DSL is not its lead, then names its own lead as the
 * "Pre-school Designated Safeguarding Lead". "Pre-school" holds the word "school" after a hyphen: it is the
 * setting's own name for itself, not the host school, so its lead is still the policy's lead. The host school's
 * lead, named after the same sentence, is still another organisation's (a593170). Review 9 (issue 11), in our own
 * words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (leadLine: string, extra: string[] = []) =>
  [
    "# Little Acorns Pre-school — Safeguarding Policy",
    "",
    "Little Acorns Pre-school meets in a classroom of Ferncombe Primary School. The school's DSL is not our lead.",
    "",
    leadLine,
    "",
    "Deputy: Mr Idris Vaughan",
    "",
    ...extra,
    "This policy was adopted on 1 September 2026 and will be reviewed by 1 September 2027.",
  ].join("\n");

describe("a hyphenated 'Pre-school' before the role is the setting's own lead", () => {
  it.each([
    "Pre-school Designated Safeguarding Lead: Mrs Carys Penrose, 01632 960444",
    "Little Acorns Pre-school DSL: Mrs Carys Penrose",
    "After-school Club Designated Safeguarding Lead: Mrs Carys Penrose",
  ])("%s", (leadLine) => {
    const text = policy(leadLine);
    expect(checkText(leadMissing, text, { asOf, format: "md" })).toEqual([]);
  });

  it("near miss: the host school's lead, named after the same sentence, is still not the setting's", () => {
    const text = policy("Ferncombe Primary School DSL: Mrs Gwen Harrow", [
      "Designated Safeguarding Lead: Mrs Carys Penrose",
      "",
      "## Training",
      "",
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Mrs Carys Penrose | Designated Safeguarding Lead (Early Years) | 10/02/2026 |",
      "| Mr Idris Vaughan | Designated Safeguarding Lead (Early Years) | 10/02/2026 |",
      "",
    ]);
    expect(excerpts(checkText(trainingMissing, text, { asOf, format: "md" }), text)).toEqual([]);
  });

  it("near miss: with only the host school's lead named, the setting's lead is missing", () => {
    const text = policy("Ferncombe Primary School DSL: Mrs Gwen Harrow");
    expect(checkText(leadMissing, text, { asOf, format: "md" }).length).toBe(1);
  });
});
