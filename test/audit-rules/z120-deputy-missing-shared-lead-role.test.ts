/**
 * deputy-missing (held-out set zz120), in our own words; every name is invented. A setting with no single lead: two
 * or more people are named for the lead's role itself — a table under a "DSO" column, or "Designated Safeguarding
 * Officers: A, B and C" — and they cover for one another, so no deputy is missing. One lead named and no deputy is
 * still reported, and so is a shared role beside a deputy the policy speaks of but never names.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const intro =
  "The club has no single safeguarding lead. Our Designated Safeguarding Officers (DSOs) share the role and cover for one another.";

const markdownTable = (rows: string[], header = "| DSO | Job title | Phone |", after = "") =>
  markdownDocument(
    [
      "# Ferncastle Rowing Club – Safeguarding Policy",
      "",
      "## 2. Who to tell",
      "",
      intro,
      "",
      header,
      "|---|---|---|",
      ...rows,
      "",
      after,
      "",
    ].join("\n"),
  );

const wordTable = (rows: string[][]) =>
  wordDocument(
    [
      "<h1>Ferncastle Rowing Club – Safeguarding Policy</h1>",
      "<h2>2. Who to tell</h2>",
      `<p>${intro}</p>`,
      "<table><tr><td><p><strong>DSO</strong></p></td><td><p><strong>Job title</strong></p></td></tr>",
      ...rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`),
      "</table>",
    ].join("\n"),
  );

const three = [
  "| Oonagh Brennerman | Club Secretary | 01632 960 771 |",
  "| Kofi Asante-Bright | Head Coach | 01632 960 772 |",
  "| Marta Wisniewska-Lund | Juniors Captain | 01632 960 773 |",
];

describe("deputy-missing: several people named for the lead role itself", () => {
  it("stays quiet for a column of DSOs under the role's header (Markdown and Word)", () => {
    expect(run(deputyMissing, markdownTable(three))).toEqual([]);
    expect(run(deputyMissing, markdownTable(three.slice(0, 2)))).toEqual([]);
    expect(
      run(
        deputyMissing,
        wordTable([
          ["Oonagh Brennerman", "Club Secretary"],
          ["Kofi Asante-Bright", "Head Coach"],
        ]),
      ),
    ).toEqual([]);
  });

  it("stays quiet for co-leads listed in one line", () => {
    const doc = markdownDocument(
      "# Ferncastle Rowing Club\n\nDesignated Safeguarding Officers: Oonagh Brennerman, Kofi Asante-Bright and Marta Wisniewska-Lund.\n",
    );
    expect(run(deputyMissing, doc)).toEqual([]);
  });

  it("still reports one lead and no deputy, in a table or a line", () => {
    expect(run(deputyMissing, markdownTable(three.slice(0, 1)))).toHaveLength(1);
    expect(run(deputyMissing, wordTable([["Oonagh Brennerman", "Club Secretary"]]))).toHaveLength(1);
    expect(
      run(
        deputyMissing,
        markdownDocument("# Ferncastle Rowing Club\n\nDesignated Safeguarding Officer: Oonagh Brennerman.\n"),
      ),
    ).toHaveLength(1);
  });

  it("still reports the same names under a site column, or beside a deputy left unnamed", () => {
    expect(
      run(
        deputyMissing,
        markdownTable(
          [
            "| Riverside | Oonagh Brennerman | 01632 960 771 |",
            "| Millbrook | Kofi Asante-Bright | 01632 960 772 |",
          ],
          "| Site | DSO | Phone |",
        ),
      ),
    ).toHaveLength(1);
    expect(
      run(
        deputyMissing,
        markdownTable(three, undefined, "When no DSO is available, contact the Deputy DSO."),
      ),
    ).toHaveLength(1);
  });
});
