/**
 * outdated-reference (held-out set zz56), in our own words; every name is invented. As of 1 December 2026.
 * An old body's name told as history often carries its place: "took over from the former Ashcombe Safeguarding
 * Children Board", "formerly the Wyvern Vale LSCB". The place's name between the history words and the old name
 * does not make it a current use; the same name used now, with or without the place, is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const boardFound = (sentence: string) => {
  const document = markdownDocument(
    ["# Ashcombe Rowing Club — Safeguarding Policy", "", sentence, ""].join("\n"),
  );
  return found(run(outdatedReference, document), document).filter((f) => /Board|LSCB/i.test(f));
};

describe("outdated-reference: an old body's place name inside a history phrase", () => {
  it("is history after 'took over from the former', 'replaced the' or 'formerly the' with the place between", () => {
    for (const sentence of [
      "The Ashcombe Safeguarding Children Partnership took over from the former Ashcombe Safeguarding Children Board in 2019.",
      "In 2019 the partnership replaced the Wyvern Vale Safeguarding Children Board.",
      "Our local partnership (formerly the Wyvern Vale LSCB) publishes the threshold guidance.",
      "Referral forms come from the former North Ashcombe Safeguarding Children Board.",
    ])
      expect(boardFound(sentence), sentence).toEqual([]);
  });

  it("reads a Markdown copy's tracked change as shown: the inserted words, without the marks", () => {
    expect(
      boardFound(
        "The partnership took over from the former Ashcombe <!-- del: Local Safeguarding Children Board --><ins>Safeguarding Children Board</ins> in 2019.",
      ),
    ).toEqual([]);
    expect(boardFound("Concerns go to the <ins>Ashcombe Safeguarding Children Board</ins>.")).not.toEqual([]);
  });

  it("is still reported where the sentence uses the old body now", () => {
    for (const sentence of [
      "We follow the procedures of the Ashcombe Safeguarding Children Board.",
      "We still follow the former Ashcombe Safeguarding Children Board procedures.",
      "Concerns go to the Wyvern Vale LSCB, which took over from the old panel.",
      // Looser history words before a place's name are about now (review of this change, MUST 1).
      "We will act once the Wyvern Vale Safeguarding Children Board has agreed the plan.",
      "Our junior section is merging with the Wyvern Vale LSCB training programme this year.",
    ])
      expect(boardFound(sentence), sentence).not.toEqual([]);
  });
});
