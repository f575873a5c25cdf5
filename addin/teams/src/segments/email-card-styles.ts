import { makeStyles, tokens } from '@fluentui/react-components';

/** An email as it will go out (From / To / Subject beside their labels, the body below), in a card. */
export const useEmailCardStyles = makeStyles({
  email: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  label: { color: tokens.colorNeutralForeground3 },
  body: {
    gridColumn: '1 / -1',
    whiteSpace: 'pre-wrap',
    maxHeight: '14rem',
    overflowY: 'auto',
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});
