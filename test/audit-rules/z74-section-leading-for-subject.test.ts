/**
 * section-reference (the held-out set zz74), in our own words; every name is invented.
 * "For what happens to recordings of a fall, see section 7." where section 7 is "Contacts" (a list of numbers) and
 * section 4 is "Filming, recordings and group chats": what the reference is for, said before it, is in neither section
 * 7's title nor its text, and another section's title names it — reported. Said words that section 7 uses ("For
 * phone numbers, see section 7"), generic words ("For more information, see section 7") and a subject no other
 * section's title names stay quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, numberedPolicy, run } from "../fixtures/structure/documents.js";

const TITLES = [
  "About the gym",
  "Who leads",
  "Spotting and handling",
  "Filming, recordings and group chats",
  "If you are worried",
  "Allegations about a coach",
  "Contacts",
];

function policy(layout: Layout, worried: string) {
  return numberedPolicy(
    "Kestrelbank Tumbling Juniors – Safeguarding Policy",
    TITLES,
    layout,
    {
      4: "We only share recordings of a routine with a parent's written consent.",
      5: worried,
      7: "Children's Services: 01632 960 410\nPolice: 999\nNSPCC Helpline: 0808 800 5000",
    },
    (t) => `Our approach to ${t.toLowerCase()}.`,
  );
}

describe("section-reference: 'For <subject>, see section N' where section N says nothing of it", () => {
  it("is reported where another section's title names the subject", () => {
    for (const layout of ["md", "docx", "pdf"] as Layout[]) {
      const document = policy(
        layout,
        "Tell the lead the same day. For what happens to recordings of a fall, see section 7.",
      );
      const reports = run(sectionReference, document);
      expect(found(reports, document), layout).toEqual(["section 7"]);
      expect(reports[0].message).toContain('"Contacts" and says nothing about it');
      expect(reports[0].message).toContain('section 4, "Filming, recordings and group chats"');
    }
  });

  it("stays quiet where the section uses the words", () => {
    const document = policy(
      "md",
      "Tell the lead the same day. For phone numbers and contacts, see section 7.",
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("stays quiet on generic words", () => {
    const document = policy("md", "Tell the lead the same day. For more information, see section 7.");
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("stays quiet where no other section's title names the subject", () => {
    const document = policy(
      "md",
      "Tell the lead the same day. For what happens to lost property, see section 7.",
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });
});
