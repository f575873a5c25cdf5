import { Suspense } from 'react';
import { Field, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { InputStandIn, lazyPart } from '@interlog/ui-kit';
import type { InteractionGroup, InteractionTemplate } from '@interlog/api-client';
import { templateText } from './template-text';

// A listbox with a positioned popup: the pane's first paint goes without it.
const TemplateDropdown = lazyPart(() => import('./TemplateDropdown'));
export const loadTemplateDropdown = TemplateDropdown.load;

export interface TemplatePickerProps {
  templates: InteractionTemplate[];
  groups: InteractionGroup[];
  value: string;
  onChange: (template: InteractionTemplate) => void;
  validationMessage?: string;
  className?: string;
  /** Another label than "Template" (a form with several). */
  label?: string;
}

const useStyles = makeStyles({ control: { minWidth: 0, width: '100%' } });

/** Interaction templates grouped by interaction group, as in Business Central's lookup. */
export function TemplatePicker({ validationMessage, className, label, ...list }: TemplatePickerProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const selected = list.templates.find((template) => template.code === list.value);
  return (
    <Field label={label ?? t('form.template')} required validationMessage={validationMessage} className={className}>
      <Suspense
        fallback={
          <InputStandIn
            className={styles.control}
            placeholder={t('form.templatePlaceholder')}
            value={selected ? templateText(selected) : ''}
          />
        }
      >
        <TemplateDropdown {...list} />
      </Suspense>
    </Field>
  );
}
