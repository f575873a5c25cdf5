import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionLogEntry } from '@interlog/api-client';
import { PostponedList, ResumePanel } from '@interlog/interactions';

/** The Postponed tab: the user's postponed interactions, and the form that finishes one. */
export default function PostponedView({ onNotice }: { onNotice: (text: string | null) => void }) {
  const { t } = useTranslation();
  const [resuming, setResuming] = useState<InteractionLogEntry | null>(null);
  if (resuming) {
    return (
      <ResumePanel
        entry={resuming}
        onCancel={() => setResuming(null)}
        onFinished={(entry) => {
          setResuming(null);
          onNotice(t('status.resumed', { entryNo: entry.entryNo }));
        }}
      />
    );
  }
  return (
    <PostponedList
      onResume={(entry) => {
        onNotice(null);
        setResuming(entry);
      }}
      onDeleted={(entry) => onNotice(t('status.deleted', { entryNo: entry.entryNo }))}
    />
  );
}
