/**
 * lead-missing, deputy-missing (forty-seventh session, a helper's note), in our own words; every name is invented.
 * A contact card written as paragraphs of their own — Word's, or Markdown's with blank lines between: "Mr Lyle
 * Carraway" / "Designated Safeguarding Lead" / "01632 960 311". The name alone above the role alone is its holder, as
 * it is when the lines run together; the audit said no lead was named (a false error).
 * Stays as it is: a card written role first ("Designated Safeguarding Lead" / "Mr Lyle Carraway"), where each name
 * is the role's above it; a name above with no title, initial or bold ("Grace Darling House" / "Designated
 * Safeguarding Lead") is no holder; the role alone with no name near it is still unnamed.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Larchfield Canoe Club – Safeguarding Policy";
const HEADING = "Who to contact";
const TRAINING = "Training is refreshed every two years; the club keeps the certificates.";

const rules = (paragraphs: string[]) =>
  sectionLayouts(TITLE, HEADING, [...paragraphs, TRAINING]).map((document) => ({
    document,
    found: [...run(leadMissing, document), ...run(deputyMissing, document)].map((f) => f.message),
  }));

describe("a contact card in paragraphs: name, role, phone", () => {
  it("names the lead and the deputy", () => {
    for (const cards of [
      [
        "Mr Lyle Carraway",
        "Designated Safeguarding Lead",
        "01632 960 311",
        "Mrs Ada Kwan",
        "Deputy Designated Safeguarding Lead",
        "01632 960 312",
      ],
      [
        "**Lyle Carraway**",
        "Club Welfare Officer",
        "lyle.carraway@example.org",
        "**Ada Kwan**",
        "Deputy Welfare Officer",
        "07700 900 312",
      ],
    ])
      for (const { document, found } of rules(cards)) expect(found, document.format).toEqual([]);
  });

  it("stays as it is for a card written role first, a name with no title, and a role with no name", () => {
    // Role first: each name is the role's above it — both named, nothing reported.
    for (const { document, found } of rules([
      "Designated Safeguarding Lead",
      "Mr Lyle Carraway",
      "Deputy Designated Safeguarding Lead",
      "Mrs Ada Kwan",
    ]))
      expect(found, document.format).toEqual([]);
    // A house's name above the role is no holder: the lead is unnamed (Markdown and Word; a PDF's run-together lines
    // are read otherwise, as before).
    for (const { document, found } of rules([
      "Grace Darling House",
      "Designated Safeguarding Lead",
      "01632 960 311",
      "Deputy Designated Safeguarding Lead: Mrs Ada Kwan",
    ]).filter(({ document }) => document.format !== "pdf"))
      expect(found.join(" "), document.format).toContain("never says who it is");
  });
});
