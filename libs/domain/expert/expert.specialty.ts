/** What an expert brings to a request: their own specialty and the department they work in. */
export interface ExpertPractice {
  expertId: string;
  specialty: string;
  departmentId: string;
}

const normalised = (specialty: string): string => specialty.trim().toLowerCase();

/**
 * An expert answers only for work of their own specialty, or of one their department answers for
 * under a department pairing (以院包科: the giving department adopts the receiving one, whatever
 * the titles of its doctors' specialties). `pairedDepartmentIds` are the giving departments of the
 * pairings that cover the work.
 */
export function answersFor(expert: ExpertPractice, specialties: readonly string[], pairedDepartmentIds: readonly string[]): boolean {
  return (
    specialties.some((specialty) => normalised(specialty) === normalised(expert.specialty)) ||
    pairedDepartmentIds.includes(expert.departmentId)
  );
}
