/**
 * placeholder-text (held-out set zz79), in our own words; every name is invented. One word in square capitals
 * naming a value a template leaves for the setting — "[URN]" (Ofsted's unique reference number), "[PLATFORM]",
 * "[VENUE]", "[TOWN]" — where the value is expected: a field's value after its label's colon, or after "on", "at",
 * "in", "via" in a sentence. Near misses: the same word as an abbreviation after its words ("Unique Reference
 * Number [URN]"), a form's choice ("[YES]"), an activity ("[ROLE-PLAY]"), a role's abbreviation ("[DSL]"), a line
 * written in capitals, a link's words.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...lines: string[]): string {
  return [
    "# Larchbeck Forest School — Safeguarding Policy",
    "",
    ...lines,
    "",
    "## 1. Why we have this policy",
    "",
    "Everyone at the forest school shares the job of keeping children safe.",
    "",
  ].join("\n");
}

const excerpts = (...lines: string[]) =>
  checkText(placeholder, policy(...lines), { asOf, format: "md" }).map((f) => f.excerpt);

describe("a value's name in square capitals where the value should be", () => {
  it("is a placeholder after a field's label or a preposition", () => {
    for (const [line, quoted] of [
      ["Larchbeck Forest School is on the Early Years Register. Unique reference number: [URN]", "[URN]"],
      ["In the spring we also run a short course of online tracking games on [PLATFORM].", "[PLATFORM]"],
      ["Sessions start at 9.30 at [VENUE] and finish by noon.", "[VENUE]"],
      ["- **Meeting point:** [LOCATION]", "[LOCATION]"],
      ["We are a small woodland group based in [TOWN], run by volunteers.", "[TOWN]"],
      ["Parents can join the group's chat via [PLATFORM] once their child has started.", "[PLATFORM]"],
    ])
      expect(excerpts(line), line).toEqual([quoted]);
  });

  it("near misses: an abbreviation after its words, a form's choice, an activity, a role, capitals, a link", () => {
    for (const line of [
      "Our certificate shows our Unique Reference Number [URN] beside the date of registration.",
      "Photographs may be taken: [YES] [NO]",
      "Consent given: [YES]",
      "Sessions include den-building and [ROLE-PLAY] games in the clearing.",
      "Tell the Designated Safeguarding Lead [DSL] on the same day.",
      "Concerns go to: [DSL]",
      "LARCHBECK FOREST SCHOOL – SAFEGUARDING POLICY – REGISTERED IN [TOWN]",
      "Find our sessions on [PLATFORM](https://example.org/larchbeck).",
      "The platform we use for parents' messages is named in the handbook [PLATFORM] section.",
    ])
      expect(excerpts(line), line).toEqual([]);
  });

  it('is a placeholder after a preposition and "the", or after "is" or "are"', () => {
    for (const [line, quoted] of [
      ["Our Saturday sessions take place at the [VENUE] beside the car park.", "[VENUE]"],
      ["Story time for families is streamed on the [PLATFORM] each Thursday evening.", "[PLATFORM]"],
      ["We keep spare waterproofs in the [LOCATION] for children who need them.", "[LOCATION]"],
      ["The forest school's Ofsted registration number is [URN].", "[URN]"],
      ["Our nearest town is [TOWN], about two miles from the wood.", "[TOWN]"],
      ["Our two meeting points are [LOCATION] and the old sawmill gate.", "[LOCATION]"],
    ])
      expect(excerpts(line), line).toEqual([quoted]);
  });

  it('near misses after "the", "is" or "are": an abbreviation, a role, a line in capitals, a link', () => {
    for (const line of [
      "Ofsted gave us a Unique Reference Number, shown on the certificate as the [URN] of the setting.",
      "The person to tell is the Designated Safeguarding Lead [DSL].",
      "Concerns are [DSL] matters and go to the lead the same day.",
      "LARCHBECK FOREST SCHOOL – OUR BASE IS [TOWN]",
      "OUR SESSIONS ARE HELD AT THE [VENUE]",
      "Our booking page is [WEBSITE](https://example.org/larchbeck).",
    ])
      expect(excerpts(line), line).toEqual([]);
  });

  // Its time on a hostile line is held by the hostile suite's time limit
  // (markdown-one-line-of-value-names-in-capitals-after-colons), not by a timed unit test.
  it("a long line of value names, colons and spaces finds only the value name in its place", () => {
    const line = `${"Venue:    ".repeat(2_000)}${"kept [URN] ".repeat(4_000)}${" ".repeat(20_000)}at [VENUE]`;
    expect(excerpts(line)).toEqual(["[VENUE]"]);
  });
});
