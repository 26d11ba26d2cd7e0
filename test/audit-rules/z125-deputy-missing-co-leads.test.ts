/**
 * deputy-missing (held-out set zz125), in our own words; every name is invented. A setting whose lead role is held
 * jointly: "Co-DSL" on two rows of a | Role | Name | table, "Joint Designated Safeguarding Lead: …" or
 * "Co-Safeguarding Lead: …" on two lines — the role's own words say two people share it, so each covers for the other and no
 * deputy is missing. One co-lead named alone, or a plain "DSL" on two rows of a role table (a lead per site, say), is
 * still reported; so is a shared role beside a deputy the policy speaks of but never names.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const roleTable = (roles: [string, string][], after = "") =>
  markdownDocument(
    [
      "# Larkspur Saturday School – Safeguarding Policy",
      "",
      "## 2. Who to talk to",
      "",
      "| Role | Name | Phone |",
      "|---|---|---|",
      ...roles.map(([role, name], i) => `| ${role} | ${name} | 07700 900 70${i} |`),
      "",
      after,
      "",
    ].join("\n"),
  );

describe("deputy-missing: a lead role held jointly by two named people", () => {
  it("stays quiet for two co-DSLs in a role table (Markdown and Word)", () => {
    expect(
      run(
        deputyMissing,
        roleTable([
          ["Co-DSL", "Ottilie Brannagh-Ward"],
          ["Co-DSL", "Mr Hamish Oyelaran"],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        deputyMissing,
        wordDocument(
          [
            "<h1>Larkspur Saturday School – Safeguarding Policy</h1>",
            "<table><tr><td><p><strong>Role</strong></p></td><td><p><strong>Name</strong></p></td></tr>",
            "<tr><td><p>Co-DSL</p></td><td><p>Ottilie Brannagh-Ward (teacher)</p></td></tr>",
            "<tr><td><p>Co-DSL</p></td><td><p>Mr Hamish Oyelaran (trustee)</p></td></tr>",
            "</table>",
          ].join("\n"),
        ),
      ),
    ).toEqual([]);
  });

  it("stays quiet for joint leads and co-leads on lines of their own", () => {
    for (const lines of [
      [
        "Joint Designated Safeguarding Lead: Ottilie Brannagh-Ward",
        "Joint Designated Safeguarding Lead: Mr Hamish Oyelaran",
      ],
      [
        "Co-Designated Safeguarding Lead: Ottilie Brannagh-Ward",
        "Co-Designated Safeguarding Lead: Mr Hamish Oyelaran",
      ],
      ["Joint DSL: Ottilie Brannagh-Ward", "Joint DSL: Mr Hamish Oyelaran"],
      ["Co-Safeguarding Lead: Ottilie Brannagh-Ward", "Co Safeguarding Lead: Mr Hamish Oyelaran"],
    ]) {
      const doc = markdownDocument(`# Larkspur Saturday School\n\n${lines.join("\n\n")}\n`);
      expect(run(deputyMissing, doc), lines[0]).toEqual([]);
    }
  });

  it("still reports one co-lead alone, two plain DSL rows, or a deputy spoken of but unnamed", () => {
    expect(run(deputyMissing, roleTable([["Co-DSL", "Ottilie Brannagh-Ward"]]))).toHaveLength(1);
    expect(
      run(
        deputyMissing,
        roleTable([
          ["DSL", "Ottilie Brannagh-Ward"],
          ["DSL", "Mr Hamish Oyelaran"],
        ]),
      ),
    ).toHaveLength(1);
    expect(
      run(
        deputyMissing,
        roleTable(
          [
            ["Co-DSL", "Ottilie Brannagh-Ward"],
            ["Co-DSL", "Mr Hamish Oyelaran"],
          ],
          "Deputy Designated Safeguarding Lead: to be appointed",
        ),
      ),
    ).toHaveLength(1);
  });
});
