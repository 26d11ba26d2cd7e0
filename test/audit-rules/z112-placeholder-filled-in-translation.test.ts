/**
 * Found in review (thirty-fifth session): a tagged bracket whose label is followed by its value is a translated field
 * already filled in ("[FR : Nom du responsable : Marie Dupont]"), and two capitals before English words are an office's
 * initials, not a language ("[HR: Date of appointment … recorded on the single central record]"). Neither is a
 * placeholder. In our own words; every name invented; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(placeholderText, text, { asOf }).map((f) => f.excerpt);

describe("placeholder-text: tagged brackets that are no fill-in", () => {
  it("near miss: a translated label with its value after a colon", () => {
    expect(found("Contact : [FR : Nom du responsable : Odile Marchetti, téléphone 01632 960 114]")).toEqual(
      [],
    );
    expect(found("Responsable: [ES: Nombre del responsable: Inés Carvajal]")).toEqual([]);
    expect(found("Schule: [DE: Name der Schule: Gesamtschule Lindenau]")).toEqual([]);
    expect(found("Révision : [FR: Date de la dernière révision : mars 2026]")).toEqual([]);
  });

  it("near miss: an office's initials before English words", () => {
    expect(
      found(
        "Staff files are kept by HR [HR: Date of appointment and DBS number recorded on the single central record].",
      ),
    ).toEqual([]);
    expect(found("Email monitoring is run by IT [IT: data kept for 30 days].")).toEqual([]);
    expect(found("Our minibus driver [HM: Name on the rota each week] collects pupils.")).toEqual([]);
  });

  it("still finds an unfilled tagged fill-in", () => {
    expect(found("Contact : [FR : Nom du responsable]")).toEqual(["[FR : Nom du responsable]"]);
    expect(found("Contact : [FR : Nom du responsable : ________]")).toHaveLength(1);
    expect(found("Referente: [IT : nome e telefono]")).toEqual(["[IT : nome e telefono]"]);
  });
});
