/**
 * From the fifty-eighth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - "For how we deal with such allegations, see section 5 – Allegations against staff." where section 5 is about
 *   photographs and a later section is "Allegations against staff, helpers or volunteers": a title after a dash,
 *   ending the sentence, names the section meant, brackets or none. Near misses: words after the dash that are no
 *   section's title ("see section 5 – it says whom to call"); the title of the section referred to.
 * - "Telephone numbers for every agency are in section 11." in a ten-section policy: what the sentence says the
 *   section holds (telephone numbers, a contact list, a form) is this policy's own, which no Act's section 11
 *   holds. Near miss: "Every agency has a duty under section 11." is still the Act's.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, numberedPolicy, run } from "../fixtures/structure/documents.js";

const TITLES = [
  "Why we have this policy",
  "Who is responsible",
  "Recognising harm",
  "Responding to a child",
  "Photographs and filming",
  "Allegations against staff, helpers or volunteers",
  "Online safety",
  "Record keeping",
  "Training",
  "Useful contacts",
];

function policy(layout: Layout, body: Record<number, string>) {
  return numberedPolicy(
    "Larkspur Stage School — Safeguarding Policy",
    TITLES,
    layout,
    body,
    (title) => `What the school does about this: ${title.toLowerCase()}, every term.`,
  );
}

const layouts: Layout[] = ["md", "docx", "pdf"];
const references = (layout: Layout, body: Record<number, string>) => {
  const document = policy(layout, body);
  return found(run(sectionReference, document), document);
};

describe("section-reference: a title after a dash, without brackets", () => {
  it.each(layouts)("reports the section whose title is another's (%s)", (layout) => {
    const body = {
      6: "Any concern about an adult goes to the lead, who calls the LADO. For how we deal with such allegations, see section 5 – Allegations against staff.",
    };
    expect(references(layout, body)).toEqual(["section 5 – Allegations against staff"]);
  });

  it.each(layouts)("near miss: leaves words after the dash that are no section's title (%s)", (layout) => {
    const body = { 4: "If you are unsure what to do, see section 2 – it says whom to call first." };
    expect(references(layout, body)).toEqual([]);
  });

  it("near miss: leaves the title of the section referred to", () => {
    const body = { 4: "Tell the lead at once, and see section 6 – Allegations against staff." };
    expect(references("md", body)).toEqual([]);
  });
});

describe("section-reference: a section said to hold this policy's own things", () => {
  it.each(layouts)("reports 'Telephone numbers … are in section 11' in ten sections (%s)", (layout) => {
    const body = {
      4: "The lead decides whether to refer. A phone referral is confirmed in writing. Telephone numbers for every agency are in section 11.",
    };
    expect(references(layout, body)).toEqual(["section 11"]);
  });

  it("near miss: an agency's duty under section 11 is still the Act's", () => {
    const body = { 2: "Every agency has a duty under section 11 to safeguard children." };
    expect(references("md", body)).toEqual([]);
  });
});
