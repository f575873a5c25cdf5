import { teamsHighContrastTheme, webDarkTheme } from '@fluentui/react-components';

// The themes a host reports less often: their own chunk, fetched only when the host asks for one (load-theme.ts).
export const hostThemes = { dark: webDarkTheme, contrast: teamsHighContrastTheme };
