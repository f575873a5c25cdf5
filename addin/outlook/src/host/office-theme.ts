import type { HostTheme } from './mail-host';

/** Office gives colours, not a theme name: a dark body background means the dark theme. */
export function themeFromOffice(officeTheme: Office.OfficeTheme | undefined, forcedColors: boolean): HostTheme {
  if (forcedColors) return 'contrast';
  const background = officeTheme?.bodyBackgroundColor;
  if (!background) return 'light';
  const hex = background.replace('#', '');
  if (!/^[0-9a-f]{6}$/i.test(hex)) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.4 ? 'dark' : 'light';
}
