/**
 * placeholder-text (review of the thirty-seventh session, in our own words; every name is invented): "to be
 * appointed" after a post of the setting's own is a vacancy, not a template's value left unwritten, even when the
 * post's name holds an outside body's: "Early help champion: to be appointed", "Ofsted nominated individual: to be
 * appointed", "Social care link governor: to be appointed". Stays reported (z118): a post outside the setting that
 * always has a holder — "LADO: to be appointed", "Police liaison officer: to be appointed".
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const policy = (line: string) =>
  [
    "# Bramblecote Nursery Safeguarding Policy",
    "",
    "Next review: September 2027.",
    "",
    "Designated Safeguarding Lead: Tamsin Read, 07700 900751. Deputy: Yusuf Hale, 07700 900752.",
    "",
    "## Key people",
    "",
    line,
    "",
  ].join("\n");
const found = (text: string) =>
  checkText(placeholderText, text, { asOf: "2026-12-01" }).map((f) => f.excerpt);

describe("placeholder-text: the setting's own post to be appointed", () => {
  it.each([
    "- Early help champion: to be appointed",
    "- Early Help Lead: to be appointed",
    "- Ofsted nominated individual: to be appointed",
    "- Social care link governor: to be appointed",
    "- Police liaison champion: to be appointed",
  ])("is a vacancy, not a placeholder: %s", (line) => {
    expect(found(policy(line))).toEqual([]);
  });

  it.each([
    "- LADO: to be appointed",
    "- Local authority designated officer (LADO): to be appointed",
    "- Police liaison officer: to be appointed",
  ])("an outside post is still a placeholder: %s", (line) => {
    expect(found(policy(line))).toEqual(["to be appointed"]);
  });
});
