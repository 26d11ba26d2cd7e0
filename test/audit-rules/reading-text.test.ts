/**
 * Prose hard-wrapped at a fixed width (pandoc's Markdown, a Word file with a line break typed in each line) is
 * read one paragraph to a line; a document written one paragraph to a line keeps every break its author typed.
 */
import { describe, expect, it } from "vitest";
import { readingText, unwrapHardWrappedProse } from "../../src/audit/text/lines.js";

/** A policy as pandoc writes it: paragraphs wrapped at 72 columns, a role and its name on two lines. */
const WRAPPED = `**Hollowmere Youth Hub — Safeguarding Policy**

Everyone who works or volunteers with the Hub shares a duty to keep
children safe. Concerns about a child go to our Designated Safeguarding
Lead, Mrs Ada Kerr, who can be reached on 01632 960 481 during opening
hours, or in her absence to the deputy named in section 3 below.

## 2. What we expect of volunteers

Volunteers follow the code of conduct at all times and never arrange to
meet a young person alone outside an activity. Anyone who is unsure what
to do should speak to the session leader before the end of the session
and write down what was seen or said, in the words that were used.

- a list item stays a list item
- and so does the next one

Approved by the trustees on 14 March 2024. Next review: March
2025.

  Name          Role
  ------------- ---------------------------------
  Ada Kerr      Designated Safeguarding Lead
Signed by the chair of trustees at the meeting held on the date above.\\
Date: 14 March 2024
`;

/** One paragraph to a line, as people write Markdown by hand: short lines are the author's own. */
const BY_HAND = `# Little Wrens Nursery — Safeguarding Policy

Our nursery keeps children safe by making sure every member of staff knows what to look for and whom to tell, and by checking everyone who works here before they start.

The person who leads on safeguarding for our nursery is:
Manager: Carys Bell
Deputy: Leon Ashby

Everyone completes safeguarding training when they join us, and refresher training is booked well before the old certificate runs out, so nobody works without it.
`;

describe("readingText: hard-wrapped prose", () => {
  it("joins a wrapped paragraph's lines with spaces, keeping length and offsets", () => {
    const read = unwrapHardWrappedProse(WRAPPED);
    expect(read).toHaveLength(WRAPPED.length);
    expect(read).toContain("our Designated Safeguarding Lead, Mrs Ada Kerr, who can be reached");
    expect(read).toContain("Next review: March 2025.");
    // Offsets map to the same words.
    const at = WRAPPED.indexOf("Mrs Ada Kerr");
    expect(read.slice(at, at + 12)).toBe("Mrs Ada Kerr");
  });

  it("keeps headings, list items, table rows, a hard line break and a paragraph's last line apart", () => {
    const lines = unwrapHardWrappedProse(WRAPPED).split("\n");
    expect(lines).toContain("## 2. What we expect of volunteers");
    expect(lines).toContain("- a list item stays a list item");
    expect(lines).toContain("- and so does the next one");
    expect(lines).toContain("  Ada Kerr      Designated Safeguarding Lead");
    expect(lines).toContain("Date: 14 March 2024");
    expect(lines.some((l) => l.startsWith("hours, or in her absence"))).toBe(false);
    expect(lines.some((l) => l.endsWith("named in section 3 below."))).toBe(true);
  });

  it("leaves a document written one paragraph to a line as it is", () => {
    expect(unwrapHardWrappedProse(BY_HAND)).toBe(BY_HAND);
  });

  it("reads a Word or HTML document's text the same way, and leaves PDF and plain text to their own readers", () => {
    expect(readingText({ format: "docx", text: WRAPPED })).toBe(unwrapHardWrappedProse(WRAPPED));
    expect(readingText({ format: "html", text: WRAPPED })).toBe(unwrapHardWrappedProse(WRAPPED));
    expect(readingText({ format: "pdf", text: WRAPPED })).toBe(WRAPPED);
    expect(readingText({ format: "txt", text: WRAPPED })).toBe(WRAPPED);
  });
});
