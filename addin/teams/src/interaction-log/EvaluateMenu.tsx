import { Menu, MenuItem, MenuItemRadio, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '@interlog/api-client';

export const evaluations: Evaluation[] = ['veryPositive', 'positive', 'neutral', 'negative', 'veryNegative', ''];

/** *Evaluate* inside a row menu: a submenu with the entry's evaluation checked. */
export function EvaluateMenu({ value, onChange }: { value: string; onChange: (evaluation: Evaluation) => void }) {
  const { t } = useTranslation();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuItem>{t('interaction-log.evaluate')}</MenuItem>
      </MenuTrigger>
      <MenuPopover>
        <MenuList
          checkedValues={{ evaluation: [value] }}
          onCheckedValueChange={(_, d) => onChange(d.checkedItems[0] as Evaluation)}
        >
          {evaluations.map((evaluation) => (
            <MenuItemRadio key={evaluation || 'none'} name="evaluation" value={evaluation}>
              {t(`evaluation.${evaluation || 'none'}`)}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
