/**
 * training-stale (held-out set zz116), in our own words; every name is invented. A holiday club's training list gives
 * one entry a person, each opening with the person's name and job, then two courses between semicolons: "**Rosa
 * Venn** (Club Manager, DSL): Designated Safeguarding Lead (Level 3) – May 2025; Prevent awareness – June 2025". The
 * list opens with the lead's and deputy's entries; an entry after them that opens with another person's name is that
 * person's, not the deputy's — though the name is nobody the policy calls a lead — and an entry of two courses with
 * months ("– April 2022; First aid at work – June 2025") may run past fourteen words. A first aid course is no
 * safeguarding training, so it renews nothing; a course dated by its school year ("– 2023–24") counts from that year's
 * end and is current for three years.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const asOf = "2026-12-01";

const entries = (last: string) => [
  [
    "Rosa Venn",
    "Club Manager, DSL",
    "Designated Safeguarding Lead (Level 3) – May 2025; Prevent awareness – June 2025",
  ],
  [
    "Idris Kowalczyk",
    "Senior Coach, Deputy DSL",
    "Deputy DSL training (Level 3) – March 2026; Safer recruitment – January 2026",
  ],
  [
    "Maud Achterberg",
    "Activity Leader",
    "Safeguarding awareness (Level 1) – 2023–24; Paediatric first aid – May 2026",
  ],
  ["Beni Trestrail", "Site Leader", last],
];

const team = [
  "| Role | Name |",
  "| --- | --- |",
  "| Club Manager & Designated Safeguarding Lead (DSL) | Rosa Venn |",
  "| Senior Coach & Deputy DSL | Idris Kowalczyk |",
  "| Activity Leader | Maud Achterberg |",
  "| Site Leader | Beni Trestrail |",
];

const markdown = (last: string) =>
  markdownDocument(
    [
      "# Safeguarding Policy",
      "",
      "## 2. Our team",
      "",
      ...team,
      "",
      "## 3. Training",
      "",
      "Training records for this summer's team:",
      "",
      ...entries(last).map(([name, job, courses]) => `- **${name}** (${job}): ${courses}`),
      "",
      "## 4. Collection",
      "",
      "Children are signed out by a named adult.",
      "",
    ].join("\n"),
  );

const word = (last: string) =>
  wordDocument(
    [
      "<h1>Safeguarding Policy</h1>",
      "<h2>2. Our team</h2>",
      "<table><tr><td><p>Role</p></td><td><p>Name</p></td></tr>",
      "<tr><td><p>Club Manager &amp; Designated Safeguarding Lead (DSL)</p></td><td><p>Rosa Venn</p></td></tr>",
      "<tr><td><p>Senior Coach &amp; Deputy DSL</p></td><td><p>Idris Kowalczyk</p></td></tr>",
      "<tr><td><p>Activity Leader</p></td><td><p>Maud Achterberg</p></td></tr>",
      "<tr><td><p>Site Leader</p></td><td><p>Beni Trestrail</p></td></tr></table>",
      "<h2>3. Training</h2>",
      "<p>Training records for this summer's team:</p>",
      "<ul>",
      ...entries(last).map(
        ([name, job, courses]) => `<li><strong>${name}</strong> (${job}): ${courses}</li>`,
      ),
      "</ul>",
      "<h2>4. Collection</h2>",
      "<p>Children are signed out by a named adult.</p>",
    ].join("\n"),
  );

/**
 * The entries as a PDF's text wraps them: the lead's and deputy's broken before their first date ("… (Level 3) –" /
 * "May 2025; Prevent …"), the others after their first course's date.
 */
const pdf = (last: string) =>
  pdfDocument(
    [
      "Safeguarding Policy",
      "2. Our team",
      "Role Name",
      "Club Manager & Designated Safeguarding Lead (DSL) Rosa Venn",
      "Senior Coach & Deputy DSL Idris Kowalczyk",
      "Activity Leader Maud Achterberg",
      "Site Leader Beni Trestrail",
      "3. Training",
      "Training records for this summer's team:",
      ...entries(last).flatMap(([name, job, courses], n) => {
        const [first, second] = courses.split("; ");
        if (n < 2) {
          const dash = first.lastIndexOf("– ");
          return [`● ${name} (${job}): ${first.slice(0, dash + 1)}`, `${first.slice(dash + 2)}; ${second}`];
        }
        return [`● ${name} (${job}): ${first};`, second];
      }),
      "4. Collection",
      "Children are signed out by a named adult.",
    ].join("\n"),
  );

const layouts = [markdown, word, pdf];

describe("training-stale: a list of named entries, two courses a line", () => {
  it("reports the site leader's lapsed course as theirs, the first aid course beside it renewing nothing", () => {
    for (const layout of layouts) {
      const document = layout(
        "Safeguarding children in sport (online) – April 2022; First aid at work – June 2025",
      );
      const reported = run(trainingStale, document, asOf);
      expect(found(reported, document), document.format).toEqual([
        expect.stringContaining("Safeguarding children in sport (online) – April 2022"),
      ]);
      expect(reported[0].message).toContain("Beni Trestrail");
      expect(reported[0].message).toContain("lapsed at the end of April 2025");
    }
  });

  it("stays quiet when the site leader's course is recent: the school year 2023–24 is current too", () => {
    for (const layout of layouts) {
      const document = layout(
        "Safeguarding children in sport (online) – April 2024; First aid at work – June 2025",
      );
      expect(run(trainingStale, document, asOf), document.format).toEqual([]);
    }
  });
});
