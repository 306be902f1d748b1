import type { ComponentChildren } from 'preact';
import type { Centre, ProblemView } from '../utils/protocol';

interface Props {
  problem: ProblemView;
  codeLabel: string;
  callLabel: string;
  programLabel: string;
  /** The steps as something else than a plain numbered list (the popup's checklist). */
  steps?: ComponentChildren;
}

/** "전화: 1588-0000 (평일 9–18시)": a customer centre, the hint's, the popup's and the site's alike. */
export function CentreLine({ centre, label }: { centre: Centre; label: string }) {
  return (
    <p class="centre">
      {label}: <a href={`tel:${centre.phone}`}>{centre.phone}</a>
      {centre.hours && ` (${centre.hours})`}
    </p>
  );
}

/**
 * One problem's fix, in the hint and in the popup: what identifies it first (the code, the
 * program it names, whom to call), so that stays in view when the card is short (zoomed pages),
 * then the numbered steps. Page-derived text is only ever rendered as text.
 */
export function ProblemSteps({ problem, codeLabel, callLabel, programLabel, steps }: Props) {
  return (
    <div class="problem-steps">
      {problem.code && (
        <p class="code">
          {codeLabel}: <code>{problem.code}</code>
        </p>
      )}
      {problem.program && (
        <p class="program">
          {programLabel}:{' '}
          {problem.program.url ? (
            <a href={problem.program.url} target="_blank" rel="noopener noreferrer">
              {problem.program.name}
            </a>
          ) : (
            <strong>{problem.program.name}</strong>
          )}
        </p>
      )}
      {problem.centre && <CentreLine centre={problem.centre} label={callLabel} />}
      {steps ?? (
        <ol>
          {problem.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
