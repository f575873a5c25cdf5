import type { InteractionGroup, InteractionTemplate } from '@interlog/api-client';

/** Templates under their group's description, groups in code order; templates without a group last. */
export function groupTemplates(templates: InteractionTemplate[], groups: InteractionGroup[]) {
  const byCode = new Map(groups.map((group) => [group.code, group]));
  const buckets = new Map<string, InteractionTemplate[]>();
  for (const template of templates) {
    const key = byCode.has(template.interactionGroupCode) ? template.interactionGroupCode : '';
    buckets.set(key, [...(buckets.get(key) ?? []), template]);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([code, inGroup]) => ({ label: byCode.get(code)?.description || code || '—', templates: inGroup }));
}
