import { useState } from 'react';
import { Checkbox, Link, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys, type SegmentLogPreview } from '@interlog/api-client';
import { useFormat } from '@interlog/i18n';
import { useReferenceData } from '@interlog/interactions';
import { nameWithNo } from '@interlog/ui-kit';
import { TemplateCorrespondenceDialog } from '../correspondence/TemplateCorrespondenceDialog';
import { Addressee } from './Addressee';
import { useEmailCardStyles } from './email-card-styles';

/**
 * The emails logging would send, stated before anything is: how many, from whom, and the first contact's email as
 * it goes out. Sending is a choice the user makes here, and only offered when every email has content.
 */
export function EmailPreview({
  preview,
  send,
  onSendChange,
}: {
  preview: SegmentLogPreview;
  send: boolean;
  onSendChange: (send: boolean) => void;
}) {
  const { t } = useTranslation();
  const styles = useEmailCardStyles();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const templates = useReferenceData().data?.templates ?? [];
  const named = (code: string) => nameWithNo(templates.find((x) => x.code === code)?.description, code);
  const { emails } = preview;
  const editCode = emails.templatesWithoutContent[0] ?? emails.first?.templateCode ?? '';
  const closeEditor = () => {
    setEditing(null);
    void queryClient.invalidateQueries({ queryKey: queryKeys.segments.logPreview(preview.segmentNo) });
  };
  if (emails.count === 0) return <Text>{t('segments.log.emails.none')}</Text>;
  const count = { count: emails.count, formatted: format.number(emails.count) };
  const editLink = (
    <Link as="button" onClick={() => setEditing(editCode)}>
      {t('segments.log.emails.edit', { template: named(editCode) })}
    </Link>
  );
  return (
    <>
      {emails.templatesWithoutContent.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('segments.log.emails.cannotSend', count)}</MessageBarTitle>
            {t('segments.log.emails.noContent', {
              templates: emails.templatesWithoutContent.map(named).join(', '),
            })}{' '}
            {editLink}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Checkbox
            checked={send}
            onChange={(_, d) => onSendChange(Boolean(d.checked))}
            label={t('segments.log.emails.send', count)}
          />
          {emails.first && (
            <div className={styles.email} role="group" aria-label={t('segments.log.emails.previewLabel')}>
              <Text className={styles.label}>{t('segments.log.emails.from')}</Text>
              <Text>
                <Addressee name={emails.sender.name} address={emails.sender.address} />
              </Text>
              <Text className={styles.label}>{t('segments.log.emails.to')}</Text>
              <Text>
                <Addressee name={emails.first.contactName} address={emails.first.address} />
                {emails.count > 1 &&
                  ` ${t('segments.log.emails.andOthers', { formatted: format.number(emails.count - 1) })}`}
              </Text>
              <Text className={styles.label}>{t('segments.log.emails.subject')}</Text>
              <Text weight="semibold">{emails.first.subject}</Text>
              <Text className={styles.body}>{emails.first.body}</Text>
            </div>
          )}
          {emails.withoutAddress > 0 && (
            <Text>
              {t('segments.log.emails.withoutAddress', {
                count: emails.withoutAddress,
                formatted: format.number(emails.withoutAddress),
              })}
            </Text>
          )}
          <Text>{editLink}</Text>
        </>
      )}
      {editing && <TemplateCorrespondenceDialog template={{ code: editing, description: '' }} onClose={closeEditor} />}
    </>
  );
}
