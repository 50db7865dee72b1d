import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from './client';
import type { ExpertListing, Hospital, HospitalName, Page, PartnershipListing } from './views';

/** The registry's hospitals, with their departments. */
export function useHospitals() {
  return useQuery({ queryKey: ['hospitals'], queryFn: () => unwrap<{ items: Hospital[] }>(api.GET('/v1/hospitals')) });
}

/** Experts as the registry lists them, optionally of one hospital (the first 200). */
export function useExperts(hospitalId?: string) {
  return useQuery({
    queryKey: ['experts', hospitalId ?? 'all'],
    queryFn: () => unwrap<Page<ExpertListing>>(api.GET('/v1/experts', { params: { query: { limit: 200, ...(hospitalId && { hospitalId }) } } } as never)),
  });
}

/** Partnerships, optionally those a hospital takes part in. */
export function usePartnerships(hospitalId?: string) {
  return useQuery({
    queryKey: ['partnerships', hospitalId ?? 'all'],
    queryFn: () => unwrap<Page<PartnershipListing>>(api.GET('/v1/partnerships', { params: { query: { limit: 200, ...(hospitalId && { hospitalId }) } } } as never)),
  });
}

/** A hospital's name in the reader's language: the Chinese one when reading Chinese and there is one. */
export function useHospitalName(): (hospital: HospitalName | undefined | null) => string {
  const { i18n } = useTranslation();
  return (hospital) => (hospital ? (i18n.language === 'zh' && hospital.nameZh) || hospital.name : '—');
}

/** An instant from a date and a time of day on the viewer's own clock. */
export function instantOf(date: string, time: string): string {
  return new Date(`${date}T${time}`).toISOString();
}
