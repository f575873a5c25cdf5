import { useRef } from 'react';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * Inserts text where the caret was in whichever field had the focus last (the last field
 * before any had it), replacing a selection, and puts the caret after what was inserted.
 */
export function useInsertAtCaret<K extends string>(
  keys: readonly K[],
  values: Record<K, string>,
  change: (key: K, value: string) => void,
) {
  const elements = useRef<Partial<Record<K, TextElement | null>>>({});
  const focused = useRef<K>(keys[keys.length - 1]);
  return {
    /** The props that let a field's input take insertions. */
    bind: (key: K) => ({
      ref: (element: TextElement | null) => {
        elements.current[key] = element;
      },
      onFocus: () => {
        focused.current = key;
      },
    }),
    insert: (text: string) => {
      const key = focused.current;
      const element = elements.current[key];
      const value = values[key];
      const start = element?.selectionStart ?? value.length;
      const end = element?.selectionEnd ?? start;
      change(key, value.slice(0, start) + text + value.slice(end));
      const caret = start + text.length;
      requestAnimationFrame(() => {
        element?.focus();
        element?.setSelectionRange(caret, caret);
      });
    },
  };
}
