import { Field, Input, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  control: { minWidth: 0, width: '100%' },
  choices: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

export interface DescriptionFieldProps {
  value: string;
  /** Other descriptions to offer (the item's subject, the template's description). */
  choices?: string[];
  onChange: (description: string) => void;
}

/** The description, with the other usual texts one click away. */
export function DescriptionField({ value, choices = [], onChange }: DescriptionFieldProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const offered = [...new Set(choices.map((c) => c.slice(0, 100)))].filter((c) => c && c !== value);
  return (
    <Field
      label={t('form.description')}
      hint={
        offered.length > 0 ? (
          <span className={styles.choices}>
            {offered.map((choice) => (
              <Link key={choice} as="button" type="button" inline onClick={() => onChange(choice)}>
                {t('form.useDescription', { description: choice })}
              </Link>
            ))}
          </span>
        ) : undefined
      }
    >
      <Input className={styles.control} value={value} maxLength={100} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
