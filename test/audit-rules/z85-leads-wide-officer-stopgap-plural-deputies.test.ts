/**
 * Who the setting's leads are (held-out sets zz84/zz85), in our own words; every name and setting is invented.
 * - A wider body's officer marked "(institution-wide)", "(Trust-wide)" beside the setting's own named lead is not
 *   one of the setting's leads: never ask for that officer's training.
 * - A tracked change's deleted words (a Markdown comment before `<ins>`) take room on the line, but the deputies
 *   inserted after them are read whole ("Mrs Lidia Okoro-Baptiste", not "Mrs Lidia Okoro-Bap").
 * - A stop-gap contact named in a PDF paragraph under an empty deputy post ("contact the Club Secretary, …, who does
 *   not act as a Designated Person") is neither the lead nor a deputy.
 * - "A and B – Deputy Safeguarding Children Officers": two holders, then a dash and a plural deputies' role.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkDocument, checkText, namesFor, pdfOfParagraphs } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const messages = (text: string, format: "md" | "txt" = "md") =>
  checkText(trainingMissing, text, { asOf, format }).map((f) => f.message);

describe("a wider body's officer beside the setting's own lead", () => {
  const policy = (officerRow: string) =>
    [
      "# Harwick College – Junior Robotics Camp: Safeguarding",
      "",
      "## Camp safeguarding team",
      "",
      "| Role | Name | Contact |",
      "| --- | --- | --- |",
      "| Camp Designated Safeguarding Lead | Ms Priyanka Oduya-Lind, Camp Director | 07700 900 101 |",
      officerRow,
      "",
      "## Training",
      "",
      "Ms Oduya-Lind completed Designated Safeguarding Lead training on 14/03/2026.",
      "",
    ].join("\n");

  it("is not asked for training when marked as covering the whole body", () => {
    for (const row of [
      "| College Safeguarding Officer (institution-wide) | Mr Anselm Grieve | safeguarding@harwick.example.ac.uk |",
      "| Trust Safeguarding Lead (Trust-wide) | Mrs Wendy Pallister | 01632 960 200 |",
      "| Organisation-wide Safeguarding Officer | Mr Anselm Grieve | 01632 960 200 |",
    ])
      expect(messages(policy(row)), row).toEqual([]);
  });

  it("is still the lead where the setting names no lead of its own", () => {
    const text = [
      "# Harwick College – Junior Robotics Camp: Safeguarding",
      "",
      "| Role | Name | Contact |",
      "| --- | --- | --- |",
      "| College Safeguarding Officer (institution-wide) | Mr Anselm Grieve | safeguarding@harwick.example.ac.uk |",
      "",
      "## Training",
      "",
      "Camp helpers Ola Brandt and Kit Ferreira completed safeguarding awareness training on 02/02/2026.",
      "",
    ].join("\n");
    expect(namesFor(text, "md", "dsl")).toEqual(["Mr Anselm Grieve"]);
  });

  it("keeps a lead over several of the setting's own sites", () => {
    const text = policy("| Designated Safeguarding Lead (all sites) | Mr Anselm Grieve | 01632 960 200 |");
    expect(messages(text).join(" ")).toContain("Mr Anselm Grieve");
  });
});

describe("deputies inserted by a tracked change after long deleted words", () => {
  const text = [
    "# Nkosi Saturday Language School — Safeguarding Policy",
    "",
    "## 2. Who to tell",
    "",
    "Mrs Thandiwe Mabaso – Designated Safeguarding Lead (Head Teacher), 07700 900 301",
    "",
    "Deputy Designated Safeguarding Leads: <!-- del: Mr Sipho Ndlovu-Carter (Treasurer) and Ms Grace Oyelaran (isiZulu teacher) --><ins>Ms Grace Oyelaran (Senior isiXhosa teacher) and Mrs Lidia Okoro-Baptiste (Committee Secretary)</ins>",
    "",
    "## 3. Training",
    "",
    "Thandiwe Mabaso",
    "- Designated Safeguarding Lead (Level 3) – 12/05/2025",
    "",
    "Grace Oyelaran",
    "- Designated Safeguarding Lead (Level 3) – 03/10/2025",
    "",
  ].join("\n");

  it("reads the second deputy's name whole", () => {
    expect(namesFor(text, "md", "deputy")).toEqual(["Ms Grace Oyelaran", "Mrs Lidia Okoro-Baptiste"]);
  });

  it("asks for her training under her whole name", () => {
    const found = messages(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Mrs Lidia Okoro-Baptiste (deputy designated safeguarding lead)");
  });
});

describe("a stop-gap contact under an empty deputy post, in a PDF", () => {
  const document = pdfOfParagraphs([
    "2. Our Designated Persons",
    ["Designated Person for Child Protection"],
    ["Orla Fitzsimons-Kerr"],
    ["07700 900 512 · welfare@glenarm-harriers.example.org"],
    ["Deputy Designated Person"],
    ["Vacant since the spring committee meeting – we are looking for a volunteer."],
    [
      "Until a deputy is appointed, if Orla cannot be reached contact the Club Secretary, Ruairi",
      "Quinlan (07700 900 515), who will pass the concern on but does not act as a Designated",
      "Person.",
    ],
    "3. Training",
    ["Orla Fitzsimons-Kerr – Safeguarding Designated Officer training – 09/2025"],
  ]);

  it("is not read as the lead", () => {
    const leads = checkDocument(trainingMissing, document, { asOf });
    expect(leads.map((f) => f.message).join(" ")).not.toContain("Quinlan");
  });

  it("leaves the deputy post empty", () => {
    expect(checkDocument(deputyMissing, document, { asOf })).toHaveLength(1);
  });
});

describe("two deputies, a dash, then a plural deputies' role", () => {
  const text = (deputies: string) =>
    [
      "# Cwm Rhydol Youth Enduro Club",
      "",
      "## Who is who",
      "",
      "Rhodri Bevan-Lloyd – Safeguarding Children Officer",
      "07700 900 611",
      "",
      deputies,
      "07700 900 612 / 07700 900 613",
      "",
      "## Training",
      "",
      "Rhodri Bevan-Lloyd – Designated Safeguarding Person course – 04/2025",
      "Carys Mostyn – Safeguarding Children (Group B) – 10/2025",
      "",
    ].join("\n");

  it("names both deputies", () => {
    for (const [line, names] of [
      [
        "Mrs Carys Mostyn and Mr Emrys D. Pritchard – Deputy Safeguarding Children Officers",
        ["Mrs Carys Mostyn", "Mr Emrys D. Pritchard"],
      ],
      [
        "Carys Mostyn and David Pritchard – Deputy Safeguarding Officers",
        ["Carys Mostyn", "David Pritchard"],
      ],
    ] as const) {
      expect(namesFor(text(line), "md", "deputy"), line).toEqual(names);
      expect(checkText(deputyMissing, text(line), { asOf, format: "md" }), line).toEqual([]);
    }
  });

  it("asks for the training of the deputy who has none", () => {
    const found = messages(
      text("Mrs Carys Mostyn and Mr Emrys D. Pritchard – Deputy Safeguarding Children Officers"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Mr Emrys D. Pritchard");
  });

  it("reads the lead's own line", () => {
    expect(namesFor(text("Carys Mostyn – Deputy Safeguarding Officer"), "md", "dsl")).toEqual([
      "Rhodri Bevan-Lloyd",
    ]);
  });
});
