/** A build worker thread: loads the project once (templates parsed once per worker), builds batches. */
import { type LoadedProject, loadProject } from "../data/load-project.js";
import { type BuildRequest, SettingBuilder, type SettingOutcome } from "./build.js";

let loaded: { root: string; project: Promise<LoadedProject> } | undefined;

export default async function buildBatch(
  request: BuildRequest & { settingIds: string[] },
): Promise<SettingOutcome[]> {
  if (!loaded || loaded.root !== request.root)
    loaded = { root: request.root, project: loadProject(request.root) };
  const project = await loaded.project;
  const builder = await SettingBuilder.create(project, request);
  const outcomes: SettingOutcome[] = [];
  for (const id of request.settingIds) {
    const setting = project.settings.find((s) => s.id === id);
    if (setting) outcomes.push(await builder.build(setting));
  }
  return outcomes;
}
