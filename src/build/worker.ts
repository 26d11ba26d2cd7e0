/**
 * A build worker thread: loads what every setting shares once (partnership, setting types, templates parsed
 * once per worker) and builds the settings each batch brings. A batch from the CLI names setting files, which
 * are read and checked here, one at a time: neither this thread nor the main one holds the values of settings
 * it is not building, so memory does not grow with the number of settings. (A batch may also bring settings'
 * values, from a caller that loaded them.)
 */
import { type LoadedProject, loadProject } from "../data/load-project.js";
import { blockCacheBudget, setBlockCacheBudget } from "../render/block-cache.js";
import {
  type BuildRequest,
  type BuildTarget,
  buildInTurn,
  SettingBuilder,
  type SettingOutcome,
} from "./build.js";

let loaded: { root: string; project: Promise<LoadedProject> } | undefined;

export default async function buildBatch(
  request: (BuildRequest & { settings: BuildTarget[] }) | { warmUp: string },
): Promise<SettingOutcome[]> {
  // Started before the main thread has loaded the project (startWorkersEarly): what every setting shares, now.
  if ("warmUp" in request) {
    if (!loaded || loaded.root !== request.warmUp)
      loaded = {
        root: request.warmUp,
        project: loadProject(request.warmUp, { orgs: [], settingValues: false }),
      };
    await loaded.project;
    return [];
  }
  if (!loaded || loaded.root !== request.root)
    loaded = { root: request.root, project: loadProject(request.root, { orgs: [], settingValues: false }) };
  // The build's budget for this thread's block caches (BuildRequest.cacheBytes), before anything is cached.
  if (request.cacheBytes !== undefined && request.cacheBytes !== blockCacheBudget())
    setBlockCacheBudget(request.cacheBytes);
  const shared = await loaded.project;
  const { settings, ...rest } = request;
  const builder = await SettingBuilder.create(shared, rest);
  const outcomes: SettingOutcome[] = [];
  await buildInTurn(builder, settings, (outcome) => outcomes.push(outcome));
  return outcomes;
}
