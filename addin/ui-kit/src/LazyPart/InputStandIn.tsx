import { Input, type InputProps } from '@fluentui/react-components';

/**
 * What an input control loaded after the first paint shows until its code is there: its look and
 * value, read-only and out of the tab order, as the control replaces it (a focus in it would be lost).
 */
export function InputStandIn(props: Pick<InputProps, 'className' | 'value' | 'placeholder'>) {
  return <Input {...props} readOnly tabIndex={-1} />;
}
