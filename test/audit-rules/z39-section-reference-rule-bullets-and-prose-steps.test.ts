/**
 * section-reference (review of the thirty-eighth session), in our own words; every name is invented. Two sides of
 * "which section holds the steps":
 * - Bullets are steps only when they read as steps (a command, a sequence): "follow the steps in section 5" where
 *   section 5, "Photographs and social media", lists three rules as bullets ("Photographs are taken only on the
 *   group's own camera") is still the wrong section — section 2 numbers the steps. Bullets that are commands
 *   ("Make sure the child is safe") still make the section one that sets out steps.
 * - "following the recording steps in section 4" where section 4, "Notes and confidentiality", sets the procedure
 *   out in prose ("Write your note … Sign it, date it … hand it to the DSL") points where it means to.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const scouts = (section5: string[]) =>
  markdownDocument(
    [
      "# Hollowmere Scouts – Safeguarding Policy",
      "",
      "## 1. Introduction",
      "",
      "This policy covers every leader at Hollowmere Scouts. Safeguarding Officer: Ms Petra Vallance-Ode.",
      "",
      "If a concern is raised by a parent, follow the steps in section 5.",
      "",
      "## 2. Reporting a concern",
      "",
      "1. Make sure the child is safe.",
      "2. Write down what you saw or heard.",
      "3. Tell the Safeguarding Officer the same day.",
      "4. If a child is in danger now, ring 999.",
      "",
      "## 3. Training",
      "",
      "Every leader completes safeguarding training every three years.",
      "",
      "## 4. Review",
      "",
      "The trustees review this policy every year.",
      "",
      ...section5,
      "",
    ].join("\n"),
  );

const club = (section4: string) =>
  markdownDocument(
    [
      "# Riverside Youth Club – Safeguarding Policy",
      "",
      "## 1. Introduction",
      "",
      "Designated Safeguarding Lead: Mrs Ann Lee (Club Manager). Deputy Designated Safeguarding Lead: Mr Tom Ure (Senior Youth Worker).",
      "",
      "## 2. Responding to a disclosure",
      "",
      "1. Listen calmly and let the young person talk.",
      "2. Do not promise to keep a secret.",
      "3. Record what was said in the young person's own words.",
      "4. Tell the Designated Safeguarding Lead the same day.",
      "",
      "## 3. Online safety",
      "",
      "After any incident online, write down what happened, following the recording steps in section 4.",
      "",
      "## 4. Notes and confidentiality",
      "",
      section4,
      "",
      "## 5. Review",
      "",
      "This policy was approved on 1 October 2026 and will be reviewed by 1 October 2027.",
      "",
    ].join("\n"),
  );

describe("section-reference: bullets that are rules are not steps; steps set out in prose are", () => {
  it("reports steps referred to in a section whose bullets are rules (the reviewer's snippet)", () => {
    const doc = scouts([
      "## 5. Photographs and social media",
      "",
      "We ask parents for consent before taking photographs.",
      "",
      "- Photographs are taken only on the group's own camera.",
      "- No child is named in a caption.",
      "- Images are deleted at the end of each term.",
    ]);
    const reported = run(sectionReference, doc);
    expect(found(reported, doc)).toEqual(["section 5"]);
    expect(reported[0].message).toContain('section 2, "Reporting a concern"');
  });

  it("still lets be a section whose bullets are commands", () => {
    const doc = scouts([
      "## 5. When a child confides in you",
      "",
      "Stay calm.",
      "",
      "- Listen calmly and do not interrupt.",
      "- Do not promise to keep a secret.",
      "- Write down the child's own words as soon as you can.",
    ]);
    expect(found(run(sectionReference, doc), doc)).toEqual([]);
  });

  it("stays quiet when the section referred to sets the recording steps out in prose", () => {
    const doc = club(
      "Write your note as soon as you can, in ink, using the young person's own words. Sign it, date it and put the time on it, then hand it in a sealed envelope to the Designated Safeguarding Lead, who keeps it in the locked cabinet in the office.",
    );
    expect(found(run(sectionReference, doc), doc)).toEqual([]);
  });

  it("still reports the recording steps referred to in a section of plain statements", () => {
    const doc = club(
      "Young people's information is shared only with those who need to know it. The club follows data protection law.",
    );
    const reported = run(sectionReference, doc);
    expect(found(reported, doc)).toEqual(["section 4"]);
  });
});
