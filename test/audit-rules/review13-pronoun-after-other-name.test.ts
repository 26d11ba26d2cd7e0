/**
 * Review 13 (of da8a985), in invented words. As of 3 December 2026.
 * Under a bold name line, "He", "She" or "They" is the bold person's only when no other person is named between the
 * name line and the sentence, and the pronoun fits the title (Mr ↔ he; Mrs, Ms, Miss ↔ she; they, or no such title,
 * anyone).
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

function policy(paragraph: string): string {
  return [
    "# Quarrybank City Farm — Safeguarding Children",
    "",
    "Our Farm Safeguarding Lead is Ms Greta Lund, Farm Manager.",
    "",
    "## 7. Training",
    "",
    "The lead and deputy renew designated lead training every two years.",
    "",
    "**Ms Greta Lund**",
    paragraph,
    "",
  ].join("\n");
}

const found = (paragraph: string) => checkText(stale, policy(paragraph), { asOf }).map((f) => f.message);

describe("a pronoun under a bold name line", () => {
  it("is not the bold person's after another person is named", () => {
    const messages = found(
      "Greta completed DSL training on 3 February 2026. Her deputy, Mr Piers Vane, started in 2020. He completed DSL training on 4 March 2022.",
    );
    // Piers's lapsed course is reported, not taken for Greta's and hidden behind her 2026 one.
    expect(messages.some((m) => m.startsWith("Ms Greta Lund's"))).toBe(false);
    expect(messages.filter((m) => m.includes("4 March 2022"))).toHaveLength(1);
  });

  it("is not the bold person's when it does not fit the title", () => {
    const messages = found(
      "Greta joined the farm as its manager in the spring of 2019 and leads on safeguarding for school visits. He completed DSL training on 4 March 2022.",
    );
    expect(messages.some((m) => m.startsWith("Ms Greta Lund's"))).toBe(false);
  });

  it("is still the bold person's when it fits and no one else is named", () => {
    const messages = found(
      "Greta joined the farm as its manager in the spring of 2019 and leads on safeguarding for school visits. She completed DSL training on 4 March 2022.",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Ms Greta Lund's most recent /);
  });
});
