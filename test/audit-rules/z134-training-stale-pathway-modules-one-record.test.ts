/**
 * training-stale (held-out set zz134), in our own words; every name is invented. A church's officer has two modules
 * of the diocese's safeguarding pathway on one line, "Foundation module 02/2022; Leadership module 10/2023": the later
 * module is her most recent safeguarding training, so one finding, for the Leadership module, and not a second for
 * the older Foundation module beside it. A helper whose later module is current gets none.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (officer: string, assistant: string) =>
  [
    "# Sunday Club Safeguarding Policy",
    "",
    "## 2. Who to tell",
    "",
    "Our **Parish Safeguarding Officer** is Mrs Nerys Albright-Cole (07700 900 801).",
    "",
    "Our **Assistant Parish Safeguarding Officer** is Mr Osian Vale, who acts for Nerys when she is away.",
    "",
    "## 3. Training",
    "",
    `Nerys Albright-Cole (Parish Safeguarding Officer): ${officer}.`,
    `Osian Vale (Assistant PSO): ${assistant}.`,
  ].join("\n");

describe("training-stale: the modules of one safeguarding pathway on a person's line", () => {
  it("reports the officer's most recent module once, not the older one beside it", () => {
    const md = markdownDocument(
      policy(
        "Foundation module 02/2022; Leadership module 10/2023",
        "Foundation module 04/2025; Leadership module 06/2025",
      ),
    );
    const found = run(trainingStale, md);
    expect(found.map((r) => r.message)).toHaveLength(1);
    expect(found[0].message).toContain("Nerys Albright-Cole's most recent Leadership module");
  });
  it("stays quiet when the later module is current, though the earlier one is old", () => {
    const md = markdownDocument(
      policy(
        "Foundation module 02/2022; Leadership module 10/2025",
        "Foundation module 04/2025; Leadership module 06/2025",
      ),
    );
    expect(run(trainingStale, md)).toEqual([]);
  });
});
