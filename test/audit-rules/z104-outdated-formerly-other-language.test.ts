/**
 * From the hundred-and-fourth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * A policy written in English and a second language, paragraph by paragraph, tells the history of the DBS in both:
 * "(formerly CRB)" in English is history, and so is the same aside in the other language — Polish "dawniej" or
 * "wcześniej", French "anciennement", Welsh "gynt" after the name ("y CRB gynt"). A plain use of the old name in
 * either language ("zaświadczenie CRB", "a CRB check") is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => excerpts(checkText(outdatedReference, text, { asOf }), text);

describe("an old body named as history in the policy's other language", () => {
  it.each([
    "Wszyscy trenerzy zespołu tanecznego Jarzębina mają zaświadczenie DBS (dawniej CRB).",
    "Wolontariusze przedstawiają zaświadczenie DBS, wcześniej CRB, przed pierwszą próbą.",
    "Chaque bénévole de la chorale Les Mouettes a un certificat DBS (anciennement CRB).",
    "Mae gan bob gwirfoddolwr yng Nghôr Glanrafon wiriad DBS (y CRB gynt).",
  ])("is not reported: %s", (sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it("near miss: the old name used as current in the other language is still reported", () => {
    expect(found("Każdy trener zespołu tanecznego Jarzębina ma zaświadczenie CRB.")).toEqual(["CRB"]);
  });
});
