/**
 * Review 7 of issue 11, course titles read as people (in our own words; every name is invented):
 * - A course on a line under a lead's bold name is the lead's course, whatever the list marker (a bullet or a
 *   number), the date's form ("May 2026", "2 June 2026") or what sets it off (a dash or a comma): "- In Good Hands
 *   (DSL) – May 2026", "- Beyond Safe Walls (DSL) – 2 June 2026", "1. In Good Hands (DSL), 4 May 2026".
 * - A title after a capitalised preposition opening a sentence ("With Good Hands (Designated Safeguarding Lead)
 *   on leave, …") is no lead either, when the tagger reads its words as words of the language; a name the tagger
 *   does not know ("With Folasade Adebayo-Nwosu (…) away", test/audit-rules/review6-people) stays a lead.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const underBoldName = (...courses: string[]) =>
  [
    "# Thornbury Stepping Stones Pre-school — Safeguarding Policy",
    "",
    "## Training",
    "",
    "**Ms Elspeth Gourlay (Designated Safeguarding Lead)**",
    "",
    ...courses,
    "",
    "Deputy: Callum Reid. Callum Reid completed Designated Safeguarding Lead training on 12 April 2026.",
    "",
    "Next review date: October 2027.",
    "",
  ].join("\n");

describe("a course's title under a lead's bold name", () => {
  it("is the lead's course with a month-first date after a dash, and with a preposition that opens the name", () => {
    const text = underBoldName("- In Good Hands (DSL) – May 2026", "- Beyond Safe Walls (DSL) – 2 June 2026");
    expect(excerpts(checkText(trainingMissing, text, { asOf }), text)).toEqual([]);
  });

  it("is no lead on a numbered line with a comma before the date", () => {
    // Whose course a numbered line under a bold name is, is training.ts's reading (not yet done for numbers).
    const text = underBoldName("1. In Good Hands (DSL), 4 May 2026");
    expect(excerpts(checkText(trainingMissing, text, { asOf }), text)).not.toContain("Good Hands");
  });

  it("is the lead's course when the tagger takes the title's words for a name (the line's shape decides)", () => {
    const text = underBoldName("- In Loco Parentis (DSL) – June 2026");
    expect(excerpts(checkText(trainingMissing, text, { asOf }), text)).toEqual([]);
    const numbered = underBoldName("1. In Loco Parentis (DSL), 4 May 2026");
    expect(excerpts(checkText(trainingMissing, numbered, { asOf }), numbered)).not.toContain("Loco Parentis");
  });

  it("near miss: a lead under the bold name with no course at all is still missing training", () => {
    const text = underBoldName();
    expect(excerpts(checkText(trainingMissing, text, { asOf }), text)).toEqual(["Ms Elspeth Gourlay"]);
  });
});

describe("a title after a capitalised preposition opening a sentence", () => {
  const policy = (line: string) =>
    [
      "# Thornbury Stepping Stones Pre-school — Safeguarding Policy",
      "",
      line,
      "Designated Safeguarding Lead: Ms Elspeth Gourlay",
      "Deputy: Callum Reid",
      "",
      "Ms Elspeth Gourlay completed Designated Safeguarding Lead training on 4 March 2026. Callum Reid completed Designated Safeguarding Lead training on 12 April 2026.",
      "",
      "Next review date: October 2027.",
      "",
    ].join("\n");

  it("is no lead whose training is missing", () => {
    const text = policy("With Good Hands (Designated Safeguarding Lead) on leave, call the deputy.");
    expect(excerpts(checkText(trainingMissing, text, { asOf }), text)).toEqual([]);
  });

  it("near miss: a name the tagger does not know, in the same place, is the lead", () => {
    const text = [
      "# Thornbury Stepping Stones Pre-school — Safeguarding Policy",
      "",
      "With Ngozi Adeyemi-Okafor (Designated Safeguarding Lead) on leave, call the deputy.",
      "",
      "Next review date: October 2027.",
      "",
    ].join("\n");
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
  });
});
