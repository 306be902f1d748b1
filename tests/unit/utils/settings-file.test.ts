import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/settings-schema';
import {
  exportSettings,
  parseSettingsFile,
  SETTINGS_FILE_FORMAT,
  SETTINGS_FILE_VERSION,
} from '../../../utils/settings-file';

const file = (fields: object) =>
  JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, settings: {}, ...fields });

describe('settings file', () => {
  it('writes the format, its version, when it was exported, the settings and the reminders', () => {
    const text = exportSettings(DEFAULT_SETTINGS, [], new Date(Date.UTC(2026, 10, 25)));
    expect(JSON.parse(text)).toEqual({
      format: 'reissue-helper-settings',
      version: 2,
      exportedAt: '2026-11-25T00:00:00.000Z',
      settings: DEFAULT_SETTINGS,
      reminders: [],
    });
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reads a file of up to 256 KB', () => {
    const padded = file({ padding: '' });
    const exact = file({ padding: ' '.repeat(256 * 1024 - padded.length) });
    expect(exact.length).toBe(256 * 1024);
    expect(parseSettingsFile(exact)).not.toHaveProperty('error');
    expect(parseSettingsFile(`${exact} `)).toEqual({ error: 'importTooLarge' });
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['another format', file({ format: 'other' })],
    ['a version that is not a number', file({ version: '2' })],
    ['settings that are null', file({ settings: null })],
    ['settings that are a string', file({ settings: 'x' })],
    ['reminders that are an object', file({ reminders: {} })],
  ])('refuses %s', (_name, text) => {
    expect(parseSettingsFile(text)).toEqual({ error: 'importWrongFormat' });
  });

  it('takes an older version, and a file without reminders as one with none', () => {
    const result = parseSettingsFile(file({ version: 1, settings: { retention: '7d' } }));
    expect(result).toEqual({ settings: { ...DEFAULT_SETTINGS, retention: '7d' }, reminders: [] });
  });
});
