/**
 * training-missing and training-stale (held-out review, fiftieth session), in our own words; every name is invented.
 * As of 1 December 2026.
 * A faith school's training paragraphs open with the teacher's name in bold, a title before it (Sister, Ustadh, Revd,
 * Pastor, Rabbi, Mrs) and their role in brackets after it, the paragraph wrapped over two lines: "**Sister Hafsa
 * Okoye-Dunmore** (deputy DSL) completed the Level 3 Designated Safeguarding Lead" / "course in June 2024." The
 * sentence's subject is the named deputy and its course hers: no training-missing error for her, and her lead course,
 * lapsed at the end of June 2026, is stale. Before, a titled name of three words and its bracket counted as more
 * words than a subject may have, and the wrapped course line went to the person of the paragraph above.
 * Stays as it is: the lead's own record (current, so no finding); a deputy with no record of her own still has a
 * training-missing error; words before the name and its bracket ("Our new teacher and Sister …") are no subject of one.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (lead: string, deputy: string, leadRecord: string, deputyRecord: string): SourceDocument =>
  markdownDocument(
    [
      "# Safeguarding Policy — Eastfold Supplementary School",
      "",
      "> Designated Safeguarding Lead",
      `> ${lead}`,
      "> 07700 900761",
      ">",
      "> Deputy Designated Safeguarding Lead",
      `> ${deputy}`,
      "> 07700 900762",
      "",
      "## Training of our teachers",
      "",
      "Every teacher completes safeguarding training before teaching and refreshes it at least every",
      "three years.",
      "",
      leadRecord,
      "",
      deputyRecord,
      "",
      "**Mr Idris Pembury-Khan** (Arabic teacher) completed Level 2 Safeguarding Children on 16/05/2025.",
      "",
    ].join("\n"),
  );

const messages = (document: SourceDocument, who: string) =>
  [...run(trainingMissing, document), ...run(trainingStale, document)]
    .map((f) => f.message)
    .filter((m) => m.includes(who));

describe("a titled name in bold, the role in brackets, the paragraph wrapped", () => {
  for (const [lead, deputy] of [
    ["Ustadh Yaqub Ferreira-Lowe", "Sister Hafsa Okoye-Dunmore"],
    ["Imam Tariq Wendell-Shah", "Ustadha Noor Castell-Ameen"],
    ["Revd Simeon Achterberg", "Pastor Grace Oyelaran-Pike"],
    ["Rabbi Eli Hartstone", "Rebbetzin Miriam Kalb-Norris"],
    ["Mr Hamid Rowe", "Mrs Ines Calloway-Dunn"],
  ])
    it(`is the deputy's record, lapsed: ${deputy}`, () => {
      const document = policy(
        lead,
        deputy,
        `**${lead}** (DSL) attended the Eastfold SCP Designated Safeguarding Lead\ncourse on 22 January 2026.`,
        `**${deputy}** (deputy DSL) completed the Level 3 Designated Safeguarding Lead\ncourse in June 2024 and took the online Prevent module in September 2025.`,
      );
      const found = messages(document, deputy.split(" ").at(-1) ?? "");
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/June 2024.*lapsed at the end of June 2026/);
      expect(messages(document, lead.split(" ").at(-1) ?? "")).toEqual([]);
    });

  it("with the sentence on one line too", () => {
    const document = policy(
      "Ustadh Yaqub Ferreira-Lowe",
      "Sister Hafsa Okoye-Dunmore",
      "**Ustadh Yaqub Ferreira-Lowe** (DSL) attended the Designated Safeguarding Lead course on 22 January 2026.",
      "**Sister Hafsa Okoye-Dunmore** (deputy DSL) completed the Level 3 Designated Safeguarding Lead course in June 2024.",
    );
    const found = messages(document, "Okoye-Dunmore");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/lapsed at the end of June 2026/);
  });
});

describe("stays as it is", () => {
  it("a deputy with no record of her own: still no training recorded", () => {
    const document = policy(
      "Ustadh Yaqub Ferreira-Lowe",
      "Sister Hafsa Okoye-Dunmore",
      "**Ustadh Yaqub Ferreira-Lowe** (DSL) attended the Eastfold SCP Designated Safeguarding Lead\ncourse on 22 January 2026.",
      "**Sister Amal Brightwater** (Qur'an teacher) completed the Level 2 Safeguarding Children\ncourse in June 2025.",
    );
    const found = run(trainingMissing, document).map((f) => f.message);
    expect(found.filter((m) => m.includes("Okoye-Dunmore"))).toHaveLength(1);
    expect(found.filter((m) => m.includes("Ferreira-Lowe"))).toEqual([]);
  });

  it("words before the name and its bracket make no subject of her alone", () => {
    const document = policy(
      "Ustadh Yaqub Ferreira-Lowe",
      "Sister Hafsa Okoye-Dunmore",
      "**Ustadh Yaqub Ferreira-Lowe** (DSL) attended the Eastfold SCP Designated Safeguarding Lead\ncourse on 22 January 2026.",
      "Our two new weekend teachers and Sister Hafsa Okoye-Dunmore (deputy DSL) completed the Level 3\nDesignated Safeguarding Lead course in June 2024.",
    );
    const stale = run(trainingStale, document)
      .map((f) => f.message)
      .filter((m) => m.includes("Okoye-Dunmore"));
    expect(stale).toEqual([]);
  });
});
