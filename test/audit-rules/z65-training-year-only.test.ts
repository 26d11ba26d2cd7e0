/**
 * training-stale and training-missing (held-out sets zz64, zz65), in our own words; every name is invented. As of
 * 1 December 2026. A course dated by a year alone: a "Course – 2021" entry under a person's name (a list of people,
 * each with their courses under them, a photo's alt text before the name), and a training matrix whose cells hold a
 * tick and a year ("✓ 2023"). The year is the record's date counted to its end, so a three-year course done in 2021
 * lapsed at the end of 2024 whichever end of 2021 one counts from; a 2023 course, stale counted from 1 January 2023
 * but not from 31 December 2023, is not reported. A year that belongs to a title ("Working Together to Safeguard
 * Children – 2023", "Children Act – 1989", "KCSIE – 2024") and a tick with no year date nothing.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function people(entries: string[]): string {
  return [
    "# Frostmere Curling Club – Safeguarding Policy",
    "",
    "## 2. Who's who",
    "",
    "- **Lena Virtanen** – Club Welfare Officer – 07700 900 611",
    "  - Safeguarding and Protecting Children – 14/03/2025",
    "- **Owen Pryce** – Deputy Welfare Officer – 07700 900 612",
    "  - Safeguarding and Protecting Children – Sept 2024",
    ...entries,
    "",
    "## 3. Concerns",
    "",
    "Tell Lena or Owen the same day.",
    "",
  ].join("\n");
}

const staleMessages = (text: string) => checkText(stale, text, { asOf, format: "md" }).map((f) => f.message);

describe("a year alone after a course's name and a dash, under a person's name", () => {
  it("the minimal entry: lapsed at the end of the year three years on", () => {
    const text = "- **Teodor Lind** – Head Coach\n  - Safeguarding and Protecting Children – 2021\n";
    expect(staleMessages(text)).toEqual([
      expect.stringMatching(
        /^Teodor Lind's most recent Safeguarding and Protecting Children training is 2021 — it lapsed at the end of 2024 \(it is valid for 3 years\)/,
      ),
    ]);
  });

  it("a coach listed after the welfare officers, a photo's alt text before the name: still the coach's", () => {
    const text = people([
      "- ![Photo: Teodor Lind by the sheet with the under-14s](photos/teodor.jpg) **Teodor Lind** – Head Coach (not a welfare officer)",
      "  - Safeguarding and Protecting Children – 2021",
      "  - Emergency First Aid at Work – 2019",
    ]);
    expect(staleMessages(text)).toEqual([
      expect.stringMatching(/^Teodor Lind's most recent .* is 2021 — it lapsed at the end of 2024/),
    ]);
  });

  it("the same list without photos", () => {
    const text = people([
      "- **Teodor Lind** – Head Coach (not a welfare officer)",
      "  - Safeguarding and Protecting Children – 2021",
    ]);
    expect(staleMessages(text)).toEqual([
      expect.stringMatching(/^Teodor Lind's .* is 2021 — it lapsed at the end of 2024/),
    ]);
  });

  it("stale counted from the year's start but not from its end: not reported", () => {
    const text = people([
      "- **Teodor Lind** – Head Coach",
      "  - Safeguarding and Protecting Children – 2023",
    ]);
    expect(staleMessages(text)).toEqual([]);
  });

  it("a year that belongs to a title, or a course in another subject, dates nothing", () => {
    for (const entry of [
      "  - Working Together to Safeguard Children – 2018",
      "  - Keeping Children Safe in Education – 2019",
      "  - KCSIE – 2019",
      "  - Children Act – 1989",
      "  - Emergency First Aid at Work – 2015",
    ]) {
      const text = people(["- **Teodor Lind** – Head Coach", entry]);
      expect(staleMessages(text), entry).toEqual([]);
    }
  });
});

function matrix(rows: string[]): string {
  return [
    "# Kerbside Wheels Project – Safeguarding Policy",
    "",
    "## 1. Our safeguarding people",
    "",
    "Safeguarding Lead: Rosa Okafor (Park Manager) – 07700 900 631",
    "Deputy Safeguarding Lead: Idris Vaughan (Sessions Coordinator) – 07700 900 632",
    "",
    "## 7. Training",
    "",
    "| Name | Role | Safeguarding Lead course | Safeguarding awareness | First aid | Skate coaching award |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

describe("a training matrix of ticks with years", () => {
  const rows = [
    "| Rosa Okafor | Safeguarding Lead | ✓ 2023 | ✓ 2024 | ✓ 2025 | ✓ 2019 |",
    "| Nia Brandt | Session coach | – | ✓ 2022 | ✓ 2025 | ✓ 2018 |",
    "| Cal Moreno | Session coach | – | ✓ 2024 | ✓ 2016 | – |",
  ];

  it("a year after the tick dates the cell: lapsed courses reported, first aid and the coaching award not", () => {
    const text = matrix([...rows, "| Idris Vaughan | Deputy Safeguarding Lead | ✓ 2025 | ✓ 2025 | – | – |"]);
    expect(staleMessages(text)).toEqual([
      expect.stringMatching(
        /^Rosa Okafor's most recent .*Safeguarding Lead.* is 2023 — it lapsed at the end of 2025/,
      ),
      expect.stringMatching(/^Nia Brandt's most recent .*awareness.* is 2022 — it lapsed at the end of 2025/),
    ]);
    expect(checkText(missing, text, { asOf, format: "md" })).toEqual([]);
  });

  it("a deputy left out of the matrix has no training recorded", () => {
    const text = matrix(rows);
    expect(checkText(missing, text, { asOf, format: "md" }).map((f) => f.message)).toEqual([
      expect.stringContaining("Idris Vaughan"),
    ]);
  });

  it("a tick with no year is not a date", () => {
    const text = matrix([
      "| Rosa Okafor | Safeguarding Lead | ✓ | ✓ | ✓ | ✓ |",
      "| Idris Vaughan | Deputy Safeguarding Lead | ✓ | ✓ | – | – |",
    ]);
    expect(staleMessages(text)).toEqual([]);
  });
});
