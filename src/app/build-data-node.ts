/**
 * The Node side of the page's build (issue 13): a loaded project → the BuildData that buildPolicy
 * (build-policy.ts) needs, as plain JSON for `policysmith site` to write into the page. The templates are the
 * ones the project compiled, with the exact text whose sha256 was compiled (a template edited since is refused).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { LoadedProject } from "../data/load-project.js";
import { nodeSchemas } from "../data/schemas-node.js";
import { sha256Hex } from "../render/hash.js";
import type { BuildData } from "./build-policy.js";

export async function buildDataFromProject(project: LoadedProject): Promise<BuildData> {
  const templates = await Promise.all(
    project.compiledTemplates.map(async (compiled) => {
      const file = compiled.meta.source;
      const bytes = await readFile(join(project.root, file));
      if (sha256Hex(bytes) !== compiled.sha256)
        throw new Error(`${file} changed while the page was being made — run policysmith site again`);
      return { file, text: new TextDecoder().decode(bytes), sha256: compiled.sha256 };
    }),
  );
  return {
    partnership: project.partnership,
    settingTypes: [...project.settingTypes.values()],
    schemas: nodeSchemas(),
    templates,
  };
}
