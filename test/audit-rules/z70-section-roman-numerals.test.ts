/**
 * section-reference (the held-out set zz70), in our own words; every name is invented.
 * Sections numbered in Roman numerals, alone ("Section IV – Recognising harm", "IV. Recognising harm") or in a
 * bilingual heading ("Rhan IV / Section IV – Adnabod niwed / Recognising harm"), are read like Arabic ones: "see
 * Section IX" in a policy of eight sections is a section it does not have; "see Section VI" that it has stays quiet,
 * and so does "Section IX" in a policy numbered in Arabic (a section of something else) or "section 130 of the Act".
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { splitNumber } from "../../src/audit/text/headings.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
const TITLES = [
  ["Cyflwyniad", "Introduction"],
  ["Pwy yw pwy", "Who's who"],
  ["Cyfraith", "Law and guidance"],
  ["Adnabod niwed", "Recognising harm"],
  ["Hyfforddiant", "Training"],
  ["Rhoi gwybod", "Reporting a concern"],
  ["Honiadau", "Allegations"],
  ["Cysylltiadau", "Contacts"],
];

type Style = "bilingual" | "section" | "bare";

function heading(i: number, style: Style): string {
  const [welsh, english] = TITLES[i];
  if (style === "bilingual") return `Rhan ${ROMAN[i]} / Section ${ROMAN[i]} – ${welsh} / ${english}`;
  if (style === "section") return `Section ${ROMAN[i]} – ${english}`;
  return `${ROMAN[i]}. ${english}`;
}

/** Eight Roman-numbered sections; `harm` is section IV's text. */
function markdown(harm: string, style: Style = "bilingual"): string {
  return [
    "# Clwb Nofio Glanyrafon – Polisi Diogelu / Safeguarding Policy",
    "",
    ...TITLES.flatMap((_, i) => [
      `## ${heading(i, style)}`,
      "",
      i === 3 ? harm : "Our approach, in both languages.",
      "",
    ]),
  ].join("\n");
}

const inMarkdown = (harm: string, style?: Style) => {
  const document = markdownDocument(markdown(harm, style));
  return found(run(sectionReference, document), document);
};

const MISSING = "Concern forms are stored as described in Section XI (gweler Rhan XI), in a locked cabinet.";
const PRESENT = "If you are worried, follow the steps in Section VI (Rhoi gwybod / Reporting a concern).";

describe("headings numbered in Roman numerals", () => {
  it("split off as numbers, with the numerals kept", () => {
    expect(splitNumber("Rhan IV / Section IV – Adnabod niwed / Recognising harm")).toEqual({
      number: "4",
      numeral: "IV",
      title: "Adnabod niwed / Recognising harm",
    });
    expect(splitNumber("Section XIX: Contacts")).toEqual({ number: "19", numeral: "XIX", title: "Contacts" });
    expect(splitNumber("VIII. Contacts")).toEqual({ number: "8", numeral: "VIII", title: "Contacts" });
    expect(splitNumber("Rhan 4 / Section 4 – Adnabod niwed")).toEqual({
      number: "4",
      title: "Adnabod niwed",
    });
  });

  it("near miss: words that start with numerals are no number", () => {
    expect(splitNumber("I am worried about a child")).toEqual({ title: "I am worried about a child" });
    expect(splitNumber("VIP days and visitors")).toEqual({ title: "VIP days and visitors" });
    expect(splitNumber("Section Introduction")).toEqual({ title: "Section Introduction" });
  });
});

describe("section-reference: sections numbered in Roman numerals", () => {
  for (const style of ["bilingual", "section", "bare"] as const) {
    it(`reports a section the policy does not have (${style} headings)`, () => {
      const document = markdownDocument(markdown(MISSING, style));
      const reports = run(sectionReference, document);
      expect(found(reports, document)).toEqual(["Section XI"]);
      expect(reports[0].message).toContain("no section is numbered XI (the last is VIII");
    });

    it(`near miss: a section the policy has (${style} headings)`, () => {
      expect(inMarkdown(PRESENT, style)).toEqual([]);
    });
  }

  it("reports it in a Word file and a PDF's text", () => {
    const html = [
      "<h1>Clwb Nofio Glanyrafon – Polisi Diogelu / Safeguarding Policy</h1>",
      ...TITLES.map(
        (_, i) =>
          `<h2>${heading(i, "bilingual")}</h2><p>${i === 3 ? MISSING : "Our approach, in both languages."}</p>`,
      ),
    ].join("\n");
    const word = wordDocument(html);
    expect(found(run(sectionReference, word), word)).toEqual(["Section XI"]);
    const pdf = pdfDocument(markdown(MISSING).replace(/^#+ /gm, ""));
    expect(found(run(sectionReference, pdf), pdf)).toEqual(["Section XI"]);
  });

  it("near miss: an Act's section and another document's section stay quiet", () => {
    expect(
      inMarkdown(
        "Under section 130 of the 2014 Act a report must be made. Section 5 of the Volunteer Handbook covers checks.",
      ),
    ).toEqual([]);
  });

  it("near miss: Roman numerals in a policy whose sections are numbered in Arabic", () => {
    const text = markdown(MISSING).replace(/^## Rhan ([IVX]+) \/ Section \1 – /gm, (_, n: string) => {
      const i = ROMAN.indexOf(n);
      return `## ${i + 1}. `;
    });
    const document = markdownDocument(text);
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });
});
