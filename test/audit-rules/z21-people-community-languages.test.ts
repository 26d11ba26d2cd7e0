/**
 * The lead and deputies of a community's own school or club, named in its language as well as in English (issue 11),
 * in our own words; every name is invented. As of 1 December 2026:
 * - a name after a title of the community's language ("Pani", "Pan", "Frau", "Herr") and a lower-case academic
 *   title ("mgr", "dr hab.", "inż.") is a name, with letters outside A–Z (ł, ó, ś, ż, ŵ, á …);
 * - a bilingual header or role cell ("Imię i nazwisko / Name", "Enw / Name", "Zastępcy / Deputies") says what
 *   either of its sides says;
 * - a deputy named second in a cell ("A & B") is a deputy whose training is looked for.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function school(contacts: string[], training: string[]): string {
  return [
    "# Sobotnia Szkoła Łąka — Saturday School Safeguarding Policy",
    "",
    "Next review: 1 September 2027",
    "",
    "## 2. Our lead",
    "",
    "The school has a Designated Safeguarding Lead (DSL) and deputies, named in the contacts at the end. Tell the DSL",
    "of any worry the same day.",
    "",
    "## 7. Training",
    "",
    ...training,
    "",
    "## Contacts",
    "",
    ...contacts,
    "",
  ].join("\n");
}

const trained = [
  "| Name | Course | Completed |",
  "| --- | --- | --- |",
  "| Pani mgr Żaneta Ślęzak | Designated Safeguarding Lead | 14/03/2026 |",
  "| Pan Bartłomiej Wąs | Designated Safeguarding Lead | 02/02/2026 |",
];

const rules = (text: string) =>
  [leadMissing, deputyMissing, trainingMissing].flatMap((rule) =>
    checkText(rule, text, { asOf }).map((d) => `${rule.meta.id}: ${d.message}`),
  );

describe("names after a community language's titles", () => {
  it("reads the name after 'Pani mgr', 'Pan', 'Frau', 'dr hab.', with letters outside A–Z", () => {
    for (const [line, name] of [
      ["Designated Safeguarding Lead: Pani mgr Żaneta Ślęzak", "Pani mgr Żaneta Ślęzak"],
      ["Designated Safeguarding Lead: mgr inż. Łukasz Górski", "mgr inż. Łukasz Górski"],
      ["Designated Safeguarding Lead: dr hab. Ewelina Dąbrowska-Kuć", "dr hab. Ewelina Dąbrowska-Kuć"],
      ["Designated Safeguarding Lead: Frau Jördis Äbelmann", "Frau Jördis Äbelmann"],
      ["Designated Safeguarding Lead: Siân Ŵyn-Pryce", "Siân Ŵyn-Pryce"],
    ])
      expect(findLeadMentions(line).map((m) => m.name)).toEqual([name]);
  });

  it("near miss: a lower-case word that is no title still names nobody", () => {
    expect(findLeadMentions("Designated Safeguarding Lead: see the noticeboard").map((m) => m.name)).toEqual([
      undefined,
    ]);
  });
});

describe("a bilingual contacts table", () => {
  it("finds the lead and both deputies under 'Imię i nazwisko / Name', and the deputy with no training", () => {
    for (const [header, deputyRole] of [
      ["| Funkcja / Role | Imię i nazwisko / Name | Telefon / Phone |", "Zastępcy / Deputies"],
      ["| Rôl / Role | Enw / Name | Ffôn / Phone |", "Dirprwyon / Deputies"],
    ]) {
      const text = school(
        [
          header,
          "| --- | --- | --- |",
          "| Osoba odpowiedzialna / Safeguarding lead | Pani mgr Żaneta Ślęzak | 07700 900100 |",
          `| ${deputyRole} | Pan Bartłomiej Wąs & Pani Źródłowska-Ćwik | 07700 900101 |`,
        ],
        trained,
      );
      expect(rules(text).filter((m) => !m.startsWith("training-missing"))).toEqual([]);
      const withSecond = text.replace("Pani Źródłowska-Ćwik", "Pani Ołena Źródłowska-Ćwik");
      const missing = rules(withSecond);
      expect(missing).toHaveLength(1);
      expect(missing[0]).toMatch(/^training-missing: .*Ołena Źródłowska-Ćwik/);
    }
  });

  it("near miss: every person trained, nothing reported", () => {
    const text = school(
      [
        "| Funkcja / Role | Imię i nazwisko / Name | Telefon / Phone |",
        "| --- | --- | --- |",
        "| Osoba odpowiedzialna / Safeguarding lead | Pani mgr Żaneta Ślęzak | 07700 900100 |",
        "| Zastępca / Deputy | Pan Bartłomiej Wąs | 07700 900101 |",
      ],
      trained,
    );
    expect(rules(text)).toEqual([]);
  });
});
