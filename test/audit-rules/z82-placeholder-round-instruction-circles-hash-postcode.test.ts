/**
 * placeholder-text (held-out sets zz82/zz83), in our own words; every name is invented.
 * - An instruction to someone in round brackets ("(Treasurer to add the hall's address)") where a value should be:
 *   after a label's colon, alone on its line or in its cell, or after "at". Not the policy's own sentence in brackets
 *   ("(Parents to add their child's name on the sign-up form)" in running text).
 * - Japanese placeholder circles ("〇〇 〇〇", "○○", "●●", "××") standing for a name where a value should be.
 * - A postcode written with hashes for its characters ("BT## ###").
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...lines: string[]): string {
  return [
    "# Dunmore Harriers Juniors — Safeguarding Policy",
    "",
    ...lines,
    "",
    "## 1. Why we have this policy",
    "",
    "Everyone at the club shares the job of keeping children safe.",
    "",
  ].join("\n");
}

const excerpts = (lines: string[]) =>
  checkText(placeholder, policy(...lines), { asOf, format: "md" }).map((f) => f.excerpt);

describe("an instruction to someone in round brackets", () => {
  it("is a placeholder where a value should stand", () => {
    for (const [line, quoted] of [
      ["Training track: (Fixtures Secretary to insert address)", "(Fixtures Secretary to insert address)"],
      ["- **Club phone:** (Treasurer to add number)", "(Treasurer to add number)"],
      ["| Venue | (Head coach to add venue details) |", "(Head coach to add venue details)"],
      ["(Chair to insert the hall's address)", "(Chair to insert the hall's address)"],
      ["We meet at (Secretary to add venue name) every Tuesday.", "(Secretary to add venue name)"],
    ]) {
      expect(excerpts([line]).join(" "), line).toContain(quoted);
    }
  });

  it("is not the policy's own sentence in brackets", () => {
    for (const line of [
      "Each family fills in the consent form (Parents to add their child's name on the form) and hands it in.",
      "New helpers sign up online (Volunteers to complete the details page before their first night).",
      "Leaders keep a register (see section 4 for how to add a new child).",
      "Contact: Ms Orla Breen (Secretary to the committee)",
    ]) {
      expect(excerpts([line]), line).toEqual([]);
    }
  });
});

describe("Japanese placeholder circles", () => {
  it("are a placeholder where a name should stand", () => {
    for (const [line, quoted] of [
      ["副担当 / Deputy lead: 〇〇 〇〇", "〇〇 〇〇"],
      ["連絡先 / Contact: ○○○", "○○○"],
      ["| 担当者 | ●● ●● |", "●● ●●"],
      ["Welfare officer：×× ××", "×× ××"],
    ]) {
      expect(excerpts([line]).join(" "), line).toContain(quoted);
    }
  });

  it("are not a rating or marks in running text", () => {
    for (const line of [
      "Difficulty: ●●●○○",
      "The form uses ○○ marks to show which answers are right and which are wrong.",
      "| Walk | Grade |",
      "| Ridge path | ●●○ |",
    ]) {
      expect(excerpts([line]), line).toEqual([]);
    }
  });
});

describe("a postcode with hashes for its characters", () => {
  it("is one placeholder, the postcode", () => {
    for (const [line, quoted] of [
      ["Drumcree Hall, Mill Lane, Portavogie BT## ###", "BT## ###"],
      ["Clubhouse, Quay Street, Newry BT3# ###", "BT3# ###"],
      ["Hut 2, Rowan Park, Lisburn BT27 ###", "BT27 ###"],
    ]) {
      expect(excerpts([line]).join(" "), line).toContain(quoted);
    }
  });

  it("is not a heading's hashes or a number", () => {
    for (const line of [
      "Our charity number is NIC100234 and our postcode BT27 4QA.",
      "Score ## ### in the log",
    ]) {
      expect(excerpts([line]), line).toEqual([]);
    }
  });
});

describe("a value's name in square capitals used as a noun in a sentence", () => {
  it("is a placeholder after a preposition, the sentence going on in ordinary case", () => {
    for (const [line, quoted] of [
      ["Gather at [SLIPWAY GATE] at least twenty minutes before launch.", "[SLIPWAY GATE]"],
      ["For [FIXTURE], the team manager for the day is named on the team sheet.", "[FIXTURE]"],
      ["Kit is stored in [STORAGE UNIT] and checked every week.", "[STORAGE UNIT]"],
    ]) {
      expect(excerpts([line]).join(" "), line).toContain(quoted);
    }
  });

  it("is not an editor's mark, an abbreviation, or a heading's label", () => {
    for (const line of [
      "The boy, who lived at [REDACTED] with his aunt, was referred the same day.",
      "The Designated Safeguarding Lead [DSL] keeps the records.",
      "Report to the [DSL] as soon as you can.",
      "The form is in [APPENDIX B].",
      "The forms in [APPENDIX C] are for the coaches to keep.",
      "Keep this page [CONFIDENTIAL WHEN COMPLETED] in the locked drawer.",
      "FOR [SHOWCASE], THE CREW MEETS AT SIX.",
    ]) {
      expect(excerpts([line]), line).toEqual([]);
    }
  });
});
