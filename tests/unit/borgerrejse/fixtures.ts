/** A small journey used across the borgerrejse unit tests. */
import type { BorgerrejseDoc, Journey } from '../../../src/lib/borgerrejse/model';

export function journey(): Journey {
  return {
    id: 'r1',
    name: 'Rejse A',
    createdAt: '2026-03-01T09:00:00.000Z',
    events: [
      { id: 'e1', text: 'Henvendelse til jobcentret', when: 'januar 2024', official: true, notes: [
        { id: 'n1', kind: 'roed', text: 'Ventede tre uger på svar' },
      ] },
      { id: 'e2', text: 'Første samtale med sagsbehandler', when: '', official: true, notes: [
        { id: 'n2', kind: 'groen', text: 'Blev lyttet til' },
        { id: 'n3', kind: 'roed', text: 'Skulle fortælle det hele igen' },
        { id: 'n4', kind: 'roed', text: 'Forstod ikke brevet' },
      ] },
      { id: 'e3', text: 'Datteren flyttede hjemmefra', when: 'sommer 2024', official: false, notes: [] },
      { id: 'e4', text: 'Praktik i genbrugsbutik', when: 'efterår 2024', official: true, notes: [
        { id: 'n5', kind: 'groen', text: 'Fik en god kollega' },
        { id: 'n6', kind: 'groen', text: 'Mødte til tiden hver dag' },
      ] },
    ],
  };
}

export function doc(): BorgerrejseDoc {
  return { journeys: [journey(), { id: 'r2', name: 'Rejse B', createdAt: '2026-03-02T09:00:00.000Z', events: [] }], activeId: 'r1' };
}
