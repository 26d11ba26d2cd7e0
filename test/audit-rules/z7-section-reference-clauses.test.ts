/**
 * A policy written in numbered clauses ("Clause 1. Aims", "Clause 2. Who does what", each with lettered
 * sub-clauses (a), (b), (c)) points to its own clauses: "as agreed under Clause 4(b)". A clause it does not have
 * ("under Clause 9(a)" in a policy of seven clauses) is a broken reference, reported as a clause. Only in a policy
 * that numbers its clauses: elsewhere "clause 9" is a contract's or a Bill's. A clause's own heading is not a
 * reference to it, and "section 47 of the Children Act 1989" or "Part one of KCSIE" are never this policy's. An
 * annex the policy does not have ("the log in Annex 4" where the annexes are 1 and 2) is reported too. In our own
 * words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, markdownDocument, policyBuilder, run } from "../fixtures/structure/documents.js";

const CLAUSES = [
  "Aims",
  "Who does what",
  "Signs of harm",
  "Responding to a worry",
  "Residential trips",
  "Allegations about staff",
  "Review",
];

/** A riding school for disabled children: seven numbered clauses with lettered sub-clauses, two annexes. */
function policy(extra: Record<number, string>, layout: Layout = "md", clauseWord = "Clause") {
  const { heading, para, document } = policyBuilder(
    "Thornbury Riding for the Disabled — Safeguarding Policy",
    layout,
  );
  for (const [i, title] of CLAUSES.entries()) {
    const n = i + 1;
    heading(`${clauseWord ? `${clauseWord} ` : ""}${n}. ${title}`);
    para(`(a) What the helpers do about ${title.toLowerCase()}.`);
    para(
      `(b) ${extra[n] ?? "Helpers write down what they saw and tell the Safeguarding Officer, Nia Pendleton."}`,
    );
  }
  heading("Annex 1: Incident log");
  para("A log to print and fill in.");
  heading("Annex 2: Useful numbers");
  para("Children's Services: 01632 960900.");
  return document();
}

const LAYOUTS: Layout[] = ["md", "pdf", "docx"];

describe("section-reference: numbered clauses and annexes", () => {
  for (const layout of LAYOUTS) {
    it(`reports a clause the policy does not have, as a clause (${layout})`, () => {
      const document = policy(
        { 5: "Injuries on a trip are recorded as set out in Clause 4(b) and Clause 9(a)." },
        layout,
      );
      const reported = run(sectionReference, document);
      expect(found(reported, document)).toEqual(["Clause 9(a)"]);
      expect(reported[0].message).toBe(
        'The policy refers to clause 9, but no clause is numbered 9 (the last is 7, "Review") — correct the number, or name the clause instead',
      );
    });

    it(`reports an annex the policy does not have (${layout})`, () => {
      const document = policy(
        { 4: "Write what you saw on the log in Annex 4 before you leave the yard." },
        layout,
      );
      expect(found(run(sectionReference, document), document)).toEqual(["Annex 4"]);
    });

    it(`leaves the policy's own clauses and annexes, and other documents' parts, alone (${layout})`, () => {
      const document = policy(
        {
          2: "The officer follows Part one of KCSIE and Annex B of Working Together, and refers under section 47 of the Children Act 1989.",
          3: "Signs are recorded on the log in Annex 1 as agreed under Clause 2(a) and Clause 7.",
          6: "Clause 4 applies to these too.",
        },
        layout,
      );
      expect(found(run(sectionReference, document), document)).toEqual([]);
    });
  }

  it("does not read 'clause 9' as a reference in a policy that does not number its clauses", () => {
    const document = policy(
      {
        5: "Injuries on a trip are recorded as required by clause 9 of the hire agreement and Clause 12(c).",
      },
      "md",
      "",
    );
    expect(run(sectionReference, document)).toEqual([]);
  });
});

describe("section-reference: many citations of a missing numbered paragraph", () => {
  /** A policy of numbered sections citing "section 4.2" (no such heading) on every page. */
  function pages(count: number) {
    const page = [
      "## 3. Who to tell",
      "",
      "Helpers tell the Safeguarding Officer, Nia Pendleton, and see section 4.2 and Clause 3(a) for what comes next.",
      "",
    ].join("\n");
    return markdownDocument(page.repeat(count));
  }
  function quickest(count: number): number {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const document = pages(count);
      // CPU time, not wall time: on a loaded machine the wall clock counts other processes' turns too.
      const started = process.cpuUsage();
      run(sectionReference, document);
      const used = process.cpuUsage(started);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return best;
  }

  it("reads the whole text for a cited number once, not once per citation (time in step with the length)", () => {
    quickest(100);
    const ratio = quickest(4000) / Math.max(quickest(100), 0.5);
    expect(ratio).toBeLessThan(200);
  });
});
