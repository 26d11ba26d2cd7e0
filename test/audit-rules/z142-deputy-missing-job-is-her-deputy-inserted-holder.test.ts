/**
 * deputy-missing (held-out set zz142), in our own words; every name is invented. A chapel's policy names its lead on a
 * bold label line and a second role on another, its holder a tracked change — the old holder deleted, the new one
 * inserted ("**Youth Safeguarding Rep:** <!-- del: Mr A --><ins>Ms B</ins>"; in Word the insertion alone) — and the
 * next paragraph says "The Youth Safeguarding Rep is her deputy for youth matters" after a sentence about the lead
 * ("her" is the lead). The inserted holder is the named deputy; the deleted one never counts. Near misses: the role's
 * only holder deleted, "her" with no lead in that sentence or the one before, and "is her deputy head" (a job).
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const chapel = (holder: string, sentences: string) =>
  markdownDocument(
    [
      "# Ebbsworth Chapel — Youth Safeguarding Policy",
      "",
      "### Who to talk to",
      "",
      "**Chapel Safeguarding Officer:** Mrs Delphine Arkwright",
      "07700 900 611 · safeguarding@ebbsworth.example.org",
      "",
      `**Youth Safeguarding Rep:** ${holder}`,
      "07700 900 612",
      "",
      sentences,
      "",
    ].join("\n"),
  );

const INSERTED = "<!-- del: Mr Howard Pengelly --><ins>Mr Samson Adeyemi-Clarke</ins>";
const LEADS = "The Chapel Safeguarding Officer leads on safeguarding for the whole chapel.";

describe("deputy-missing: a job said to be 'her deputy' after the lead's sentence, its holder inserted", () => {
  it("stays quiet when the role's inserted holder is named (Markdown and Word)", () => {
    for (const sentences of [
      `${LEADS} The Youth Safeguarding Rep is her deputy for youth matters: he is at every club night.`,
      `${LEADS} The Youth Safeguarding Rep is also her deputy.`,
    ]) {
      const md = chapel(INSERTED, sentences);
      expect(run(deputyMissing, md), sentences).toEqual([]);
      expect(run(leadMissing, md), sentences).toEqual([]);
    }
    const word = wordDocument(
      [
        "<h1>Ebbsworth Chapel — Youth Safeguarding Policy</h1>",
        "<h3>Who to talk to</h3>",
        "<p><strong>Chapel Safeguarding Officer:</strong> Mrs Delphine Arkwright<br />07700 900 611</p>",
        "<p><strong>Youth Safeguarding Rep:</strong> Mr Samson Adeyemi-Clarke<br />07700 900 612</p>",
        `<p>${LEADS} The Youth Safeguarding Rep is her deputy for youth matters.</p>`,
      ].join("\n"),
    );
    expect(run(deputyMissing, word)).toEqual([]);
  });

  it("still reports when the only holder is deleted, 'her' is nobody's lead, or the deputy is a job", () => {
    const deputyOf = `${LEADS} The Youth Safeguarding Rep is her deputy for youth matters.`;
    for (const [holder, sentences] of [
      ["<!-- del: Mr Howard Pengelly -->", deputyOf],
      ["", deputyOf],
      [
        INSERTED,
        "The minister chairs the deacons. The Youth Safeguarding Rep is her deputy for youth matters.",
      ],
      [INSERTED, `${LEADS} The minister chairs the deacons. The Youth Safeguarding Rep is her deputy.`],
      [INSERTED, `${LEADS} The Youth Safeguarding Rep is her deputy head at the school.`],
    ])
      expect(run(deputyMissing, chapel(holder, sentences)), `${holder} ${sentences}`).toHaveLength(1);
  });
});
