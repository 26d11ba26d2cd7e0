/**
 * training-stale (issue 11, held-out sets zz45 and zz48), in our own words; every name is invented. As of 3 December
 * 2026. Wales's national safeguarding training standards name courses by group: A for everyone, B for those who work
 * with children, C and above for those with a lead or designated role. A lead's lapsed "Group C" is not renewed by a
 * later "Group A" awareness module, though both names say "Safeguarding Training": it is the lead's own course, valid
 * for three years as the standards refresh it (a course that also names the designated role keeps the two years of
 * designated lead training). Near misses: a Group C within three years, a Group C renewed by a later Group C or by a
 * later designated person's course, and a Group B followed by a Group A, stay silent.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

function policy(...courses: string[]): string {
  return [
    "# Clwb Nofio Afon Lwyd — Safeguarding Policy",
    "",
    "**Welfare Officer:** Mrs Bethan Ellory-Price, Club Secretary",
    "**Deputy Welfare Officer:** Mr Rhodri Vance",
    "",
    "## 5. Hyfforddiant / Training",
    "",
    "**Mrs Bethan Ellory-Price**",
    ...courses,
    "",
    "**Mr Rhodri Vance**",
    "Safeguarding Training Group C (Afon Lwyd Regional Board), completed 02.10.2025",
    "",
    "Every coach completes Group A training within their first term.",
    "",
  ].join("\n");
}

const found = (text: string, format: "md" | "docx" = "md") =>
  checkText(stale, text, { asOf, format }).map((f) => f.message);

describe("a Welsh lead group's course beside a later awareness course", () => {
  it("reports a lapsed Group C that a later Group A does not renew", () => {
    for (const format of ["md", "docx"] as const) {
      const messages = found(
        policy(
          "Safeguarding Training Group C (Afon Lwyd Regional Board), completed 11.05.2022",
          "Safeguarding Training Group A (online), completed 20/02/2025",
        ),
        format,
      );
      expect(messages, format).toHaveLength(1);
      expect(messages[0]).toContain("Bethan Ellory-Price");
      expect(messages[0]).toContain("Group C");
      expect(messages[0]).toContain("valid for 3 years");
    }
  });

  it("near miss: a Group C within three years stays silent (not the two years of designated lead training)", () => {
    expect(
      found(
        policy(
          "Safeguarding Training Group C (Afon Lwyd Regional Board), completed 17.06.2024",
          "Safeguarding Training Group A (online), completed 20/02/2025",
        ),
      ),
    ).toEqual([]);
  });

  it("near miss: a Group C renewed by a later Group C refresher stays silent", () => {
    expect(
      found(
        policy(
          "Safeguarding Training Group C (Afon Lwyd Regional Board), completed 11.05.2022",
          "Group C refresher (Afon Lwyd Regional Board), completed 08/09/2025",
        ),
      ),
    ).toEqual([]);
  });

  it("near miss: a designated person's course marked Group C is renewed by a later Group C", () => {
    expect(
      found(
        policy(
          "Designated Safeguarding Person training (Group C) – 11/05/2022",
          "Safeguarding Training Group C – 08/09/2025",
        ),
      ),
    ).toEqual([]);
  });

  it("near miss: a Group B followed by a later Group A stays one awareness course, renewed", () => {
    expect(
      found(
        policy(
          "Safeguarding Training Group B, completed 11.05.2022",
          "Safeguarding Training Group A (online), completed 20/02/2025",
        ),
      ),
    ).toEqual([]);
  });
});
