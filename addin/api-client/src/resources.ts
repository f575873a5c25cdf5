// The resource types come from the server's schemas: one source for both sides.
import type { InteractionInsights as Insights } from '../../../server/src/statistics/domain/statistics-schema';
export type {
  Contact,
  CreateContactInput,
  ContactListFilter,
} from '../../../server/src/contacts/domain/contact-schema';
export type {
  Salesperson,
  CreateSalespersonInput,
  PatchSalespersonInput,
} from '../../../server/src/contacts/domain/salesperson-schema';
export type {
  InteractionGroup,
  CreateInteractionGroupInput,
  PatchInteractionGroupInput,
} from '../../../server/src/templates/domain/interaction-group-schema';
export type {
  InteractionTemplate,
  InformationFlow,
  InitiatedBy,
  CreateInteractionTemplateInput,
  PatchInteractionTemplateInput,
} from '../../../server/src/templates/domain/interaction-template-schema';
export type {
  InteractionTemplateSetup,
  PutInteractionTemplateSetupInput,
} from '../../../server/src/templates/domain/interaction-template-setup-schema';
export type { ReferenceData } from '../../../server/src/reference-data/domain/reference-data-schema';
export type {
  CorrespondenceType,
  MarketingSetup,
  PutMarketingSetupInput,
} from '../../../server/src/setup/domain/marketing-setup-schema';
export type {
  NumberSeries,
  CreateNumberSeriesInput,
  PutNumberSeriesInput,
} from '../../../server/src/setup/domain/number-series-schema';
export type {
  Segment,
  SegmentInteraction,
  CreateSegmentInput,
  PatchSegmentInput,
  SegmentLogProgress,
} from '../../../server/src/segments/domain/segment-schema';
export type {
  SegmentLine,
  PatchSegmentLineInput,
  LineOverridableField,
} from '../../../server/src/segments/domain/segment-line-schema';
export type {
  CriteriaFilter,
  CriteriaAction,
  CriteriaStep,
  SavedSegmentCriteria,
} from '../../../server/src/segments/domain/segment-criteria-schema';
export type {
  LoggedSegment,
  LogSegmentInput,
  LogSegmentResult,
} from '../../../server/src/segments/domain/logged-segment-schema';
export type { DeliverySummary, DeliveryProblem } from '../../../server/src/delivery/domain/delivery-schema';
export type { SegmentLogPreview } from '../../../server/src/delivery/domain/email-preview-schema';
export type { LinePreview } from '../../../server/src/delivery/domain/line-preview-schema';
export type { EmailDelivery } from '../../../server/src/interactions/domain/email-delivery-schema';
export type {
  Attachment,
  LettersResult,
  MergeFieldName,
  WordTemplateInfo,
} from '../../../server/src/correspondence/domain/correspondence-schema';
export type {
  EmailContent,
  PutEmailContentInput,
} from '../../../server/src/correspondence/domain/email-content-schema';
export type {
  InteractionLogEntry,
  CreateInteractionInput,
  ResumeInteractionInput,
  PatchInteractionLogEntryInput,
  InteractionLogEntryListQuery,
  DeleteCanceledInput,
  Evaluation,
  Source,
} from '../../../server/src/interactions/domain/interaction-log-entry-schema';
export type { MeetingAttendees, Attendee, CalendarEventKey } from '../../../server/src/meetings/domain/meeting-schema';
export type {
  PersonSuggestion,
  PersonSource,
  PeopleSearchResult,
} from '../../../server/src/people/domain/person-suggestion-schema';
export type {
  AutomaticRecording,
  MailboxRecording,
  PutAutomaticRecordingInput,
  RecordingKind,
} from '../../../server/src/recording/domain/recording-schema';
export type { ClientConfig } from '../../../server/src/service/domain/client-config-schema';
export type {
  RecordStatistics,
  LoggedSegmentStatistics,
  StatisticsKind,
  InteractionInsights,
  InsightDimension as InsightsSplit,
} from '../../../server/src/statistics/domain/statistics-schema';
/** One series of the insights chart: a template, group or salesperson (or all), its weekly figures. */
export type InsightsSeries = Insights['series'][number];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export type {
  UnknownCorrespondent,
  UnknownCorrespondentDetail,
  KeptItem,
  KeptItemKind,
  SightingsInput,
  SightingsResult,
  CreateContactFromCorrespondentInput,
  CreatedFromCorrespondent,
} from '../../../server/src/correspondents/domain/unknown-correspondent-schema';
