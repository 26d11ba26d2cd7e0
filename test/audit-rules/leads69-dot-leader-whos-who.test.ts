/**
 * A who's-who of officers as dot-leader lines, "Role ........ Name (phone)" (held-out zz69; written in our own
 * words, every name invented). Each line names the holder of its own role only: the words in brackets after a role
 * ("Church Safeguarding Officer (St Brannoc's)") say whose officer it is, not who holds it; a chaplain's or section
 * leader's line names no lead. When the policy says the host church's officer advises it but that decisions are
 * made by its own lead, that officer is the church's, not the setting's lead, wherever the policy names them.
 */
import { describe, expect, it } from "vitest";
import { findLeadMentions } from "../../src/audit/text/leads.js";

const WHOS_WHO = [
  "Captain and Designated Safeguarding Lead ........ Mr Owen Tarrant (07700 900 101)",
  "Deputy Designated Safeguarding Lead ........ Mrs Lydia Penrose (07700 900 102)",
  "Juniors Section Leader ........ Mr Kofi Adjei",
  "Company Chaplain ........ Revd Sarah Moult",
  "Church Safeguarding Officer (St Brannoc's) ........ Mrs Hilary Dunmore",
];

function policy(whosWho: string[], after: string[]): string {
  return [
    "# 5th Marlby Boys' Brigade Company – Safeguarding",
    "",
    "## Who's who",
    "",
    "Our officers are listed below.",
    "",
    ...whosWho,
    "",
    ...after,
  ].join("\n");
}

const HOSTED = policy(WHOS_WHO, [
  "The Company Chaplain and the Church Safeguarding Officer advise us and hear of every worry, but decisions about a boy in the Company are made by Mr Tarrant, or by Mrs Penrose when he is away.",
  "",
  "If the worry is about Mr Tarrant himself, tell the Church Safeguarding Officer, Mrs Dunmore.",
  "",
]);

const named = (text: string, role: "dsl" | "deputy") =>
  findLeadMentions(text)
    .filter((m) => m.role === role)
    .flatMap((m) => m.names ?? (m.name ? [m.name] : []));

describe("a dot-leader who's-who", () => {
  it("names the company's lead and deputy, and nobody else, when the church's officer only advises", () => {
    expect(named(HOSTED, "dsl")).toEqual(["Mr Owen Tarrant"]);
    expect(named(HOSTED, "deputy")).toEqual(["Mrs Lydia Penrose"]);
  });

  it("reads the same from a PDF's text, the who's-who run into one line", () => {
    const flat = policy([WHOS_WHO.join(" ")], HOSTED.split("\n").slice(-4));
    expect(named(flat, "dsl")).toEqual(["Mr Owen Tarrant"]);
    expect(named(flat, "deputy")).toEqual(["Mrs Lydia Penrose"]);
  });

  it("takes the holder after the leader dots, not the words in brackets after the role", () => {
    // Without the sentence that says the church's officer only advises, the church's officer is a lead, as in a
    // church group's own policy: the holder is Mrs Dunmore, never "St Brannoc's".
    const own = policy(WHOS_WHO.slice(2), []);
    expect(named(own, "dsl")).toEqual(["Mrs Hilary Dunmore"]);
    const section = policy(["Club Welfare Officer (Juniors) ........ Mrs Ffion Hale (07700 900 103)"], []);
    expect(named(section, "dsl")).toEqual(["Mrs Ffion Hale"]);
  });
});
