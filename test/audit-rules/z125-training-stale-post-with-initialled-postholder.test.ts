/**
 * training-stale (held-out set zz125), in our own words; every name is invented. A council children's centre names
 * its leads as job titles with the person in brackets ("Designated Safeguarding Lead: Centre Manager (Rosalind
 * Ashworth-Lyle)") and keeps a "| Post (postholder) | Course | Completed |" table whose rows give the post and the
 * postholder by initial and surname ("Centre Manager (R. Ashworth-Lyle)"). The row is the named lead's record: her
 * Level 3 of 03/2024 lapsed at the end of March 2026, though the deputy's course of 01/2026 is current. Near misses:
 * an initial that is not the lead's ("(P. Ashworth-Lyle)", someone else with her surname) ties the row to nobody (its
 * lapsed course is still reported, as nobody's); a row with two named leads' initials in it is
 * nobody's alone; a group's row is a rule, not a record.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const leads = [
  "Designated Safeguarding Lead: Centre Manager (Rosalind Ashworth-Lyle), 01632 960 411",
  "Deputy DSL: Senior Practitioner (Tendai Okwuosa-Hale), 01632 960 412",
];

const rows = (lead: string, deputy = "Senior Practitioner (T. Okwuosa-Hale)") => [
  [lead, "Designated Safeguarding Lead, Level 3 (Easthaven SCP)", "03/2024"],
  [deputy, "Designated Safeguarding Lead refresher, Level 3 (Easthaven SCP)", "01/2026"],
  ["All centre staff", "Level 1 at induction", "renewed every 3 years"],
];

function markdown(lead = "Centre Manager (R. Ashworth-Lyle)", deputy?: string) {
  return markdownDocument(
    [
      "# Easthaven Children's Centre – Safeguarding Procedure",
      "",
      "## 2. Who leads on safeguarding",
      "",
      ...leads.flatMap((l) => [l, ""]),
      "## 3. Training",
      "",
      "| Post (postholder) | Course | Completed |",
      "|---|---|---|",
      ...rows(lead, deputy).map((r) => `| ${r.join(" | ")} |`),
      "",
      "## 4. Records",
      "",
      "Concerns are written down the same day.",
      "",
    ].join("\n"),
  );
}

function word(lead = "Centre Manager (R. Ashworth-Lyle)") {
  const cells = (r: string[], tag = "td") =>
    `<tr>${r.map((c) => `<${tag}><p>${c}</p></${tag}>`).join("")}</tr>`;
  return wordDocument(
    [
      "<h1>Easthaven Children's Centre – Safeguarding Procedure</h1>",
      "<h2>2. Who leads on safeguarding</h2>",
      ...leads.map((l) => `<p>${l}</p>`),
      "<h2>3. Training</h2>",
      `<table>${cells(["Post (postholder)", "Course", "Completed"])}${rows(lead)
        .map((r) => cells(r))
        .join("")}</table>`,
      "<h2>4. Records</h2>",
      "<p>Concerns are written down the same day.</p>",
    ].join(""),
  );
}

describe("a post with its holder's initial and surname in brackets, in a course table", () => {
  it("is the named lead's record: her lapsed Level 3 is reported under her name (Markdown)", () => {
    const document = markdown();
    const reported = run(trainingStale, document);
    expect(found(reported, document)).toEqual([
      "| Centre Manager (R. Ashworth-Lyle) | Designated Safeguarding Lead, Level 3 (Easthaven SCP) | 03/2024 |",
    ]);
    expect(reported[0].message).toContain("Rosalind Ashworth-Lyle");
    expect(reported[0].message).toContain("lapsed at the end of March 2026");
    expect(run(trainingMissing, document)).toEqual([]);
  });

  it("the same in a Word table", () => {
    const document = word();
    const reported = run(trainingStale, document);
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toContain("Rosalind Ashworth-Lyle");
    expect(run(trainingMissing, document)).toEqual([]);
  });

  it("does not give the lead a record whose initial is not hers: someone else with her surname", () => {
    const document = markdown("Centre Manager (P. Ashworth-Lyle)");
    const stale = run(trainingStale, document).map((r) => r.message);
    expect(stale).toHaveLength(1);
    expect(stale[0]).not.toContain("Rosalind");
  });

  it("ties a row naming two leads by their initials to neither", () => {
    const document = markdown(
      "Centre Manager (R. Ashworth-Lyle) and Senior Practitioner (T. Okwuosa-Hale)",
      "Senior Practitioner (T. Okwuosa-Hale)",
    );
    const stale = run(trainingStale, document).map((r) => r.message);
    expect(stale).toHaveLength(1);
    expect(stale[0]).not.toContain("Rosalind");
  });
});
