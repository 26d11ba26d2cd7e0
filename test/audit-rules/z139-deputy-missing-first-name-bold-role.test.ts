/**
 * deputy-missing (held-out set zz139), in our own words; every name is invented. Two childminders introduce
 * themselves in full ("We are Rosalind Okonkwo-Hale and Nadira Darrow, two registered childminders …"), then write
 * "Rosalind is our **Designated Safeguarding Lead**. Nadira is our **Deputy Designated Safeguarding Lead** and takes
 * the lead whenever Rosalind is not working." A first name before "is our" and a role in bold is the person the policy
 * names in full elsewhere, as it is with the role unbolded: the deputy is named. Near miss: a first name the policy
 * never gives in full names no one a reader could find — reported as before.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (intro: string) => {
  const roles = [
    "Rosalind is our <b>Designated Safeguarding Lead</b>. Nadira is our <b>Deputy Designated Safeguarding Lead</b> and takes the lead whenever Rosalind is not working.",
  ];
  return [
    markdownDocument(
      [
        "# Brambles Childminding – Safeguarding Policy",
        "",
        intro,
        "",
        "## 1. Who leads on safeguarding",
        "",
        ...roles.map((r) => r.replace(/<\/?b>/g, "**")),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Brambles Childminding – Safeguarding Policy</h1>",
        `<p>${intro}</p>`,
        "<h2>1. Who leads on safeguarding</h2>",
        ...roles.map((r) => `<p>${r.replace(/<(\/?)b>/g, "<$1strong>")}</p>`),
      ].join("\n"),
    ),
  ];
};

describe("deputy-missing: a first name before 'is our' and the deputy's role in bold", () => {
  it("reads the person named in full elsewhere as the deputy", () => {
    for (const document of layouts(
      "We are Rosalind Okonkwo-Hale and Nadira Darrow, two registered childminders who work together from Rosalind's home.",
    ))
      expect(run(deputyMissing, document), document.format).toEqual([]);
  });

  it("still reports a deputy known by a first name the policy never gives in full", () => {
    for (const document of layouts(
      "We are two registered childminders who work together from Rosalind's home.",
    )) {
      const reported = run(deputyMissing, document);
      expect(reported, document.format).toHaveLength(1);
      expect(reported[0].message).toContain("never says who it is");
    }
  });
});
