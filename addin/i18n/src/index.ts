export * from './i18n';
export * from './languages';
export * from './all-resources';
export * from './send-resources';
export * from './use-format';
export { I18nextProvider, useTranslation } from 'react-i18next';
