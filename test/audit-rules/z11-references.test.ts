/**
 * From the eleventh and twelfth held-out sets (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - The Children (Performances) Regulations 1968 were revoked: England's Children (Performances and Activities)
 *   (England) Regulations 2014 came into force on 6 February 2015, Scotland's and Wales's own regulations in 2015.
 * - Ofsted's common inspection framework (2015) was replaced by the education inspection framework from
 *   September 2019.
 * - An old name given as history is left alone in the shapes a sentence about the change writes it: an
 *   abbreviation in brackets straight after the old name ("which replaced the Criminal Records Bureau (CRB)"),
 *   and what people still call something ("some parents still call it a 'CRB check'").
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(body: string[]): string {
  return [
    "# Lanterns Youth Theatre — Safeguarding Policy",
    "",
    "Our Designated Safeguarding Lead is Marisol Quayle (07700 900614); her deputy is Eamon Thistlewood.",
    "",
    ...body.flatMap((line) => [line, ""]),
  ].join("\n");
}

const found = (text: string) => excerpts(checkText(outdatedReference, text, { asOf }), text);
const messages = (text: string) => checkText(outdatedReference, text, { asOf }).map((f) => f.message);

describe("the Children (Performances) Regulations 1968", () => {
  it("are out of date, however the title is written", () => {
    expect(
      found(policy(["- Children and Young Persons Act 1963", "- Children (Performances) Regulations 1968"])),
    ).toEqual(["Children (Performances) Regulations 1968"]);
    expect(
      found(
        policy(["Licences are granted under the Children (Performance) Regulations, 1968 (as amended)."]),
      ),
    ).toEqual(["Children (Performance) Regulations, 1968"]);
    expect(messages(policy(["We follow the Children (Performances) Regulations 1968."]))[0]).toMatch(
      /Performances and Activities/,
    );
  });

  it("leave the regulations in force, and the Acts that look old, alone", () => {
    expect(
      found(
        policy([
          "Licences are granted under the Children (Performances and Activities) (England) Regulations 2014.",
          "The Children and Young Persons Act 1933 and the Children and Young Persons Act 1963 still apply.",
          "The Children (Performances) Regulations 1968 were replaced in 2015.",
        ]),
      ),
    ).toEqual([]);
  });

  it("leave Northern Ireland's own regulations, current there, alone", () => {
    expect(
      found(
        policy([
          "Child performers are licensed under the Children (Performances) Regulations (Northern Ireland) 1996.",
          "In Northern Ireland the Children (Performances) Regulations 1996 apply.",
        ]),
      ),
    ).toEqual([]);
  });
});

describe("Ofsted's common inspection framework", () => {
  it("leaves the social care common inspection framework, current for children's homes, alone", () => {
    expect(
      found(
        policy([
          "Ofsted inspects the home under the Social Care Common Inspection Framework (SCCIF).",
          "Inspectors use the common inspection framework (SCCIF) for children's homes.",
        ]),
      ),
    ).toEqual([]);
  });

  it("is out of date", () => {
    expect(
      found(policy(["Inspectors judge our safeguarding under the Common Inspection Framework."])),
    ).toEqual(["Common Inspection Framework"]);
    expect(
      found(
        policy(["Ofsted's common inspection framework: education, skills and early years applies to us."]),
      ),
    ).toEqual(["common inspection framework"]);
  });

  it("is left alone as history, and the education inspection framework is current", () => {
    expect(
      found(
        policy([
          "Inspectors judge our safeguarding under Ofsted's education inspection framework (EIF).",
          "The education inspection framework replaced the common inspection framework in 2019.",
          "Capital bids go to the Condition Improvement Fund (CIF) each autumn.",
        ]),
      ),
    ).toEqual([]);
  });
});

describe("an old name given as history", () => {
  it("is left alone with its abbreviation in brackets after it, and as what people still call it", () => {
    expect(
      found(
        policy([
          "Helpers are checked by the Disclosure and Barring Service (DBS), which replaced the Criminal Records Bureau (CRB) in 2012; a few parents still call it a 'CRB check'.",
        ]),
      ),
    ).toEqual([]);
    expect(
      found(
        policy([
          "The partnership took over from the Local Safeguarding Children Board (LSCB) in 2019, though some staff still refer to it as the LSCB.",
        ]),
      ),
    ).toEqual([]);
  });

  it("is still out of date where the policy uses it as its own word", () => {
    expect(found(policy(["All helpers need an enhanced CRB check before they start."]))).toEqual([
      "CRB check",
    ]);
    expect(
      found(policy(["Concerns go to the Local Safeguarding Children Board (LSCB) the same day."])),
    ).toEqual(["Local Safeguarding Children Board"]);
  });
});
