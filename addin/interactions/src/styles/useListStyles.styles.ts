import { makeStyles, tokens } from '@fluentui/react-components';

/** A list without bullets or indent, its items stacked: `list` close together, `spaced` with room between cards. */
export const useListStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  spaced: { gap: tokens.spacingVerticalS },
});
