type Outcome = { issue?: { diagnostics?: unknown; details?: { text?: unknown } }[] };

/** fhirclient's HttpError puts the answer's JSON body after a blank line in its message. */
function outcomeIn(message: string): Outcome | undefined {
  try {
    const body = JSON.parse(message.slice(message.indexOf('\n\n') + 2)) as unknown;
    return body && typeof body === 'object' ? (body as Outcome) : undefined;
  } catch {
    return undefined;
  }
}

/** What a FHIR server's refusal says, in words: its status and the OperationOutcome's diagnostics. */
export function refusalText(error: unknown): string {
  const e = error as { status?: unknown; statusCode?: unknown; message?: unknown };
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : null;
  const body = typeof e.message === 'string' && e.message.includes('\n\n') ? outcomeIn(e.message) : undefined;
  const said = (body?.issue ?? [])
    .map((i) =>
      typeof i.diagnostics === 'string' ? i.diagnostics : typeof i.details?.text === 'string' ? i.details.text : '',
    )
    .filter(Boolean)
    .join(' ');
  if (status === 401)
    return 'The record no longer accepts this session (401): it may have expired. Launch the app again from the chart.';
  if (status !== null) return `The record refused it (${status})${said ? `: ${said}` : '.'}`;
  return `Could not reach the record: ${typeof e.message === 'string' ? e.message : String(error)}`;
}
