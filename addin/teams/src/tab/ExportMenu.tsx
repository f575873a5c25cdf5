import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, Spinner } from '@fluentui/react-components';
import { ArrowExportRegular, DocumentCsvRegular, DocumentTableRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '@interlog/api-client';

/** Export (menu: Excel / CSV) of what the page lists; shows that it is busy while the file downloads. */
export function ExportMenu({ busy, onExport }: { busy: boolean; onExport: (format: ExportFormat) => void }) {
  const { t } = useTranslation();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          icon={busy ? <Spinner size="extra-tiny" /> : <ArrowExportRegular />}
          // Focusable while the file downloads: the menu gives the focus back to this button.
          disabledFocusable={busy}
          aria-busy={busy}
        >
          {busy ? t('tab.export.busy') : t('tab.export.button')}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem icon={<DocumentTableRegular />} onClick={() => onExport('xlsx')}>
            {t('tab.export.excel')}
          </MenuItem>
          <MenuItem icon={<DocumentCsvRegular />} onClick={() => onExport('csv')}>
            {t('tab.export.csv')}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
