/**
 * placeholder-text (held-out sets zz112 and zz113), in our own words; every name is invented. As of 1 December 2026.
 * A fill-in left in another language's words inside square brackets, tagged with the language ("[ES: insertar el
 * nombre del coordinador]", "[DE – Namen einfügen]"), even where a PDF's line wraps inside the bracket; a phone number
 * whose last digits are hashes ("01632 960 ###"); a reference or licence number whose digits are an underscore run
 * ("TX/LIC/____"). Not a language tag on a translated sentence ("[FR: Les enfants sont en sécurité]"), not a Markdown
 * heading's hashes, not a code that is written in full.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(placeholderText, text, { asOf }).map((f) => f.excerpt);

describe("placeholder-text: a fill-in in another language, tagged", () => {
  it("finds a Spanish, German or Italian fill-in after a language tag", () => {
    expect(found("Resumen: la coordinadora es **[ES: insertar el nombre y el teléfono]**.")).toEqual([
      "[ES: insertar el nombre y el teléfono]",
    ]);
    expect(found("Kontakt: [DE – Namen der Ansprechperson einfügen]")).toEqual([
      "[DE – Namen der Ansprechperson einfügen]",
    ]);
    expect(found("Referente: [IT : nome e telefono]")).toEqual(["[IT : nome e telefono]"]);
  });
  it("finds it when a line break parts the bracket's words", () => {
    const text =
      "Le contact pour les familles est [FR : indiquer le nom et le numéro du\ncoordinateur]. Merci.";
    expect(found(text)).toEqual(["[FR : indiquer le nom et le numéro du coordinateur]"]);
  });
  it("leaves a tagged translation and a link alone", () => {
    expect(found("[FR : Les enfants sont en sécurité avec nous.]")).toEqual([]);
    expect(found("See the [FR : nom](https://example.org/fr) page.")).toEqual([]);
  });
});

describe("placeholder-text: hashes where a phone number's digits should be", () => {
  it("finds the number with its hashes", () => {
    expect(found(["Track office:", "01632 960 ###", "Coach: 07700 900 123"].join("\n"))).toEqual([
      "01632 960 ###",
    ]);
    expect(found("Ring the duty coach on 07700 9## ### after 6pm.")).toEqual(["07700 9## ###"]);
  });
  it("leaves headings, a short number and a whole number alone", () => {
    expect(found(["## 2. Contacts", "", "Room 12 ## east wing", "Tel 01632 960 123"].join("\n"))).toEqual([]);
  });
});

describe("placeholder-text: a reference number left as an underscore run", () => {
  it("finds the code with its blank", () => {
    expect(found("We are a licensed taxi firm (licence TX/LIC/____) working for the council.")).toEqual([
      "TX/LIC/____",
    ]);
    expect(found("Our permit number is SP-____ and is shown in every bus.")).toEqual(["SP-____"]);
  });
  it("leaves a code written in full alone", () => {
    expect(found("We hold licence TX/LIC/0423 from the council.")).toEqual([]);
  });
});
