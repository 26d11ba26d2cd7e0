/**
 * Held-out zz130 (in our own words, every name invented; as of 1 December 2026): a training table with a column per
 * module, where the policy says one module is done once and never repeated ("Module 1 is done once and is not
 * repeated"). The deputy's year in that column ("2019") is when he did it, not a record that ran out: a careful
 * reader judges only the modules that are renewed. Near misses: a module done "once a year" is renewed (its 2019
 * lapsed), a safeguarding module is renewed whatever the policy says, and the renewed module's lapsed date is still
 * reported.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

function policy(onceWords: string): string {
  return [
    "# Larkspur Rambling Youth Section – Safeguarding Policy",
    "",
    "**Youth Safeguarding Officer (our lead):** Imogen Halvorsen-Tate",
    "",
    "**Deputy Youth Safeguarding Officer:** Caspar Ndlovu-Reid",
    "",
    "## Training",
    "",
    `Every new walk leader completes **Module A (Getting started)** in their first season. ${onceWords} The`,
    "safeguarding module, **Module C (Keeping young walkers safe)**, is renewed every three years.",
    "",
    "| Name | Role | Module A | Module C |",
    "|---|---|---|---|",
    "| Imogen Halvorsen-Tate | Youth Safeguarding Officer | 2017 | 05/2023 |",
    "| Caspar Ndlovu-Reid | Deputy Youth Safeguarding Officer | 2019 | 14/02/2025 |",
    "",
  ].join("\n");
}

describe("a module the policy says is done once", () => {
  it("stays quiet about its year, and still reports the renewed module that lapsed", () => {
    for (const words of [
      "Module A is done once and is not repeated.",
      "Module A is a one-off.",
      "Module A does not need to be renewed.",
    ]) {
      const document = markdownDocument(policy(words));
      const reported = run(trainingStale, document);
      expect(found(reported, document), words).toEqual([
        "| Imogen Halvorsen-Tate | Youth Safeguarding Officer | 2017 | 05/2023 |",
      ]);
      expect(reported[0].message).toContain("Module C");
    }
  });

  it("still judges a safeguarding module the policy says is done once", () => {
    const text = policy("Module A is done once and is not repeated.").replace(
      "| Name | Role | Module A | Module C |",
      "| Name | Role | Safeguarding Module A | Module C |",
    );
    const words = text.replace("Module A is done once", "Safeguarding Module A is done once");
    const document = markdownDocument(words);
    expect(found(run(trainingStale, document), document)).toContain(
      "| Caspar Ndlovu-Reid | Deputy Youth Safeguarding Officer | 2019 | 14/02/2025 |",
    );
  });

  it("reports a module done once a year, which is renewed", () => {
    const document = markdownDocument(policy("Module A is done once a year."));
    const reported = run(trainingStale, document);
    expect(found(reported, document)).toContain(
      "| Caspar Ndlovu-Reid | Deputy Youth Safeguarding Officer | 2019 | 14/02/2025 |",
    );
    expect(reported.map((r) => r.message).join("\n")).toContain("Caspar Ndlovu-Reid's most recent Module A");
  });
});
