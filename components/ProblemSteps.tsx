import type { ProblemView } from '../utils/protocol';

interface Props {
  problem: ProblemView;
  codeLabel: string;
  callLabel: string;
  programLabel: string;
}

/**
 * One problem's fix: what identifies it first (the code, the program it names, whom to call), so
 * that stays in view when the card is short (zoomed pages), then the numbered steps.
 * Page-derived text is only ever rendered as text.
 */
export function ProblemSteps({ problem, codeLabel, callLabel, programLabel }: Props) {
  return (
    <div class="problem-steps">
      {problem.code && (
        <p class="code">
          {codeLabel}: <code>{problem.code}</code>
        </p>
      )}
      {problem.program && (
        <p class="program">
          {programLabel}: {problem.program.url ? <a href={problem.program.url} target="_blank" rel="noopener noreferrer">{problem.program.name}</a> : <strong>{problem.program.name}</strong>}
        </p>
      )}
      {problem.centre && (
        <p class="centre">
          {callLabel}: <a href={`tel:${problem.centre.phone}`}>{problem.centre.phone}</a>
          {problem.centre.hours && ` (${problem.centre.hours})`}
        </p>
      )}
      <ol>
        {problem.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}
