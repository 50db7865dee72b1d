import type { EventStore } from '@telemed/event-store/event-store.port';
import { partnershipStreamId } from '@telemed/domain/partnership';

/** Who a delivered event concerns, as the first event of its stream says; never changes once recorded. */
export interface CaseParties {
  partnershipId?: string;
  /** The hospitals of both sides. */
  hospitalIds: string[];
  /** The aid-receiving side: the requesting hospital of a case, the audience of a training session. */
  receivingHospitalId?: string;
  /** The hospital whose patient a consultation or case review is about: the requesting one. */
  patientHospitalId?: string;
}

type FirstData = { partnershipId?: string; givingHospitalId?: string; receivingHospitalId?: string; requestingHospitalId?: string };

const PATIENT_CASES = ['consultation-', 'case-review-'];
/** Streams are few and their parties fixed, so many are kept; the oldest go first. */
const CACHE_SIZE = 20_000;

/**
 * Finds the parties of a stream from its first event (and, where that names only the partnership,
 * from the partnership's first event), reading the log itself: deliveries never wait for the read
 * models, and two dispatchers decide the same.
 */
export class CasePartiesReader {
  private readonly cache = new Map<string, CaseParties>();

  constructor(private readonly log: Pick<EventStore, 'readStream'>) {}

  async of(streamId: string): Promise<CaseParties | undefined> {
    const cached = this.cache.get(streamId);
    if (cached) return cached;
    const first = await this.firstData(streamId);
    if (!first) return undefined;
    let { givingHospitalId, receivingHospitalId } = first;
    receivingHospitalId ??= first.requestingHospitalId;
    if ((!givingHospitalId || !receivingHospitalId) && first.partnershipId) {
      const partnership = await this.firstData(partnershipStreamId(first.partnershipId));
      givingHospitalId ??= partnership?.givingHospitalId;
      receivingHospitalId ??= partnership?.receivingHospitalId;
    }
    const parties: CaseParties = {
      ...(first.partnershipId && { partnershipId: first.partnershipId }),
      hospitalIds: [receivingHospitalId, givingHospitalId].filter((id): id is string => typeof id === 'string'),
      ...(receivingHospitalId && { receivingHospitalId }),
      ...(PATIENT_CASES.some((prefix) => streamId.startsWith(prefix)) && first.requestingHospitalId && { patientHospitalId: first.requestingHospitalId }),
    };
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(streamId, parties);
    return parties;
  }

  private async firstData(streamId: string): Promise<FirstData | undefined> {
    const [first] = await this.log.readStream(streamId, { direction: 'forwards', maxCount: 1 });
    return first?.data as FirstData | undefined;
  }
}
