/**
 * training-missing and training-stale (session 43, hand-written policies), in our own words; every name is invented.
 * As of 1 December 2026. A lead's record written as their name in the possessive, the course and its date:
 * "Mrs Szymanska's last DSL training: 23 June 2023." It is that lead's record — known by title and surname — not
 * a record of nobody's (no finding at all for a lapsed lead), nor the record of the person named on the line above
 * (which hid the deputy's own lapsed course). The same with "was completed on", "was on" and a bare colon, and a
 * double-barrelled surname. Near misses: "The DSL's …" (a role, not a name) and "next DSL training" keep today's
 * reading; "The school's last inspection: …" is no training.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...records: string[]): string {
  return [
    "# Ashcombe Lane Primary School",
    "",
    "Next review: September 2027",
    "",
    "Designated Safeguarding Lead: Mrs Philippa Szymanska (Headteacher)",
    "Deputy Designated Safeguarding Lead: Mr Aurelio Dunmore-Page (Deputy Headteacher)",
    "",
    "## Training",
    "",
    ...records.flatMap((r) => [r, ""]),
  ].join("\n");
}

const run = (rule: typeof stale, text: string) =>
  checkText(rule, text, { asOf, format: "md" }).map((f) => f.message);

describe("a lead's record as 'Mrs Surname's last <course>: <date>'", () => {
  it("reports the lead's lapsed course under her own name", () => {
    const text = policy(
      "Mrs Szymanska's last DSL training: 23 June 2023.",
      "Mr Dunmore-Page's last DSL training: 4 October 2025.",
    );
    const messages = run(stale, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Szymanska");
    expect(messages[0]).toContain("23 June 2023");
    expect(messages[0]).not.toContain("'s last");
    expect(run(missing, text)).toEqual([]);
  });

  it("credits both when both are current", () => {
    const text = policy(
      "Mrs Szymanska's last DSL training: 23 June 2025.",
      "Mr Dunmore-Page's last DSL training: 4 October 2025.",
    );
    expect(run(stale, text)).toEqual([]);
    expect(run(missing, text)).toEqual([]);
  });

  it("is not the record of the person on the line above: the deputy's lapse still shows", () => {
    const text = policy(
      "- Mr Aurelio Dunmore-Page – DSL training – 4 October 2024",
      "Mrs Szymanska's last DSL training: 23 June 2025.",
    );
    const messages = run(stale, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Dunmore-Page");
    expect(messages[0]).toContain("4 October 2024");
    expect(run(missing, text)).toEqual([]);
  });

  for (const record of [
    "Mr Dunmore-Page's DSL training was completed on 4 November 2024.",
    "Mr Dunmore-Page's last DSL training was on 4 November 2024.",
    "Mr Dunmore-Page's DSL training: 4 November 2024",
    "Mr Dunmore-Page's most recent DSL training (county partnership): 4 November 2024.",
  ])
    it(`reads "${record}" as the deputy's record`, () => {
      const lapsed = policy("- Mrs Philippa Szymanska – DSL training – 4 October 2025", record);
      const messages = run(stale, lapsed);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain("Dunmore-Page");
      expect(messages[0]).toContain("4 November 2024");
      expect(messages[0]).not.toMatch(/training was|recent 's|'s last|Mr Dunmore-Page's/);
      expect(run(missing, lapsed)).toEqual([]);
      const current = policy(
        "- Mrs Philippa Szymanska – DSL training – 4 October 2025",
        record.replace("2024", "2025"),
      );
      expect(run(stale, current)).toEqual([]);
      expect(run(missing, current)).toEqual([]);
    });

  it("stays quiet: a role in the possessive keeps today's reading, the deputy is still untrained", () => {
    const text = policy(
      "- Mrs Philippa Szymanska – DSL training – 4 October 2025",
      "The DSL's last DSL training: 4 November 2023.",
    );
    expect(run(stale, text)).toEqual([]);
    const messages = run(missing, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Dunmore-Page");
  });

  it("stays quiet: the school's inspection and a lead's next course are no record of training done", () => {
    for (const line of [
      "The school's last inspection: 4 November 2023.",
      "Mr Dunmore-Page's next DSL training: 4 November 2027.",
    ]) {
      const text = policy("- Mrs Philippa Szymanska – DSL training – 4 October 2025", line);
      expect(run(stale, text)).toEqual([]);
    }
    const inspection = policy(
      "- Mrs Philippa Szymanska – DSL training – 4 October 2025",
      "The school's last inspection: 4 November 2023.",
    );
    expect(run(missing, inspection).join(" ")).toContain("Dunmore-Page");
  });
});
