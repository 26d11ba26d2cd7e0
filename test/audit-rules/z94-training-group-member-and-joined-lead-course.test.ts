/**
 * Training read from the held-out set zz94, in our own words; every name is invented. As of 1 December 2026.
 * - "One of our coaches, Tamsin Rook, completed Safeguarding Children awareness in May 2022; …": a person named
 *   between commas after the group they belong to holds the course.
 * - "Safeguarding Foundation and Coordinator course – May 2024" under the lead's name: two courses named together,
 *   the second a lead's (the coordinator's), valid for two years, not three.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function club(sentence: string): string {
  return [
    "# Larchfield Orienteering Juniors – Safeguarding Policy",
    "",
    "## 2. Who to contact",
    "",
    "Club Welfare Officer: Dafydd Roberts, 07700 900331",
    "",
    "## 3. Training",
    "",
    `Every coach completes safeguarding awareness training before their first season and renews it every three years. ${sentence}`,
    "",
  ].join("\n");
}

describe("a group's member named between commas", () => {
  it("holds the course: stale three years on", () => {
    const stale = checkText(
      trainingStale,
      club(
        "One of our coaches, Tamsin Rook, completed Safeguarding Children awareness in May 2022; Ewan Patel completed it on 2 June 2025.",
      ),
      { asOf },
    );
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(
      /^Tamsin Rook's most recent Safeguarding Children awareness training is May 2022 — it lapsed at the end of May 2025/,
    );
  });

  it("near misses: a body, not a person, and a rule for the group", () => {
    expect(
      checkText(
        trainingStale,
        club(
          "One of our partners, Hollowmere Council, completed Safeguarding Children awareness in May 2022.",
        ),
        { asOf },
      ),
    ).toEqual([]);
    expect(
      checkText(
        trainingStale,
        club("One of our coaches, Tamsin Rook, will complete Safeguarding Children awareness in May 2027."),
        { asOf },
      ),
    ).toEqual([]);
  });
});

function chapel(course: string): string {
  return [
    "# Penrose Chapel Explorers – Safeguarding Policy",
    "",
    "## 2. Who is responsible",
    "",
    "**Safeguarding Coordinator**",
    "Deaconess Ruth Amadi-Lowe",
    "07700 900 501",
    `Training: ${course} (Thirtyone:eight) – May 2024`,
    "",
  ].join("\n");
}

describe("a foundation course named together with the coordinator's", () => {
  it("is the lead's course, valid for two years", () => {
    const stale = checkText(trainingStale, chapel("Safeguarding Foundation and Coordinator course"), {
      asOf,
    });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(
      /^Deaconess Ruth Amadi-Lowe's most recent Safeguarding Foundation and Coordinator course \(Thirtyone:eight\) is May 2024 — it lapsed at the end of May 2026 \(it is valid for 2 years\)/,
    );
  });

  it("near miss: the foundation course alone is valid for three", () => {
    expect(checkText(trainingStale, chapel("Safeguarding Foundation course"), { asOf })).toEqual([]);
  });
});
