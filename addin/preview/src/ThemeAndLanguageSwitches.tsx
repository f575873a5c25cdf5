import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { supportedLanguages, type SupportedLanguage } from '@interlog/i18n';
import type { UiTheme } from '@interlog/ui-kit';
import { PreviewSelect } from './PreviewSelect';

const themes: UiTheme[] = ['light', 'dark', 'contrast'];

export interface ThemeAndLanguageSwitchesProps {
  theme: UiTheme;
  onTheme: (theme: UiTheme) => void;
  i18n: I18n;
  /** Told the new language before the page switches to it (a simulated host that reports it). */
  onLanguage?: (language: string) => void;
  selectClassName?: string;
}

/** The switches every preview has: the host's theme and the user's language. */
export function ThemeAndLanguageSwitches({
  theme,
  onTheme,
  i18n,
  onLanguage,
  selectClassName,
}: ThemeAndLanguageSwitchesProps) {
  const { t } = useTranslation();
  return (
    <>
      <PreviewSelect
        label={t('preview.theme')}
        className={selectClassName}
        value={theme}
        options={themes}
        optionLabel={(name) => t(`preview.themes.${name}`)}
        onChange={onTheme}
      />
      <PreviewSelect
        label={t('preview.language')}
        className={selectClassName}
        // The cast only types the option keys: a language outside the list shows no option, as a native select does.
        value={i18n.language as SupportedLanguage}
        options={supportedLanguages}
        optionLabel={(lng) => t(`language.${lng}`)}
        onChange={(lng) => {
          onLanguage?.(lng);
          void i18n.changeLanguage(lng);
        }}
      />
    </>
  );
}
