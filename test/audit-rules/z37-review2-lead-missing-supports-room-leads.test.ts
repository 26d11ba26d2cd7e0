/**
 * lead-missing (review of the thirty-seventh session), in our own words; every name is invented. A hospital
 * trust's named professional who "supports the lead" or "advises our DSL" is another body's officer, not the
 * setting's lead (zz121). But a setting's own lead who "supports the room leads" or "our year group leads" is doing
 * the lead's own work: only "supports/advises the/our lead, DSL or (designated) safeguarding lead" disowns.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const title = "Hazelbank Children's Centre – Safeguarding Policy";
const after =
  "Anyone with a concern writes it down the same day and tells the DSL, who decides whether to refer it to children's social care.";
const md = (line: string) => markdownDocument(`# ${title}\n\n## 1. Who leads\n\n${line}\n\n${after}\n`);
const docx = (line: string) =>
  wordDocument(`<h1>${title}</h1><h2>1. Who leads</h2><p>${line}</p><p>${after}</p>`);

describe("lead-missing: a lead who supports the room, year or team leads is still the setting's lead", () => {
  it("stays quiet when the named lead supports or advises other kinds of leads (Markdown, Word)", () => {
    for (const line of [
      "The centre's Designated Safeguarding Lead, Petra Okonjo (01632 960 415), supports the room leads and keeps every safeguarding record.",
      "Our Designated Safeguarding Lead is Mr Idris Fenwick (01632 960 416). He supports our year group leads and keeps every safeguarding record.",
      "Our Designated Safeguarding Lead is Mr Idris Fenwick (01632 960 416). He advises the team leads on every concern.",
    ]) {
      expect(run(leadMissing, md(line)), line).toEqual([]);
      expect(run(leadMissing, docx(line)), line).toEqual([]);
    }
  });
  it("is still reported when only another body's officer, who supports or advises the setting's lead, is named", () => {
    for (const line of [
      "The Designated Safeguarding Lead decides on every referral. The Trust's Named Professional for Safeguarding, Rosalind Achebe, advises the lead; she is not a contact for day-to-day concerns.",
      "The Designated Safeguarding Lead decides on every referral. For advice the lead can turn to the Trust's Named Professional for Safeguarding, Rosalind Achebe. She supports our DSL and is not a contact for individual concerns.",
    ]) {
      expect(run(leadMissing, md(line)).length, line).toBe(1);
      expect(run(leadMissing, docx(line)).length, line).toBe(1);
    }
  });
});
