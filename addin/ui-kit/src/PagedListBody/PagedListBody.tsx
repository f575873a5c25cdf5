import type { ReactNode } from 'react';
import { Button, Spinner, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PagedList } from '../hooks/use-paged-query';

/** A paged list's body: a spinner while the first page loads, `empty` when nothing came, the items, and *Load more*. */
export function PagedListBody<T>({
  list,
  empty,
  children,
}: {
  list: PagedList<T>;
  empty: string;
  children: (items: T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {list.items.length === 0 && list.loading && <Spinner label={t('common.loading')} />}
      {list.items.length === 0 && !list.loading && !list.error && <Text>{empty}</Text>}
      {list.items.length > 0 && children(list.items)}
      {list.nextCursor && (
        <Button onClick={list.loadMore} disabled={list.loading}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
