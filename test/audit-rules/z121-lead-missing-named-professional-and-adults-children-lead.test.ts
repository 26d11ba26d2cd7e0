/**
 * lead-missing (held-out set zz121), in our own words; every name is invented. Health settings (hospices, community
 * health services) call their lead the "Named Professional for Safeguarding" (the Intercollegiate Documents' title
 * for the provider's own lead), and a service for children and adults may call the same person its "Safeguarding
 * Adults and Children Lead" — the safeguarded people's words between "Safeguarding" and "Lead". A person named
 * with either title is the lead. A policy that speaks of these roles and names no one is still reported, and so is one
 * that names only another body's named professional (the hospital trust's), who supports the lead and is said not to
 * take concerns.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const title = "Thornwick Lodge Hospice – Safeguarding Policy";
const after =
  "The Lead decides whether to refer a concern to children's or adults' social care and keeps the safeguarding register.";

const md = (line: string) => markdownDocument(`# ${title}\n\n## 2. Who leads\n\n${line}\n\n${after}\n`);
const docx = (line: string) =>
  wordDocument(`<h1>${title}</h1><h2>2. Who leads</h2><p>${line}</p><p>${after}</p>`);
const pdf = (line: string) => pdfDocument(`${title}\n2. Who leads\n${line}\n${after}\n`);

describe("lead-missing: a health setting's titles for its lead", () => {
  it("stays quiet when one person holds both titles (Markdown, Word, PDF)", () => {
    const line =
      "Our Named Professional for Safeguarding, who is also our Safeguarding Adults and Children Lead, is Orla Brisbane-Tait, Director of Care (01632 960 118).";
    expect(
      run(
        leadMissing,
        md(
          line.replace(
            /(Named Professional for Safeguarding|Safeguarding Adults and Children Lead)/g,
            "**$1**",
          ),
        ),
      ),
    ).toEqual([]);
    expect(run(leadMissing, docx(line))).toEqual([]);
    expect(run(leadMissing, pdf(line))).toEqual([]);
  });
  it("stays quiet for either title alone before or after the name", () => {
    for (const line of [
      "Named Professional for Safeguarding: Orla Brisbane-Tait, Director of Care.",
      "Safeguarding Children and Adults Lead – Orla Brisbane-Tait (01632 960 118).",
      "Orla Brisbane-Tait is our Safeguarding Adults and Children Lead.",
      "Our Safeguarding Children Lead is Orla Brisbane-Tait, Head of Family Support.",
    ])
      expect(run(leadMissing, md(line)), line).toEqual([]);
  });
  it("is still reported when only another body's named professional is named, said not to take concerns", () => {
    for (const line of [
      "The Designated Safeguarding Lead decides on every referral. For advice the lead can turn to the Trust's Named Professional for Safeguarding Children, Wilhelmina Oyelaran. She supports the lead and is not a contact for individual concerns.",
      "The Designated Safeguarding Lead decides on every referral. The Trust's Named Professional for Safeguarding, Wilhelmina Oyelaran, advises the lead; she is not a contact for day-to-day concerns.",
    ]) {
      expect(run(leadMissing, md(line)).length, line).toBe(1);
      // A Markdown copy (pandoc) escapes the apostrophe: "the Trust\'s".
      expect(run(leadMissing, md(line.replace("Trust's", "Trust\\'s"))).length, line).toBe(1);
      expect(run(leadMissing, docx(line)).length, line).toBe(1);
    }
  });
  it("is still reported when the roles are named but no person is", () => {
    for (const line of [
      "Our Named Professional for Safeguarding, who is also our Safeguarding Adults and Children Lead, advises staff.",
      "Tell the Safeguarding Children and Adults Lead the same day.",
    ]) {
      expect(run(leadMissing, md(line)).length, line).toBe(1);
      expect(run(leadMissing, docx(line)).length, line).toBe(1);
    }
  });
});
