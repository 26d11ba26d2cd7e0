/**
 * empty-link (held-out set zz86, a wildlife hospital), in our own words; every name is invented. "The handbook … is
 * available at" ending its paragraph, with a link somewhere in the NEXT paragraph ("see [Our team](#team) for how to
 * reach her"): that link is the next paragraph's own, not the address the sentence leaves out. Near misses: the next
 * paragraph or list item opening with the address ("available at:" over a list of links).
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (after: string) =>
  markdownDocument(
    `# Kestle Owl Rescue – Safeguarding Policy\n\n## Team {#team}\n\nLead: Asha Mehta.\n\n## Concerns\n\nThe volunteer handbook, with the code of conduct, is available at\n\n${after}\n`,
  );

describe("empty-link: 'available at' ending a paragraph before one with a link in it", () => {
  it("is reported: the next paragraph's link is its own", () => {
    for (const after of [
      "The Lead records every concern; see [Our team](#team) for how to reach her.",
      "Parents can read more on the [NSPCC website](https://www.nspcc.org.uk) at any time.",
    ]) {
      const document = policy(after);
      expect(found(run(emptyLink, document), document), after).toEqual(["is available at"]);
    }
  });

  it("near miss: the next line opens with the address or a link to it", () => {
    for (const after of [
      "https://www.kestleowls.example.org/handbook",
      "- [Volunteer handbook](https://www.kestleowls.example.org/handbook)",
      "[Volunteer handbook (PDF)](https://www.kestleowls.example.org/handbook.pdf)",
    ]) {
      const document = policy(after);
      expect(found(run(emptyLink, document), document), after).toEqual([]);
    }
  });
});
