/**
 * lead-missing (review of the thirty-seventh session), in our own words; every name is invented. A health provider
 * calls its own lead the "Named Professional for Safeguarding" (zz121's hospice); a club that lists an NHS trust's
 * or health board's named professional among its contacts has not named its own lead by that: "Fenmoor Community NHS
 * Trust, Named Professional for Safeguarding: Dr Idris Kale" is the trust's. Stays quiet: the provider's own.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const club = (contact: string) =>
  markdownDocument(
    [
      "# Safeguarding Policy — Teasel Street Youth Club",
      "",
      "Every volunteer reports concerns to the Designated Safeguarding Lead (DSL).",
      "",
      "## Useful contacts",
      "",
      "- Local authority designated officer (LADO): 01632 960 515",
      `- ${contact}`,
      "",
    ].join("\n"),
  );

describe("lead-missing: a health body's named professional among the contacts", () => {
  it("is still reported: the trust's or board's officer is not the club's lead", () => {
    for (const contact of [
      "Fenmoor Community NHS Trust, Named Professional for Safeguarding: Dr Idris Kale (01632 960 540)",
      "Fenmoor NHS Foundation Trust – Named Professional for Safeguarding Children: Dr Idris Kale",
      "Westmarsh Health Board (WHB), Named Professional for Safeguarding: Dr Idris Kale",
    ])
      expect(run(leadMissing, club(contact)).length, contact).toBe(1);
  });

  it("stays quiet for the provider's own named professional", () => {
    const own = markdownDocument(
      "# Saltings Hospice – Safeguarding Policy\n\n## Who leads\n\nOur Named Professional for Safeguarding is Nerys Blackwood, Head of Care (01632 960 118).\n\nTell the Named Professional for Safeguarding the same day.\n",
    );
    expect(run(leadMissing, own)).toEqual([]);
  });
});
