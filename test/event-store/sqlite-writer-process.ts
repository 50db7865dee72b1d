/**
 * A second writer process for the SQLite store tests: waits until `startAt`, then appends `count` events to one
 * stream, one at a time, each at the revision it has just read, retrying on a version conflict. Reports the ids it
 * wrote and how many conflicts it met as one JSON line on stdout.
 * Usage: node -r ./load-typescript.js sqlite-writer-process.ts <file> <streamId> <count> <startAt epoch ms>
 */
import { randomUUID } from 'node:crypto';
import { type NewEvent, SqliteEventStore, VersionConflict } from '@telemed/event-store';

async function main([filePath, streamId, count, startAt]: string[]): Promise<void> {
  const store = SqliteEventStore.open(filePath);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
  const written: string[] = [];
  let conflicts = 0;
  while (written.length < Number(count)) {
    const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    const eventId = randomUUID();
    const event: NewEvent = {
      eventId,
      type: 'NoteAdded',
      schemaVersion: 1,
      data: { writerPid: process.pid },
      metadata: { actor: { userId: `writer-${process.pid}`, role: 'system' }, correlationId: eventId },
    };
    try {
      await store.appendToStream(streamId, [event], last?.streamRevision ?? 'no-stream');
      written.push(eventId);
    } catch (error) {
      if (!(error instanceof VersionConflict)) throw error;
      conflicts++;
    }
  }
  await store.close();
  process.stdout.write(`${JSON.stringify({ written, conflicts })}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
