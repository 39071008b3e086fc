import { attributeName, type ModelDefinition, type ScoreResult, type Scorer } from '@lms-score/core';
import { problemResponse } from '../../common/problems.ts';
import { LMS_FHIR } from '../fhir/lms-fhir.ts';
import { shownReference } from '../fhir/read-observations.ts';
import { riskAssessment } from '../fhir/risk-assessment.ts';
import type { ScoredObservations } from '../fhir/score-observations.ts';

export interface CardContext {
  /** This service's origin (the RiskAssessment's canonical method code). */
  readonly origin: string;
  /** The calculator's origin, for the card's link. */
  readonly calculator: string;
  /** The SMART app's launch URL, when it is set up: offered as a `smart` link. */
  readonly smartLaunch?: string;
  readonly patientId?: string;
  readonly adjuvantNote: string;
  readonly now: string;
  readonly uuid: () => string;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** The one-sentence summary, under 140 characters: points or their range, the group(s), the published risk. */
export function cardSummary(scorer: Scorer<ModelDefinition>, r: ScoreResult): string {
  const m = scorer.definition;
  const label = (id: string) => m.riskGroups.find((g) => g.id === id)?.label ?? id;
  const unknown = r.breakdown.filter((b) => !b.known).length;
  const points = r.points === null ? `${r.pointsRange[0]}-${r.pointsRange[1]}` : String(r.points);
  const head = `${m.id.toUpperCase()} ${points} points (${r.pointsProvenance})`;
  const of = unknown ? `, ${unknown} of ${r.breakdown.length} factors unknown` : '';
  if (r.riskGroup === null) return `${head}${of}: ${r.possibleRiskGroups.map(label).join(' or ')}.`;
  return `${head}${of}: ${label(r.riskGroup)}; published ${r.horizonYears}-year ${LMS_FHIR.outcome} risk ${pct(r.risk!)}.`;
}

/** The card's Markdown detail: each factor as found, its points and hazard ratio with their provenance. */
function cardDetail(
  scorer: Scorer<ModelDefinition>,
  scored: ScoredObservations,
  summary: string,
  adjuvantNote: string,
): string {
  const m = scorer.definition;
  const r = scored.result!;
  const rows = r.breakdown.map((b) => {
    const factor = m.factors.find((f) => f.id === b.factor)!;
    const level = factor.levels.find((l) => l.id === b.level);
    const from = scored.used.find((u) => u.factor === b.factor);
    const found = b.known
      ? `${b.value ?? level?.label ?? b.level}${factor.kind === 'banded' ? ` (${level?.label})` : ''}, ${from?.reference ? shownReference(from.reference) : 'an Observation'}${from?.date ? ` (${from.date.slice(0, 10)})` : ''}`
      : 'unknown';
    const points = b.points ?? `${b.pointsRange[0]}-${b.pointsRange[1]}`;
    return `| ${factor.label} | ${found} | ${points} | ${b.hazardRatio ?? '-'} |`;
  });
  const unknownAdjuvant = r.breakdown.some((b) => b.factor === 'adjuvantTherapy' && !b.known);
  return [
    `**${m.name} ${m.version}**`,
    '',
    summary,
    '',
    `| Factor | Found | Points (${r.pointsProvenance}) | Hazard ratio (published) |`,
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...(scored.problems.length ? ['**Not read:**', ...scored.problems.map((p) => `- ${p}`), ''] : []),
    ...(unknownAdjuvant ? [adjuvantNote, ''] : []),
    `The hazard ratios and the groups' ${r.horizonYears}-year risks are **published**; the points and group cut-offs are **derived**: ${m.derivation}`,
    '',
    LMS_FHIR.caveat,
    '',
    `Source: ${m.citation.text} [doi:${m.citation.doi}](${m.citation.url}). Model hash ${scorer.stamp.hash}. Decision support only: not a substitute for clinical judgement.`,
  ].join('\n');
}

/**
 * The CDS Hooks card for what was found: summary, indicator (never critical: this is a
 * prognostic score), source, Markdown detail, a link to the calculator prefilled with what was
 * found (in the URL's fragment, which browsers never send), and, when one group applies, a
 * suggestion to record the result as a RiskAssessment.
 */
export function lmsCard(scorer: Scorer<ModelDefinition>, scored: ScoredObservations, context: CardContext) {
  const r = scored.result!;
  const prefill = new URLSearchParams();
  for (const u of scored.used)
    prefill.set(attributeName(u.factor), typeof u.value === 'boolean' ? (u.value ? 'yes' : 'no') : String(u.value));
  const resource = riskAssessment(scorer, r, {
    ...(context.patientId ? { subject: `Patient/${context.patientId}` } : {}),
    basis: scored.used.flatMap((u) => (u.reference ? [u.reference] : [])),
    origin: context.origin,
    now: context.now,
  });
  const group = r.riskGroup as keyof typeof LMS_FHIR.indicator | null;
  const summary = cardSummary(scorer, r);
  return {
    uuid: context.uuid(),
    summary,
    indicator: group !== null && Object.hasOwn(LMS_FHIR.indicator, group) ? LMS_FHIR.indicator[group] : 'info',
    source: { label: LMS_FHIR.sourceLabel, url: scorer.definition.citation.url },
    detail: cardDetail(scorer, scored, summary, context.adjuvantNote),
    links: [
      {
        label: r.complete ? 'Open in the LMS calculator' : 'Complete the unknown factors in the LMS calculator',
        url: `${context.calculator}/embed#${prefill}`,
        type: 'absolute',
      },
      ...(context.smartLaunch
        ? [
            {
              label: 'Open the LMS app, filled from the record',
              url: context.smartLaunch,
              type: 'smart',
              // What this card found, as the calculator link's fragment has it; the app reads the record again.
              appContext: JSON.stringify({ found: Object.fromEntries(prefill) }),
            },
          ]
        : []),
    ],
    ...(resource
      ? {
          selectionBehavior: 'at-most-one',
          suggestions: [
            {
              label: 'Record this result as a RiskAssessment',
              uuid: context.uuid(),
              actions: [
                {
                  type: 'create',
                  description: `Create a RiskAssessment: ${summary}`,
                  resource,
                },
              ],
            },
          ],
        }
      : {}),
  };
}

/** The card when Observations were found but none could be read: what was not read, never a guess. */
export function unreadCard(scorer: Scorer<ModelDefinition>, problems: readonly string[], context: CardContext) {
  const m = scorer.definition;
  return {
    uuid: context.uuid(),
    summary: `${m.id.toUpperCase()} not scored: the pathology Observations found could not be read.`,
    indicator: 'info',
    source: { label: LMS_FHIR.sourceLabel, url: m.citation.url },
    detail: ['**Not read:**', ...problems.map((p) => `- ${p}`)].join('\n'),
    links: [{ label: 'Open the LMS calculator', url: `${context.calculator}/embed`, type: 'absolute' }],
  };
}

/** 412: the prefetch lacks keys and the FHIR server may not (or could not) be read. */
export const fhirReadFailed = (keys: readonly string[], open: boolean, reason?: string): Response =>
  problemResponse(
    'precondition-failed',
    `The prefetch lacks ${keys.join(', ')}${
      open
        ? ', and this open service never reads a FHIR server: send every prefetch key (null when there is no data).'
        : reason
          ? `, and the FHIR server was not read: ${reason}`
          : ', and the FHIR server could not be read (it needs fhirServer, fhirAuthorization, and a client allowed to name that server).'
    }`,
  );
