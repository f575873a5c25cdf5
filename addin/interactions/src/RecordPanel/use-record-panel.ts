import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Contact, Source } from '@interlog/api-client';
import { useContactMatches } from '../hooks/use-contact-matches';
import { useRecordInteractions, type RecordOutcome } from '../hooks/use-record-interactions';
import { useReferenceData } from '../hooks/use-reference-data';
import type { PersonAddress } from '@interlog/contact-matching';
import {
  applyTemplate,
  emptyValues,
  withDirection,
  type InteractionValues,
  type ItemDirection,
} from '../InteractionFields/interaction-values';

export interface RecordPanelInput {
  people: PersonAddress[];
  source: Source;
  itemIdentity: string;
  subject: string;
  date: string;
  /** Picks the default template from the automatic-recording setup (e.g. `emails`). */
  defaultTemplate: (
    setup: { emails: string; emailsReceived: string; meetingInvitation: string },
    exists: (code: string) => boolean,
  ) => string;
  /** An email's direction: sets information flow and initiated-by unless the user changes them. */
  direction?: ItemDirection;
  /** Addresses never offered (the user's own mailbox). */
  exclude: string[];
  onDirtyChange?: (dirty: boolean) => void;
  /** The user picked a template (e.g. to remember it as their next default). */
  onTemplateChosen?: (code: string) => void;
  /** Extra actions on the people found (e.g. make a segment of them), shown under the form. */
  footer?: (knownContacts: Contact[]) => ReactNode;
  /** Show the contact's statistics above its timeline, loaded once the form is usable (the Outlook pane). */
  contactCard?: boolean;
}

/** State of the record form: who, which template, which values, and what saving did. */
export function useRecordPanel({
  people,
  source,
  itemIdentity,
  subject,
  date,
  defaultTemplate,
  direction,
  exclude,
  onDirtyChange,
  onTemplateChosen,
}: RecordPanelInput) {
  const reference = useReferenceData();
  const matches = useContactMatches(people, source, exclude);
  const { record, saving } = useRecordInteractions();
  const [values, setValues] = useState<InteractionValues>(() => emptyValues(subject, date));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dirty, setDirty] = useState(false);
  const [creatingFor, setCreatingFor] = useState<PersonAddress | null>(null);
  const [outcome, setOutcome] = useState<RecordOutcome | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [highlight, setHighlight] = useState<{ entryNo: number; contactNo: string } | null>(null);
  const formSessionId = useRef(crypto.randomUUID());

  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const templates = reference.data?.templates;
  const setup = reference.data?.templateSetup;
  useEffect(() => {
    if (!templates || !setup || values.templateCode) return;
    const exists = (code: string) => templates.some((candidate) => candidate.code === code);
    const template = templates.find((candidate) => candidate.code === defaultTemplate(setup, exists));
    if (template) setValues((current) => withDirection(applyTemplate(current, template, true), direction));
  }, [templates, setup, defaultTemplate, direction, values.templateCode]);

  const matchList = useMemo(() => (matches.state.status === 'ready' ? matches.state.matches : []), [matches.state]);
  const preselected = useRef(false);
  useEffect(() => {
    if (matches.state.status !== 'ready' || preselected.current) return;
    preselected.current = true;
    setSelected(
      new Set(
        matches.state.matches
          .filter((m) => m.contact && !m.recorded && !m.postponed)
          .map((m) => m.person.email.toLowerCase()),
      ),
    );
  }, [matches.state]);

  const selectedContacts = useMemo(
    () => matchList.filter((m) => m.contact && selected.has(m.person.email.toLowerCase())).map((m) => m.contact!),
    [matchList, selected],
  );
  const knownContacts = useMemo(() => matchList.filter((m) => m.contact).map((m) => m.contact!), [matchList]);

  const flowChosen = useRef(false);
  const change = (update: Partial<InteractionValues>) => {
    if ('informationFlow' in update || 'initiatedBy' in update) flowChosen.current = true;
    setValues((current) => ({ ...current, ...update }));
    setDirty(true);
  };

  const chooseTemplate = (code: string) => {
    const template = templates?.find((candidate) => candidate.code === code);
    if (!template) return;
    const applied = applyTemplate(values, template, true);
    const kept = flowChosen.current
      ? { informationFlow: values.informationFlow, initiatedBy: values.initiatedBy }
      : withDirection(applied, direction);
    setValues({ ...applied, informationFlow: kept.informationFlow, initiatedBy: kept.initiatedBy });
    setDirty(true);
    onTemplateChosen?.(code);
  };

  const toggle = (email: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(email.toLowerCase());
      else next.delete(email.toLowerCase());
      return next;
    });
    setDirty(true);
  };

  const missing = { template: !values.templateCode, contacts: selectedContacts.length === 0 };

  // `saving` is state: two clicks in the same task (before React re-renders) both see it false.
  const submitting = useRef(false);
  const submit = async (postpone: boolean) => {
    setAttempted(true);
    if (missing.template || missing.contacts || saving || submitting.current) return;
    submitting.current = true;
    let result: RecordOutcome;
    try {
      result = await record({
        contacts: selectedContacts,
        values,
        source,
        itemIdentity,
        formSessionId: formSessionId.current,
        postpone,
      });
    } finally {
      submitting.current = false;
    }
    setOutcome(result);
    // Postponed meanwhile (another device): the contact then shows it, to be finished instead.
    if (result.refused.some((r) => typeof r.error.problem?.postponedEntryNo === 'number')) void matches.refresh();
    if (!postpone) matches.markRecorded(result.recorded.map((r) => r.entry));
    const done = new Set([
      ...result.recorded.map((r) => r.entry.contactNo),
      ...result.queued.map((q) => q.contactNo),
      ...result.alreadyRecorded.map((a) => a.contactNo),
    ]);
    setSelected(
      (current) =>
        new Set(
          [...current].filter(
            (email) => !done.has(matchList.find((m) => m.person.email.toLowerCase() === email)?.contact?.no ?? ''),
          ),
        ),
    );
    if (result.refused.length === 0) {
      setDirty(false);
      setAttempted(false);
      formSessionId.current = crypto.randomUUID();
    }
    const first = result.recorded[0]?.entry;
    if (first && !postpone) setHighlight({ entryNo: first.entryNo, contactNo: first.contactNo });
  };

  return {
    reference,
    matches,
    matchList,
    values,
    selected,
    selectedContacts,
    knownContacts,
    creatingFor,
    outcome,
    saving,
    attempted,
    missing,
    highlight,
    change,
    chooseTemplate,
    toggle,
    submit,
    setCreatingFor,
    setHighlight,
    dismissOutcome: () => setOutcome(null),
    contactCreated: async (email: string, contact: Parameters<typeof matches.setContact>[1], recordedMissed = 0) => {
      matches.setContact(email, contact);
      setCreatingFor(null);
      // Its missed items were recorded with it, this one too as a rule: then it shows as recorded, not to record.
      const recorded =
        recordedMissed > 0 && (await matches.refresh()).some((m) => m.contact?.no === contact.no && m.recorded);
      if (!recorded) toggle(email, true);
    },
  };
}
