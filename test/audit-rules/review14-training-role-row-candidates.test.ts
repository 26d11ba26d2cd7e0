/**
 * training-missing (review of 44482ca): a training matrix's row headed with a role ("DSL") that cannot be tied to one
 * person may be the record of any lead the role's words could stand for, and of nobody else. As of 4 December 2026;
 * every name here is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-04";

function policy(who: string[]): string {
  return [
    "# Fernbrook Rowing Club — Safeguarding Policy",
    "",
    "## 2. Who to go to",
    "",
    ...who,
    "",
    "## 8. Training",
    "",
    "| Name | Designated lead training | Prevent awareness |",
    "| --- | --- | --- |",
    "| Ruth Calloway-Penn | 05/2025 | 04/2025 |",
    "| DSL | 03/2025 | 04/2025 |",
    "",
  ].join("\n");
}

const run = (text: string) => checkText(missing, text, { asOf }).map((f) => f.message);

describe("a matrix row headed with a role no one person holds", () => {
  it("silences the leads it could stand for", () => {
    const text = policy(["DSL: Ruth Calloway-Penn (boathouse).", "", "DSL: Ambrose Tillary (junior squad)."]);
    expect(run(text)).toEqual([]);
  });

  it("still reports a lead named with other role words, whom the row's 'DSL' does not stand for", () => {
    const text = policy([
      "DSL: Ruth Calloway-Penn (boathouse).",
      "",
      "DSL: Ambrose Tillary (junior squad).",
      "",
      "Designated Safeguarding Lead for regattas: Mrs Odette Brackwell.",
    ]);
    const messages = run(text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/Odette Brackwell/);
  });
});
