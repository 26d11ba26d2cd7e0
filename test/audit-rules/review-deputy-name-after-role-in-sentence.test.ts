/**
 * "Mrs A, Office Manager and Deputy DSL Mr B can also be contacted on …": a role followed straight away by a name
 * the sentence goes on from is that name's, not the first person's (whose job ends at "Office Manager"). Near
 * miss: a PDF's joined list "Mrs A, Nursery Manager and DSL Mr B, Room Leader and Deputy DSL" keeps the role
 * tied to the name before it. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, leadNamesOf } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (sentence: string) =>
  [
    "# Thistledown Pre-School — Safeguarding Policy",
    "",
    "## 1. Who to contact",
    "",
    "Our Designated Safeguarding Lead is Mrs Nadia Quell (01632 960 310).",
    "",
    sentence,
    "",
    "## 2. Training",
    "",
    "Mrs Nadia Quell completed designated lead training on 14 January 2026.",
    "Ivo Brandt completed designated lead training on 2 June 2026.",
    "",
    "## 3. Review",
    "",
    "This policy was approved on 1 September 2026 and is reviewed every year.",
    "",
  ].join("\n");

const deputies = (text: string) => leadNamesOf(text, "deputy");

describe("a role followed by a name the sentence goes on from", () => {
  for (const verb of ["can also be contacted on 01632 960 311.", "is available on Tuesdays."]) {
    const text = policy(`Mrs Lyra Okon, Office Manager and Deputy DSL Ivo Brandt ${verb}`);
    it(`the deputy is the name after the role (${verb.split(" ")[0]})`, () => {
      expect(deputies(text)).toEqual(["Ivo Brandt"]);
    });
    for (const format of ["md", "pdf"] as const) {
      it(`no training is missing for the office manager (${verb.split(" ")[0]}, ${format})`, () => {
        expect(checkText(trainingMissing, text, { asOf, format })).toEqual([]);
      });
    }
  }

  it("near miss: a joined list of name, job and role keeps each role with the name before it", () => {
    const text = policy(
      "Ivo Brandt, Pre-School Manager and Deputy DSL Lyra Okon, Room Leader and Deputy DSL",
    );
    expect(deputies(text)).toContain("Ivo Brandt");
  });

  it("near miss: the role with no name after it is the first person's", () => {
    const text = policy("Ivo Brandt, Office Manager and Deputy DSL, can also be contacted on 01632 960 311.");
    expect(deputies(text)).toEqual(["Ivo Brandt"]);
  });
});
