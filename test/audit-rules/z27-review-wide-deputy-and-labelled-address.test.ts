/**
 * Review of the twenty-seventh session's changes (held-out zz84, zz86 mends), in our own words.
 * - A wider body's officer is not the setting's lead — but an "organisation-wide" or "Group-wide" DEPUTY is still the
 *   setting's deputy: no deputy-missing.
 * - "… is available at" then, as the next paragraph, the address after a short label ("NSPCC Learning:
 *   https://…", "Website: www.…", "a. https://…"): the address is given. A link inside the next paragraph's own long
 *   sentence is not.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a wider body's deputy", () => {
  it("is still the setting's deputy", () => {
    for (const deputy of [
      "Deputy Designated Safeguarding Lead (organisation-wide): Mr Tom Okafor (07700 900124).",
      "Our Group-wide Deputy Safeguarding Lead is Mr Tom Okafor (07700 900124).",
    ]) {
      const text = `# Kestle Youth – Safeguarding Policy\n\nDesignated Safeguarding Lead: Mrs Ada Kwarteng (07700 900123).\n\n${deputy}\n`;
      expect(checkText(deputyMissing, text, { asOf }), deputy).toEqual([]);
    }
  });
});

describe("'available at' before a paragraph giving the address after a short label", () => {
  const policy = (after: string) =>
    markdownDocument(
      `# Kestle Owl Rescue – Safeguarding Policy\n\n## Team {#team}\n\nLead: Asha Mehta.\n\n## Concerns\n\nThe full NSPCC guidance is available at\n\n${after}\n`,
    );
  it("is not reported", () => {
    for (const after of [
      "NSPCC Learning: https://learning.nspcc.org.uk",
      "Website: www.kestle.example.gov.uk/procedures",
      "NSPCC Learning – [learning.nspcc.org.uk](https://learning.nspcc.org.uk)",
      "a. https://learning.nspcc.org.uk",
      "☐ https://learning.nspcc.org.uk",
    ]) {
      const document = policy(after);
      expect(found(run(emptyLink, document), document), after).toEqual([]);
    }
  });

  it("near miss: a link deep in the next paragraph's own sentence", () => {
    const document = policy(
      "The Lead records every concern and decides whether to refer it; see [Our team](#team) for how to reach her.",
    );
    expect(found(run(emptyLink, document), document)).toEqual(["is available at"]);
  });
});
