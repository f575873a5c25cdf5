import type {
  CreateInteractionInput,
  Evaluation,
  InformationFlow,
  InitiatedBy,
  InteractionLogEntry,
  InteractionTemplate,
} from '@interlog/api-client';

/** What the interaction form edits; every template default is shown and can be changed. */
export interface InteractionValues {
  templateCode: string;
  description: string;
  subject: string;
  /** `YYYY-MM-DDTHH:mm` in the user's time zone, as a datetime-local input holds it. */
  date: string;
  durationMin: number;
  cost: number;
  informationFlow: InformationFlow;
  initiatedBy: InitiatedBy;
  evaluation: Evaluation;
  attemptFailed: boolean;
  salespersonCode: string;
  /** Business Central's interaction comment: free text kept with the entry. */
  comment: string;
}

export function toLocalInput(iso: string | Date): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** The description starts as the item's subject (the template's stays a choice in the form). */
export function emptyValues(subject: string, date: string | Date): InteractionValues {
  return {
    templateCode: '',
    description: subject.slice(0, 100),
    subject,
    date: toLocalInput(date),
    durationMin: 0,
    cost: 0,
    informationFlow: '',
    initiatedBy: '',
    evaluation: '',
    attemptFailed: false,
    salespersonCode: '',
    comment: '',
  };
}

/**
 * Choosing a template fills in its defaults, as Business Central does; `keepDescription` keeps a
 * description the form already has (the item's subject).
 */
export function applyTemplate(
  values: InteractionValues,
  template: InteractionTemplate,
  keepDescription = false,
): InteractionValues {
  return {
    ...values,
    templateCode: template.code,
    description: keepDescription && values.description ? values.description : template.description,
    durationMin: template.unitDurationMin,
    cost: template.unitCost,
    informationFlow: template.informationFlow,
    initiatedBy: template.initiatedBy,
  };
}

/** Which way an email went: received from the contact, or sent by the user. */
export type ItemDirection = 'inbound' | 'outbound';

/** A received email is inbound, initiated by them; a sent one outbound, by us (whatever the template says). */
export function withDirection(values: InteractionValues, direction: ItemDirection | undefined): InteractionValues {
  if (!direction) return values;
  return { ...values, informationFlow: direction, initiatedBy: direction === 'inbound' ? 'them' : 'us' };
}

export function valuesFromEntry(entry: InteractionLogEntry): InteractionValues {
  return {
    templateCode: entry.templateCode,
    description: entry.description,
    subject: entry.subject,
    date: toLocalInput(entry.date),
    durationMin: entry.durationMin,
    cost: entry.cost,
    informationFlow: entry.informationFlow,
    initiatedBy: entry.initiatedBy,
    evaluation: entry.evaluation as Evaluation,
    attemptFailed: entry.attemptFailed,
    salespersonCode: entry.salespersonCode,
    comment: entry.comment,
  };
}

export function toInteractionInput(values: InteractionValues): Omit<CreateInteractionInput, 'contactNo'> {
  return {
    templateCode: values.templateCode,
    description: values.description,
    subject: values.subject.slice(0, 250),
    date: new Date(values.date).toISOString(),
    durationMin: values.durationMin,
    cost: values.cost,
    informationFlow: values.informationFlow,
    initiatedBy: values.initiatedBy,
    evaluation: values.evaluation,
    attemptFailed: values.attemptFailed,
    ...(values.salespersonCode ? { salespersonCode: values.salespersonCode } : {}),
    ...(values.comment.trim() ? { comment: values.comment.trim() } : {}),
  };
}
