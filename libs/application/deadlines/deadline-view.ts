/** A deadline as a case's row says: when due, when met, and whether it was recorded overdue; null when none ran. */
export function deadlineView(due: string | null, metAt: string | null | undefined, overdueAt: string | null | undefined) {
  if (!due) return null;
  return { due, ...(metAt && { metAt }), overdue: overdueAt !== null && overdueAt !== undefined, ...(overdueAt && { overdueAt }) };
}

/** The two deadlines of a case requested under response targets; null for one requested without. */
export function deadlinesView(
  accept: { due: string | null; metAt: string | null | undefined; overdueAt: string | null | undefined },
  answer: { due: string | null; metAt: string | null | undefined; overdueAt: string | null | undefined },
) {
  if (!accept.due && !answer.due) return null;
  return { accept: deadlineView(accept.due, accept.metAt, accept.overdueAt), answer: deadlineView(answer.due, answer.metAt, answer.overdueAt) };
}
