/** `policysmith init <id> --type T --area A`: a commented setting file to fill in. */
import { lstatSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { Command } from "commander";
import { WriteError, writeFileAtomically } from "../build/write-atomic.js";
import { UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { packagePath } from "../paths.js";
import { projectRoot } from "./common.js";

export function initCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command("init")
    .description("create orgs/<id>.yaml for a new setting, with comments saying what to fill in")
    .argument("<id>", "short id: lower-case letters, digits and hyphens, e.g. oak-tree-primary")
    .requiredOption("--type <type>", "kind of setting, e.g. school, nursery, charity")
    .requiredOption("--area <area>", "area id from partnership.yaml")
    .option("--name <name>", "the setting's full name")
    .option("--root <dir>", "project folder")
    .action(async (id: string, opts: { type: string; area: string; name?: string; root?: string }) => {
      if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(id))
        throw new UsageError(
          `"${id}" is not a valid id — use lower-case letters, digits and hyphens, e.g. oak-tree-primary`,
        );
      const root = projectRoot(io, opts.root);
      const { loadProject } = await import("../data/load-project.js");
      const project = await loadProject(root, { orgs: [] });
      if (!project.settingTypes.has(opts.type))
        throw new UsageError(
          `--type "${opts.type}" is not a setting type — use one of: ${[...project.settingTypes.keys()].join(", ")}`,
        );
      if (!project.partnership.areas.some((a) => a.id === opts.area))
        throw new UsageError(
          `--area "${opts.area}" is not an area in partnership.yaml — use one of: ${project.partnership.areas.map((a) => a.id).join(", ")}`,
        );
      const path = join(root, "orgs", `${id}.yaml`);
      // Either spelling is the same setting; a link (even one pointing nowhere) is a file too, never replaced.
      for (const taken of [path, join(root, "orgs", `${id}.yml`)])
        if (exists(taken))
          throw new UsageError(`${relative(io.cwd, taken)} already exists — edit it, or choose another id`);
      try {
        await writeFileAtomically(path, skeleton(id, opts.type, opts.area, opts.name, schemaFrom(path)));
      } catch (error) {
        if (!(error instanceof WriteError)) throw error;
        io.stderr(`policysmith: ${relative(io.cwd, path)} could not be written: ${error.message}\n`);
        setExitCode(1);
        return;
      }
      io.stdout(
        `Created ${relative(io.cwd, path)}. Fill in the lines marked "FILL IN", then run: npx policysmith validate --org ${id}\n`,
      );
      setExitCode(0);
    });
}

/** Whether anything — a file, a folder, a link even to nothing — has this name. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The setting schema as the editor's YAML extension finds it from the new file: the schema that ships with
 * this copy of policysmith (../schema/… in this repository, node_modules/policysmith/schema/… in a project).
 */
function schemaFrom(file: string): string {
  return relative(dirname(file), packagePath("schema", "setting.schema.json")).split(sep).join("/");
}

function skeleton(id: string, type: string, area: string, name: string | undefined, schema: string): string {
  const yamlName = name ? JSON.stringify(name) : "FILL IN the setting's full name";
  return `# yaml-language-server: $schema=${schema}
# One setting's details. Dates are written YYYY-MM-DD. Lines starting with # are comments.
id: ${id}
name: ${yamlName}
type: ${type}
area: ${area}
# address: 1 High Street, Riverbend RB1 1AA
# website: https://www.example.org
# phone: "0113 496 0000"
# email: office@example.org

policy:
  # written: 2026-09-01          # when this policy was first written
  # approved:
  #   date: 2026-09-15
  #   by: Board of trustees      # who approved it
  # last_reviewed: 2026-09-15
  # next_review: 2027-09-15      # at most a year after the last review
  version: "1.0"
  # responsible: Headteacher     # who owns the policy

# Roles: dsl (designated safeguarding lead), deputy, team, governor, trustee.
leads:
  - role: dsl
    name: FILL IN the designated safeguarding lead's name
    # title: Headteacher
    # email: name@example.org
    # phone: "0113 496 0000"
    training: []
    #  - course: dsl-full           # a course id from partnership.yaml
    #    date: 2026-03-12

# Your own text for named slots in the template (Markdown), e.g.:
# sections:
#   recruitment: |
#     Before anyone starts work with us we take up two references…
`;
}
