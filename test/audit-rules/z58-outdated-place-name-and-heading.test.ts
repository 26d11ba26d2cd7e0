/**
 * outdated-reference (held-out set zz58), in our own words; every name is invented. As of 1 December 2026.
 * - An old body named with its place ("the Fernleigh Safeguarding Children Board") is quoted by its whole proper
 *   name as written, place and all, as a user would search the policy for it — not "Safeguarding Children Board".
 *   Words before the name that are not part of it ("the", "Contact", "Our") stay out; history is still history.
 * - A heading does not belong to the sentence under it: "Peer on peer abuse can happen …" under the heading
 *   "5. Child-on-child concerns" is still the old term, though the heading uses the current one.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const markdown = (...lines: string[]) =>
  markdownDocument(["# Fernleigh Cricket Club — Safeguarding Policy", "", ...lines, ""].join("\n"));
const excerpts = (document: ReturnType<typeof markdownDocument>) =>
  found(run(outdatedReference, document), document);
const messages = (document: ReturnType<typeof markdownDocument>) =>
  run(outdatedReference, document).map((r) => r.message);

describe("outdated-reference: an old body quoted with its place's name", () => {
  it("quotes the place with the body's name, in the excerpt and the message", () => {
    const document = markdown(
      "Our procedures are those published by the Fernleigh Safeguarding Children Board, which brings the agencies together.",
    );
    expect(excerpts(document)).toEqual(["Fernleigh Safeguarding Children Board"]);
    expect(messages(document)[0]).toMatch(/^"Fernleigh Safeguarding Children Board" is out of date/);
  });

  it("takes a place of two words, and the place before an abbreviation", () => {
    expect(
      excerpts(markdown("We follow the North Wyvern Safeguarding Children Board's procedures.")),
    ).toEqual(["North Wyvern Safeguarding Children Board"]);
    expect(excerpts(markdown("Referrals follow the Wyvern Vale LSCB thresholds."))).toEqual([
      "Wyvern Vale LSCB",
    ]);
  });

  it("near miss: leaves out words that are not a name's", () => {
    expect(excerpts(markdown("Contact Safeguarding Children Board staff through the council."))).toEqual([
      "Safeguarding Children Board",
    ]);
    expect(excerpts(markdown("The Local Safeguarding Children Board sets the thresholds."))).toEqual([
      "Local Safeguarding Children Board",
    ]);
    expect(
      excerpts(markdown("Ask the Board. Safeguarding Children Board papers are in the office.")),
    ).toEqual(["Safeguarding Children Board"]);
  });

  it("near miss: a command opening the sentence or the line is not part of the name (review mend)", () => {
    expect(excerpts(markdown("Inform Hollowmere LSCB of any allegation."))).toEqual(["Hollowmere LSCB"]);
    expect(
      excerpts(markdown("Staff act at once. Notify Fernleigh Safeguarding Children Board the same day.")),
    ).toEqual(["Fernleigh Safeguarding Children Board"]);
    expect(excerpts(markdown("- Telephone Wyvern Vale LSCB on 01632 960 111."))).toEqual([
      "Wyvern Vale LSCB",
    ]);
    expect(excerpts(markdown("Advise Fernleigh LSCB in writing."))).toEqual(["Fernleigh LSCB"]);
    // A place's name that opens the sentence stays part of it, verb-like or not.
    expect(excerpts(markdown("Reading LSCB sets the thresholds we follow."))).toEqual(["Reading LSCB"]);
    expect(excerpts(markdown("Fernleigh Safeguarding Children Board sets the thresholds."))).toEqual([
      "Fernleigh Safeguarding Children Board",
    ]);
  });

  it("keeps a place's body told as history as history", () => {
    expect(
      excerpts(
        markdown(
          "The Fernleigh Safeguarding Children Partnership took over from the former Fernleigh Safeguarding Children Board in 2019.",
        ),
      ),
    ).toEqual([]);
  });
});

describe("outdated-reference: a heading is not part of the sentence below it", () => {
  const sections = (body: string) => ["## 5. Child-on-child concerns", "", body];

  it("reports 'Peer on peer abuse' under a heading that says child-on-child", () => {
    const body = "Peer on peer abuse can happen in dormitories and online. We never dismiss it as banter.";
    expect(excerpts(markdown(...sections(body)))).toEqual(["Peer on peer abuse"]);
    const word = wordDocument(`<h1>Fernleigh School</h1><h2>5. Child-on-child concerns</h2><p>${body}</p>`);
    expect(excerpts(word)).toEqual(["Peer on peer abuse"]);
  });

  it("near miss: the same sentence naming the current term is still not reported", () => {
    const body =
      "Child-on-child abuse (which some still call peer on peer abuse) can happen in dormitories and online.";
    expect(excerpts(markdown(...sections(body)))).toEqual([]);
  });
});
