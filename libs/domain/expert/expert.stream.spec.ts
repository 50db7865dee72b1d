import { foldEvents } from '@telemed/domain/core';
import { expertDecider } from './expert.decider';
import { expertStreamId, type ExpertEvent } from './expert.events';
import { booked, drLiRegistered } from './expert.testing';

describe('the expert stream', () => {
  it('is named after the expert id', () => {
    expect(expertStreamId('dr-li')).toBe('expert-dr-li');
  });

  it('ignores events of types it does not know', () => {
    const state = foldEvents(expertDecider, [drLiRegistered]);
    expect(expertDecider.evolve(state, { type: 'ExpertRetired', data: {} } as unknown as ExpertEvent)).toBe(state);
  });

  it('ignores calendar events that arrive before the expert is registered', () => {
    expect(foldEvents(expertDecider, [booked('b-1', '2024-05-07T02:00:00Z', '2024-05-07T03:00:00Z')])).toEqual({
      status: 'unregistered',
    });
  });

  it('ignores a move or release of a booking it never held', () => {
    const state = foldEvents(expertDecider, [drLiRegistered]);
    const moved: ExpertEvent = {
      type: 'ExpertBookingMoved',
      data: {
        expertId: 'dr-li',
        bookingId: 'toString',
        previousStart: '2024-05-07T02:00:00Z',
        previousEnd: '2024-05-07T03:00:00Z',
        start: '2024-05-07T04:00:00Z',
        end: '2024-05-07T05:00:00Z',
        movedBy: 'dr-li',
        movedAt: '2024-05-06T02:00:00Z',
      },
    };
    expect(expertDecider.evolve(state, moved)).toEqual({ ...state, eventsSinceBooksClosed: 2 });
  });
});
