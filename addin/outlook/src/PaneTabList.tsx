import { Tab, TabList } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PaneTabsProps } from './PaneTabs';

/** Fluent's tab list for the pane's views; loaded after the pane's first paint. */
export default function PaneTabList({ views, view, onChange }: PaneTabsProps & { views: [string, string][] }) {
  const { t } = useTranslation();
  return (
    <TabList
      size="small"
      selectedValue={view}
      onTabSelect={(_, d) => onChange(d.value as string)}
      aria-label={t('nav.label')}
    >
      {views.map(([value, label]) => (
        <Tab key={value} value={value}>
          {label}
        </Tab>
      ))}
    </TabList>
  );
}
