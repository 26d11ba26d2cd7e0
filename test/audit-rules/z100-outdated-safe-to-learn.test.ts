/**
 * outdated-reference (held-out set zz100, a junior Scrabble club's policy), in our own words: the DCSF's anti-bullying
 * guidance "Safe to Learn" (2007), withdrawn when the Department for Education published "Preventing and tackling
 * bullying" (2011). Near misses: "safe to learn" as ordinary words, and the title named as history beside its successor.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt);

describe("the DCSF's Safe to Learn guidance", () => {
  it("is out of date", () => {
    for (const text of [
      "We follow the DCSF's *Safe to Learn* guidance on bullying, including online.",
      "Bullying is handled as in Safe to Learn: embedding anti-bullying work in schools (2007).",
    ])
      expect(found(text), text).toEqual(["Safe to Learn"]);
    // Its subtitle after it, in sentence case.
    expect(found('Staff follow "Safe to learn: embedding anti-bullying work in schools".')).toEqual([
      "Safe to learn",
    ]);
  });
  it("near misses: ordinary words, or history beside the current advice", () => {
    for (const text of [
      "Every child should feel safe to learn and to play at the club.",
      "Our sessions are Safe to Learn spaces where members can try new words.",
      // A school's own anti-bullying week of that name.
      'Our "Safe to Learn" anti-bullying week runs each November, with guidance for parents.',
      "Safe to Learn (2007) was replaced by Preventing and tackling bullying, which we follow.",
    ])
      expect(found(text), text).toEqual([]);
  });
});
