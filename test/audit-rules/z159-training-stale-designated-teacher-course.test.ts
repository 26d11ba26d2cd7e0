/**
 * training-stale (held-out zz166), in our own words; every name is invented. As of 1 December 2026.
 * A college's training record lists its designated teacher for looked-after children's course: "Caspar Fennimore –
 * Designated Teacher for Looked After Children, 5 March" under "- 2024:". England's designated teacher is for
 * looked-after children (a statutory role of its own, not a safeguarding lead), so the course is not a designated
 * lead's course (valid two years): the word "Designated" alone does not make it one — no error in 2026. The same for
 * "Designated Teacher (LAC)", "Designated Teacher for CLA", "Designated Teacher for Children in Care", "Designated
 * Teacher (Virtual School)" and "Designated Teacher for looked-after and previously looked-after children".
 * Stays as it is: "Designated Safeguarding Lead training", "Designated Person course", "Designated Lead refresher"
 * are lead courses (lapse after two years); Northern Ireland's "Designated Teacher for Child Protection" training and
 * a bare "Designated Teacher training" (Northern Ireland's lead's course, corpus zz31 and zz34) stay lead courses.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { courseKind } from "../../src/audit/text/training.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const college = (course: string): SourceDocument =>
  markdownDocument(
    [
      "# Safeguarding Policy — Larchmere Sixth Form College",
      "",
      "## 2. The safeguarding team",
      "",
      "**Designated Safeguarding Lead**",
      "   Ms Rhian Tolverne, Assistant Principal, 01632 960 511",
      "",
      "**Designated teacher for looked-after and previously looked-after children**",
      "   Mr Caspar Fennimore, Senior Tutor",
      "",
      "## 4. Training",
      "",
      "Designated staff renew their formal training every two years. The record below lists courses completed.",
      "",
      "- 2024:",
      `  - Caspar Fennimore – ${course}, 5 March`,
      "- 2025:",
      "  - Rhian Tolverne – Designated Safeguarding Lead refresher (Hollowmere SCP), 10 October",
      "",
    ].join("\n"),
  );

const fennimore = (document: SourceDocument) =>
  run(trainingStale, document)
    .map((f) => f.message)
    .filter((m) => m.includes("Fennimore"));

describe("a designated teacher for looked-after children's course is not a designated lead's course", () => {
  for (const course of [
    "Designated Teacher for Looked After Children",
    "Designated Teacher for looked-after and previously looked-after children",
    "Designated Teacher (LAC)",
    "Designated Teacher for CLA",
    "Designated Teacher for Children in Care",
    "Designated Teacher (Virtual School)",
  ]) {
    it(`is no lapsed lead course: ${course}`, () => {
      expect(courseKind(course)).not.toMatch(/^dsl/);
      expect(fennimore(college(course))).toEqual([]);
    });
  }
});

describe("stays as it is", () => {
  for (const course of [
    "Designated Safeguarding Lead training",
    "Designated Person course",
    "Designated Lead refresher",
    "Designated Teacher for Child Protection training",
    "Designated Teacher training",
  ]) {
    it(`a lead's course lapses after two years: ${course}`, () => {
      expect(courseKind(course)).toBe("dsl");
      const messages = fennimore(college(course));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/5 March 2024/);
    });
  }
});
