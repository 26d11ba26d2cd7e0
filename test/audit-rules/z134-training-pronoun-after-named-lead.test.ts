/**
 * training-missing and training-stale (held-out set zz134), in our own words; every name is invented. A paragraph
 * names the lead in one sentence ("The service-wide Designated Safeguarding Manager is Ms Ada Quarrie, …") and the
 * next says "She completed the designated safeguarding lead course on 02/10/2025": the pronoun is the lead named just
 * before, so her training is recorded. A pronoun that does not fit (a "He" for a Ms) records nothing of hers.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (second: string, leadDate = "02/10/2025") =>
  [
    "# Children's Events Policy",
    "",
    "## 2. Who is responsible",
    "",
    `The service-wide **Designated Safeguarding Manager** is Ms Ada Quarrie, Service Manager (Young People), 01632 960 400, a.quarrie@example.org. ${second} the designated safeguarding lead course on ${leadDate}.`,
    "",
    "| Branch | Deputy DSL | Phone | Training |",
    "|---|---|---|---|",
    "| Northgate Library | Tomas Ferreira-Hale | 01632 960 411 | 14/05/2025 |",
    "| Southgate Library | Priya Wendell-Ash | 01632 960 422 | 02/2026 |",
  ].join("\n");

describe("training: 'She completed …' after the sentence that names the lead", () => {
  it("records the course for the lead named in the sentence before", () => {
    const md = markdownDocument(policy("She completed"));
    expect(run(trainingMissing, md)).toEqual([]);
  });
  it("dates her course: a lapsed one is reported as hers", () => {
    const md = markdownDocument(policy("She completed", "03/2023"));
    const stale = run(trainingStale, md);
    expect(found(stale, md).join(" ")).toContain("03/2023");
    expect(stale.map((r) => r.message).join(" ")).toContain("Ada Quarrie");
  });
  it("does not give a man's pronoun to her", () => {
    const md = markdownDocument(policy("He completed"));
    expect(found(run(trainingMissing, md), md).join(" ")).toContain("Ada Quarrie");
  });
});
