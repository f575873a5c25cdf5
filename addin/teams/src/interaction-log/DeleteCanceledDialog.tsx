import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@interlog/ui-kit';
import { useFormat } from '@interlog/i18n';

/** Asks before canceled entries are deleted for good, stating how many match the filters. */
export function DeleteCanceledDialog({
  count,
  onConfirm,
  onCancel,
}: {
  count: number | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const plural = { count: count ?? 0, formatted: format.number(count ?? 0) };
  return (
    <ConfirmDialog
      open={count !== null}
      title={t('interaction-log.deleteTitle', plural)}
      body={t('interaction-log.deleteBody', plural)}
      confirmLabel={t('interaction-log.deleteConfirm')}
      cancelLabel={t('common.cancel')}
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
}
