/**
 * training-stale and training-missing (held-out set zz71), in our own words; every name is invented. As of
 * 1 December 2026. "- Name – Designated Safeguarding Lead (provider, two days) – date" in a section about training
 * names the lead's course by the role's title alone; the same entry under "Who's who" is the role, held since then.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(heading: string, entry: string): string {
  return [
    "# Wyvern Ridge Junior Race Squad – Safeguarding Policy",
    "",
    "| Role | Name | Contact |",
    "| --- | --- | --- |",
    "| Designated Safeguarding Lead | Mehmet Yıldız (Head Race Coach) | 07700 900 701 |",
    "| Deputy DSL | Aoife Ní Bhriain-Clarke | 07700 900 702 |",
    "",
    `## ${heading}`,
    "",
    entry,
    "- Aoife Ní Bhriain-Clarke – Safeguarding and Protecting Children – 03/03/2025",
    "",
  ].join("\n");
}

const messages = (rule: typeof stale, text: string) =>
  checkText(rule, text, { asOf, format: "md" }).map((f) => f.message);

describe("a lead's title between an entry's dashes in a training section is the lead's course", () => {
  it.each([
    "- Mehmet Yıldız – Designated Safeguarding Lead (Hollowmere SCP, two days) – 22/10/2024",
    "- Mehmet Yıldız – Designated Safeguarding Lead – 22/10/2024",
    "- Mehmet Yıldız -- DSL (two days) -- 22/10/2024",
  ])("lapsed, and the lead has training: %s", (entry) => {
    const text = policy("Training", entry);
    expect(messages(stale, text).join(" ")).toMatch(/Mehmet Yıldız.*22 October 2024.*lapsed/);
    expect(messages(missing, text)).toEqual([]);
  });

  it("in a PDF: the entry broken after its second dash, under a heading whose paragraph wraps at a number", () => {
    const text = [
      "Wyvern Ridge Junior Race Squad – Safeguarding Policy",
      "Designated Safeguarding Lead: Mehmet Yıldız (Head Race Coach) – 07700 900 701",
      "Deputy DSL: Aoife Ní Bhriain-Clarke – 07700 900 702",
      "3. Training of coaches and volunteers",
      "All coaches hold a coaching qualification (Level 1 Assistant or Level",
      "2 Club Coach) and an enhanced DBS check, and every coach is registered with the",
      "national body before their first session.",
      "Safeguarding training of the team:",
      "● Mehmet Yıldız – Designated Safeguarding Lead (Hollowmere SCP, two days) –",
      "22/10/2024",
      "● Aoife Ní Bhriain-Clarke – Safeguarding and Protecting Children – 03/03/2025",
      "4. Responding to a concern",
    ].join("\n");
    const found = checkText(stale, text, { asOf, format: "pdf" }).map((f) => f.message);
    expect(found.join(" ")).toMatch(/Mehmet Yıldız.*22 October 2024.*lapsed/);
    expect(checkText(missing, text, { asOf, format: "pdf" })).toEqual([]);
  });

  it("near miss: the same entry in a who's who is the role, not a course", () => {
    const text = policy("Who's who", "- Mehmet Yıldız – Designated Safeguarding Lead – 22/10/2024");
    expect(messages(stale, text)).toEqual([]);
  });

  it("near miss: other words beside the title in the middle make it a role line", () => {
    const text = policy(
      "Training",
      "- Mehmet Yıldız – Designated Safeguarding Lead for the race squad – 22/10/2024",
    );
    expect(messages(stale, text)).toEqual([]);
  });
});
