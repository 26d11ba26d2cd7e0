/**
 * placeholder-text (review of the thirty-seventh session, in our own words; every name is invented): the setting's
 * registered number left blank inside a sentence with several spaces between its label and the blank —
 * "(registered charity number      ............)", "Ofsted URN:        ______" — is the same blank as with one space.
 * The spaces before the blank are read once (the blank starts with a character that is no space), so a long run of
 * them stays linear. Stays quiet: a number written in after the spaces, and spaces with no blank after them.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const policy = (line: string) =>
  [
    "# Larkfield Youth Club Safeguarding Policy",
    "",
    "Next review: September 2027.",
    "",
    "Designated Safeguarding Lead: Nell Garside, 07700 900741. Deputy: Omar Pryce, 07700 900742.",
    "",
    line,
    "",
  ].join("\n");
const found = (text: string) =>
  checkText(placeholderText, text, { asOf: "2026-12-01" }).map((f) => f.excerpt);

describe("placeholder-text: a registered number's blank after several spaces", () => {
  it.each([
    [
      "Larkfield Youth Club (registered charity number      ............) is run by volunteers.",
      "charity number",
    ],
    ["Larkfield Youth Club, charity number        ______, is run by volunteers.", "charity number"],
    [
      "The club is registered with Ofsted (Ofsted URN:         ……) on the Early Years Register.",
      "Ofsted URN",
    ],
    ["Registered charity number:          ________", "charity number"],
  ])("is reported: %s", (line, label) => {
    const excerpts = found(policy(line));
    expect(excerpts).toHaveLength(1);
    expect(excerpts[0]).toContain(label);
  });

  it.each([
    "Larkfield Youth Club (registered charity number      1190001) is run by volunteers.",
    "Larkfield Youth Club (registered charity number      ) is run by volunteers.",
    "Registered charity number:          1190001",
  ])("stays quiet: %s", (line) => {
    expect(found(policy(line))).toEqual([]);
  });
});
