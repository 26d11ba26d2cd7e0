/**
 * Leads in a Markdown copy of a Word file with tracked changes (held-out set zz96, a pétanque club and a velodrome
 * club), in our own words; every name is invented. A deletion is kept as a comment, "<!-- del: … -->", with no
 * `<ins>` after it when nothing was typed in its place ("Deputy: <!-- del: Mr A. Shearer -->Mr R. Dunbar-Kerr", a
 * whole line "<!-- del: Club Safeguarding Officer – Gareth Pryor – … -->"). The deleted words are not the policy's:
 * the deputy after the comment is named; the officer whose only line was deleted is not.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const club = (leads: string) =>
  markdownDocument(
    [
      "# Kelvinbrae Bowls Juniors – Safeguarding Policy",
      "",
      "## 1. Who to tell",
      "",
      leads,
      "",
      "Tell the Welfare Officer the same day about any worry. If the Welfare Officer is away, tell the Deputy Welfare Officer.",
      "",
    ].join("\n"),
  );

describe("a Markdown deletion kept as a comment, with nothing inserted", () => {
  it("names the deputy written after the deleted one", () => {
    const document = club(
      "Welfare Officer: Mrs Iona Gillies, 07700 900 731\n\nDeputy Welfare Officer: <!-- del: Mr A. Shearer -->Mr Ruaridh Dunbar-Kerr, 07700 900 732",
    );
    expect(run(deputyMissing, document)).toEqual([]);
    expect(run(leadMissing, document)).toEqual([]);
  });

  it("does not name an officer whose only line was deleted", () => {
    const document = club(
      "<!-- del: Welfare Officer – Callum Pryde – 07700 900 740 -->\n\nDeputy Welfare Officers – Ishbel Rae and Tomasz Nowak – 07700 900 741",
    );
    expect(run(leadMissing, document).map((f) => f.message)).toEqual([
      expect.stringMatching(/^The policy mentions the designated safeguarding lead but never says who it is/),
    ]);
  });
});
