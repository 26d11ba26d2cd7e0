/**
 * training-stale (found by hand, thirty-sixth session; in our own words, every name invented; as of 1 December
 * 2026). A PDF's paragraph: "Delphine completed her Designated Safeguarding Lead training on" / "11/03/2025. Callum
 * attended the same course on 5th February 2024. All staff" — the first sentence wraps over the line's end, and the
 * next sentence starts on the line after it. The text is read line by line, so "the same course" found no course
 * before it on its line and was read as a course called "same course" (valid three years, so still in date). The
 * sentence before it, wrapped onto this line, gives its course: a designated lead's course, valid two years, lapsed
 * on 5 February 2026. "It" is read the same way ("Callum completed it on …").
 * Near misses: a blank line or a heading between the two sentences ends the paragraph — the course is not carried
 * over, and "the same course" stays unknown (and in date at three years).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const policy = (paragraph: string[]) =>
  pdfDocument(
    [
      "Bramblewood Playgroup – Safeguarding and Child Protection Policy",
      "2. Key people",
      "Designated Safeguarding Lead: Mrs Delphine Okafor (Manager)",
      "Deputy DSL: Mr Callum Pryde (Room Leader)",
      "3. Training",
      ...paragraph,
      "4. If you are worried",
      "Speak to the DSL straight away.",
    ].join("\n"),
  );

const callum = (messages: string[]) => messages.filter((m) => /Callum/.test(m));

describe("training-stale: 'the same course' after a sentence that wrapped onto its line", () => {
  it.each([
    "Callum attended the same course on 5th February 2024.",
    "Callum completed the same training on 5th February 2024.",
    "Callum completed it on 5th February 2024.",
  ])("takes the wrapped sentence's course (%s)", (second) => {
    const document = policy([
      "Delphine completed her Designated Safeguarding Lead training on",
      `11/03/2025. ${second} All staff`,
      "repeat safeguarding awareness training every three years.",
    ]);
    const stale = callum(run(trainingStale, document).map((f) => f.message));
    expect(stale).toHaveLength(1);
    expect(stale[0]).toContain("Designated Safeguarding Lead training");
    expect(stale[0]).toContain("5 February 2026");
    expect(stale[0]).not.toContain("same course");
  });

  it("takes the course when the first sentence's date was on the line above", () => {
    const document = policy([
      "Delphine completed her Designated Safeguarding Lead training on 11/03/2025 with the",
      "county partnership. Callum attended the same course on 5th February 2024. All staff",
      "repeat safeguarding awareness training every three years.",
    ]);
    const stale = callum(run(trainingStale, document).map((f) => f.message));
    expect(stale).toHaveLength(1);
    expect(stale[0]).toContain("Designated Safeguarding Lead training");
    expect(stale[0]).toContain("5 February 2026");
  });

  it("reads the paragraph the same when it is one line (Markdown)", () => {
    const document = markdownDocument(
      [
        "# Bramblewood Playgroup",
        "",
        "Designated Safeguarding Lead: Mrs Delphine Okafor (Manager)",
        "",
        "Deputy DSL: Mr Callum Pryde (Room Leader)",
        "",
        "## Training",
        "",
        "Delphine completed her Designated Safeguarding Lead training on 11/03/2025. Callum attended the same course on 5th February 2024. All staff repeat safeguarding awareness training every three years.",
        "",
      ].join("\n"),
    );
    const stale = callum(run(trainingStale, document).map((f) => f.message));
    expect(stale).toHaveLength(1);
    expect(stale[0]).toContain("Designated Safeguarding Lead training");
  });

  it.each([
    ["a blank line", ""],
    ["a heading", "3.1 The deputy's training"],
  ])("near miss: %s between the sentences carries no course over", (_, between) => {
    const document = policy([
      "Delphine completed her Designated Safeguarding Lead training on 11/03/2025",
      between,
      "Our deputy is new to the role. Callum attended the same course on 5th February 2024.",
      "All staff repeat safeguarding awareness training every three years.",
    ]);
    expect(callum(run(trainingStale, document).map((f) => f.message))).toEqual([]);
  });
});
