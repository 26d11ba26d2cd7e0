/**
 * training-missing (held-out set zz121), in our own words; every name is invented. A baby and toddler group that
 * meets in a chapel hall names its own co-ordinator and, as a contact, the "Chapel Safeguarding Officer: Revd …",
 * then says "The Chapel Safeguarding Officer advises the chapel council …; she does not run sessions and is not part
 * of the group's team." The officer is the chapel's, not the group's lead, so the group's training list owes her no
 * record. The same role without that sentence is still the group's lead and is still reported; a sentence
 * disowning another body's officer ("The Circuit …") does not disown the chapel's.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const lines = (about: string) => [
  "Safeguarding Co-ordinator: Philippa Gauntlett-Rowe – 07700 900 711",
  "Chapel Safeguarding Officer: Revd Anwen Castellane-Pryce – 07700 900 712",
  about,
];
const training = [
  "**Philippa Gauntlett-Rowe**",
  "- Foundation safeguarding module (online) – 14/06/2025",
  "",
  "**Bartholomew Ince** (session helper)",
  "- Foundation safeguarding module (online) – April 2025",
];
const disowning =
  "The Chapel Safeguarding Officer advises the chapel council on safeguarding across all its work; she does not run sessions and is not part of the group's team.";
const otherBody =
  "The Circuit Safeguarding Officer advises the chapel council on safeguarding across all its work; she does not run sessions and is not part of the group's team.";

const markdown = (about: string) =>
  markdownDocument(
    [
      "# Tiddlers Baby and Toddler Group",
      "",
      "## Who to talk to",
      "",
      ...lines(about).flatMap((l) => [l, ""]),
      "## Training",
      "",
      ...training,
      "",
    ].join("\n"),
  );

const word = (about: string) =>
  wordDocument(
    [
      "<h1>Tiddlers Baby and Toddler Group</h1>",
      "<h2>Who to talk to</h2>",
      ...lines(about).map((l) => `<p>${l}</p>`),
      "<h2>Training</h2>",
      "<p><strong>Philippa Gauntlett-Rowe</strong></p>",
      "<ul><li>Foundation safeguarding module (online) – 14/06/2025</li></ul>",
      "<p><strong>Bartholomew Ince</strong> (session helper)</p>",
      "<ul><li>Foundation safeguarding module (online) – April 2025</li></ul>",
    ].join("\n"),
  );

describe("training-missing: another body's officer the policy says is not part of the team", () => {
  it("does not report the officer, in Markdown and Word", () => {
    expect(run(trainingMissing, markdown(disowning))).toEqual([]);
    expect(run(trainingMissing, word(disowning))).toEqual([]);
  });
  it("still reports the officer when nothing disowns that role", () => {
    for (const about of ["Ring either of us if you are worried.", otherBody]) {
      const doc = markdown(about);
      expect(found(run(trainingMissing, doc), doc), about).toEqual(["Revd Anwen Castellane-Pryce"]);
    }
  });
});
