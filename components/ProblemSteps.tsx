import type { ProblemView } from '../utils/protocol';

interface Props {
  problem: ProblemView;
  codeLabel: string;
  callLabel: string;
}

/** One problem's fix as numbered steps. Page-derived text is only ever rendered as text. */
export function ProblemSteps({ problem, codeLabel, callLabel }: Props) {
  return (
    <div class="problem-steps">
      <ol>
        {problem.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {problem.code && (
        <p class="code">
          {codeLabel}: <code>{problem.code}</code>
        </p>
      )}
      {problem.centre && (
        <p class="centre">
          {callLabel}: <a href={`tel:${problem.centre.phone}`}>{problem.centre.phone}</a>
          {problem.centre.hours && ` (${problem.centre.hours})`}
        </p>
      )}
    </div>
  );
}
