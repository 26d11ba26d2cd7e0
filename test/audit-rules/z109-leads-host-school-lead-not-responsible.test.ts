/**
 * Read from the held-out set zz109, in our own words; every name and setting is invented. As of 1 December 2026.
 * A parents' club meets at a primary school and names its own leads each term; the school's lead is mentioned and
 * plainly disowned: "The school's own Designated Safeguarding Lead, Mr Idris Vaughan, is not responsible for the
 * club, but the club lead tells him about …". He is another body's lead — not the club's, and owed no training in
 * its policy. A school's officer the club makes its own ("… is responsible for the club") stays its lead.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { checkText } from "../helpers/audit-context.js";

function club(sentence: string): string {
  return [
    "# Paper Kites Club – Safeguarding Policy",
    "",
    "Paper Kites meets in the hall of Ashby Vale Primary School on Thursdays. The club is run by parent volunteers.",
    "",
    "## 1. Who runs the club",
    "",
    "| Term | Club Safeguarding Lead | Deputy |",
    "| --- | --- | --- |",
    "| Autumn 2026 | Hester Quilliam | Ravi Lathbury |",
    "",
    sentence,
    "",
    "## 2. Training",
    "",
    "Hester Quilliam completed Safeguarding Awareness (NSPCC online) on 14/10/2025.",
    "Ravi Lathbury completed Safeguarding Awareness (NSPCC online) on 02/11/2025.",
    "",
  ].join("\n");
}

describe("a host school's lead the club says is not responsible for it", () => {
  const disowned = club(
    "The school's own Designated Safeguarding Lead, Mr Idris Vaughan, is not responsible for the club, but the club lead tells him about any concern involving a pupil of the school.",
  );

  it("is not read as the club's lead", () => {
    const names = findLeadMentions(disowned).flatMap((m) => (m.name ? [m.name] : []));
    expect(names.some((n) => n.includes("Vaughan"))).toBe(false);
    expect(names).toContain("Hester Quilliam");
  });

  it("is owed no training in the club's policy", () => {
    const found = checkText(trainingMissing, disowned, { asOf: "2026-12-01" });
    expect(found.map((f) => f.message).join("\n")).not.toMatch(/Vaughan/);
  });

  it("a school's lead the club makes responsible for it stays a lead", () => {
    const own = club(
      "The school's Designated Safeguarding Lead, Mr Idris Vaughan, is responsible for the club as well as the school.",
    );
    const names = findLeadMentions(own).flatMap((m) => (m.name ? [m.name] : []));
    expect(names.some((n) => n.includes("Vaughan"))).toBe(true);
  });
});
