/**
 * training-stale and training-missing (held-out set zz142), in our own words; every name is invented. A club's
 * training list names its courses by their own titles, which the policy introduces above it: "Welfare officers also
 * complete the Welfare Officer Pathway, renewed every two years" and "everyone … completes Play Safe: Protecting
 * Children in Sport … every three years". A line "Name: Welfare Officer Pathway – 10/2025; Play Safe – 10/2025" is
 * that person's two records: the course named after the role is no role of theirs, and "Play Safe" (the title's
 * part before its colon) is a course though it holds no word for training. So the welfare officer's in-date courses
 * stay quiet (no "none recorded" for her), and an assistant's basic course of September 2023, written after a course
 * with a later date, is reported as lapsed. A title the policy never introduces ("Umpire Pathway") is no record.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const INTRO = [
  "Everyone who coaches or helps at junior sessions completes Play Safe: Protecting Children in Sport, the basic course, and renews it every three years.",
  "Welfare officers also complete the Welfare Officer Pathway, renewed every two years.",
];

const layouts = (records: string[]) => [
  markdownDocument(
    [
      "# Hazelby Badminton Club — Safeguarding Policy",
      "",
      "## 1. Welfare team",
      "",
      "**Welfare Officer:** Mrs Nell Rawcliffe-Ode",
      "",
      "**Assistant Welfare Officer:** Mr Kit Pardoe",
      "",
      "The Assistant Welfare Officer acts for her when she is away.",
      "",
      "## 2. Training",
      "",
      INTRO.join(" "),
      "",
      ...records.map((r) => `- ${r}`),
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Hazelby Badminton Club — Safeguarding Policy</h1>",
      "<h2>1. Welfare team</h2>",
      "<p><strong>Welfare Officer:</strong> Mrs Nell Rawcliffe-Ode</p>",
      "<p><strong>Assistant Welfare Officer:</strong> Mr Kit Pardoe</p>",
      "<p>The Assistant Welfare Officer acts for her when she is away.</p>",
      "<h2>2. Training</h2>",
      `<p>${INTRO.join(" ")}</p>`,
      `<ul>${records.map((r) => `<li>${r}</li>`).join("")}</ul>`,
    ].join("\n"),
  ),
];

const reported = (records: string[]) =>
  layouts([...records, ELLA]).map((document) =>
    [...run(trainingStale, document), ...run(trainingMissing, document)].map(
      (r) => `${document.text.slice(r.offset, r.endOffset)} :: ${r.message}`,
    ),
  );

const NELL = "Nell Rawcliffe-Ode: Welfare Officer Pathway – 10/2025; Play Safe – 10/2025";
/** A coach's line whose course names safeguarding: the list records training for people other than the leads. */
const ELLA = "Ella Brandt: Play Safe – 05/2024; Coach safeguarding update – 01/2026";

describe("training-stale: courses named by the titles the policy introduces", () => {
  it("reports the basic course written after a later course named after the role", () => {
    for (const found of reported([
      NELL,
      "Kit Pardoe: Welfare Officer Pathway – 05/2025; Play Safe: Protecting Children in Sport – 09/2023",
    ])) {
      expect(found).toHaveLength(1);
      expect(found[0]).toContain("Play Safe: Protecting Children in Sport – 09/2023");
      expect(found[0]).toContain("Kit Pardoe");
    }
  });

  it("reports the title's short form when it has lapsed", () => {
    for (const found of reported([
      "Nell Rawcliffe-Ode: Welfare Officer Pathway – 10/2025; Play Safe – 08/2023",
      "Kit Pardoe: Welfare Officer Pathway – 05/2025; Play Safe – 05/2025",
    ])) {
      expect(found).toHaveLength(1);
      expect(found[0]).toContain("Nell Rawcliffe-Ode");
      expect(found[0]).toContain("Play Safe");
    }
  });

  it("stays quiet on the welfare officer's in-date courses (no 'none recorded' for her either)", () => {
    for (const found of reported([
      NELL,
      "Kit Pardoe: Welfare Officer Pathway – 05/2025; Play Safe – 05/2025",
    ]))
      expect(found).toEqual([]);
  });

  it("reads no record from a title the policy does not introduce", () => {
    for (const found of reported([
      NELL,
      "Kit Pardoe: Welfare Officer Pathway – 05/2025; Play Safe – 05/2025",
      "Rob Tyne: Umpire Pathway – 03/2021",
    ]))
      expect(found).toEqual([]);
  });
});
