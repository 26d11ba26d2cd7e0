// `npx vite-node scripts/pdf-tables.ts [--corpus DIR] [--only NAME] [--quiet]`: how trustworthy the tables an
// untagged PDF's layout gives are (issue 11). For every *.pdf in a folder (default test/corpus; also try
// test/fixtures/pdf-tables) the truth is its .md's tables, none without a .md (scripts/pdf-table-truth.ts: cell
// words compared as letters and digits only). Prints, per PDF and in all: precision and recall of the PDF's table
// cells (a cell the PDF's tables hold that a true table holds too, one-to-one) and of its rows (a row whose
// non-empty cells are a true row's, in order), with the rows found wrongly and those missed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readDocumentBytes } from "../src/audit/sources/read-bytes.js";
import { cellKey, markdownTables } from "./pdf-table-truth.js";

const repo = fileURLToPath(new URL("..", import.meta.url));

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: join(repo, "test", "corpus") },
    only: { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});

const key = cellKey;

/** A row as compared: its non-empty cells' words, in order. */
const rowKey = (row: readonly string[]) =>
  row
    .map(key)
    .filter((k) => k !== "")
    .join("|");

interface Score {
  name: string;
  cells: { found: number; right: number; truths: number };
  rows: { found: number; right: number; truths: number };
  wrong: string[];
  missed: string[];
}

/** How many of `found` are in `truth`, one to one. */
function matched(found: readonly string[], truth: readonly string[]): { right: number; unmatched: string[] } {
  const left = new Map<string, number>();
  for (const t of truth) left.set(t, (left.get(t) ?? 0) + 1);
  let right = 0;
  const unmatched: string[] = [];
  for (const f of found) {
    const n = left.get(f) ?? 0;
    if (n > 0) {
      right++;
      left.set(f, n - 1);
    } else unmatched.push(f);
  }
  return { right, unmatched };
}

async function score(name: string, pdf: string, truth: string[][][]): Promise<Score> {
  const document = await readDocumentBytes(new Uint8Array(readFileSync(pdf)), basename(pdf));
  const found = document.blocks.flatMap((b) =>
    b.kind === "table" ? [b.rows.map((r) => r.map((c) => c.text))] : [],
  );
  const cellsOf = (tables: string[][][]) =>
    tables.flatMap((t) => t.flatMap((r) => r.map(key).filter((k) => k !== "")));
  const rowsOf = (tables: string[][][]) => tables.flatMap((t) => t.map(rowKey).filter((k) => k !== ""));
  const cells = matched(cellsOf(found), cellsOf(truth));
  const rows = matched(rowsOf(found), rowsOf(truth));
  const missedRows = matched(rowsOf(truth), rowsOf(found)).unmatched;
  return {
    name,
    cells: { found: cellsOf(found).length, right: cells.right, truths: cellsOf(truth).length },
    rows: { found: rowsOf(found).length, right: rows.right, truths: rowsOf(truth).length },
    wrong: rows.unmatched,
    missed: missedRows,
  };
}

const percent = (a: number, b: number) => (b === 0 ? "100.0" : ((100 * a) / b).toFixed(1));

const corpus = values.corpus ?? "";
const totals = {
  cells: { found: 0, right: 0, truths: 0 },
  rows: { found: 0, right: 0, truths: 0 },
  perfect: 0,
  pdfs: 0,
};
for (const file of readdirSync(corpus).sort()) {
  if (!file.endsWith(".pdf")) continue;
  const name = file.replace(/\.pdf$/, "");
  if (values.only && !name.includes(values.only)) continue;
  // A PDF without a .md beside it (test/fixtures/pdf-tables/two-columns.pdf) has no tables.
  const md = join(corpus, `${name}.md`);
  const truth = existsSync(md) ? markdownTables(readFileSync(md, "utf8")) : [];
  const s = await score(name, join(corpus, file), truth);
  for (const part of ["cells", "rows"] as const)
    for (const k of ["found", "right", "truths"] as const) totals[part][k] += s[part][k];
  totals.pdfs++;
  const perfect = s.wrong.length === 0 && s.missed.length === 0;
  if (perfect) totals.perfect++;
  console.log(
    `${perfect ? "  " : "✗ "}${name}: cells precision ${percent(s.cells.right, s.cells.found)}% (${s.cells.right}/${s.cells.found}), recall ${percent(s.cells.right, s.cells.truths)}% (${s.cells.right}/${s.cells.truths}); rows precision ${percent(s.rows.right, s.rows.found)}% (${s.rows.right}/${s.rows.found}), recall ${percent(s.rows.right, s.rows.truths)}% (${s.rows.right}/${s.rows.truths})`,
  );
  if (values.quiet) continue;
  for (const w of s.wrong) console.log(`      wrong:  ${w}`);
  for (const m of s.missed) console.log(`      missed: ${m}`);
}
const { cells, rows } = totals;
console.log(
  `\nall: cells precision ${percent(cells.right, cells.found)}% (${cells.right}/${cells.found}), recall ${percent(cells.right, cells.truths)}% (${cells.right}/${cells.truths}); rows precision ${percent(rows.right, rows.found)}% (${rows.right}/${rows.found}), recall ${percent(rows.right, rows.truths)}% (${rows.right}/${rows.truths}); ${totals.perfect} of ${totals.pdfs} PDFs with every row right`,
);
