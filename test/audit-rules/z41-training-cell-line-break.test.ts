/**
 * training-missing / training-stale (issue 11, held-out set zz41), in our own words; every name is invented. As of
 * 3 December 2026.
 * A training table whose cells wrap with `<br>` ("| Mrs Noor<br>Haddad-Lyle | Designated Lead<br>Level 3 | … |"),
 * as a Word table's line breaks are written in Markdown: the name cell reads as one name, so the lead's own row is
 * their training, as the lead finder reads the same cell. Near misses: a lead with no row of their own is still
 * missing training; a wrapped row with an old date is still stale.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

const policy = (rows: string[], lead = "Mrs Noor Haddad-Lyle") =>
  [
    "# Brackenfold Climbing Wall — Safeguarding Policy",
    "",
    `Our Designated Safeguarding Lead is ${lead}. The Deputy is Mr Ieuan Pask.`,
    "",
    "## Training record",
    "",
    "| Name | Course | Completed | Renewal due |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");

describe("a training table whose cells wrap with <br>", () => {
  it("reads the wrapped name as the lead's own row, whatever the break's spelling", () => {
    for (const br of ["<br>", "<br/>", "<br />", "<BR>"]) {
      const text = policy([
        `| Mrs Noor${br}Haddad-Lyle | Designated Safeguarding${br}Lead Level 3 | 12/03/2025 | 03/2027 |`,
        `| Mr Ieuan${br}Pask | Safeguarding${br}Children | 20/06/2025 | 06/2028 |`,
      ]);
      expect(checkText(missing, text, { asOf }), br).toEqual([]);
      expect(checkText(stale, text, { asOf }), br).toEqual([]);
    }
  });

  it("reads a name wrapped over three lines", () => {
    const text = policy(
      [
        "| Mrs<br>Carys<br>Pennock | Designated<br>Safeguarding Lead | 04/11/2025 | 11/2027 |",
        "| Mr Ieuan Pask | Safeguarding Children | 20/06/2025 | 06/2028 |",
      ],
      "Mrs Carys Pennock",
    );
    expect(checkText(missing, text, { asOf })).toEqual([]);
  });

  it("near miss: a lead with no row of their own still lacks training", () => {
    const text = policy([
      "| Mr Ieuan<br>Pask | Safeguarding<br>Children | 20/06/2025 | 06/2028 |",
      "| Ms Tamsin<br>Rook | Safeguarding<br>Children | 20/06/2025 | 06/2028 |",
    ]);
    const found = checkText(missing, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Haddad-Lyle");
  });

  it("near miss: a wrapped row with an old date is still stale", () => {
    const text = policy([
      "| Mrs Noor<br>Haddad-Lyle | Designated Safeguarding<br>Lead Level 3 | 12/03/2021 | 03/2023 |",
      "| Mr Ieuan<br>Pask | Safeguarding<br>Children | 20/06/2025 | 06/2028 |",
    ]);
    expect(checkText(stale, text, { asOf })).toHaveLength(1);
  });
});
