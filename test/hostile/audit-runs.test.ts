/**
 * A net for patterns that backtrack without end. Real policies hold long runs of one character (dot leaders,
 * underscores of a form, "????" for a number not yet known, rows of dashes or spaces from a PDF), and a
 * pattern with nested repetition ((?:\.{2,}|\s)+, (?:[ -]?[\d?]*\?[\d?]*)*) can take minutes or hours on such
 * a run when nothing matches after it. Each such bug so far was found one at a time, as a hang.
 *
 * This sweep puts every common run-forming character after every kind of words the rules look for (a role, a
 * phone number, a date, a review label, a course, a reference, a placeholder, a link, a table row), in runs of
 * 60 (an exponential pattern never finishes) and of 3,000 (a cubic one takes minutes), ended by a character
 * that makes most patterns fail, and audits each as Markdown with every default rule. It runs in a child
 * process killed at a time limit — a pattern stuck in the regular-expression engine cannot be interrupted in
 * the process itself — which names the case it was on. It never asserts on speed: the limit only catches a
 * hang, with a wide margin for a busy machine. A few table rows hold a run of 300,000 characters in one cell,
 * where a quadratic pattern (one read again from each character of the run) would take far past the limit.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const LIMIT_MS = 240_000;

const CHILD = String.raw`
import { writeFileSync } from "node:fs";
import { join } from "node:path";
const [dir, repo] = process.argv.slice(1);
const { resolveRules } = await import(join(repo, "dist/audit/config.js"));
const { auditDocument } = await import(join(repo, "dist/audit/engine.js"));
const { rules } = await import(join(repo, "dist/audit/rules/index.js"));
const { loadSettingTypes } = await import(join(repo, "dist/data/setting-types.js"));
const partnership = { name: "", areas: [], courses: [], source: "partnership.yaml" };
const input = { rules: resolveRules(rules, partnership, () => undefined), asOf: "2026-12-01", partnership,
  settingTypes: await loadSettingTypes() };
const SEEDS = [
  "Designated Safeguarding Lead", "Deputy DSL:", "Club Welfare Officer -", "In her absence contact",
  "Mrs S. Patel, DSL", "Phone: 01632 960", "Email: dsl@", "Next review date:", "Reviewed annually from",
  "Level 3 DSL training –", "Jane Smith: Designated lead course", "see section", "[insert", "Mr/Mrs",
  "Contents", "1. Introduction", "| Name | Role |", "https://www.", "Working Together to Safeguard Children",
  "NSPCC helpline 0808 800", "Childline", "Signed", "Date", "(page",
  "Hollybank Youth Club, charity number", "Police – non-emergency |", "Next review: Sept",
];
const MARKS = [".", "…", "_", "?", " ", "\t", "-", "–", "/", "*", "\\", "(", "[", "|", "'", ",", ":", "0", "a", "A", "x"];
const ENDS = ["!", "a", "A", "7"];
const rulesRun = new Map();
let n = 0;
for (const size of [60, 3000])
  for (const seed of SEEDS)
    for (const mark of MARKS) {
      const end = ENDS[n % ENDS.length];
      const line = seed + " " + mark.repeat(size) + end;
      const text = "# Child protection policy\n\n" + line + "\n\n" + seed + mark.repeat(size) + "\n";
      const file = join(dir, "case-" + n++ + ".md");
      writeFileSync(file, text);
      process.stdout.write("CASE " + JSON.stringify({ seed, mark, size }) + "\n");
      await auditDocument({ path: file, file }, input, new Map());
    }
// A table of units with a column of training (read by name and date): one very long run in a cell, of 300,000
// characters, so that a pattern quadratic in the run (read again from each of its characters) takes minutes, while
// a linear one takes about a second (a million would catch it surely, at half a minute of the suite's time).
const TABLE = "| School | DSL | DSL training |\n|---|---|---|\n";
const BIG = 300_000;
const ROWS = [
  ["capitals in a training cell", "| Ashby | Mrs Ann Lee | " + "A".repeat(BIG) + " |"],
  ["spaces in a name cell", "| Ashby | Mrs Ann Lee" + " ".repeat(BIG) + "x | A Lee 03/2025 |"],
  ["commas before an entry's date", "| Ashby | Mrs Ann Lee | A Lee" + ",".repeat(BIG) + "X 03/2025 |"],
  ["a long lower-case word in a name cell", "| Ashby | Mrs A" + "a".repeat(BIG) + "! | A Lee 03/2025 |"],
];
// A key facts box's training row: a long run of spaces between "completed" and the end of its value.
const KEY_FACTS = "| Key facts | |\n|---|---|\n| Designated lead | Ann Lee |\n";
ROWS.push(["spaces after 'completed' in a key facts row", "| Lead trained | completed" + " ".repeat(BIG) + "x 03/2025 |", KEY_FACTS]);
// A course's renewal cycle before "last done" in a person's entry, a run of spaces between.
ROWS.push(["spaces after 'every 2 years' in a person's course", "- Noor Hale (DSL): Lead course – every 2 years" + " ".repeat(BIG) + "x – 03/2025", "Designated Safeguarding Lead: Noor Hale\n\n## Training\n\n"]);
// A training matrix whose course column's header runs to commas before its end.
ROWS.push(["commas in a matrix's course header", "| Ann Lee | 03/2025 |", "Designated Safeguarding Lead: Ann Lee\n\n| Name | Safeguarding " + ",".repeat(BIG) + "x |\n|---|---|\n"]);
// A passed "Next review" in the text after a run of spaces, beside a version table's later row.
ROWS.push(["spaces before a passed 'Next review' beside a version table", "| 3.2 | 23/03/2026 | 31/03/2027 |", "Designated Safeguarding Lead: Ann Lee\n\nIt is reviewed every June." + " ".repeat(BIG) + "x Next review: June 2026.\n\n| Version | Date | Next review |\n|---|---|---|\n"]);
// The setting's registered number: a long run of spaces after "charity number", in a sentence's brackets and on a
// line of its own, with no blank after it.
ROWS.push(["spaces after 'charity number' in brackets", "Hollybank Youth Club (registered charity number" + " ".repeat(BIG) + "x) is run by volunteers.", ""]);
ROWS.push(["spaces after 'charity number' on its line", "Registered charity number" + " ".repeat(BIG) + "x", ""]);
// A plural role's value over many short lines (each line break once asked whether the whole text before it ended an
// entry), and one sentence of a job covering for the lead on every line (each match read all mentions and all lines).
ROWS.push(["many short lines under a plural deputies' role", "Al\n".repeat(BIG / 3), "Designated Safeguarding Lead: Ann Lee (01632 960 310)\n\nDeputy Safeguarding Leads: Mina Castell, Senior Instructor – 01632 960 702\n"]);
ROWS.push(["a job covering for the lead on every line", "When the DSL is away, the Office Manager covers for her.\n".repeat(Math.floor(BIG / 57)), "Designated Safeguarding Lead: Ann Lee\n\n"]);
// A box of people by column (roles over names, then rows of their courses): many rows of a course with its date left to
// fill in (each cell once looked for its person in every row above it): 30,000 rows take seconds read once, minutes
// read again per cell.
ROWS.push(["many rows of courses in a role-column box", "| DSL training – date | Deputy DSL training – date |\n".repeat(30_000), "| Designated Safeguarding Lead | Deputy DSL |\n|---|---|\n| Ann Lee | Bo Kerr |\n"]);
// The same box whose rows alternate between a row of names (each a lead the reading names) and a row of "Trained:"
// dates: each cell once sorted out every lead of the document to find its column's person (8,000 rows: 70 s).
ROWS.push(["rows of names and 'Trained:' rows in a role-column box", Array.from({ length: 8_000 }, (_, i) => "| DSL: Mary Ann" + String.fromCharCode(65 + (i % 26)) + "son | Deputy DSL: Tom " + String.fromCharCode(65 + ((i >> 5) % 26)) + "yle |\n| Trained: 03/2026 | Trained: 01/2026 |\n").join(""), "| Designated Safeguarding Lead | Deputy Designated Safeguarding Lead |\n|---|---|\n| **Aoife Ryan** | **Cathal Lee** |\n"]);
// A sentence's end then a long run of spaces, in a policy that says a course is done once (each way of splitting the
// run between the sentence's start and its subject was tried), and a long run of "(" after a training record (each
// bracket of the run was read to the run's end as a note of when the course is due).
ROWS.push(["spaces after a sentence beside a course done once", "Notes. " + " ".repeat(BIG) + "x", "Designated Safeguarding Lead: Ann Lee\n\nModule A is not repeated.\n\n"]);
ROWS.push(["opening brackets after a training record", "- Ann Lee (DSL): Lead course – 03/2025 " + "(".repeat(BIG) + "x", "Designated Safeguarding Lead: Ann Lee\n\n## Training\n\n"]);
// A question asked loudly ("???") anywhere, and a long run of spaces after a number's label (the label was read back
// from every space of the run).
ROWS.push(["spaces after a number's label beside question marks", "What should I do??? Registration number" + " ".repeat(BIG) + "x", ""]);
// A key people box by column whose cell opens with a title and one very long word (its surname was split every way).
ROWS.push(["a long word after a title in a key people box", "| Mr A" + "a".repeat(BIG) + "! Last DSL training: 06/2024 |", "| Designated Safeguarding Lead | Deputy DSLs |\n|---|---|\n| Mr T. Achebe | Mrs S. Okonkwo-Reid |\n| Last DSL training: 09/2024 | Last DSL training: 03/2025 |\n"]);
// "We are both Designated Safeguarding Leads" said again and again, a "run by" after each (every one of them read the
// whole policy's "run by"s again).
ROWS.push(["'we are both leads' and 'run by' on every other line", "We are both Designated Safeguarding Leads.\n\nThe hall is run by the parish.\n\n".repeat(Math.floor(BIG / 76)), ""]);
// One long line of a role said again and again to deputise for the lead's role (each mention once read the whole line
// before it for its qualifier, and every other mention for the words between).
ROWS.push(["a role deputising for the lead again and again on one line", "The Welfare Officer deputises for the Club Safeguarding Officer when she is away. ".repeat(Math.floor(BIG / 82)), "Club Safeguarding Officer: Ann Lee\n\nWelfare Officer: Bob Ray\n\n"]);
// Two writers under "Each of us is the designated safeguarding lead", a long run of spaces after one's job (its
// clauses were split again from each space of the run), and a long line of "with police" (the words before each
// "police" were read again back to the line's start).
const EACH_OF_US = "Each of us is the designated safeguarding lead for the children on her own register.\n\n";
ROWS.push(["spaces after a writer's job under 'each of us'", "- Kim Ray – childminder" + " ".repeat(BIG) + "x\n- Jo Bloggs – childminder", EACH_OF_US]);
ROWS.push(["'with police' again and again after a writer's name", "- Kim Ray – " + "with police ".repeat(BIG / 12) + "\n- Jo Bloggs – childminder", EACH_OF_US]);
// A person's name line, then very many lines of their courses (a renewal note on each line once read every record
// already under the name again).
ROWS.push(["many course lines under a person's name line", Array.from({ length: 8_000 }, (_, i) => "- Safeguarding module " + i + " – 03/2025\n").join(""), "Designated Safeguarding Lead: Carla Whitcombe\n\n## Training records\n\nCarla Whitcombe (DSL)\n"]);
for (const [what, row, table = TABLE] of ROWS) {
  const file = join(dir, "case-" + n++ + ".md");
  writeFileSync(file, "# Child protection policy\n\n" + table + row + "\n");
  process.stdout.write("CASE " + JSON.stringify({ table: what, size: BIG }) + "\n");
  await auditDocument({ path: file, file }, input, new Map());
}
process.stdout.write("DONE " + n + "\n");
`;

describe("long runs of one character after the words the rules look for", () => {
  const dir = mkdtempSync(join(tmpdir(), "policysmith-runs-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "audit every case without getting stuck in a pattern",
    async () => {
      const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD, dir, REPO], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      let err = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        out += chunk;
      });
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        err += chunk;
      });
      const timer = setTimeout(() => child.kill("SIGKILL"), LIMIT_MS);
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      clearTimeout(timer);
      const last = out.trimEnd().split("\n").at(-1) ?? "";
      expect(
        last.startsWith("DONE"),
        `the audit did not finish within ${LIMIT_MS / 1000} s (exit ${code}); it was on ${last.replace(/^CASE /, "")} — a pattern backtracks on a long run of that character after those words\n${err.slice(-2000)}`,
      ).toBe(true);
      expect(code).toBe(0);
    },
    LIMIT_MS + 30_000,
  );
});
