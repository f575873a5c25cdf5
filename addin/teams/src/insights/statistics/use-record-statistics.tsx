import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { DataBarVerticalRegular } from '@fluentui/react-icons';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys, type StatisticsKind } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { useFormat } from '@interlog/i18n';
import { RecordStatisticsDialog, type StatisticsOf } from './RecordStatisticsDialog';
import { sumFigures } from './statistics-figures';

const sumKeys = ['noOfInteractions', 'costLcy', 'durationMin'] as const;
/** A list page's size: the logged segments' pages. */
const CHUNK = 50;

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
  // A request per CHUNK codes: a paged list's next page asks for its own rows only.
  const chunks = kind
    ? Array.from({ length: Math.ceil(codes.length / CHUNK) }, (_, i) => codes.slice(i * CHUNK, (i + 1) * CHUNK))
    : [];
  const many = useQueries({
    queries: chunks.map((chunk) => ({
      queryKey: queryKeys.statistics.ofMany(kind!, chunk),
      queryFn: () => api.statistics.ofMany(kind!, chunk),
    })),
  });
  const byCode = new Map(many.flatMap((query) => query.data?.items ?? []).map((item) => [item.code, item.statistics]));
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
    error: many.find((query) => query.error)?.error ?? null,
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
    /** Opens a record's statistics (from a row's menu). */
    open: (code: string, name: string) => kind && setOpen({ kind, code, name }),
    dialog: open && <RecordStatisticsDialog record={open} onClose={() => setOpen(null)} />,
  };
}
