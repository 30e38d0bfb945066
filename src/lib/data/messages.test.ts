import { describe, expect, it } from 'vitest';
import { KIND_LABELS } from './messages.ts';

describe('KIND_LABELS', () => {
  it('labels are distinct (the summary counts by label)', () => {
    const labels = Object.values(KIND_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
