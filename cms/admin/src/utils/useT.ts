import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../pluginId';
import en from '../translations/en.json';

/** A key of translations/en.json: a string used in the admin that is missing there does not compile. */
export type MessageKey = keyof typeof en;

/** Plain values only, so every message is a plain string. */
type Values = Record<string, string | number | boolean | Date | null | undefined>;

/** The plugin's messages, by their key in en.json (registered as `mentoring.<key>`). */
export function useT() {
  const { formatMessage } = useIntl();
  return useCallback(
    (key: MessageKey, values?: Values): string => formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: en[key] }, values),
    [formatMessage],
  );
}
