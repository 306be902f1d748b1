import { useState } from 'preact/hooks';
import { useFocusAfterRemoval } from '../../../components/focus';
import { t, type Lang } from '../../../utils/i18n';
import { daysLeftText } from '../../../utils/days-left';
import { isValidExpiry } from '../../../utils/reminder-schedule';
import type { Reminder } from '../../../utils/settings';

interface Props {
  lang: Lang;
  reminders: Reminder[];
  now: number;
  onAdd(reminder: Reminder): void;
  onRemove(id: string): void;
}

/** Expiry reminders: a date and a name, reminded 30 and 7 days before. */
export function RemindersSection({ lang, reminders, now, onAdd, onRemove }: Props) {
  const [label, setLabel] = useState('');
  const [expiry, setExpiry] = useState('');
  const [invalid, setInvalid] = useState(false);
  const sorted = [...reminders].sort((a, b) => a.expiry.localeCompare(b.expiry));
  const { section, removing } = useFocusAfterRemoval(reminders, 'button[data-remove-reminder]', (r) => r.id);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!isValidExpiry(expiry)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onAdd({
      id: `r${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      label: label.trim().slice(0, 80),
      expiry,
    });
    setLabel('');
    setExpiry('');
  };
  return (
    <section ref={section} aria-labelledby="reminders-heading">
      <h2 id="reminders-heading" tabIndex={-1}>
        {t('optionsRemindersHeading', lang)}
      </h2>
      <p class="muted">{t('optionsRemindersHelp', lang)}</p>
      <form class="row" onSubmit={submit}>
        <label class="field">
          <span>{t('optionsReminderLabel', lang)}</span>
          <input
            name="reminder-label"
            type="text"
            maxLength={80}
            value={label}
            onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          <span>{t('optionsReminderDate', lang)}</span>
          <input
            name="reminder-date"
            type="date"
            required
            value={expiry}
            aria-invalid={invalid ? 'true' : 'false'}
            aria-describedby={invalid ? 'reminder-error' : undefined}
            onInput={(e) => setExpiry((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('optionsReminderAdd', lang)}</button>
      </form>
      {invalid && (
        <p id="reminder-error" class="text-error" role="alert">
          {t('optionsReminderInvalid', lang)}
        </p>
      )}
      {reminders.length === 0 ? (
        <p class="muted">{t('optionsReminderNone', lang)}</p>
      ) : (
        <ul class="reminders">
          {sorted.map((r, index) => (
            <li key={r.id}>
              <strong>{r.label || t('optionsReminderNoName', lang)}</strong> {r.expiry} ·{' '}
              {daysLeftText(r.expiry, now, lang)}
              <button
                type="button"
                class="link"
                data-remove-reminder={r.id}
                aria-label={t(
                  'optionsRemoveNamed',
                  lang,
                  `${r.label || t('optionsReminderNoName', lang)} ${r.expiry}`,
                )}
                onClick={() => {
                  removing(index, r.id);
                  onRemove(r.id);
                }}
              >
                {t('optionsCustomRemove', lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
