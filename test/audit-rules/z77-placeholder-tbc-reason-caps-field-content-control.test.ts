/**
 * placeholder-text (held-out set zz77), in our own words; every name is invented. Three shapes:
 * - "TBC (pending checks)": a field's TBC with the reason it is still to come in brackets — the advice quotes the
 *   field, the value and the reason together;
 * - "[FLAT NO.]", "[CHARITY NO]": a field's name in square capitals where an address's or a register's number
 *   should be — not an activity in capitals ("[ROLE-PLAY]") nor "[NO]" alone;
 * - Word's content-control prompt left where the text should be: "Click or tap here to enter text.", "Click here
 *   to enter text.", "Click or tap to enter a date." — not an instruction about a web page's own button.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...lines: string[]): string {
  return [
    "# Brackwater Canoe Polo Juniors — Safeguarding Policy",
    "",
    ...lines,
    "",
    "## 1. Why we have this policy",
    "",
    "Everyone at the club shares the job of keeping young paddlers safe.",
    "",
  ].join("\n");
}

const findings = (...lines: string[]) => checkText(placeholder, policy(...lines), { asOf, format: "md" });
const excerpts = (...lines: string[]) => findings(...lines).map((f) => f.excerpt);

describe("TBC with its reason in brackets", () => {
  it("quotes the field, the value and the reason", () => {
    for (const [line, quoted] of [
      ["Deputy Welfare Officer: TBC (pending checks)", "Deputy Welfare Officer: TBC (pending checks)"],
      ["- **Second contact:** TBA (awaiting references).", "Second contact: TBA (awaiting references)"],
    ]) {
      const found = findings(line);
      expect(found).toHaveLength(1);
      expect(found[0].excerpt).toBe(line.includes("TBA") ? "TBA" : "TBC");
      expect(found[0].message).toContain(`"${quoted}"`);
    }
  });

  it("near miss: words after the bracket, so the field's value is more than TBC", () => {
    const found = findings("Deputy Welfare Officer: TBC (pending checks) and then Ola Brandt");
    expect(found.map((f) => f.excerpt)).toEqual(["TBC"]);
    expect(found[0].message).toMatch(/^"TBC" is a placeholder/);
  });
});

describe("a field's name in square capitals", () => {
  it("is a placeholder", () => {
    expect(
      excerpts("Brackwater Canoe Polo · [FLAT NO.], Quayside Mews, Brackwater BW2 7LP · adopted March 2026"),
    ).toEqual(["[FLAT NO.]"]);
    expect(excerpts("We are a registered charity ([CHARITY NO]) run by volunteers.")).toEqual([
      "[CHARITY NO]",
    ]);
  });

  it("near misses: an activity in capitals, a lone NO, an abbreviation", () => {
    for (const line of [
      "Sessions include warm-ups and [ROLE-PLAY] exercises, always supervised.",
      "Do you consent to photographs? [YES] [NO]",
      "Tell the Designated Safeguarding Lead [DSL.] at once.",
      "Our motto is [JUST SAY NO.] to bullying of any kind.",
    ])
      expect(excerpts(line)).toEqual([]);
  });
});

describe("Word's content-control prompt", () => {
  it("is a placeholder", () => {
    for (const [line, quoted] of [
      [
        "We paddle at Click or tap here to enter text. on Thursday evenings and at the lido in summer.",
        "Click or tap here to enter text.",
      ],
      ["Welfare Officer: Click here to enter text.", "Click here to enter text."],
      ["This policy was adopted on Click or tap to enter a date.", "Click or tap to enter a date."],
    ])
      expect(excerpts(line)).toEqual([quoted]);
  });

  it("near miss: a sentence about the club's online form", () => {
    expect(
      excerpts("On the booking page, click the box and type to enter text about your child's medical needs."),
    ).toEqual([]);
  });
});
