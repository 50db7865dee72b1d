import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { sawPosition } from './api/client';
import { currentToken } from './session';

interface Notice {
  kind: 'consultation' | 'training-session';
  id: string;
  type: string;
  position: string;
}

const RECONNECT_MS = 2000;

/**
 * Listens to the API's notices (Server-Sent Events, read with fetch so the token travels in the
 * Authorization header, never in a URL) and refreshes what they touch: the next reads carry the
 * notice's position as `minPosition`, so they show what was announced.
 */
export function useLiveNotices(): void {
  const client = useQueryClient();
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onNotice = (notice: Notice) => {
      sawPosition(notice.position);
      if (notice.kind === 'consultation') {
        void client.invalidateQueries({ queryKey: ['consultations'] });
        void client.invalidateQueries({ queryKey: ['consultation', notice.id] });
      }
      if (notice.kind === 'training-session') {
        void client.invalidateQueries({ queryKey: ['training-sessions'] });
        void client.invalidateQueries({ queryKey: ['training-session', notice.id] });
      }
      void client.invalidateQueries({ queryKey: ['stats'] });
    };
    const connect = async () => {
      try {
        const response = await fetch('/v1/notifications/stream', {
          headers: { Authorization: `Bearer ${currentToken() ?? ''}`, Accept: 'text/event-stream' },
          signal: controller.signal,
        });
        if (!response.ok || !response.body) throw new Error(`notifications answered ${response.status}`);
        await readEvents(response.body, onNotice);
      } catch {
        // Dropped or refused: try again shortly, unless the page is done with it.
      }
      if (!controller.signal.aborted) timer = setTimeout(() => void connect(), RECONNECT_MS);
    };
    void connect();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [client]);
}

async function readEvents(body: ReadableStream<Uint8Array>, onNotice: (notice: Notice) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (data) onNotice(JSON.parse(data.slice(6)) as Notice);
    }
  }
}
