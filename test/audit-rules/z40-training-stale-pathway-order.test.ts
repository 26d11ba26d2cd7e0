/**
 * training-stale (review 45), in our own words; every name is invented. A scout group's welfare lead lists her
 * modules newest first: "Foundation module, 09/04/2026; Leadership module, 22/01/2019". The order they are written
 * in does not matter: within one pathway the highest level is the record judged, then its latest date — so the
 * lapsed Leadership module is reported whichever comes first. A later Leadership module, in either order, renews it.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (officer: string) =>
  [
    "# Safeguarding Policy — 3rd Kelvedon Scout Group",
    "",
    "## 1. Designated Safeguarding Lead",
    "",
    "Our Designated Safeguarding Lead is Mrs Petra Oyelaran. Tel 07700 900418.",
    "",
    "Our Deputy Designated Safeguarding Lead is Mr Tobias Renshaw. Tel 07700 900522.",
    "",
    "## 2. Training",
    "",
    `- Mrs Petra Oyelaran: ${officer}`,
    "- Mr Tobias Renshaw: Safeguarding Leadership module, 20/06/2025",
    "",
    "All leaders renew their safeguarding training every three years.",
  ].join("\n");

describe("training-stale: a pathway's modules in any order", () => {
  it("reports the lapsed Leadership module when the later Foundation module is written first", () => {
    const md = markdownDocument(
      policy("Safeguarding Foundation module, 09/04/2026; Safeguarding Leadership module, 22/01/2019"),
    );
    const found = run(trainingStale, md);
    expect(found.map((r) => r.message)).toEqual([
      expect.stringMatching(/Petra Oyelaran.*Leadership module.*22 January 2019/),
    ]);
  });
  it("reports the same when the Leadership module is written first", () => {
    const md = markdownDocument(
      policy("Safeguarding Leadership module, 22/01/2019; Safeguarding Foundation module, 09/04/2026"),
    );
    expect(run(trainingStale, md).map((r) => r.message)).toEqual([
      expect.stringMatching(/Petra Oyelaran.*Leadership module.*22 January 2019/),
    ]);
  });
  it("judges the latest of two Leadership modules, in either order", () => {
    for (const officer of [
      "Safeguarding Leadership module, 09/04/2026; Safeguarding Foundation module, 03/03/2018; Safeguarding Leadership module, 22/01/2019",
      "Safeguarding Leadership module, 22/01/2019; Safeguarding Foundation module, 03/03/2018; Safeguarding Leadership module, 09/04/2026",
    ]) {
      expect(run(trainingStale, markdownDocument(policy(officer)))).toEqual([]);
    }
  });
  it("stays quiet when the later module is the higher one, in either order", () => {
    for (const officer of [
      "Safeguarding Foundation module, 22/01/2019; Safeguarding Leadership module, 09/04/2026",
      "Safeguarding Leadership module, 09/04/2026; Safeguarding Foundation module, 22/01/2019",
    ]) {
      expect(run(trainingStale, markdownDocument(policy(officer)))).toEqual([]);
    }
  });
});
