import { makeStyles, tokens } from '@fluentui/react-components';

/** The interaction fields' rows: as many columns as fit, each control as wide as its cell. */
export const useFieldGridStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    // A label that wraps to two lines pushes only itself up: the inputs of a row stay level.
    alignItems: 'end',
    '> *': { minWidth: 0 },
  },
  control: { minWidth: 0, width: '100%' },
});
