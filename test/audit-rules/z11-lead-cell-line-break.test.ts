/**
 * A table cell that holds a role and the name under it, split by a line break: Markdown writes the break as
 * `<br>` ("| Service Safeguarding Lead<br>Name, Job title | phone |"), as Word's line break is read as a space.
 * The name is the role's, as in "Role Name" on one line. From the eleventh held-out set (issue 11), in our own
 * words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(rows: string[]): string {
  return [
    "# Hollowmere Respite Service — Safeguarding Procedure",
    "",
    "## Who is responsible",
    "",
    "| Role and name | Contact |",
    "| --- | --- |",
    ...rows,
    "",
    "Report every concern to the Service Safeguarding Lead on the same day.",
    "",
  ].join("\n");
}

describe("a role and its name in one table cell, split by a line break", () => {
  it("names the lead and the deputy, whatever the break's spelling", () => {
    for (const br of ["<br>", "<br/>", "<br />", "<BR>"]) {
      const text = policy([
        `| Service Safeguarding Lead${br}Petra Vashti, Team Manager | 01632 960 418${br}p.vashti@example.org |`,
        `| Deputy Service Safeguarding Lead${br}Mr Colm Brady | 01632 960 419 |`,
      ]);
      expect(checkText(leadMissing, text, { asOf }), br).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf }), br).toEqual([]);
    }
  });

  it("still reports a role whose cell names nobody", () => {
    const text = policy([
      "| Service Safeguarding Lead<br>(to be appointed) | 01632 960 418 |",
      "| Service Manager<br>Colm Brady | 01632 960 410 |",
    ]);
    expect(checkText(leadMissing, text, { asOf })).toHaveLength(1);
  });
});
