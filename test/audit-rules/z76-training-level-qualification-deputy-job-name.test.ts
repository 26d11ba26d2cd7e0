/**
 * Shapes from the seventy-sixth and seventy-seventh held-out sets (issue 11), in our own words; every name is
 * invented:
 * - a regulated qualification in another subject, "a Level 4 Certificate in <subject>", held by the lead: not
 *   safeguarding training, so it never lapses as one (a Level N certificate or award in safeguarding still does);
 * - a person's course whose date opens the next line, ending a sentence, with sentences after it ("… training (…
 *   Partnership)," / "Sep-24. A refresher is booked …"): the date is still the course's;
 * - a deputy named in running text after a job title with no comma: "His deputy is Assistant Play Leader Bethany
 *   Rowe (…)" names the deputy, and her training recorded "(date not recorded)" is undated.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const FORMATS = ["md", "docx", "pdf"] as const;

function qualificationPolicy(extra: string): string {
  return [
    "# Tidewell Puppet Theatre Juniors – Safeguarding Policy",
    "",
    "## 2. Who looks after safeguarding",
    "",
    "Our Designated Safeguarding Lead is Imogen Castellano, founder and puppetry director (07700 900 731).",
    "",
    "Imogen's training: Designated Safeguarding Lead training (Tidewell SCP) – Spring 2025.",
    "",
    `All puppeteers complete safeguarding awareness training every three years. ${extra}`,
    "",
  ].join("\n");
}

describe("a Level N certificate or award in another subject is not safeguarding training", () => {
  for (const extra of [
    "Imogen also holds a Level 4 Certificate in Puppetry Teaching (2018), which is a teaching qualification.",
    "Imogen also holds a Level 3 Award in Stage Lighting (2017).",
    "Imogen also holds a Level 5 Certificate in Theatre Education (2019).",
  ])
    for (const format of FORMATS)
      it(`${extra} (${format})`, () => {
        expect(checkText(trainingStale, qualificationPolicy(extra), { asOf, format })).toEqual([]);
      });

  it("a Level 3 certificate in safeguarding still lapses (near miss)", () => {
    const text = qualificationPolicy("").replace(
      "Designated Safeguarding Lead training (Tidewell SCP) – Spring 2025",
      "Level 3 Certificate in Safeguarding Children – 2019",
    );
    expect(excerpts(checkText(trainingStale, text, { asOf }), text)).toEqual([
      expect.stringContaining("Level 3 Certificate in Safeguarding Children"),
    ]);
  });
});

describe("a course's date ending a sentence on the next line, more sentences after it", () => {
  const text = [
    "# Tidewell Puppet Theatre Juniors – Safeguarding Policy",
    "",
    "Imogen Castellano, our Workshop Manager, is the Designated Safeguarding Lead (DSL).",
    "",
    "## 3. What training has she done?",
    "",
    "**Imogen Castellano** – Designated Safeguarding Lead training (Tidewell Safeguarding Children Partnership),",
    "Mar-24. A refresher is booked for 20 February 2027. Imogen also holds a Level 3 Award in Marionette Carving",
    "(2016).",
    "",
  ].join("\n");
  for (const format of ["md", "docx"] as const)
    it(format, () => {
      expect(checkText(trainingStale, text, { asOf, format }).map((d) => d.message)).toEqual([
        expect.stringContaining("Designated Safeguarding Lead training"),
      ]);
    });
});

function deputyPolicy(job: string): string {
  return [
    "# Marshgate Community Hub – Safeguarding Policy",
    "",
    "## 2. Our safeguarding lead and deputy",
    "",
    "Our Hub Coordinator, Ravi Mendez, is the hub's safeguarding lead. Ravi can be",
    `reached on 07700 900 111 whenever the hub is open. His deputy is ${job} Bethany Rowe (07700 900 222),`,
    "who runs the Saturday club.",
    "",
    "## 7. Training",
    "",
    "Ravi completed the Level 3 designated safeguarding lead course on 3 March 2025. Bethany's deputy lead training – (date",
    "not recorded).",
    "",
  ].join("\n");
}

describe("a deputy named after a job title with no comma: 'His deputy is Assistant Play Leader Bethany Rowe'", () => {
  for (const job of ["Assistant Play Leader", "Senior Youth Worker"])
    for (const format of ["md", "docx"] as const)
      it(`${job} (${format})`, () => {
        const text = deputyPolicy(job);
        expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
        expect(excerpts(checkText(trainingUndated, text, { asOf, format }), text)).toEqual([
          expect.stringContaining("deputy lead training"),
        ]);
      });

  it("a job with no name after it names nobody (near miss)", () => {
    const text = deputyPolicy("").replace(
      "His deputy is  Bethany Rowe (07700 900 222)",
      "His deputy is Assistant Play Leader",
    );
    expect(checkText(deputyMissing, text, { asOf })).toHaveLength(1);
  });
});
