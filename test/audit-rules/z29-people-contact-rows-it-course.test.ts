/**
 * Who the lead and deputies are, and whose training a sentence records, in shapes from the held-out sets zz29 and
 * zz31 (issue 11), in our own words; every name is invented.
 * - A contacts table names the lead in the row "Safeguarding – first contact for …" and the deputies in the row for
 *   when that contact is away ("Welfare – in their absence", "Safeguarding: if the DSL is unavailable"); each of
 *   the deputies listed there is one (a PDF's table blocks too). "First aid – if … not available" is no deputy's.
 * - A first name that is also a month after a title is a name: "Mrs June Ferris", "Ms April Stone".
 * - Letters in capitals after a name do not end a list: "Ms Nora Quinn ADCRG / Mr Eoin Byrne" names two people.
 * - "Orla and Seán completed it together on 9 June 2025": "it" is the course named in the clause or the sentence
 *   just before, and both are credited; never a course named further back.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { namesAt } from "../../src/audit/text/people.js";
import { findTrainingLines } from "../../src/audit/text/training.js";
import { checkDocument, checkText } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";
const named = (text: string, role: "dsl" | "deputy") =>
  findLeadMentions(text)
    .filter((m) => m.role === role)
    .flatMap((m) => m.names ?? []);

describe("a contacts table's rows for the first contact and for when they are away", () => {
  const policy = (leadRow: string, deputyRow: string) =>
    [
      "# Ferncombe Youth Theatre — Keeping Children Safe",
      "",
      "The Designated Safeguarding Lead (DSL) deals with every concern; the deputies act when the DSL is away.",
      "",
      "## Training",
      "",
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Ravi Anand | Designated lead course (county) | 03/02/2025 |",
      "| Bea Holm | Designated lead course (county) | 11/05/2025 |",
      "",
      "## Appendix: who to call",
      "",
      "| Contact | Name | Telephone |",
      "| --- | --- | --- |",
      `| ${leadRow} | Mr Ravi Anand, Artistic Director | 07700 900 101 |`,
      `| ${deputyRow} | Ms Bea Holm & Mrs June Ferris | 07700 900 102 |`,
      "| Children's services | | 01632 960 100 |",
      "",
    ].join("\n");

  it("reads the lead and both deputies, and finds the deputy with no training", () => {
    const text = policy(
      "Safeguarding – first contact for any worry about a child",
      "Welfare – in their absence",
    );
    expect(named(text, "dsl")).toEqual(["Mr Ravi Anand"]);
    expect(named(text, "deputy")).toEqual(["Ms Bea Holm", "Mrs June Ferris"]);
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
    const found = checkText(trainingMissing, text, { asOf });
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("none for Mrs June Ferris")]);
  });

  it("reads 'Child protection: if the DSL is unavailable' and 'Safeguarding (if the first contact is away)'", () => {
    for (const row of [
      "Child protection: if the DSL is unavailable",
      "Safeguarding (if the first contact is away)",
    ]) {
      const text = policy("Safeguarding – main contact", row);
      expect(named(text, "deputy")).toEqual(["Ms Bea Holm", "Mrs June Ferris"]);
      expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
    }
  });

  it("near miss: first aid's row for when the first aider is away names no deputy", () => {
    const text = policy("Safeguarding – first contact", "First aid – if the first aider is not available");
    expect(named(text, "deputy")).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf })).toHaveLength(1);
  });

  it("reads the deputies from a PDF's table block, and finds the one with no training", () => {
    const text = [
      "Ferncombe Youth Theatre — Keeping Children Safe",
      "The Designated Safeguarding Lead deals with every concern; the deputies act when the DSL is away.",
      "Who to call",
      "Contact Name Telephone",
      "Safeguarding – if the",
      "first contact is not",
      "available",
      "Ms Bea Holm & Mrs June Ferris",
      "07700 900 102",
      "Training",
      "Name Course Completed",
      "Ravi Anand Designated lead course (county) 03/02/2025",
      "Bea Holm Designated lead course (county) 11/05/2025",
    ].join("\n");
    const document = pdfDocument(
      text,
      [
        ["Contact", "Name", "Telephone"],
        [
          "Safeguarding – if the first contact is not available",
          "Ms Bea Holm & Mrs June Ferris",
          "07700 900 102",
        ],
      ],
      [
        ["Name", "Course", "Completed"],
        ["Ravi Anand", "Designated lead course (county)", "03/02/2025"],
        ["Bea Holm", "Designated lead course (county)", "11/05/2025"],
      ],
    );
    expect(checkDocument(deputyMissing, document, { asOf })).toEqual([]);
    const found = checkDocument(trainingMissing, document, { asOf });
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("none for Mrs June Ferris")]);
  });
});

describe("names in a list", () => {
  it("reads a month's name after a title as a first name", () => {
    expect(namesAt("Ms Bea Holm & Mrs June Ferris").map((n) => n.name)).toEqual([
      "Ms Bea Holm",
      "Mrs June Ferris",
    ]);
    expect(namesAt("Ms April Stone and Mr Tom Ede").map((n) => n.name)).toEqual([
      "Ms April Stone",
      "Mr Tom Ede",
    ]);
  });

  it("near miss: a title and a month alone is no name", () => {
    expect(namesAt("Mrs June")).toEqual([]);
  });

  it("passes over letters in capitals before the next name", () => {
    expect(namesAt("Ms Nora Quinn ADCRG / Mr Eoin Byrne (volunteer)").map((n) => n.name)).toEqual([
      "Ms Nora Quinn",
      "Mr Eoin Byrne",
    ]);
  });

  it("near miss: a role's letters end the list", () => {
    expect(namesAt("Ms Nora Quinn DSL and Mr Eoin Byrne").map((n) => n.name)).toEqual(["Ms Nora Quinn"]);
  });
});

describe("'it' for the course named just before", () => {
  const policy = (training: string) =>
    [
      "# Ardmore Dance Academy — Safeguarding",
      "",
      "Designated Safeguarding Officer: Mrs Niamh Boyle, Principal",
      "Deputy Designated Safeguarding Officers: Miss Orla Tierney ADCRG / Mr Seán Kinsella (parent helper)",
      "",
      "## Training",
      "",
      training,
      "",
    ].join("\n");
  const records = (text: string) =>
    findTrainingLines(text)
      .filter((t) => t.date)
      .map((t) => [t.leadName, t.course]);

  it("credits both first names with the course of the clause before, across a line break or not", () => {
    for (const training of [
      "Niamh completed the Keeping Safe designated officer course on 2 May 2024, and Orla and Seán\ncompleted it together on 9 June 2025. Every teacher takes the awareness course.",
      "Niamh completed the Keeping Safe designated officer course on 2 May 2024, and Orla and Seán completed it on 9 June 2025.",
      "Niamh completed the Keeping Safe designated officer course on 2 May 2024. Orla and Seán completed it on 9 June 2025.",
    ]) {
      const text = policy(training);
      expect(records(text)).toEqual([
        ["Mrs Niamh Boyle", "Keeping Safe designated officer course"],
        ["Miss Orla Tierney", "Keeping Safe designated officer course"],
        [expect.stringMatching(/Seán Kinsella$/), "Keeping Safe designated officer course"],
      ]);
      expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    }
  });

  it("near miss: 'it' after a sentence that names no course credits nobody", () => {
    const text = policy(
      "Niamh completed the Keeping Safe designated officer course on 2 May 2024. The hall was repainted that summer. Orla and Seán completed it on 9 June 2025.",
    );
    expect(records(text)).toEqual([["Mrs Niamh Boyle", "Keeping Safe designated officer course"]]);
    const found = checkText(trainingMissing, text, { asOf });
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining("none for Miss Orla Tierney"),
      expect.stringContaining("none for Mr Seán Kinsella"),
    ]);
  });
});
