/**
 * placeholder-text (held-out sets zz80/zz81), in our own words; every name is invented.
 * - A value's name in square capitals with "to be confirmed" after a dash ("[MEETING HALL ADDRESS – tbc]"): one
 *   placeholder, the whole bracket, not its "tbc" alone.
 * - A value described in lower case in square brackets where the value should stand ("[registration body]",
 *   "[postcode of the hut]"): a noun phrase naming a kind of value. Near misses: "[sic]", "[1]", "[see below]",
 *   "[optional]", a link's words, a task box, an editor's words in a quotation.
 * - "A. N. Other", the stock name a template gives for a person, where a name should be.
 * - A bracket a PDF's narrow line wraps ("[rhif" / "ffôn / phone number]"): found as on one line.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...lines: string[]): string {
  return [
    "# Pennerby Model Railway Juniors — Safeguarding Policy",
    "",
    ...lines,
    "",
    "## 1. Why we have this policy",
    "",
    "Everyone at the club shares the job of keeping children safe.",
    "",
  ].join("\n");
}

const excerpts = (lines: string[], format: "md" | "txt" = "md") =>
  checkText(placeholder, policy(...lines), { asOf, format }).map((f) => f.excerpt);

describe("a value's name in capitals with 'to be confirmed' in its bracket", () => {
  it("is one placeholder, the whole bracket", () => {
    for (const [line, quoted] of [
      [
        "Summer running days are held at [MEETING HALL ADDRESS – tbc]. Places are free.",
        "[MEETING HALL ADDRESS – tbc]",
      ],
      ["Out of hours, call [CONTACT NUMBER - TBC] and leave a message.", "[CONTACT NUMBER - TBC]"],
      ["The layout is stored at [VENUE — to be confirmed] over the winter.", "[VENUE — to be confirmed]"],
    ])
      expect(excerpts([line]), line).toEqual([quoted]);
  });
});

describe("a kind of value described in lower case in square brackets", () => {
  it("is a placeholder where the value should be", () => {
    for (const [line, quoted] of [
      [
        "Volunteers' checks are handled by [registration body] and renewed every three years.",
        "[registration body]",
      ],
      ["Juniors meet at the hut at [postcode of the hut] on Tuesday evenings.", "[postcode of the hut]"],
      ["Our trains run at [venue] during the spring show.", "[venue]"],
      ["We are affiliated to [national organisation] for insurance.", "[national organisation]"],
      ["Parents can email the secretary at [club email] at any time.", "[club email]"],
    ])
      expect(excerpts([line]), line).toEqual([quoted]);
  });

  it("near misses: editorial marks, numbers, links, task boxes, quotations", () => {
    for (const line of [
      "The sign read “Juniors must be accompanied [sic]” until last year.",
      "Guidance says every club should keep records [1] for six years.",
      "Details of the outing are given later [see below].",
      "Bring a packed lunch [optional] on running days.",
      "Checks are handled by the [registration body](https://example.org/checks) we use.",
      "Read the [venue] page for directions.\n\n[venue]: https://example.org/venue",
      "- [ ] Signed the code of conduct",
      "- [x] Photo consent returned",
      "The guidance says “[the] body responsible must keep a record”.",
      "Their letter said “we wrote to [the national organisation] in March”.",
      "> The [governing body] must be told within a week.",
      "See the footnote.[^1]",
    ])
      expect(excerpts([line]), line).toEqual([]);
  });
});

describe("the stock placeholder name", () => {
  it("is a placeholder where a name should be", () => {
    for (const [line, quoted] of [
      ["| Deputy Safeguarding Officer | A. N. Other | Track Steward | 01632 960 118 |", "A. N. Other"],
      ["Deputy lead: A N Other", "A N Other"],
      ["Our deputy is Mr A.N. Other, who runs the workshop.", "A.N. Other"],
    ])
      expect(excerpts([line]), line).toEqual([quoted]);
  });

  it("near misses: an example of how to write a name, ordinary words", () => {
    for (const line of [
      "Write each name in full on the register (e.g. A. N. Other).",
      "A new member joins one other junior at the workbench.",
      "He took a N gauge locomotive and another from the box.",
    ])
      expect(excerpts([line]), line).toEqual([]);
  });
});

describe("a bracket a PDF's line wraps", () => {
  it("is found as on one line", () => {
    const line =
      "Deputy: Owain Price (Rheolwr Trac / Track Manager), [rhif\nffôn / phone number]\nThe trustee checks this policy each year.";
    expect(excerpts([line], "txt")).toEqual(["[rhif ffôn / phone number]"]);
  });

  it("near miss: a saved web page's notice where its script showed an email address, wrapped", () => {
    const line =
      "Write to the committee at [You must enable JavaScript to view this\nemail address]{.email}.";
    expect(excerpts([line])).toEqual([]);
  });
});
