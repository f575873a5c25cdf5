import { Dropdown, Field, Option, OptionGroup, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { InteractionGroup, InteractionTemplate } from '@interlog/api-client';
import { groupTemplates } from './group-templates';

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
export function TemplatePicker({
  templates,
  groups,
  value,
  onChange,
  validationMessage,
  className,
  label,
}: TemplatePickerProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const selected = templates.find((template) => template.code === value);
  return (
    <Field label={label ?? t('form.template')} required validationMessage={validationMessage} className={className}>
      <Dropdown
        className={styles.control}
        placeholder={t('form.templatePlaceholder')}
        value={selected ? `${selected.description} (${selected.code})` : ''}
        selectedOptions={value ? [value] : []}
        onOptionSelect={(_, data) => {
          const template = templates.find((candidate) => candidate.code === data.optionValue);
          if (template) onChange(template);
        }}
      >
        {groupTemplates(templates, groups).map(({ label, templates: inGroup }) => (
          <OptionGroup key={label} label={label}>
            {inGroup.map((template) => (
              <Option key={template.code} value={template.code} text={`${template.description} (${template.code})`}>
                {template.description}
              </Option>
            ))}
          </OptionGroup>
        ))}
      </Dropdown>
    </Field>
  );
}
