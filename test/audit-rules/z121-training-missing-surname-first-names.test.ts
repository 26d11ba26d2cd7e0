/**
 * training-missing (held-out set zz121), in our own words; every name is invented. A dance school names its lead
 * and deputy in a sentence ("The Designated Safeguarding Lead is Leontyne Abara-Quist …") and lists everyone's
 * training in a table that writes each person "Surname, Firstname" ("| Abara-Quist, Leontyne | DSL | … |"). The
 * row is the lead's own record, in the other order: no lead without training. A lead with no row at all is still
 * reported, and a list of surnames ("Abara, Quist and Mensah") is nobody's name turned round.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const team =
  "The Designated Safeguarding Lead is Leontyne Abara-Quist (Principal), 07700 900 601. The Deputy DSL is Oswin Talbot-Mensah (Studio Manager), 07700 900 602.";

type Row = [string, string, string, string];
const rows = {
  both: [
    [
      "Abara-Quist, Leontyne",
      "Designated Safeguarding Lead",
      "Designated Safeguarding Lead (Level 3)",
      "12/03/2025",
    ],
    ["Talbot-Mensah, Oswin", "Deputy DSL", "Designated Safeguarding Lead (Level 3)", "04/09/2025"],
    ["Penhallow, Isla", "Dance Teacher", "Safeguarding awareness", "20/01/2026"],
  ] as Row[],
  deputyMissing: [
    [
      "Abara-Quist, Leontyne",
      "Designated Safeguarding Lead",
      "Designated Safeguarding Lead (Level 3)",
      "12/03/2025",
    ],
    ["Penhallow, Isla", "Dance Teacher", "Safeguarding awareness", "20/01/2026"],
  ] as Row[],
  surnames: [
    [
      "Abara-Quist, Leontyne",
      "Designated Safeguarding Lead",
      "Designated Safeguarding Lead (Level 3)",
      "12/03/2025",
    ],
    ["Penhallow, Talbot and Mensah", "Dance Teachers", "Safeguarding awareness", "20/01/2026"],
  ] as Row[],
};

const markdown = (body: Row[], header = "Name (Surname, Firstname)") =>
  markdownDocument(
    [
      "# Quillfield School of Dance",
      "",
      "## 2. Our safeguarding team",
      "",
      team,
      "",
      `| ${header} | Role | Safeguarding training | Completed |`,
      "|---|---|---|---|",
      ...body.map((r) => `| ${r.join(" | ")} |`),
      "",
      "## 3. Responding to concerns",
      "",
      "Tell the DSL the same day.",
      "",
    ].join("\n"),
  );

const word = (body: Row[]) =>
  wordDocument(
    [
      "<h1>Quillfield School of Dance</h1>",
      "<h2>2. Our safeguarding team</h2>",
      `<p>${team}</p>`,
      "<table><tr><td><p><strong>Name (Surname, Firstname)</strong></p></td><td><p><strong>Role</strong></p></td><td><p><strong>Safeguarding training</strong></p></td><td><p><strong>Completed</strong></p></td></tr>",
      ...body.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`),
      "</table>",
      "<h2>3. Responding to concerns</h2>",
      "<p>Tell the DSL the same day.</p>",
    ].join("\n"),
  );

describe("training-missing: a training table that writes people 'Surname, Firstname'", () => {
  it("credits each row to the lead named 'Firstname Surname', in Markdown and Word", () => {
    expect(run(trainingMissing, markdown(rows.both))).toEqual([]);
    expect(run(trainingMissing, markdown(rows.both, "Name"))).toEqual([]);
    expect(run(trainingMissing, word(rows.both))).toEqual([]);
  });
  it("still reports a lead with no row", () => {
    for (const doc of [markdown(rows.deputyMissing), word(rows.deputyMissing)])
      expect(found(run(trainingMissing, doc), doc)).toEqual(["Oswin Talbot-Mensah"]);
  });
  it("does not read a list of surnames as one person turned round", () => {
    const doc = markdown(rows.surnames);
    expect(found(run(trainingMissing, doc), doc)).toEqual(["Oswin Talbot-Mensah"]);
  });
});
