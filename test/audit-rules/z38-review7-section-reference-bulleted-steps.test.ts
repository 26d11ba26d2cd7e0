/**
 * Review 7 (in our own words, every name invented): "If a parent raises a concern, follow the steps in section 5"
 * where section 5, "When a child confides in you", sets its steps out as bullets (or as rows of a table) and never
 * says "step", while section 2 numbers the steps for a concern. Bullets are steps as much as numbers are: three
 * bullet lines or table rows in the section referred to mean it sets out steps, and the reference is let be. Near
 * miss: a section of prose with one or two bullets still sets out no steps, and is reported as before.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const NUMBERED = [
  "Make sure the child is safe.",
  "Write down what you saw or heard.",
  "Tell the Club Safeguarding Officer the same day.",
  "If a child is in danger now, ring 999.",
];

/** The policy in three layouts; section 5's items as bullets, or as a table's rows (Markdown and Word only). */
function layouts(items: string[], table = false): SourceDocument[] {
  const intro =
    "This policy covers every leader at Hollowmere Scouts. Safeguarding Officer: Ms Petra Vallance-Ode.";
  const reference = "If a concern is raised by a parent, follow the steps in section 5.";
  const md = [
    "# Hollowmere Scouts – Safeguarding Policy",
    "",
    "## 1. Introduction",
    "",
    intro,
    "",
    reference,
    "",
    "## 2. Reporting a concern",
    "",
    ...NUMBERED.map((s, i) => `${i + 1}. ${s}`),
    "",
    "## 3. Training",
    "",
    "Every leader completes safeguarding training every three years.",
    "",
    "## 4. Photographs",
    "",
    "We ask parents for consent before taking photographs.",
    "",
    "## 5. When a child confides in you",
    "",
    "Stay calm.",
    "",
    ...(table
      ? ["| What | When |", "|---|---|", ...items.map((s) => `| ${s} | At once |`)]
      : items.map((s) => `- ${s}`)),
    "",
    "## 6. Review",
    "",
    "The trustees review this policy every year.",
  ].join("\n");
  const html = [
    "<h1>Hollowmere Scouts – Safeguarding Policy</h1>",
    "<h2>1. Introduction</h2>",
    `<p>${intro}</p>`,
    `<p>${reference}</p>`,
    "<h2>2. Reporting a concern</h2>",
    `<ol>${NUMBERED.map((s) => `<li>${s}</li>`).join("")}</ol>`,
    "<h2>3. Training</h2>",
    "<p>Every leader completes safeguarding training every three years.</p>",
    "<h2>4. Photographs</h2>",
    "<p>We ask parents for consent before taking photographs.</p>",
    "<h2>5. When a child confides in you</h2>",
    "<p>Stay calm.</p>",
    table
      ? `<table><tr><td>What</td><td>When</td></tr>${items.map((s) => `<tr><td>${s}</td><td>At once</td></tr>`).join("")}</table>`
      : `<ul>${items.map((s) => `<li>${s}</li>`).join("")}</ul>`,
    "<h2>6. Review</h2>",
    "<p>The trustees review this policy every year.</p>",
  ].join("\n");
  const pdf = md.replace(/^#+ /gm, "").replace(/^- /gm, "• ");
  return [markdownDocument(md), wordDocument(html), ...(table ? [] : [pdfDocument(pdf)])];
}

const BULLETS = [
  "Listen calmly and do not interrupt.",
  "Do not promise to keep a secret.",
  "Write down the child's own words as soon as you can.",
  "Pass it on to the Safeguarding Officer the same day.",
];

describe("section-reference: steps set out as bullets or table rows are steps", () => {
  it("stays quiet when the section referred to lists its steps as three or more bullets", () => {
    for (const items of [BULLETS, BULLETS.slice(0, 3)])
      for (const document of layouts(items))
        expect(found(run(sectionReference, document), document), document.format).toEqual([]);
  });

  it("stays quiet when the section referred to sets its steps out as rows of a table", () => {
    for (const document of layouts(BULLETS, true))
      expect(found(run(sectionReference, document), document), document.format).toEqual([]);
  });

  it("still reports a section of prose with only two bullets", () => {
    for (const document of layouts(BULLETS.slice(0, 2))) {
      const reported = run(sectionReference, document);
      expect(found(reported, document), document.format).toEqual(["section 5"]);
      expect(reported[0].message).toContain('section 2, "Reporting a concern"');
    }
  });
});
