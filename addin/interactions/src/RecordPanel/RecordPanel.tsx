import { lazy, Suspense, useState } from 'react';
import { Button, Caption1, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ClockRegular, SaveRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ContactList } from '../ContactList/ContactList';
import { TemplatePicker } from '../TemplatePicker/TemplatePicker';
import { InteractionFields } from '../InteractionFields/InteractionFields';
import { useWhenIdle } from '../hooks/use-when-idle';
import type { InteractionLogEntry } from '@interlog/api-client';
import { LoadFailureBoundary, problemText } from '@interlog/ui-kit';
import { useRecordPanel, type RecordPanelInput } from './use-record-panel';
import { useWaitingContacts } from '../hooks/use-waiting-contacts';
import { ContactSearch } from '../ContactSearch/ContactSearch';

const NewContactForm = lazy(() => import('./after-record-parts').then((m) => ({ default: m.NewContactForm })));
// Not needed to record: loaded once the form is usable, so that Record comes first.
const TimelineSection = lazy(() => import('./TimelineSection').then((m) => ({ default: m.TimelineSection })));
const KeptCorrespondents = lazy(() => import('./after-record-parts').then((m) => ({ default: m.KeptCorrespondents })));
const OutcomeBar = lazy(() => import('./after-record-parts').then((m) => ({ default: m.OutcomeBar })));
// Only when the user finishes a postponed interaction here.
const ResumePanel = lazy(() => import('../ResumePanel/ResumePanel').then((m) => ({ default: m.ResumePanel })));

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
  reason: { color: tokens.colorNeutralForeground3 },
});

/** Record one interaction for each selected person of an email, meeting or attendee list. */
export function RecordPanel(props: RecordPanelInput) {
  const { t } = useTranslation();
  const styles = useStyles();
  const panel = useRecordPanel(props);
  const [reveal, setReveal] = useState<{ entryNo: number } | null>(null);
  const waiting = useWaitingContacts(props.source);

  // A contact's postponed interaction for this item is finished here, not recorded a second time.
  const [finishing, setFinishing] = useState<InteractionLogEntry | null>(null);
  const [finishedNo, setFinishedNo] = useState<number | null>(null);
  const reference = panel.reference.data;
  const afterRecord = useWhenIdle(panel.reference.status !== 'pending' && panel.matches.state.status === 'ready');
  const noneSelected = panel.matches.state.status === 'ready' && panel.selectedContacts.length === 0;
  // Until the item's people are looked up, nobody can be selected yet: a click would only say so.
  const cannotSubmit = panel.saving || noneSelected || panel.matches.state.status === 'loading';

  if (finishing)
    return (
      <LoadFailureBoundary>
        <Suspense fallback={<Spinner size="tiny" label={t('common.loading')} />}>
          <ResumePanel
            entries={[finishing]}
            onCancel={() => setFinishing(null)}
            onFinished={() => {
              setFinishing(null);
              setFinishedNo(finishing.entryNo);
              void panel.matches.refresh();
            }}
          />
        </Suspense>
      </LoadFailureBoundary>
    );

  return (
    <div className={styles.panel}>
      {finishedNo !== null && <Text role="status">{t('status.resumed', { entryNo: finishedNo })}</Text>}
      <section className={styles.section} aria-labelledby="people-heading">
        <Subtitle2 as="h2" id="people-heading">
          {t('people.title')}
        </Subtitle2>
        {panel.matches.state.status === 'loading' && <Spinner size="tiny" label={t('people.searching')} />}
        {panel.matches.state.status === 'error' && (
          <Text role="alert" className={styles.error}>
            {problemText(t, panel.matches.state.error)}
          </Text>
        )}
        {panel.matches.state.status === 'ready' && (
          <ContactList
            matches={panel.matchList}
            selected={panel.selected}
            onToggle={panel.toggle}
            onCreate={(m) => panel.setCreatingFor(m.person)}
            onFinish={(m) => setFinishing(m.postponed ?? null)}
            creatingFor={panel.creatingFor?.email ?? null}
            waiting={waiting}
          />
        )}
        {afterRecord && (
          <Suspense fallback={null}>
            <KeptCorrespondents matches={panel.matchList} item={props} />
          </Suspense>
        )}
        {panel.matches.state.status === 'ready' && (
          <ContactSearch
            onAdd={(contact) => {
              const known = panel.matchList.find((m) => m.contact?.no === contact.no);
              panel.toggle(known?.person.email ?? panel.matches.addContact(contact, t('people.added')), true);
            }}
          />
        )}
        {panel.creatingFor && (
          <Suspense fallback={<Spinner size="tiny" />}>
            <NewContactForm
              person={panel.creatingFor}
              onCreated={(contact, recorded) => panel.contactCreated(panel.creatingFor!.email, contact, recorded)}
              onCancel={() => panel.setCreatingFor(null)}
            />
          </Suspense>
        )}
        {panel.attempted && panel.missing.contacts && (
          <Text role="alert" className={styles.error}>
            {t('form.noContactSelected')}
          </Text>
        )}
      </section>

      <section className={styles.section} aria-label={t('form.template')}>
        {panel.reference.status === 'error' && (
          <Text role="alert" className={styles.error}>
            {problemText(t, panel.reference.error)}
          </Text>
        )}
        {!reference ? (
          panel.reference.status === 'pending' && <Spinner size="tiny" label={t('common.loading')} />
        ) : (
          <>
            <TemplatePicker
              templates={reference.templates}
              groups={reference.groups}
              value={panel.values.templateCode}
              onChange={(template) => panel.chooseTemplate(template.code)}
              validationMessage={panel.attempted && panel.missing.template ? t('form.noTemplate') : undefined}
            />
            <InteractionFields
              values={panel.values}
              salespeople={reference.salespeople}
              onChange={panel.change}
              descriptionChoices={[
                props.subject,
                reference.templates.find((tpl) => tpl.code === panel.values.templateCode)?.description ?? '',
              ]}
            />
          </>
        )}
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={panel.saving ? <Spinner size="tiny" /> : <SaveRegular />}
            disabled={cannotSubmit}
            aria-describedby={noneSelected ? 'record-reason' : undefined}
            onClick={() => void panel.submit(false)}
          >
            {panel.saving
              ? t('status.saving')
              : panel.selectedContacts.length === 0
                ? t('form.recordNone')
                : t('form.record', { count: panel.selectedContacts.length })}
          </Button>
          <Button
            icon={<ClockRegular />}
            disabled={cannotSubmit}
            aria-describedby={noneSelected ? 'record-reason' : undefined}
            onClick={() => void panel.submit(true)}
          >
            {t('form.postpone')}
          </Button>
        </div>
        {noneSelected && (
          <Caption1 id="record-reason" className={styles.reason}>
            {t('form.recordNeedsContact')}
          </Caption1>
        )}
        {panel.outcome && (
          <LoadFailureBoundary>
            <Suspense fallback={null}>
              <OutcomeBar
                outcome={panel.outcome}
                onDismiss={panel.dismissOutcome}
                onShowEntry={(entryNo, contactNo) => {
                  panel.setHighlight({ entryNo, contactNo });
                  setReveal({ entryNo });
                }}
              />
            </Suspense>
          </LoadFailureBoundary>
        )}
      </section>

      {props.footer?.(panel.knownContacts)}

      {afterRecord && panel.knownContacts.length > 0 && (
        <LoadFailureBoundary>
          <Suspense fallback={null}>
            <TimelineSection
              className={styles.section}
              contacts={panel.knownContacts}
              highlight={panel.highlight}
              reveal={reveal}
              contactCard={props.contactCard}
            />
          </Suspense>
        </LoadFailureBoundary>
      )}
    </div>
  );
}
