import { describe, expect, it } from 'vitest';
import { LruCache } from './lru';

describe('LruCache', () => {
  it('evicts the least recently used entry', () => {
    const c = new LruCache<number>(2, 1000);
    c.set('a', 1, 0);
    c.set('b', 2, 0);
    expect(c.get('a', 1)).toBe(1);
    c.set('c', 3, 2);
    expect(c.get('b', 3)).toBeUndefined();
    expect(c.get('a', 3)).toBe(1);
    expect(c.get('c', 3)).toBe(3);
    expect(c.size).toBe(2);
  });
  it('expires entries after their time limit', () => {
    const c = new LruCache<string>(10, 100);
    c.set('k', 'v', 0);
    expect(c.get('k', 100)).toBe('v');
    expect(c.get('k', 201)).toBeUndefined();
    expect(c.size).toBe(0);
  });
});
