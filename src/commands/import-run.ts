/** The work of `policysmith import` (src/commands/import.ts): loaded only when that command runs. */
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { Document } from "yaml";
import { WriteError, writeFileAtomically } from "../build/write-atomic.js";
import { loadProject } from "../data/load-project.js";
import { validateAgainstSchema } from "../data/schemas.js";
import { parseYamlText } from "../data/yaml-source.js";
import { formatProblem, UsageError } from "../errors.js";
import type { Io } from "../io.js";
import type { Course } from "../model.js";
import { keepOriginalSpacing } from "../spreadsheet/keep-spacing.js";
import { courseFromText, nameKey } from "../spreadsheet/layout.js";
import { type CellProblem, formatCellProblem } from "../spreadsheet/problems.js";
import type { MatrixRow } from "../spreadsheet/training-matrix.js";
import { applyCompletion, applyForm, type Change, leadNodes } from "../spreadsheet/yaml-update.js";
import { parseAsOf, projectRoot } from "./common.js";
import { plural } from "./report-problems.js";

export interface ImportFlags {
  dryRun?: boolean;
  training?: boolean;
  columns?: string;
  org?: string[];
  root?: string;
  asOf?: string;
}

const YAML_OPTIONS = { lineWidth: 0 } as const;

export async function runImport(
  io: Io,
  setExitCode: (code: number) => void,
  files: string[],
  opts: ImportFlags,
): Promise<void> {
  const asOf = parseAsOf(opts.asOf, io);
  if (!opts.training && (opts.columns || opts.org))
    throw new UsageError(
      `--columns and --org go with --training — add --training to import training matrices`,
    );
  // exceljs is loaded only by the commands that read or write workbooks, so other commands start fast.
  const { parseColumnsFlag } = await import("../spreadsheet/training-matrix.js");
  const columns = parseColumnsFlag(opts.columns);
  if (typeof columns === "string") throw new UsageError(columns);
  const root = projectRoot(io, opts.root);
  const project = await loadProject(root, opts.org ? { orgs: opts.org } : {});
  if (opts.org) {
    const missing = opts.org.filter((id) => !settingPath(root, id));
    if (missing.length)
      throw new UsageError(
        `--org: no setting called ${missing.join(", ")} in ${relative(io.cwd, join(root, "orgs")) || "orgs"}/`,
      );
  }
  const show = (path: string) => relative(io.cwd, path) || path;
  const ctx: Ctx = {
    io,
    root,
    show,
    courses: project.partnership.courses,
    dryRun: Boolean(opts.dryRun),
    asOf,
    unwritten: 0,
  };
  let failed = 0;
  if (opts.training) failed = await importMatrices(ctx, files, columns, opts.org);
  else for (const file of files) if (!(await importForm(ctx, file))) failed++;
  if (opts.dryRun) io.stdout("Dry run: nothing was written.\n");
  if (failed)
    io.stderr(
      `policysmith: ${plural(failed, "file")} rejected — fix the cells named above and import again; nothing was written from ${failed === 1 ? "it" : "them"}.\n`,
    );
  if (ctx.unwritten)
    io.stderr(
      `policysmith: ${plural(ctx.unwritten, "setting file")} could not be written (named above) and ${ctx.unwritten === 1 ? "was" : "were"} left as ${ctx.unwritten === 1 ? "it was" : "they were"} — fix the cause and import again.\n`,
    );
  setExitCode(failed || ctx.unwritten ? 1 : 0);
}

interface Ctx {
  io: Io;
  root: string;
  show: (path: string) => string;
  courses: readonly Course[];
  dryRun: boolean;
  asOf: string;
  /** Settings whose updated file could not be written (a full disk): reported, exit 1, the others go on. */
  unwritten: number;
}

/** orgs/<id>.yaml, or orgs/<id>.yml when that is how the setting was saved; undefined when neither exists. */
function settingPath(root: string, id: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(id)) return undefined;
  for (const ext of [".yaml", ".yml"]) {
    const path = join(root, "orgs", `${id}${ext}`);
    if (existsSync(path)) return path;
  }
  return undefined;
}

function printCellProblems(io: Io, problems: CellProblem[]): void {
  for (const p of problems) io.stderr(`${formatCellProblem(p)}\n`);
}

async function readSettingYaml(ctx: Ctx, id: string) {
  const path = settingPath(ctx.root, id) ?? join(ctx.root, "orgs", `${id}.yaml`);
  const file = relative(ctx.root, path);
  const source = parseYamlText(file, await readFile(path, "utf8"));
  return { path, file, source };
}

/** Validates the updated text as the loader would; returns it, or the problems that block writing it. */
function checked(file: string, doc: Document, original: string): { text: string; problems: string[] } {
  const text = keepOriginalSpacing(original, doc.toString(YAML_OPTIONS));
  const source = parseYamlText(file, text);
  const problems = source.problems.length ? source.problems : validateAgainstSchema("setting", source);
  return { text, problems: problems.map(formatProblem) };
}

async function importForm(ctx: Ctx, path: string): Promise<boolean> {
  const { io, show } = ctx;
  const full = resolve(io.cwd, path);
  const file = show(full);
  const { readForm } = await import("../spreadsheet/read-form.js");
  const result = await readForm(full, file, {
    courses: ctx.courses,
    asOf: ctx.asOf,
    lookup(settingId) {
      const yamlPath = settingPath(ctx.root, settingId);
      if (!yamlPath) return undefined;
      // Free-text courses the YAML already has may come back (the catalogue does not list every course).
      const free = new Set<string>();
      const value = parseYamlText(yamlPath, readFileSync(yamlPath, "utf8")).value as
        | { leads?: Array<{ training?: Array<{ course?: unknown }> }> }
        | undefined;
      for (const lead of value?.leads ?? [])
        for (const t of lead?.training ?? [])
          if (typeof t?.course === "string" && !ctx.courses.some((c) => c.id === t.course))
            free.add(nameKey(t.course));
      return { freeTextCourses: free };
    },
  });
  const data = result.data;
  if (!data || result.problems.length) {
    printCellProblems(io, result.problems);
    io.stdout(`${file}: rejected, nothing written (${plural(result.problems.length, "problem")}).\n`);
    return false;
  }
  const { path: yamlPath, file: yamlFile, source } = await readSettingYaml(ctx, data.settingId);
  if (source.problems.length) {
    for (const p of source.problems) io.stderr(`${formatProblem(p)}\n`);
    io.stdout(`${file}: rejected — ${yamlFile} is broken; fix it first.\n`);
    return false;
  }
  const changes = applyForm(source.doc, data, ctx.courses);
  return finish(ctx, data.settingId, file, yamlPath, yamlFile, source.doc, source.text, changes);
}

async function finish(
  ctx: Ctx,
  settingId: string,
  from: string,
  yamlPath: string,
  yamlFile: string,
  doc: Document,
  original: string,
  changes: Change[],
): Promise<boolean> {
  const { io } = ctx;
  if (changes.length === 0) {
    io.stdout(`${settingId} (${from}): no changes.\n`);
    return true;
  }
  const { text, problems } = checked(yamlFile, doc, original);
  if (problems.length) {
    for (const p of problems) io.stderr(`${from}: the updated ${p}\n`);
    io.stdout(`${from}: rejected, nothing written.\n`);
    return false;
  }
  if (!ctx.dryRun) {
    try {
      await writeFileAtomically(yamlPath, text);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.stderr(
        `${ctx.show(yamlPath)}: could not be written, so the ${plural(changes.length, "change")} for ${settingId} from ${from} ${changes.length === 1 ? "was" : "were"} not made: ${error.message}. The file was left as it was.\n`,
      );
      ctx.unwritten++;
      return true;
    }
  }
  io.stdout(
    `${settingId} (${from}): ${plural(changes.length, "change")}${ctx.dryRun ? " (dry run)" : ` written to ${ctx.show(yamlPath)}`}\n`,
  );
  for (const change of changes) io.stdout(`  ${change}\n`);
  return true;
}

async function importMatrices(
  ctx: Ctx,
  paths: string[],
  columns: ReturnType<typeof import("../spreadsheet/training-matrix.js").parseColumnsFlag> & object,
  orgs: string[] | undefined,
): Promise<number> {
  const { io, show } = ctx;
  const { readdir } = await import("node:fs/promises");
  const ids = [
    ...new Set(
      (await readdir(join(ctx.root, "orgs")))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => f.replace(/\.ya?ml$/, "")),
    ),
  ]
    .filter((id) => !orgs || orgs.includes(id))
    .sort();
  let failed = 0;
  for (const path of paths) {
    const full = resolve(io.cwd, path);
    const file = show(full);
    const { readTrainingMatrix } = await import("../spreadsheet/training-matrix.js");
    const matrix = await readTrainingMatrix(full, file, { courses: ctx.courses, columns, asOf: ctx.asOf });
    if (matrix.problems.length) {
      printCellProblems(io, matrix.problems);
      io.stdout(`${file}: rejected, nothing written.\n`);
      failed++;
      continue;
    }
    const docs = new Map<string, Awaited<ReturnType<typeof readSettingYaml>>>();
    for (const id of ids) {
      // A setting that cannot be read (a folder named x.yaml, a broken file) matches nobody; validate names it.
      const s = await readSettingYaml(ctx, id).catch(() => undefined);
      if (s && !s.source.problems.length) docs.set(id, s);
    }
    const unmatched: string[] = [];
    const otherCourses = new Map<string, number>();
    const used: Array<{ row: MatrixRow; settingId: string; lead: ReturnType<typeof leadNodes>[number] }> = [];
    for (const row of matrix.rows) {
      const where = `${row.sheet ? `${row.sheet} ` : ""}row ${row.row}`;
      const hits = [...docs].flatMap(([id, s]) =>
        leadNodes(s.source.doc)
          .filter((l) => nameKey(l.name) === nameKey(row.name))
          .map((lead) => ({ id, lead })),
      );
      if (hits.length === 0) {
        unmatched.push(
          `${where}: ${JSON.stringify(row.name)} is not a lead of ${orgs ? orgs.join(", ") : "any setting"}`,
        );
        continue;
      }
      if (hits.length > 1) {
        unmatched.push(
          `${where}: ${JSON.stringify(row.name)} is a lead of several settings (${hits.map((h) => h.id).join(", ")}) — import with --org to say which`,
        );
        continue;
      }
      const courseId = row.courseId ?? courseFromText(row.courseText, ctx.courses)?.id;
      if (!courseId) {
        otherCourses.set(row.courseText, (otherCourses.get(row.courseText) ?? 0) + 1);
        continue;
      }
      if (!row.date && row.problems.length === 0) {
        unmatched.push(`${where}: ${row.name}'s ${row.courseText} has no date`);
        continue;
      }
      used.push({ row: { ...row, courseId }, settingId: hits[0].id, lead: hits[0].lead });
    }
    const problems = used.flatMap((u) => u.row.problems);
    if (problems.length) {
      printCellProblems(io, problems);
      io.stdout(`${file}: rejected, nothing written (${plural(problems.length, "problem")}).\n`);
      failed++;
      continue;
    }
    const bySetting = new Map<string, Change[]>();
    for (const u of used) {
      const s = docs.get(u.settingId);
      if (!s) continue;
      const change = applyCompletion(s.source.doc, u.lead.node, {
        courseId: u.row.courseId as string,
        date: u.row.date as string,
        provider: u.row.provider,
      });
      const list = bySetting.get(u.settingId) ?? [];
      if (change) list.push(change);
      bySetting.set(u.settingId, list);
    }
    io.stdout(
      `${file}: ${plural(matrix.rows.length, "row")} read${matrix.encoding ? ` (read as ${matrix.encoding} text, not UTF-8)` : ""}, ${used.length} matched to leads.\n`,
    );
    for (const [id, changes] of [...bySetting].sort(([a], [b]) => a.localeCompare(b))) {
      const s = docs.get(id);
      if (s && !(await finish(ctx, id, file, s.path, s.file, s.source.doc, s.source.text, changes))) failed++;
    }
    if (unmatched.length) {
      io.stdout(`Rows not matched (${unmatched.length}):\n`);
      for (const u of unmatched) io.stdout(`  ${u}\n`);
    }
    if (otherCourses.size)
      io.stdout(
        `Courses not in partnership.yaml, left out: ${[...otherCourses].map(([c, n]) => `${c} (${n})`).join(", ")}\n`,
      );
  }
  return failed;
}
