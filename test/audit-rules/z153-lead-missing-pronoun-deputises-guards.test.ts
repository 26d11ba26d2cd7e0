/**
 * lead-missing / deputy-missing (review 53 of "She deputises for / also covers for the lead"), in our own words;
 * every name is invented.
 *
 * 1. "**Safeguarding Manager:** Mrs Ivy Brennan … She also covers for the Designated Safeguarding Lead of our partner
 *    pre-school on Fridays": the lead of another setting named by a lower-case setting's word ("of our partner
 *    pre-school", "at our sister nursery", "for a neighbouring school") — she is not this policy's deputy, and stays
 *    its lead (lead-missing was reported).
 * 2. "She deputises for the Club Welfare Officer at all times when he is away", "… for the Designated Safeguarding
 *    Lead for Early Years and Reception children": "at" with no setting after it, or a phase or section of this
 *    setting ("Early Years", "Key Stage 2", "the Juniors"), is no other setting — she is the deputy.
 * 3. One paragraph naming the lead, then the deputy, then "She deputises for the Designated Safeguarding Lead …": the
 *    lead named earlier on the same line is a lead she can deputise for.
 * 4. "**Safeguarding Officer:** Mrs Ivy Brennan … She deputises for the Designated Safeguarding Lead" under a line
 *    naming another person as the lead: her label reads like a lead's, but she is the deputy.
 * Near misses keep today's reading: the lead of a capitalised other school stays another's; the lead's own label
 * with no other lead named above keeps her the lead; nobody named before the pronoun is nobody.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const bold = (text: string) => text.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>");

/** The paragraphs as Markdown and as Word's HTML. */
const layouts = (title: string, paragraphs: string[]): SourceDocument[] => [
  markdownDocument(
    [`# ${title}`, "", "## Who to go to", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n"),
  ),
  wordDocument(
    [`<h1>${title}</h1>`, "<h2>Who to go to</h2>", ...paragraphs.map((p) => `<p>${bold(p)}</p>`)].join("\n"),
  ),
];

describe("lead-missing: the lead who also covers for another setting's lead, named by a setting's word", () => {
  const policy = (covers: string) =>
    layouts("Bramblewood Day Nursery – Safeguarding Policy", [
      "Our Designated Safeguarding Lead makes sure that every member of staff knows how to raise a concern.",
      `**Safeguarding Manager:** Mrs Ivy Brennan · 01632 961201 · ivy@bramblewood.example. ${covers}`,
      "**Deputy Designated Safeguarding Lead:** Mr Lucas Ferrand · 01632 961202",
    ]);
  it.each([
    "She also covers for the Designated Safeguarding Lead of our partner pre-school on Fridays.",
    "She also covers for the Designated Safeguarding Lead at our sister nursery in the holidays.",
    "She also stands in for the Designated Safeguarding Lead of a neighbouring school when asked.",
    "She also covers for the Designated Safeguarding Lead of the federation's other academy.",
    "She also covers for the Designated Safeguarding Lead of Hazel Lane Primary.",
  ])("names the lead: %s", (covers) => {
    for (const document of policy(covers))
      expect(found(run(leadMissing, document), document), document.format).toEqual([]);
  });
});

describe("deputy-missing: 'at' with no setting, or a phase of this setting, after the lead's role", () => {
  const policy = (job: string, deputises: string) =>
    layouts("Oakhurst Primary School and Nursery – Child Protection Policy", [
      "**Designated Safeguarding Lead:** Mr Gareth Pennock, Headteacher · 01632 962101",
      `**${job}:** Mrs Ivy Brennan · 01632 962102. ${deputises}`,
    ]);
  it.each([
    [
      "Fixtures Secretary",
      "She deputises for the Designated Safeguarding Lead at all times when he is away.",
    ],
    [
      "Early Years Leader",
      "She deputises for the Designated Safeguarding Lead for Early Years and Reception pupils.",
    ],
    [
      "Phase Leader",
      "She deputises for the Designated Safeguarding Lead in Key Stage 2 when he is teaching.",
    ],
    ["Junior Department Head", "She covers for the Designated Safeguarding Lead for the Juniors on trips."],
  ])("names the deputy: %s — %s", (job, deputises) => {
    for (const document of policy(job, deputises))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
  it("still reads another school's lead as another's: 'of Hazel Lane Primary'", () => {
    for (const document of policy(
      "Fixtures Secretary",
      "She deputises for the Designated Safeguarding Lead of Hazel Lane Primary.",
    ))
      expect(found(run(deputyMissing, document), document).length, document.format).toBe(1);
  });
});

describe("deputy-missing: the lead named earlier in the same paragraph", () => {
  it.each([
    "Our Designated Safeguarding Lead is Mr Gareth Pennock, Club Manager. Mrs Ivy Brennan, our Senior Playworker, has also done the advanced course. She deputises for the Designated Safeguarding Lead whenever he is off site.",
    "The Designated Safeguarding Lead is Mr Gareth Pennock. Mrs Ivy Brennan, Play Leader, has the same training. She covers for the Designated Safeguarding Lead when he is on leave.",
  ])("names the deputy: %s", (paragraph) => {
    for (const document of layouts("Kingfisher Breakfast and After-School Club – Safeguarding Policy", [
      paragraph,
      "Parents can reach either of them on 01632 963300.",
    ])) {
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
      expect(found(run(leadMissing, document), document), document.format).toEqual([]);
    }
  });
  it("still reports no lead when the paragraph names nobody as the lead", () => {
    for (const document of layouts("Kingfisher Breakfast and After-School Club – Safeguarding Policy", [
      "Everyone tells the Designated Safeguarding Lead. Mrs Ivy Brennan, our Senior Playworker, has also done the advanced course. She deputises for the Designated Safeguarding Lead whenever he is off site.",
    ]))
      expect(found(run(leadMissing, document), document).length, document.format).toBe(1);
  });
});

describe("deputy-missing: a lead-like label under another person named as the lead", () => {
  const policy = (...lines: string[]) =>
    layouts("Larkspur Community Pre-School – Safeguarding Policy", lines);
  it.each([
    "**Safeguarding Officer:** Mrs Ivy Brennan, Deputy Leader · 01632 964401. She deputises for the Designated Safeguarding Lead when he is on leave.",
    "**Child Protection Officer:** Mrs Ivy Brennan · 01632 964401. She covers for the Designated Safeguarding Lead when he is away.",
  ])("names the deputy: %s", (second) => {
    for (const document of policy(
      "**Designated Safeguarding Lead:** Mr Gareth Pennock, Pre-School Leader · 01632 964400",
      second,
    )) {
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
      expect(found(run(leadMissing, document), document), document.format).toEqual([]);
    }
  });
  it("keeps the lead her own label names when no other lead is named above", () => {
    for (const document of policy(
      "Every member of staff tells the Designated Safeguarding Lead about any worry the same day.",
      "**Safeguarding Officer:** Mrs Ivy Brennan · 01632 964401. She also covers for the Designated Safeguarding Lead at weekend events.",
      "**Deputy Designated Safeguarding Lead:** Mr Lucas Ferrand · 01632 964402",
    ))
      expect(found(run(leadMissing, document), document), document.format).toEqual([]);
  });
});
