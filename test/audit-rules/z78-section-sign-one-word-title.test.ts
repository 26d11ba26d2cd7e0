/**
 * section-reference (the held-out sets zz78, zz79), in our own words; every name is invented.
 * - The section sign as a cross-reference: "follow the steps in §8" in a policy of six sections is read as "section 8"
 *   and reported; "§ 47 of the Children Act 1989", "§11 of the Children Act 2004" are the Acts' and stay quiet, as
 *   does "§3" where section 3 exists.
 * - "(see section 6)" in a sentence naming the subject of a section titled in one short word ("Consent"), where
 *   section 6 never uses the word: reported, with the section that has the title. Not where section 6 uses the word.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, numberedPolicy, run } from "../fixtures/structure/documents.js";

const LAYOUTS: Layout[] = ["md", "docx", "pdf"];

const SAILING = [
  "Why this policy matters",
  "Who looks after safeguarding",
  "Sessions on the lake",
  "Acting on a worry",
  "Worries about an adult",
  "Records and the law",
];

function sailing(layout: Layout, four: string, six = "Records are kept locked for six years.") {
  return numberedPolicy(
    "Brackenwater Sailing Juniors – Safeguarding Policy",
    SAILING,
    layout,
    { 4: four, 6: six },
    (t) => `Our approach to ${t.toLowerCase()}.`,
  );
}

describe("section-reference: the section sign", () => {
  it("reads §8 in a policy of six sections as a section that is not there", () => {
    for (const layout of LAYOUTS) {
      const document = sailing(
        layout,
        "Write down what the child said. The welfare officer then decides what to do next and follows the steps in §8.",
      );
      const reports = run(sectionReference, document);
      expect(found(reports, document), layout).toEqual(["§8"]);
      expect(reports[0].message).toContain("no section is numbered 8");
    }
  });

  it("reads § 8 with a space, and §3 where section 3 exists stays quiet", () => {
    const spaced = sailing("md", "The welfare officer follows the steps in § 8.");
    expect(found(run(sectionReference, spaced), spaced)).toEqual(["§ 8"]);
    const there = sailing("md", "The welfare officer follows the rules for the water in §3.");
    expect(found(run(sectionReference, there), there)).toEqual([]);
  });

  it("leaves an Act's section alone", () => {
    for (const layout of LAYOUTS) {
      const document = sailing(
        layout,
        "The welfare officer follows the steps set out in our procedures.",
        "We keep to § 47 of the Children Act 1989 and to §11 of the Children Act 2004 in everything we do.",
      );
      expect(found(run(sectionReference, document), document), layout).toEqual([]);
    }
  });
});

const RADIO = [
  "About the station",
  "Our promise",
  "Who to talk to",
  "Making programmes safely",
  "Consent",
  "Worries and concerns",
  "Messages from listeners",
  "Helpers",
];

function radio(layout: Layout, six: string, seven: string) {
  return numberedPolicy(
    "Fernhollow Youth Radio – Safeguarding Policy",
    RADIO,
    layout,
    {
      5: "Every presenter under 16 brings a consent form signed by a parent before going on air.",
      6: six,
      7: seven,
    },
    (t) => `How we handle ${t.toLowerCase()}.`,
  );
}

const WORRY = "If a presenter tells you something worrying, listen and tell the lead straight away.";

describe("section-reference: a one-word title named in the sentence", () => {
  it("is reported where the section referred to never uses the word", () => {
    for (const layout of LAYOUTS) {
      const document = radio(
        layout,
        `${WORRY} Visitors under 18 who join a show need a consent form as well (see section 7).`,
        "Listeners' messages are read by two helpers; unkind ones are deleted and kept as evidence.",
      );
      const reports = run(sectionReference, document);
      expect(found(reports, document), layout).toEqual(["section 7"]);
      expect(reports[0].message).toContain('("Consent" is section 5)');
    }
  });

  it("stays quiet where the section referred to uses the word", () => {
    const document = radio(
      "md",
      `${WORRY} Visitors under 18 who join a show need a consent form as well (see section 7).`,
      "Listeners' messages are read by two helpers. A listener under 18 gives consent before a message is read out.",
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });
});
