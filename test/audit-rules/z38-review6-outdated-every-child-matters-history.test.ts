/**
 * Review 6 (in our own words, every name invented; as of 1 December 2026): "Every Child Matters" told as history is
 * no out-of-date reference — the programme's green paper that a later Act followed, outcomes whose programme ended,
 * the spirit of the old outcomes — and the motto under a heading "Our principles" is ordinary words with none of the
 * programme's own beside them (a year of the Act, "guidance" or "principles" are no such words). Near miss: a policy
 * that still plans its work around the programme's outcomes is still warned.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (heading: string, text: string) =>
  checkText(
    outdatedReference,
    `# Pebblecroft Nursery – Safeguarding Policy\n\nOur lead is Nell Ardagh-Moss.\n\n## ${heading}\n\n${text}`,
    { asOf },
  ).map((f) => f.excerpt);

describe("outdated-reference: Every Child Matters as history or a motto", () => {
  it("stays quiet on the programme told as history", () => {
    for (const text of [
      "The Children Act 2004 followed the Every Child Matters green paper of 2003, after a child's death shocked the country.",
      "We keep to the spirit of the old Every Child Matters outcomes, although the programme ended in 2010.",
      "Parts of the Children Act 2004 grew out of Every Child Matters, and its guidance is still quoted.",
    ])
      expect(found("Where our duties come from", text), text).toEqual([]);
  });
  it("stays quiet on the motto under a heading of principles", () => {
    const text = "Every Child Matters: that is what we say, and every family is welcome here.";
    expect(found("Our principles", text)).toEqual([]);
  });
  it("still warns on the outcomes used as the framework today", () => {
    const text = "Our key workers plan each week around the five Every Child Matters outcomes.";
    expect(found("How we work", text)).toEqual(["Every Child Matters"]);
  });
});
