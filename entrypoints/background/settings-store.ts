import { applyChange, type SettingsChange } from '../../utils/settings-changes';
import type { Settings } from '../../utils/settings';
import { readStoredSettings, settingsItem } from '../../utils/storage';
import { serialQueue } from './serial-queue';

// The background is the only writer of settings: changes from the popup and the options page
// queue here and apply one after another, so neither overwrites the other's.
const serially = serialQueue();

export const getSettings = readStoredSettings;

export function changeSettings(change: SettingsChange): Promise<Settings> {
  return serially(async () => {
    const next = applyChange(await getSettings(), change);
    await settingsItem.setValue(next);
    return next;
  });
}
