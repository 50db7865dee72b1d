import { createRequire } from 'node:module';
import type * as Grpc from '@grpc/grpc-js';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty as ProtobufEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import { Code } from '@eventstore/db-client/generated/code_pb';
import { AllStreamPosition, Empty, WrongExpectedVersion } from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { AppendReq, AppendResp, BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { AppendOutcome, Expectation, InMemoryLog, ProposedEvent } from './in-memory-log';
import { parseUuid, proposedEvent, streamNameOf } from './grpc-messages';

const grpc = createRequire(require.resolve('@eventstore/db-client/generated/streams_grpc_pb'))('@grpc/grpc-js') as typeof Grpc;

/**
 * Streams.Append (client-streaming: options, then one message per event; one answer) and
 * Streams.BatchAppend (one duplex call for many appends), with the answers EventStoreDB gives: a
 * wrong expected version is an AppendResp result for Append and a google.rpc.Status carrying the
 * versions for BatchAppend, which is what makes the client raise WrongExpectedVersionError.
 */
export function append(
  log: InMemoryLog,
  call: Grpc.ServerReadableStream<AppendReq, AppendResp>,
  callback: Grpc.sendUnaryData<AppendResp>,
): void {
  let options: AppendReq.Options | undefined;
  const proposed: ProposedEvent[] = [];
  let failure: Grpc.ServiceError | undefined;
  call.on('data', (request: AppendReq) => {
    try {
      if (request.hasOptions()) options = request.getOptions();
      else proposed.push(proposedEvent(request.getProposedMessage()!));
    } catch (error) {
      failure ??= invalidArgument(error);
    }
  });
  call.on('end', () => {
    if (failure || !options) return callback(failure ?? invalidArgument(new Error('the first message must carry the options')), null);
    const expectation = appendExpectation(options);
    const outcome = log.append(streamNameOf(options.getStreamIdentifier()), expectation, proposed);
    callback(null, appendResponse(outcome, expectation));
  });
}

function appendExpectation(options: AppendReq.Options | BatchAppendReq.Options): Expectation {
  if (options.hasNoStream()) return { kind: 'no-stream' };
  if (options.hasStreamExists()) return { kind: 'stream-exists' };
  if (options instanceof AppendReq.Options && options.hasRevision()) return { kind: 'revision', revision: BigInt(options.getRevision()) };
  if (options instanceof BatchAppendReq.Options && options.hasStreamPosition()) {
    return { kind: 'revision', revision: BigInt(options.getStreamPosition()) };
  }
  return { kind: 'any' };
}

function appendResponse(outcome: AppendOutcome, expectation: Expectation): AppendResp {
  if (outcome.ok) {
    const success = new AppendResp.Success();
    if (outcome.currentRevision === undefined) success.setNoStream(new Empty());
    else success.setCurrentRevision(String(outcome.currentRevision));
    if (outcome.position === undefined) success.setNoPosition(new Empty());
    else success.setPosition(new AppendResp.Position().setCommitPosition(String(outcome.position)).setPreparePosition(String(outcome.position)));
    return new AppendResp().setSuccess(success);
  }
  // Servers fill the current fields and the 20.6.0 ones that older clients read.
  const wrong = new AppendResp.WrongExpectedVersion();
  if (outcome.currentRevision === undefined) wrong.setCurrentNoStream(new Empty()).setNoStream2060(new Empty());
  else wrong.setCurrentRevision(String(outcome.currentRevision)).setCurrentRevision2060(outcome.currentRevision);
  if (expectation.kind === 'revision') {
    wrong.setExpectedRevision(String(expectation.revision)).setExpectedRevision2060(Number(expectation.revision));
  } else if (expectation.kind === 'no-stream') wrong.setExpectedNoStream(new Empty());
  else if (expectation.kind === 'stream-exists') wrong.setExpectedStreamExists(new Empty()).setStreamExists2060(new Empty());
  else wrong.setExpectedAny(new Empty()).setAny2060(new Empty());
  return new AppendResp().setWrongExpectedVersion(wrong);
}

/** One duplex call carries many appends, told apart by correlation id; each ends with `is_final`. */
export function batchAppend(log: InMemoryLog, call: Grpc.ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void {
  const pending = new Map<string, { options?: BatchAppendReq.Options; proposed: ProposedEvent[] }>();
  call.on('data', (request: BatchAppendReq) => {
    const correlationId = parseUuid(request.getCorrelationId());
    const entry = pending.get(correlationId) ?? { proposed: [] };
    pending.set(correlationId, entry);
    if (request.hasOptions()) entry.options = request.getOptions();
    let failure: unknown;
    try {
      entry.proposed.push(...request.getProposedMessagesList().map(proposedEvent));
    } catch (error) {
      failure = error;
    }
    if (!request.getIsFinal() && failure === undefined) return;
    pending.delete(correlationId);
    const response = new BatchAppendResp().setCorrelationId(request.getCorrelationId());
    if (!entry.options) failure ??= new Error('the first message of an append must carry the options');
    if (failure !== undefined || !entry.options) {
      call.write(response.setError(new Status().setCode(Code.INVALID_ARGUMENT).setMessage(String(failure))));
      return;
    }
    const expectation = appendExpectation(entry.options);
    response.setStreamIdentifier(entry.options.getStreamIdentifier());
    const outcome = log.append(streamNameOf(entry.options.getStreamIdentifier()), expectation, entry.proposed);
    call.write(outcome.ok ? response.setSuccess(batchSuccess(outcome)) : response.setError(wrongExpectedVersionStatus(outcome, expectation)));
  });
  call.on('end', () => call.end());
}

function batchSuccess(outcome: Extract<AppendOutcome, { ok: true }>): BatchAppendResp.Success {
  const success = new BatchAppendResp.Success();
  if (outcome.currentRevision === undefined) success.setNoStream(new ProtobufEmpty());
  else success.setCurrentRevision(String(outcome.currentRevision));
  if (outcome.position === undefined) success.setNoPosition(new ProtobufEmpty());
  else success.setPosition(new AllStreamPosition().setCommitPosition(String(outcome.position)).setPreparePosition(String(outcome.position)));
  return success;
}

/** BatchAppend reports a wrong expected version as a google.rpc.Status whose details hold the versions. */
function wrongExpectedVersionStatus(outcome: Extract<AppendOutcome, { ok: false }>, expectation: Expectation): Status {
  const details = new WrongExpectedVersion();
  if (outcome.currentRevision === undefined) details.setCurrentNoStream(new ProtobufEmpty());
  else details.setCurrentStreamRevision(String(outcome.currentRevision));
  if (expectation.kind === 'revision') details.setExpectedStreamPosition(String(expectation.revision));
  else if (expectation.kind === 'no-stream') details.setExpectedNoStream(new ProtobufEmpty());
  else if (expectation.kind === 'stream-exists') details.setExpectedStreamExists(new ProtobufEmpty());
  else details.setExpectedAny(new ProtobufEmpty());
  const packed = new Any();
  packed.pack(details.serializeBinary(), 'event_store.client.WrongExpectedVersion');
  return new Status().setCode(Code.FAILED_PRECONDITION).setMessage('WrongExpectedVersion').setDetails(packed);
}

function invalidArgument(error: unknown): Grpc.ServiceError {
  const details = error instanceof Error ? error.message : String(error);
  return Object.assign(new Error(details), { code: grpc.status.INVALID_ARGUMENT, details, metadata: new grpc.Metadata() });
}
