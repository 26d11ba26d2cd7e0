/**
 * A build worker thread: loads what every setting shares once (partnership, setting types, templates parsed
 * once per worker) and builds the settings each batch brings. Setting files are not read here: the main
 * thread has them already, so a worker's memory does not grow with the number of settings.
 */
import { type LoadedProject, loadProject } from "../data/load-project.js";
import type { Setting } from "../model.js";
import { type BuildRequest, SettingBuilder, type SettingOutcome } from "./build.js";

let loaded: { root: string; project: Promise<LoadedProject> } | undefined;

export default async function buildBatch(
  request: BuildRequest & { settings: Setting[] },
): Promise<SettingOutcome[]> {
  if (!loaded || loaded.root !== request.root)
    loaded = { root: request.root, project: loadProject(request.root, { orgs: [] }) };
  const shared = await loaded.project;
  const { settings, ...rest } = request;
  const builder = await SettingBuilder.create({ ...shared, settings }, rest);
  const outcomes: SettingOutcome[] = [];
  for (const setting of settings) outcomes.push(await builder.build(setting));
  return outcomes;
}
