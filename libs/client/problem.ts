/** A problem document (RFC 9457), as the backbone answers every refusal. */
export interface BackboneProblem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

/** A call the backbone refused: the problem document it answered. */
export class BackboneError extends Error {
  constructor(readonly problem: BackboneProblem) {
    super(problem.detail);
    this.name = 'BackboneError';
  }
}

/**
 * The answer's data, or a BackboneError carrying the problem document (one made up from the status when the body is
 * none). The data is typed as the route answers it, or as the type named (`unwrap<View>(call)`).
 */
export async function unwrap<T = never, Data = unknown>(call: Promise<{ data?: Data; error?: unknown; response: Response }>): Promise<[T] extends [never] ? Data : T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const problem = (error as BackboneProblem | undefined) ?? {
      type: 'about:blank',
      title: response.statusText,
      status: response.status,
      detail: response.statusText,
      code: `http-${response.status}`,
    };
    throw new BackboneError(problem);
  }
  return data as [T] extends [never] ? Data : T;
}
