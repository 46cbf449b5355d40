import { describe, expect, it, vi } from 'vitest';
import { EngineUnavailableError, InvalidRequestError, SearchError, UnknownChannelError } from './errors';

describe('search errors', () => {
  it('instanceof follows the class hierarchy', () => {
    const e = new EngineUnavailableError('down');
    expect(e).toBeInstanceOf(EngineUnavailableError);
    expect(e).toBeInstanceOf(SearchError);
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(InvalidRequestError);
    expect(new Error('x')).not.toBeInstanceOf(SearchError);
    expect(null).not.toBeInstanceOf(SearchError);
    expect(new UnknownChannelError('c').channel).toBe('c');
  });

  it('an error thrown by a second copy of the module is still recognised (one copy per Next.js route bundle)', async () => {
    vi.resetModules();
    const copy = await import('./errors');
    expect(copy.EngineUnavailableError).not.toBe(EngineUnavailableError);
    const foreign = new copy.EngineUnavailableError('down');
    expect(foreign).toBeInstanceOf(EngineUnavailableError);
    expect(foreign).toBeInstanceOf(SearchError);
    expect(foreign).not.toBeInstanceOf(InvalidRequestError);
    expect(new EngineUnavailableError('x')).toBeInstanceOf(copy.SearchError);
  });
});
