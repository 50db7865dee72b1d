'use strict';
/**
 * The read-and-fold workload both sides of the peer comparison run over the same events: fold the
 * whole log into counts of events per partnership and event type, in memory. Events that name a
 * partnership (requests, plans, pairings) bind their stream to it; later events of the stream count
 * for the same partnership. Used by our read-and-fold and by the Emmett scripts (ESM imports this file).
 */
function createPartnershipCounts() {
  const partnershipOfStream = new Map();
  const counts = new Map();
  let counted = 0;
  return {
    apply(streamId, type, data) {
      let partnershipId = partnershipOfStream.get(streamId);
      if (partnershipId === undefined && data && typeof data.partnershipId === 'string') {
        partnershipId = data.partnershipId;
        partnershipOfStream.set(streamId, partnershipId);
      }
      if (partnershipId === undefined) return;
      let byType = counts.get(partnershipId);
      if (!byType) counts.set(partnershipId, (byType = new Map()));
      byType.set(type, (byType.get(type) ?? 0) + 1);
      counted++;
    },
    /** What the fold found; equal on both sides when both read the same events. */
    summary() {
      return { partnerships: counts.size, eventsCounted: counted };
    },
  };
}

module.exports = { createPartnershipCounts };
