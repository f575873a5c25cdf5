import { Dropdown, Option, OptionGroup, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { InteractionGroup, InteractionTemplate } from '@interlog/api-client';
import { groupTemplates } from './group-templates';
import { templateText } from './template-text';

export interface TemplateDropdownProps {
  templates: InteractionTemplate[];
  groups: InteractionGroup[];
  value: string;
  onChange: (template: InteractionTemplate) => void;
}

const useStyles = makeStyles({ control: { minWidth: 0, width: '100%' } });

/** The template picker's list: templates under their groups; loaded after the form's first paint. */
export default function TemplateDropdown({ templates, groups, value, onChange }: TemplateDropdownProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const selected = templates.find((template) => template.code === value);
  return (
    <Dropdown
      className={styles.control}
      placeholder={t('form.templatePlaceholder')}
      value={selected ? templateText(selected) : ''}
      selectedOptions={value ? [value] : []}
      onOptionSelect={(_, data) => {
        const template = templates.find((candidate) => candidate.code === data.optionValue);
        if (template) onChange(template);
      }}
    >
      {groupTemplates(templates, groups).map(({ label, templates: inGroup }) => (
        <OptionGroup key={label} label={label}>
          {inGroup.map((template) => (
            <Option key={template.code} value={template.code} text={templateText(template)}>
              {template.description}
            </Option>
          ))}
        </OptionGroup>
      ))}
    </Dropdown>
  );
}
