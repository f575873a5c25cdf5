import type { TFunction } from 'i18next';
import type { Choice } from '@interlog/ui-kit';
import type { CorrespondenceType, InformationFlow, InitiatedBy, Salesperson } from '@interlog/api-client';

/** The fixed choices of a segment's interaction fields, labelled in the user's language. */
export function interactionChoices(t: TFunction, salespeople: Salesperson[]) {
  return {
    flows: (['outbound', 'inbound', ''] as InformationFlow[]).map((value): Choice<InformationFlow> => ({
      value,
      label: t(`flow.${value || 'none'}`),
    })),
    initiators: (['us', 'them', ''] as InitiatedBy[]).map((value): Choice<InitiatedBy> => ({
      value,
      label: t(`initiated.${value || 'none'}`),
    })),
    correspondence: (['hardCopy', 'email', 'fax', ''] as CorrespondenceType[]).map(
      (value): Choice<CorrespondenceType> => ({ value, label: t(`correspondenceType.${value || 'none'}`) }),
    ),
    salespeople: [
      { value: '', label: t('correspondenceType.none') },
      ...salespeople.map((s): Choice<string> => ({ value: s.code, label: `${s.name} (${s.code})` })),
    ],
  };
}
