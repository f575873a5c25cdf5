import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { InteractionLogEntry } from '@interlog/api-client';

/** The email or meeting an entry is about ("Email: Re: Quote…"); null for one without an item. */
export function useItemText(): (entry: InteractionLogEntry) => string | null {
  const { t } = useTranslation();
  return (entry) => {
    const kind = entry.source?.type;
    if (kind !== 'email' && kind !== 'meeting') return null;
    return t('form.resumeItem', {
      kind: t(kind === 'email' ? 'item.message' : 'item.appointment'),
      subject: entry.subject || t('item.noSubject'),
    });
  };
}

export function ItemLine({ entry }: { entry: InteractionLogEntry }) {
  const text = useItemText()(entry);
  return text ? <Text data-testid="resume-item">{text}</Text> : null;
}
