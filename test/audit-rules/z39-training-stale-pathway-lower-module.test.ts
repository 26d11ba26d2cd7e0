/**
 * training-stale (review 44), in our own words; every name is invented. A church's officer did the diocese's
 * Leadership module long ago and a Foundation module lately: "Leadership module, 12/03/2019; Safeguarding Foundation
 * module, 10/05/2026". A lower module done later does not renew the higher one, so the lapsed Leadership module is
 * still reported. A later module of the same or a higher level still replaces the earlier one (zz134).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (officer: string) =>
  [
    "# Safeguarding Policy — St Bride's Parish Playgroup",
    "",
    "## 1. Designated Safeguarding Lead",
    "",
    "Our Designated Safeguarding Lead is Mrs Alys Tremayne. Tel 07700 900321.",
    "",
    "Our Deputy Designated Safeguarding Lead is Mr Gareth Lusk. Tel 07700 900654.",
    "",
    "## 2. Training",
    "",
    `- Mrs Alys Tremayne: ${officer}`,
    "- Mr Gareth Lusk: Diocesan Safeguarding Leadership module, 20/06/2025",
    "",
    "All leaders renew their safeguarding training every three years.",
  ].join("\n");

describe("training-stale: a later, lower module of a safeguarding pathway", () => {
  it("still reports the lapsed Leadership module when a Foundation module came after it", () => {
    const md = markdownDocument(
      policy(
        "Diocesan Safeguarding Leadership module, 14/02/2019; Safeguarding Foundation module, 11/05/2026",
      ),
    );
    const found = run(trainingStale, md);
    expect(found.map((r) => r.message)).toHaveLength(1);
    expect(found[0].message).toContain("Alys Tremayne");
    expect(found[0].message).toContain("Leadership module");
  });
  it("stays quiet when the later module is the higher one", () => {
    const md = markdownDocument(
      policy(
        "Safeguarding Foundation module, 14/02/2019; Diocesan Safeguarding Leadership module, 11/05/2026",
      ),
    );
    expect(run(trainingStale, md)).toEqual([]);
  });
  it("stays quiet when a later module of the same level renews it", () => {
    const md = markdownDocument(
      policy(
        "Diocesan Safeguarding Leadership module, 14/02/2019; Safeguarding Leadership module, 11/05/2026",
      ),
    );
    expect(run(trainingStale, md)).toEqual([]);
  });
});
