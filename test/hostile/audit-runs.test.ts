/**
 * A net for patterns that backtrack without end. Real policies hold long runs of one character (dot leaders,
 * underscores of a form, "????" for a number not yet known, rows of dashes or spaces from a PDF), and a
 * pattern with nested repetition ((?:\.{2,}|\s)+, (?:[ -]?[\d?]*\?[\d?]*)*) can take minutes or hours on such
 * a run when nothing matches after it. Each such bug so far was found one at a time, as a hang.
 *
 * This sweep puts every common run-forming character after every kind of words the rules look for (a role, a
 * phone number, a date, a review label, a course, a reference, a placeholder, a link, a table row), in runs of
 * 60 (an exponential pattern never finishes) and of 3,000 (a cubic one takes minutes), ended by a character
 * that makes most patterns fail, and audits each as Markdown with every default rule. A few rows (mostly tables)
 * hold a run of 300,000 characters in one cell, or thousands of lines, where a quadratic pattern or loop (one that
 * reads the run, or the policy, again from each of its characters or lines) takes minutes, and a linear one a few
 * seconds.
 *
 * The audits run in a child process — a pattern stuck in the regular-expression engine cannot be interrupted in the
 * process itself — which is killed when one case takes longer than its limit; the test names the case. It never
 * asserts on speed: a limit only catches a hang, with a wide margin for a busy machine. The small cases are one test,
 * each case under SMALL_LIMIT_MS; each big row is a test of its own under BIG_LIMIT_MS (90 s), so that no row's time
 * counts against another's (one sweep under one limit caught a quadratic row only because the whole sweep ran
 * near that limit). The child is started once and kept between tests (importing the audit costs about a second of
 * CPU); a case that runs out of time kills it, and the next test starts another. Tests of a file run one after
 * the other, so there is never more than one child at a time.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
/** Importing the audit in a fresh child: about a second of CPU, much more on a loaded machine. */
const START_LIMIT_MS = 120_000;
/** One small case: milliseconds when linear; an exponential or cubic pattern on its run takes minutes or never ends. */
const SMALL_LIMIT_MS = 60_000;
/**
 * One big row: up to 8 s of CPU (most well under a second), 35 s measured on a machine loaded five times over its two
 * cores; a quadratic one takes minutes.
 */
const BIG_LIMIT_MS = 90_000;

/** The child: audits each file named on a line of its input, and writes "DONE" after each. */
const CHILD = String.raw`
import { createInterface } from "node:readline";
import { join } from "node:path";
const [repo] = process.argv.slice(1);
const { resolveRules } = await import(join(repo, "dist/audit/config.js"));
const { auditDocument } = await import(join(repo, "dist/audit/engine.js"));
const { rules } = await import(join(repo, "dist/audit/rules/index.js"));
const { loadSettingTypes } = await import(join(repo, "dist/data/setting-types.js"));
const partnership = { name: "", areas: [], courses: [], source: "partnership.yaml" };
const input = { rules: resolveRules(rules, partnership, () => undefined), asOf: "2026-12-01", partnership,
  settingTypes: await loadSettingTypes() };
process.stdout.write("READY\n");
for await (const file of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  await auditDocument({ path: file, file }, input, new Map());
  process.stdout.write("DONE\n");
}
`;

const SEEDS = [
  "Designated Safeguarding Lead",
  "Deputy DSL:",
  "Club Welfare Officer -",
  "In her absence contact",
  "Mrs S. Patel, DSL",
  "Phone: 01632 960",
  "Email: dsl@",
  "Next review date:",
  "Reviewed annually from",
  "Level 3 DSL training –",
  "Jane Smith: Designated lead course",
  "see section",
  "[insert",
  "Mr/Mrs",
  "Contents",
  "1. Introduction",
  "| Name | Role |",
  "https://www.",
  "Working Together to Safeguard Children",
  "NSPCC helpline 0808 800",
  "Childline",
  "Signed",
  "Date",
  "(page",
  "Hollybank Youth Club, charity number",
  "Police – non-emergency |",
  "Next review: Sept",
];
const MARKS = [
  ".",
  "…",
  "_",
  "?",
  " ",
  "\t",
  "-",
  "–",
  "/",
  "*",
  "\\",
  "(",
  "[",
  "|",
  "'",
  ",",
  ":",
  "0",
  "a",
  "A",
  "x",
];
const ENDS = ["!", "a", "A", "7"];
/** Every small case: what it is, and the policy's text. */
const SMALL: Array<[what: string, text: string]> = [];
for (const size of [60, 3000])
  for (const seed of SEEDS)
    for (const mark of MARKS) {
      const end = ENDS[SMALL.length % ENDS.length];
      const line = seed + " " + mark.repeat(size) + end;
      const text = "# Child protection policy\n\n" + line + "\n\n" + seed + mark.repeat(size) + "\n";
      SMALL.push([JSON.stringify({ seed, mark, size }), text]);
    }

// A table of units with a column of training (read by name and date): one very long run in a cell, of 300,000
// characters, so that a pattern quadratic in the run (read again from each of its characters) takes minutes, while
// a linear one takes about a second (a million would catch it surely, at half a minute of the suite's time).
const TABLE = "| School | DSL | DSL training |\n|---|---|---|\n";
const BIG = 300_000;
const ROWS: Array<[what: string, row: string, table?: string]> = [
  ["capitals in a training cell", "| Ashby | Mrs Ann Lee | " + "A".repeat(BIG) + " |"],
  ["spaces in a name cell", "| Ashby | Mrs Ann Lee" + " ".repeat(BIG) + "x | A Lee 03/2025 |"],
  ["commas before an entry's date", "| Ashby | Mrs Ann Lee | A Lee" + ",".repeat(BIG) + "X 03/2025 |"],
  ["a long lower-case word in a name cell", "| Ashby | Mrs A" + "a".repeat(BIG) + "! | A Lee 03/2025 |"],
];
// A key facts box's training row: a long run of spaces between "completed" and the end of its value.
const KEY_FACTS = "| Key facts | |\n|---|---|\n| Designated lead | Ann Lee |\n";
ROWS.push([
  "spaces after 'completed' in a key facts row",
  "| Lead trained | completed" + " ".repeat(BIG) + "x 03/2025 |",
  KEY_FACTS,
]);
// A course's renewal cycle before "last done" in a person's entry, a run of spaces between.
ROWS.push([
  "spaces after 'every 2 years' in a person's course",
  "- Noor Hale (DSL): Lead course – every 2 years" + " ".repeat(BIG) + "x – 03/2025",
  "Designated Safeguarding Lead: Noor Hale\n\n## Training\n\n",
]);
// A training matrix whose course column's header runs to commas before its end.
ROWS.push([
  "commas in a matrix's course header",
  "| Ann Lee | 03/2025 |",
  "Designated Safeguarding Lead: Ann Lee\n\n| Name | Safeguarding " + ",".repeat(BIG) + "x |\n|---|---|\n",
]);
// A training table with one column per year: a long run of spaces before a cell's month, and a name of "Deputy: A. B. ".
ROWS.push([
  "spaces before a month in a table of years",
  "| Ann Lee | Level 2" + " ".repeat(BIG) + "x (Sep) | DSL course (Oct) |",
  "Designated Safeguarding Lead: Ann Lee\n\n## Training\n\n| Name | 2024 | 2025 |\n|---|---|---|\n",
]);
ROWS.push([
  "a name of roles in a table of years",
  "| " + "Deputy: A. B. ".repeat(BIG / 14) + "| DSL course (Sep) | |",
  "Designated Safeguarding Lead: Ann Lee\n\n## Training\n\n| Name | 2024 | 2025 |\n|---|---|---|\n",
]);
// A passed "Next review" in the text after a run of spaces, beside a version table's later row.
ROWS.push([
  "spaces before a passed 'Next review' beside a version table",
  "| 3.2 | 23/03/2026 | 31/03/2027 |",
  "Designated Safeguarding Lead: Ann Lee\n\nIt is reviewed every June." +
    " ".repeat(BIG) +
    "x Next review: June 2026.\n\n| Version | Date | Next review |\n|---|---|---|\n",
]);
// The setting's registered number: a long run of spaces after "charity number", in a sentence's brackets and on a
// line of its own, with no blank after it.
ROWS.push([
  "spaces after 'charity number' in brackets",
  "Hollybank Youth Club (registered charity number" + " ".repeat(BIG) + "x) is run by volunteers.",
  "",
]);
ROWS.push([
  "spaces after 'charity number' on its line",
  "Registered charity number" + " ".repeat(BIG) + "x",
  "",
]);
// A plural role's value over many short lines (each line break once asked whether the whole text before it ended an
// entry), and one sentence of a job covering for the lead on every line (each match read all mentions and all lines).
ROWS.push([
  "many short lines under a plural deputies' role",
  "Al\n".repeat(BIG / 3),
  "Designated Safeguarding Lead: Ann Lee (01632 960 310)\n\nDeputy Safeguarding Leads: Mina Castell, Senior Instructor – 01632 960 702\n",
]);
ROWS.push([
  "a job covering for the lead on every line",
  "When the DSL is away, the Office Manager covers for her.\n".repeat(Math.floor(BIG / 57)),
  "Designated Safeguarding Lead: Ann Lee\n\n",
]);
// A box of people by column (roles over names, then rows of their courses): many rows of a course with its date left to
// fill in (each cell once looked for its person in every row above it): 30,000 rows take seconds read once, minutes
// read again per cell.
ROWS.push([
  "many rows of courses in a role-column box",
  "| DSL training – date | Deputy DSL training – date |\n".repeat(30_000),
  "| Designated Safeguarding Lead | Deputy DSL |\n|---|---|\n| Ann Lee | Bo Kerr |\n",
]);
// The same box whose rows alternate between a row of names (each a lead the reading names) and a row of "Trained:"
// dates: each cell once sorted out every lead of the document to find its column's person (8,000 rows: 70 s).
ROWS.push([
  "rows of names and 'Trained:' rows in a role-column box",
  Array.from(
    { length: 8_000 },
    (_, i) =>
      "| DSL: Mary Ann" +
      String.fromCharCode(65 + (i % 26)) +
      "son | Deputy DSL: Tom " +
      String.fromCharCode(65 + ((i >> 5) % 26)) +
      "yle |\n| Trained: 03/2026 | Trained: 01/2026 |\n",
  ).join(""),
  "| Designated Safeguarding Lead | Deputy Designated Safeguarding Lead |\n|---|---|\n| **Aoife Ryan** | **Cathal Lee** |\n",
]);
// A sentence's end then a long run of spaces, in a policy that says a course is done once (each way of splitting the
// run between the sentence's start and its subject was tried), and a long run of "(" after a training record (each
// bracket of the run was read to the run's end as a note of when the course is due).
ROWS.push([
  "spaces after a sentence beside a course done once",
  "Notes. " + " ".repeat(BIG) + "x",
  "Designated Safeguarding Lead: Ann Lee\n\nModule A is not repeated.\n\n",
]);
ROWS.push([
  "opening brackets after a training record",
  "- Ann Lee (DSL): Lead course – 03/2025 " + "(".repeat(BIG) + "x",
  "Designated Safeguarding Lead: Ann Lee\n\n## Training\n\n",
]);
// A question asked loudly ("???") anywhere, and a long run of spaces after a number's label (the label was read back
// from every space of the run).
ROWS.push([
  "spaces after a number's label beside question marks",
  "What should I do??? Registration number" + " ".repeat(BIG) + "x",
  "",
]);
// A key people box by column whose cell opens with a title and one very long word (its surname was split every way).
ROWS.push([
  "a long word after a title in a key people box",
  "| Mr A" + "a".repeat(BIG) + "! Last DSL training: 06/2024 |",
  "| Designated Safeguarding Lead | Deputy DSLs |\n|---|---|\n| Mr T. Achebe | Mrs S. Okonkwo-Reid |\n| Last DSL training: 09/2024 | Last DSL training: 03/2025 |\n",
]);
// "We are both Designated Safeguarding Leads" said again and again, a "run by" after each (every one of them read the
// whole policy's "run by"s again).
ROWS.push([
  "'we are both leads' and 'run by' on every other line",
  "We are both Designated Safeguarding Leads.\n\nThe hall is run by the parish.\n\n".repeat(
    Math.floor(BIG / 76),
  ),
  "",
]);
// One long line of a role said again and again to deputise for the lead's role (each mention once read the whole line
// before it for its qualifier, and every other mention for the words between).
ROWS.push([
  "a role deputising for the lead again and again on one line",
  "The Welfare Officer deputises for the Club Safeguarding Officer when she is away. ".repeat(
    Math.floor(BIG / 82),
  ),
  "Club Safeguarding Officer: Ann Lee\n\nWelfare Officer: Bob Ray\n\n",
]);
// Two writers under "Each of us is the designated safeguarding lead", a long run of spaces after one's job (its
// clauses were split again from each space of the run), and a long line of "with police" (the words before each
// "police" were read again back to the line's start).
const EACH_OF_US = "Each of us is the designated safeguarding lead for the children on her own register.\n\n";
ROWS.push([
  "spaces after a writer's job under 'each of us'",
  "- Kim Ray – childminder" + " ".repeat(BIG) + "x\n- Jo Bloggs – childminder",
  EACH_OF_US,
]);
ROWS.push([
  "'with police' again and again after a writer's name",
  "- Kim Ray – " + "with police ".repeat(BIG / 12) + "\n- Jo Bloggs – childminder",
  EACH_OF_US,
]);
// A person's name line, then very many lines of their courses (a renewal note on each line once read every record
// already under the name again).
ROWS.push([
  "many course lines under a person's name line",
  Array.from({ length: 8_000 }, (_, i) => "- Safeguarding module " + i + " – 03/2025\n").join(""),
  "Designated Safeguarding Lead: Carla Whitcombe\n\n## Training records\n\nCarla Whitcombe (DSL)\n",
]);
// Thousands of lines, each naming a different holder of a contact's role, beside a lead whose training is listed (each
// holder once built the list of every holder's name again, and read the whole policy again for its role's sentences
// and for a possessive's training "held elsewhere"; 8,571 holders took about a minute).
ROWS.push([
  "a different contact's name on each of thousands of lines",
  Array.from(
    { length: 8_571 },
    (_, i) =>
      "Safeguarding Contact: Mary " +
      String.fromCharCode(65 + (i % 26), 97 + (Math.floor(i / 26) % 26), 97 + (Math.floor(i / 676) % 26)) +
      "son\n\n",
  ).join(""),
  "Designated Safeguarding Lead: Ann Lee\n\nAnn Lee completed Level 3 DSL training on 14/03/2026.\n\n",
]);

// A job to go to when the lead is away, then the job with a long run of spaces after it, alone or after a comma (two runs
// of spaces with only an optional bold mark between them read the run again from each space), and a training cell
// saying the records are "held by HR" before a long run of spaces (review 48).
const SPEAK_TO_VICAR =
  "Parish Safeguarding Officer: Mrs Ann Lee\n\nIf the Parish Safeguarding Officer is not available, speak to the Vicar.\n\n";
ROWS.push(["spaces after a job to go to", "Vicar" + " ".repeat(BIG) + "x", SPEAK_TO_VICAR]);
ROWS.push([
  "spaces after a job after a comma",
  "The Revd Ben Ure, Vicar" + " ".repeat(BIG) + "x",
  SPEAK_TO_VICAR,
]);
ROWS.push([
  "spaces after 'held by HR' in a training cell",
  "| Ward play workers (5) | Level 3 | held by HR" + " ".repeat(BIG) + "x |",
  "Designated Safeguarding Lead: Ann Lee\n\n| Staff | Course | Date |\n|---|---|---|\n| Ann Lee | Level 3 DSL | 03/2025 |\n",
]);

// Training rows by job ("| Centre Manager | … |") where the lead is "Ms Corinne Hebblethwaite (Centre Manager)", then a
// long run of capitals (a name before the job was looked for from each of its letters; review 49).
ROWS.push([
  "capitals after training rows by job",
  "A".repeat(BIG),
  "Our Designated Safeguarding Lead is Ms Corinne Hebblethwaite (Centre Manager).\n\n| Name | Course | Date |\n|---|---|---|\n| Centre Manager | Designated Safeguarding Lead training | 17/02/2026 |\n| Operations Director | Safeguarding awareness | 17/02/2026 |\n| Finance Officer | Safeguarding awareness | 17/02/2026 |\n\n",
]);

// A writer's own record in one very long sentence before its date (the sentence was quoted from each of its words in
// turn to find an excerpt that shows the date).
ROWS.push([
  "a writer's own record in a very long sentence",
  "I last completed the Designated Safeguarding Lead course " +
    "and more ".repeat(BIG / 9) +
    "in May 2023 and renew it every two years.",
  "I am the Designated Safeguarding Lead.\n\n",
]);

// A lead named on thousands of lines, then her absence by her first name on thousands more (each absence once took the
// name key of every lead named above), and one long line saying again and again that a job is her deputy or covers for
// her (each time the job's holder's name key was taken again against every lead's; review 50).
ROWS.push([
  "a lead named on thousands of lines, then her absence by first name on thousands",
  Array.from(
    { length: Math.floor(BIG / 120) },
    (_, i) => `The Designated Safeguarding Lead for room ${i} is Nerys Oduya.\n`,
  ).join("") + "If Nerys is not available, speak to the Bursar.\n".repeat(Math.floor(BIG / 120)),
  "**Bursar:** Mr Colm Ashdown\n\n",
]);
ROWS.push([
  "a job said to be her deputy again and again on one line",
  "The Designated Safeguarding Lead is Ms Nerys Oduya. The Youth Safeguarding Rep is her deputy. ".repeat(
    Math.floor(BIG / 100),
  ),
  "**Youth Safeguarding Rep:** Mr Colm Ashdown\n\n",
]);
ROWS.push([
  "a job covering for the lead again and again on one line",
  "The Designated Safeguarding Lead is Ms Nerys Oduya. The Youth Safeguarding Rep covers for her. ".repeat(
    Math.floor(BIG / 100),
  ),
  "**Youth Safeguarding Rep:** Mr Colm Ashdown\n\n",
]);

// Thousands of paragraphs each naming the lead's role unnamed and someone covering for a first name: each cover once
// walked every mention read so far, for the first lead's place and for the words before each unnamed lead's role
// (review 56: 3,000 paragraphs, 55 s). Read once as the mentions grow, a few seconds.
ROWS.push([
  "the lead's role and a cover for a first name in thousands of paragraphs",
  "Tell the DSL at once. Mr Tom Hale covers for Sam on all matters.\n\n".repeat(Math.floor(BIG / 66)),
  "**Designated Safeguarding Lead:** Mrs Nerys Oduya\n\n",
]);

// One course for two people dated "respectively", with a long run of spaces before the first date (the words before
// the date were trimmed of spaces and a last "in" by a regular expression that read the run again from each space).
ROWS.push([
  "spaces before the dates of a course taken by two people respectively",
  "Lucy and Oluwaseun completed Designated Lead training" +
    " ".repeat(BIG) +
    "x in March 2025 and January 2024 respectively.",
  "**Designated Safeguarding Lead (DSL):** Lucy Marchetti – Nursery Manager\n**Deputy DSL:** Oluwaseun Adeyemi – Room Leader\n\n",
]);

// The same with a long run of spaces then a long run of commas, and words after "respectively" (the training reader
// read the words pending before each comma again, each comma a course's separator with no words of its own).
ROWS.push([
  "spaces then commas before a course's dates taken by two people respectively",
  "Lucy and Oluwaseun completed the DSL course in" +
    " ".repeat(BIG / 2) +
    ",".repeat(BIG / 2) +
    "respectively 2024 2025",
  "**Designated Safeguarding Lead (DSL):** Lucy Marchetti – Nursery Manager\n**Deputy DSL:** Oluwaseun Adeyemi – Room Leader\n\n",
]);

// Thousands of "To be reviewed annually." notes, one a line under a section's heading, and as many indented under one
// bulleted item: each note once split the whole text before and after it (to ask whether only short lines stood around
// it, and which heading was last), and each indented note walked up every line to the item (review 51). Read again per
// note, 4,000 notes took 3.9 s of CPU in review-overdue and review-date-missing alone, 20,000 about 25 times that;
// read once, a few seconds for the whole audit.
ROWS.push([
  "a review note on every line under a heading",
  "To be reviewed annually.\n".repeat(Math.floor(BIG / 15)),
  "## Records\n\n",
]);
ROWS.push([
  "review notes indented under one bulleted item",
  "    To be reviewed annually.\n\n".repeat(Math.floor(BIG / 30)),
  "## Records\n\n- Each child's consent form\n",
]);

// A first name to contact when the lead is out of reach, and a long line of letters ending in its full name: whether
// that name holds a post was asked with a pattern that must reach the line's end, from each of its characters
// (review 52; 40,000 letters: 13.8 s, 300,000 more than 90 s).
ROWS.push([
  "a long line of letters before the full name of a first name to contact",
  `${"x".repeat(BIG)}! Priya Castellanos`,
  "Welfare Officer: Mr Tom Greaves (07700 900100)\n\nIf Tom cannot be reached, contact Priya.\n\n",
]);

// A run of spaces after the date of a sentence that records only "as well" the course before: the pattern for what
// may follow the date had a run of spaces beside each optional word, and a long run split every way between them
// (review 54; 300 spaces took 36 s, and each further hundred about three times as long).
ROWS.push([
  "spaces after the date of a sentence recording the course before as well",
  `Maureen Pask attended in May 2019${" ".repeat(5_000)}x.`,
  "The designated person is **Gwenda Thorley**. In Gwenda's absence the deputy is **Maureen Pask**.\n\nGwenda attended designated person training (Brackley LSCB) in May 2019. ",
]);

// A "(date)" at the end of a form's field and a long run of spaces after it: whether the bracket ended its field was
// asked with two runs of spaces side by side (review 54).
ROWS.push([
  "spaces after a form field's (date)",
  `Coach's name · School · Child's name and class · Sent to the company DSL on (date)${" ".repeat(BIG)}x`,
  "",
]);

// A long run of x's with no "@" after it: the template email's quick test ("xxxx@…") was tried from each x of the run
// and read the rest of the run each time (100,000 x's: 16 s for that test alone; 300,000 took most of 35 s of CPU).
ROWS.push([
  "a long run of x's with no email address after it",
  `${"X".repeat(BIG)}.${"x".repeat(BIG)} and no address`,
  "Welfare Officer: Mr Tom Greaves (07700 900100)\n\n",
]);

// A form's fields listed on one very long line, each ending in "(date)", and a very long line of blanks after commas:
// each bracket once read the line's fields again from its start, and each blank the words before it back to the line's
// start (review 55; 100,000 characters of fields took 85 s in placeholder-text alone, 300,000 of blanks 20 to 32 s).
ROWS.push([
  "a form's fields ending in (date) on one very long line",
  "Child · (date) · ".repeat(Math.floor(BIG / 17)),
  "",
]);
ROWS.push(["blanks after commas on one very long line", `Contact ${"______, ".repeat(BIG / 8)}`, ""]);

// A course done together, then one person's own last time of it again and again in one sentence ("…; Dot Fairweather,
// who runs the Tuesday choir, last did it in May 2023; …"): the training reader read a list's pending words again,
// from the first, for each of its pieces, and each time for a date (review 55; 100,000 characters took 227 s in
// training-stale, 30,000 on lines of their own 11 s).
ROWS.push([
  "a person's last time of the course just named again and again in one sentence",
  "Most helpers did the awareness course together in March 2025; " +
    "Dot Fairweather, who runs the Tuesday choir, last did it in May 2023; ".repeat(Math.floor(BIG / 70)),
  "Safeguarding Lead: Wynne Castellow · 07700 900 301\n\n",
]);
// "Deputy: A. B. " again and again on one line, and in one cell of a table of roles and names: each mention in the cell
// once read the whole cell again — whether its words before the role were an org chart's verb ("| Supports the DSL |",
// an expression that must reach the end of those words, tried from each of their characters), and whether the cell held
// nothing but the role (split into words) — 80,000 characters took 22 s, 300,000 over 90 s.
const DEPUTY_AGAIN = "Deputy: A. B. ".repeat(Math.ceil(BIG / 14)).slice(0, BIG);
ROWS.push(["'Deputy: A. B.' again and again on one line", DEPUTY_AGAIN, ""]);
ROWS.push([
  "'Deputy: A. B.' again and again in one table cell",
  `| Deputy | ${DEPUTY_AGAIN} |`,
  "| Role | Name |\n| --- | --- |\n",
]);
// A deputy's word then a long run of spaces: two expressions for the word alone ("Sam Hill, deputy", "(deputy for
// safeguarding)") looked behind across the run from each of its spaces, and a third ("deputy: Mr …") split the run every
// way between two runs of spaces (80,000 spaces: 21 s; 300,000 some minutes).
ROWS.push(["spaces after 'Deputy:'", `Deputy:${" ".repeat(BIG)}x`, ""]);
// One very long paragraph saying again and again that a man deputises for the lead by her first name: for the words
// of a course, each of its thousands of role mentions was blanked from the whole line in turn (review 56; 300,000
// characters took 38 s under load, most of it there).
ROWS.push([
  "a man deputising for the lead by first name again and again on one line",
  "Mr Tom Hale deputises for Harriet on all safeguarding matters. ".repeat(Math.floor(BIG / 63)),
  "Designated Safeguarding Lead: Mrs Harriet Quinn (01632 960761)\n\n",
]);
// A policy of numbered headings and typed paragraph numbers, then one line citing a paragraph again and again: for
// each citation the section's paragraphs, and the whole text for the paragraph's number, were read again (session
// 49: 300,000 characters took over two minutes in section-reference alone). Read once per number.
ROWS.push([
  "a numbered paragraph cited again and again on one line",
  "see paragraph 5.2. ".repeat(Math.floor(BIG / 19)),
  "## 1. Scope\n\n1.1 Alpha applies.\n\n1.2 Beta applies.\n\n## 2. Roles\n\n2.1 Gamma leads.\n\n2.2 Delta deputises.\n\n## 3. Sharing\n\n3.1 We share.\n\n",
]);

/** A child process that audits one file at a time, started when first needed and again after a kill. */
class Auditor {
  private child: ChildProcessWithoutNullStreams | undefined;
  private lines: AsyncIterator<string> | undefined;
  private stderr = "";

  /** Audits `file`; says why not if it did not finish within `limitMs` (the child is killed then) or failed. */
  async audit(file: string, limitMs: number): Promise<string | undefined> {
    if (!this.child) {
      const started = await this.start();
      if (started) return started;
    }
    this.child?.stdin.write(file + "\n");
    return this.next("DONE", limitMs, `did not finish within ${limitMs / 1000} s`);
  }

  private async start(): Promise<string | undefined> {
    const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD, REPO], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.child = child;
    this.stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    // A child killed while a write is pending closes its input under the writer: that is the kill, not a failure.
    child.stdin.on("error", () => {});
    this.lines = createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY })[
      Symbol.asyncIterator
    ]();
    return this.next("READY", START_LIMIT_MS, `did not load the audit within ${START_LIMIT_MS / 1000} s`);
  }

  /** Waits for the child's next line, which must be `want`; kills the child at the limit or on anything else. */
  private async next(want: string, limitMs: number, late: string): Promise<string | undefined> {
    const lines = this.lines;
    if (!lines) return "no child process";
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), limitMs);
    });
    const line = await Promise.race([lines.next(), timedOut]);
    clearTimeout(timer);
    if (line !== "late" && !line.done && line.value === want) return undefined;
    const code = this.child?.exitCode;
    this.stop();
    if (line === "late") return late;
    return `the child ended (exit ${code ?? "?"}) or wrote ${JSON.stringify(line.done ? "" : line.value)} instead of ${want}\n${this.stderr}`;
  }

  stop(): void {
    this.child?.kill("SIGKILL");
    this.child = undefined;
    this.lines = undefined;
  }
}

describe("long runs of one character after the words the rules look for", () => {
  const dir = mkdtempSync(join(tmpdir(), "policysmith-runs-"));
  const auditor = new Auditor();
  afterAll(() => {
    auditor.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    `audit every small case (${SMALL.length}), each within ${SMALL_LIMIT_MS / 1000} s, without getting stuck in a pattern`,
    async () => {
      for (const [n, [what, text]] of SMALL.entries()) {
        const file = join(dir, `small-${n}.md`);
        writeFileSync(file, text);
        const failed = await auditor.audit(file, SMALL_LIMIT_MS);
        expect(
          failed,
          `the audit of ${what} ${failed} — a pattern backtracks on a long run of that character after those words`,
        ).toBeUndefined();
      }
    },
    // A backstop only: each case has its own limit, and the whole sweep takes a minute or two on a loaded machine.
    START_LIMIT_MS + 480_000,
  );

  for (const [n, [what, row, table = TABLE]] of ROWS.entries())
    it(
      `audit a big row within ${BIG_LIMIT_MS / 1000} s: ${what}`,
      async () => {
        const file = join(dir, `big-${n}.md`);
        writeFileSync(file, "# Child protection policy\n\n" + table + row + "\n");
        const failed = await auditor.audit(file, BIG_LIMIT_MS);
        expect(
          failed,
          `the audit of the row "${what}" (${BIG.toLocaleString("en-GB")} characters) ${failed} — a pattern or a loop reads it again from each of its characters or lines`,
        ).toBeUndefined();
      },
      START_LIMIT_MS + BIG_LIMIT_MS + 30_000,
    );
});
