import { makeStyles } from '@fluentui/react-components';

const TOUCH_TARGET = '44px';
const target = { minHeight: TOUCH_TARGET, minWidth: TOUCH_TARGET };

/**
 * On a touch screen (Outlook on iOS and Android, a tablet) every control the pane shows is at
 * least 44 px each way, the size Apple and Google ask for; a mouse keeps Fluent's compact sizes.
 * On a phone's width nothing runs off the pane's edge.
 */
export const useTouchTargets = makeStyles({
  root: {
    '@media (pointer: coarse)': {
      '& button': target,
      '& [role="button"]': { ...target, display: 'inline-flex', alignItems: 'center', justifyContent: 'center' },
      '& [role="combobox"]': target,
      '& [role="tab"]': target,
      '& a[href]': { ...target, display: 'inline-flex', alignItems: 'center' },
      '& input:not([type="checkbox"]):not([type="radio"])': target,
      '& textarea': target,
      '& .fui-Input, & .fui-Dropdown, & .fui-Combobox': { minHeight: TOUCH_TARGET },
      '& .fui-Checkbox, & .fui-Radio': { ...target, alignItems: 'center' },
      '& .fui-Checkbox__input, & .fui-Radio__input': { width: '100%', height: '100%' },
    },
    // A phone's pane: the view tabs (long in Russian and Finnish) wrap instead of running off the edge.
    '@media (max-width: 480px)': { '& [role="tablist"]': { flexWrap: 'wrap', flexShrink: 1, minWidth: 0 } },
  },
});
