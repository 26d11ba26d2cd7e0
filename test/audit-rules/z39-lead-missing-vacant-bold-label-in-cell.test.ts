/**
 * lead-missing (review 44), in our own words; every name is invented. A key contacts table's lead cell opens with a
 * bold word of the post's state: "| Designated Safeguarding Lead | **Vacant:** Mrs Pia Lindqvist (until July 2026) |".
 * That word is no site's label to read past: the post is vacant, and the lead is reported not named. Still works: a
 * site's bold label ("**Marlow Heath:** Mrs Oona Penrose …", "**North site**: …") is read past to the lead's name.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (cell: string) =>
  markdownDocument(
    [
      "# Safeguarding Policy — Fernwick Nurseries",
      "",
      "Approved: 3 September 2026. Next review: September 2027.",
      "",
      "## Key contacts",
      "",
      "| Role | Name |",
      "|---|---|",
      `| Designated Safeguarding Lead | ${cell} |`,
      "| Deputy Designated Safeguarding Lead | Mr Tobias Wrenn |",
      "",
      "## Training",
      "",
      "Mr Tobias Wrenn completed DSL training on 3 March 2025.",
    ].join("\n"),
  );

const leadNames = (document: ReturnType<typeof markdownDocument>) =>
  analyse(document)
    .leads.filter((m) => m.role === "dsl" && !m.team)
    .flatMap((m) => m.names ?? []);

describe("lead-missing: a bold word of the post's state before a name in the lead's cell", () => {
  for (const cell of [
    "**Vacant:** Mrs Pia Lindqvist (until July 2026)",
    "**Vacant**: Mrs Pia Lindqvist (left in July 2026)",
    "**TBC:** Mrs Pia Lindqvist (until July 2026)",
  ])
    it(`reports the lead not named: ${cell}`, () => {
      const document = policy(cell);
      expect(run(leadMissing, document).length).toBe(1);
      expect(leadNames(document)).not.toContain("Mrs Pia Lindqvist");
    });

  for (const cell of [
    "**Marlow Heath:** Mrs Oona Penrose (Centre Manager), 01632 960 811",
    "**North site**: Mrs Oona Penrose (Centre Manager)",
  ])
    it(`reads past a site's bold label to the lead: ${cell}`, () => {
      const document = policy(cell);
      expect(run(leadMissing, document)).toEqual([]);
      expect(leadNames(document)).toContain("Mrs Oona Penrose");
    });
});
