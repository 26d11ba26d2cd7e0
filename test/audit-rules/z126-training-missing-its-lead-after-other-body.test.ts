/**
 * training-missing (held-out set zz126), in our own words; every name is invented. A netball club names its own
 * Club Welfare Officer and lists her training, then, for complaints, sends parents to another body by name: "contact
 * the Wexcombe County Netball Association: its Welfare Lead, Tamsin Oakridge-Vale, is on …. She is not part of the
 * club and does not take the club's concerns day to day." "Its" after the association's name makes the lead the
 * association's, and the next sentence disowns her: the club's training list owes her no record. Without the
 * disowning sentence she stays a lead and is reported; the club's own officer with no training is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const contact = (tail: string) =>
  `If you are unhappy with how we dealt with a concern, contact the Wexcombe County Netball Association: its Welfare Lead, Tamsin Oakridge-Vale, is on 07700 900 581 (welfare@example.org).${tail}`;
const disowning = contact(
  " She is not part of the club and does not take the club's concerns day to day, but she can review what we did.",
);
const plain = contact(" She can review what we did.");

const record = (officerTrained: boolean) => [
  ...(officerTrained
    ? ["**Rhiannon Featherby-Cole**", "- Safeguarding in netball (online) – 11/03/2026", ""]
    : []),
  "**Idris Pennock** (coach)",
  "- Safeguarding in netball (online) – 02/04/2026",
];

const markdown = (about: string, officerTrained = true) =>
  markdownDocument(
    [
      "# Larkhill Netball Club – Safeguarding Policy",
      "",
      "## Who to talk to",
      "",
      "Club Welfare Officer: Rhiannon Featherby-Cole – 07700 900 580",
      "",
      about,
      "",
      "## Training",
      "",
      ...record(officerTrained),
      "",
    ].join("\n"),
  );

const word = (about: string) =>
  wordDocument(
    [
      "<h1>Larkhill Netball Club – Safeguarding Policy</h1>",
      "<h2>Who to talk to</h2>",
      "<p>Club Welfare Officer: Rhiannon Featherby-Cole – 07700 900 580</p>",
      `<p>${about.replace(/'/g, "&#39;")}</p>`,
      "<h2>Training</h2>",
      "<p><strong>Rhiannon Featherby-Cole</strong></p>",
      "<ul><li>Safeguarding in netball (online) – 11/03/2026</li></ul>",
      "<p><strong>Idris Pennock</strong> (coach)</p>",
      "<ul><li>Safeguarding in netball (online) – 02/04/2026</li></ul>",
    ].join("\n"),
  );

describe("training-missing: 'its <lead role>, NAME' after another body's name, disowned, is that body's", () => {
  it("does not report the other body's lead, in Markdown and Word", () => {
    expect(run(trainingMissing, markdown(disowning))).toEqual([]);
    expect(run(trainingMissing, word(disowning))).toEqual([]);
  });
  it("still reports her when nothing disowns her", () => {
    const doc = markdown(plain);
    expect(found(run(trainingMissing, doc), doc)).toEqual(["Tamsin Oakridge-Vale"]);
  });
  it("still reports the club's own officer with no training", () => {
    const doc = markdown(disowning, false);
    expect(found(run(trainingMissing, doc), doc)).toEqual(["Rhiannon Featherby-Cole"]);
  });
});
