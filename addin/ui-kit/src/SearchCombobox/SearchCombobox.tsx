import { isValidElement, useState, type ChangeEvent } from 'react';
import { Combobox, type ComboboxProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/**
 * Fluent's Combobox for finding something by typing. Its list button is named in the UI language (Fluent names it
 * "Open", in English, whatever the language), and the list opens when text comes in by pasting too (Fluent opens
 * it on a key press only).
 */
export function SearchCombobox({ expandIcon, onChange, onOpenChange, ...props }: ComboboxProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const label = { 'aria-label': t('combobox.showMatches') };
  const icon = isValidElement(expandIcon)
    ? { ...label, children: expandIcon }
    : typeof expandIcon === 'object' && expandIcon !== null
      ? { ...label, ...expandIcon }
      : label;
  return (
    <Combobox
      {...props}
      expandIcon={icon}
      open={open}
      onOpenChange={(event, data) => {
        setOpen(data.open);
        onOpenChange?.(event, data);
      }}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        if (event.target.value) setOpen(true);
        onChange?.(event);
      }}
    />
  );
}
