import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionLogEntry } from '@interlog/api-client';
import { PostponedList, ResumePanel } from '@interlog/interactions';

/** The Postponed tab: the user's postponed interactions by item, and the form that finishes them. */
export default function PostponedView({ onNotice }: { onNotice: (text: string | null) => void }) {
  const { t } = useTranslation();
  const [resuming, setResuming] = useState<InteractionLogEntry[] | null>(null);
  if (resuming) {
    return (
      <ResumePanel
        entries={resuming}
        onCancel={() => setResuming(null)}
        onFinished={(entries) => {
          setResuming(null);
          onNotice(
            entries.length === 1
              ? t('status.resumed', { entryNo: entries[0]!.entryNo })
              : t('status.resumedMany', { count: entries.length }),
          );
        }}
      />
    );
  }
  return (
    <PostponedList
      onResume={(entries) => {
        onNotice(null);
        setResuming(entries);
      }}
      onDeleted={(entry) => onNotice(t('status.deleted', { entryNo: entry.entryNo }))}
    />
  );
}
