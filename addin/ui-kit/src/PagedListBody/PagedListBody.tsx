import type { ReactNode } from 'react';
import { Button, Spinner, Text, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PagedList } from '../hooks/use-paged-query';

const useStyles = makeStyles({ retry: { alignSelf: 'start' } });

/**
 * A paged list's body: a spinner while the first page loads, `empty` when nothing came, *Try again* when it failed, the
 * items, and *Load more*.
 */
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
  const styles = useStyles();
  return (
    <>
      {list.items.length === 0 && list.loading && <Spinner label={t('common.loading')} />}
      {list.items.length === 0 && !list.loading && !list.error && <Text>{empty}</Text>}
      {/* The caller says what went wrong; the list offers to read it again (nothing else would, short of a reload). */}
      {list.items.length === 0 && Boolean(list.error) && (
        <Button className={styles.retry} onClick={list.reload} disabledFocusable={list.loading}>
          {t('common.retry')}
        </Button>
      )}
      {list.items.length > 0 && children(list.items)}
      {list.nextCursor && (
        <Button onClick={list.loadMore} disabled={list.loading}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
