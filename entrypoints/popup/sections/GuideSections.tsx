import { Checklist } from '../../../components/Checklist';
import { guide } from '../../../rules';
import { t, type Lang } from '../../../utils/i18n';

interface PreflightProps {
  lang: Lang;
  open: boolean;
  checked: Set<string>;
  onToggle(id: string, checked: boolean): void;
}

/** "재발급 전 체크리스트": the seed guide's preflight, tickable. */
export function PreflightSection({ lang, open, checked, onToggle }: PreflightProps) {
  return (
    <details open={open} class="preflight">
      <summary>{t('popupPreflightHeading', lang)}</summary>
      <Checklist
        items={guide.preflight.map((item) => ({ id: item.id, text: item.text[lang] }))}
        checked={checked}
        onToggle={onToggle}
      />
    </details>
  );
}

/** "언제 재발급하나요" and "보안 수칙": read-only lists from the seed guide. */
export function ReadingSections({ lang }: { lang: Lang }) {
  return (
    <>
      <details class="reasons">
        <summary>{t('popupReasonsHeading', lang)}</summary>
        <ul class="guide">
          {guide.reissueReasons.map((item) => (
            <li key={item.id}>{item.text[lang]}</li>
          ))}
        </ul>
      </details>
      <details class="security">
        <summary>{t('popupSecurityHeading', lang)}</summary>
        <ul class="guide">
          {guide.securityTips.map((item) => (
            <li key={item.id}>{item.text[lang]}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
