import { isValidElement } from 'react';
import { Combobox, type ComboboxProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/**
 * Fluent's Combobox for finding something by typing, whose list button is named in the UI language: Fluent names it
 * "Open", in English, whatever the language (a screen reader read it so in Czech, Russian and Finnish).
 */
export function SearchCombobox({ expandIcon, ...props }: ComboboxProps) {
  const { t } = useTranslation();
  const label = { 'aria-label': t('combobox.showMatches') };
  const icon = isValidElement(expandIcon)
    ? { ...label, children: expandIcon }
    : typeof expandIcon === 'object' && expandIcon !== null
      ? { ...label, ...expandIcon }
      : label;
  return <Combobox {...props} expandIcon={icon} />;
}
