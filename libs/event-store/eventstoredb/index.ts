export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb-event-store';
export { CHECKPOINT_EVENT_TYPE, checkpointStreamId, EventStoreDbCheckpointStore } from './eventstoredb-checkpoint-store';
