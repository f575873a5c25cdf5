import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { DataBarVerticalRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys, type StatisticsKind } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { useFormat } from '@interlog/i18n';
import { RecordStatisticsDialog, type StatisticsOf } from './RecordStatisticsDialog';
import { sumFigures } from './statistics-figures';

const sumKeys = ['noOfInteractions', 'costLcy', 'durationMin'] as const;

export interface StatisticsColumn {
  key: string;
  label: string;
  /** The record's figure, written in the UI language ('' until the statistics are read). */
  render: (code: string) => string;
}

/**
 * The statistics of the records a list shows: their No. of interactions, Cost and Duration as columns (one
 * request for the whole list), a Statistics button per row, and the dialog it opens.
 */
export function useRecordStatistics(kind: StatisticsKind | undefined, codes: string[]) {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const format = useFormat();
  const [open, setOpen] = useState<StatisticsOf | null>(null);
  const many = useQuery({
    queryKey: queryKeys.statistics.ofMany(kind!, codes),
    queryFn: () => api.statistics.ofMany(kind!, codes),
    enabled: kind !== undefined && codes.length > 0,
  });
  const byCode = new Map(many.data?.items.map((item) => [item.code, item.statistics]));
  const columns: StatisticsColumn[] = (kind ? sumKeys : []).map((key, index) => ({
    key,
    label: t(`insights.statistics.${key}`),
    render: (code) => {
      const statistics = byCode.get(code);
      return statistics ? sumFigures(t, format, statistics)[index].value : '';
    },
  }));
  return {
    columns,
    error: many.error,
    /** The row's button that opens its statistics; `name` is how the dialog's title names the record. */
    button: (code: string, name: string) => (
      <Button
        size="small"
        appearance="subtle"
        icon={<DataBarVerticalRegular />}
        aria-label={t('insights.statistics.openFor', { code })}
        onClick={() => kind && setOpen({ kind, code, name })}
      />
    ),
    dialog: open && <RecordStatisticsDialog record={open} onClose={() => setOpen(null)} />,
  };
}
