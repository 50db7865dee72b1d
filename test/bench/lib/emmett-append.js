'use strict';
/**
 * One append of the benchmark through an Emmett event store (either peer): the same events as ours,
 * as Emmett messages, to a new stream. `streamDoesNotExist` is the peer's own STREAM_DOES_NOT_EXIST.
 */
const { consultationAppend } = require('./sample-events');

function emmettAppender(store, eventsPerAppend, streamDoesNotExist) {
  return async (sequence) => {
    const { streamId, events } = consultationAppend(sequence, eventsPerAppend);
    const messages = events.map(({ type, data, metadata }) => ({ type, data, metadata }));
    await store.appendToStream(streamId, messages, { expectedStreamVersion: streamDoesNotExist });
    return messages.length;
  };
}

module.exports = { emmettAppender };
