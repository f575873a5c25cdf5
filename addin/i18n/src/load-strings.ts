import type { SupportedLanguage } from './languages';

/**
 * Each area keeps its strings in locales/<area>/<lang>.json, served under the `<area>` key of the one
 * namespace; an area is named like the feature folder that shows them (teams/src/interaction-log →
 * `interaction-log.*`). Generic parts (ui-kit) use `common.*` of the main file, locales/<lang>.json.
 * The on-send runtime loads its `send` strings itself (send-strings.ts): no page fetches them.
 */
export const allAreas = [
  'teams',
  'tab',
  'segments',
  'logged-segments',
  'interaction-log',
  'correspondence',
  'setup',
  'settings',
  'insights',
] as const;
export type Area = (typeof allAreas)[number];

type Strings = Record<string, unknown>;
const json = (module: { default: Strings }) => module.default;

/** One language's main strings and the given areas, each file its own chunk fetched when asked for. */
export async function loadStrings(language: SupportedLanguage, areas: readonly Area[]): Promise<Strings> {
  const [main, ...parts] = await Promise.all([
    import(`./locales/${language}.json`).then(json),
    ...areas.map((area) => import(`./locales/${area}/${language}.json`).then(json)),
  ]);
  return { ...main, ...Object.fromEntries(areas.map((area, i) => [area, parts[i]])) };
}
