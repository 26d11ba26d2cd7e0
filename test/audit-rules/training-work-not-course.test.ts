/**
 * training-stale (a review of the year-only reading, 2026-12-04), in our own words; every name is invented. As of
 * 1 December 2026. Under a person's name, a dated line that records a piece of work — a safeguarding review or audit,
 * supervision, an appraisal, a DBS check — is not a course that lapses: "Safeguarding review – May 2021" is not
 * "Safeguarding review training". A course whose title names the work and says it is training still counts.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function block(lines: string[]): string {
  return [
    "# Harrowgate Rowing Club – Safeguarding Policy",
    "",
    "Welfare Officer: Jo Brannigan. Deputy Welfare Officer: Sam Ruddock.",
    "",
    "## 4. Training and checks",
    "",
    "- **Jo Brannigan** – Welfare Officer",
    "  - Safeguarding and Protecting Children – 12/03/2025",
    ...lines,
    "- **Sam Ruddock** – Deputy Welfare Officer",
    "  - Safeguarding and Protecting Children – 10/10/2025",
    "",
  ].join("\n");
}

const staleMessages = (text: string) => checkText(stale, text, { asOf, format: "md" }).map((f) => f.message);

describe("a dated piece of work under a person's name is not a course", () => {
  it("a review, an audit, supervision, an appraisal or a check: nothing lapses", () => {
    for (const line of [
      "  - Safeguarding review – May 2021",
      "  - Section 175 safeguarding audit – 2020",
      "  - DSL supervision – 03/2022",
      "  - Annual appraisal – 2021",
      "  - Enhanced DBS check – 14/02/2021",
    ])
      expect(staleMessages(block([line])), line).toEqual([]);
  });

  it("a course about the work is still a course, and lapses", () => {
    const messages = staleMessages(block(["  - Serious case review training – May 2021"]));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Jo Brannigan's most recent Serious case review training is May 2021/);
  });

  it("a course that says it is learning is a course, though its title ends in a work word (review 24)", () => {
    for (const line of [
      "- Learning from Child Safeguarding Practice Reviews – May 2021",
      "- Designated Lead: Multi-agency Safeguarding Practice Review – May 2021",
      "- Lessons from Local Safeguarding Reviews – May 2021",
      "- Introduction to Safeguarding Supervision – May 2021",
    ]) {
      const text = [
        "# Little Acorns Nursery – Safeguarding and Child Protection Policy",
        "",
        "Designated Safeguarding Lead: Ellen Price, Nursery Manager. Deputy DSL: Maya Corrigan, Room Leader.",
        "",
        "All staff renew their safeguarding training every three years.",
        "",
        "## Training",
        "",
        "**Ellen Price**",
        line,
        "",
        "**Maya Corrigan**",
        "- Child Protection Level 2 – 10/10/2025",
        "",
      ].join("\n");
      const messages = staleMessages(text);
      expect(messages, line).toHaveLength(1);
      expect(messages[0], line).toMatch(/^Ellen Price's most recent .* is May 2021/);
    }
  });

  it("a work word counts only as the title's head, with at most a safeguarding, DSL, section 175, annual or DBS word before it", () => {
    for (const line of [
      "  - Annual safeguarding review – May 2021",
      "  - Section 175 safeguarding audit – 2020",
      "  - Enhanced DBS check – 14/02/2021",
    ])
      expect(staleMessages(block([line])), line).toEqual([]);
  });
});
