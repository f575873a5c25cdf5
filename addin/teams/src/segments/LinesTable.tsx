import { Badge, Button, TableCell, TableRow, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular, EyeRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { LineOverridableField, SegmentLine } from '@interlog/api-client';
import { DataTable, NameWithNo } from '@interlog/ui-kit';

const useStyles = makeStyles({
  overridden: { fontWeight: tokens.fontWeightSemibold },
  // A value and its badge: the badge goes under the value when they do not fit side by side, never squeezed.
  cell: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  actions: { display: 'inline-flex', gap: tokens.spacingHorizontalXXS, whiteSpace: 'nowrap' },
});

const columns: LineOverridableField[] = [
  'templateCode',
  'description',
  'subject',
  'correspondenceType',
  'languageCode',
];

/** The segment's lines; a value the line overrides is marked, the others follow the header. */
export function LinesTable({
  lines,
  onEdit,
  onPreview,
  onRemove,
}: {
  lines: SegmentLine[];
  onEdit: (line: SegmentLine) => void;
  onPreview: (line: SegmentLine) => void;
  onRemove: (line: SegmentLine) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const text = (line: SegmentLine, field: LineOverridableField) =>
    field === 'correspondenceType' ? (
      t(`correspondenceType.${line.correspondenceType || 'none'}`)
    ) : field === 'templateCode' ? (
      <NameWithNo name={line.templateDescription} no={line.templateCode} />
    ) : (
      line[field]
    );
  return (
    <DataTable
      aria-label={t('segments.lines.title')}
      columns={[
        { key: 'contact', label: t('timeline.contact') },
        { key: 'company', label: t('contactType.company') },
        ...columns.map((field) => ({ key: field, label: t(`segments.lines.field.${field}`) })),
        { key: 'actions', label: t('segments.lines.actions') },
      ]}
    >
      {lines.map((line) => (
        <TableRow key={line.lineNo} data-testid={`segment-line-${line.contactNo}`}>
          <TableCell>
            <span className={styles.cell}>
              <NameWithNo name={line.contactName} no={line.contactNo} />
              {line.personalNote && (
                <Tooltip content={line.personalNote} relationship="description">
                  <Badge size="small" appearance="tint" color="brand" className={styles.badge}>
                    {t('segments.lines.noted')}
                  </Badge>
                </Tooltip>
              )}
            </span>
          </TableCell>
          <TableCell>
            <NameWithNo name={line.contactCompanyName} no={line.contactCompanyNo} />
          </TableCell>
          {columns.map((field) => (
            <TableCell key={field}>
              {line.overridden.includes(field) ? (
                <span className={styles.cell}>
                  <span className={styles.overridden}>{text(line, field)}</span>
                  <Badge size="small" appearance="tint" color="brand" className={styles.badge}>
                    {t('segments.lines.overridden')}
                  </Badge>
                </span>
              ) : (
                text(line, field)
              )}
            </TableCell>
          ))}
          <TableCell>
            <span className={styles.actions}>
              <Tooltip content={t('segments.lines.edit', { name: line.contactName })} relationship="label">
                <Button size="small" appearance="subtle" icon={<EditRegular />} onClick={() => onEdit(line)} />
              </Tooltip>
              <Tooltip content={t('segments.lines.previewOpen', { name: line.contactName })} relationship="label">
                <Button size="small" appearance="subtle" icon={<EyeRegular />} onClick={() => onPreview(line)} />
              </Tooltip>
              <Tooltip content={t('segments.lines.remove', { name: line.contactName })} relationship="label">
                <Button size="small" appearance="subtle" icon={<DeleteRegular />} onClick={() => onRemove(line)} />
              </Tooltip>
            </span>
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
