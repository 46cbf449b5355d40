import { describe, expect, it } from 'vitest';
import { porterStem } from './porter';

// Examples from Porter's paper (1980), step by step, plus words of this domain.
const CASES: Record<string, string> = {
  caresses: 'caress', ponies: 'poni', ties: 'ti', caress: 'caress', cats: 'cat', feed: 'feed', agreed: 'agre',
  plastered: 'plaster', bled: 'bled', motoring: 'motor', sing: 'sing', conflated: 'conflat', troubled: 'troubl',
  sized: 'size', hopping: 'hop', tanned: 'tan', falling: 'fall', hissing: 'hiss', fizzed: 'fizz', failing: 'fail',
  filing: 'file', happy: 'happi', sky: 'sky', relational: 'relat', conditional: 'condit', rational: 'ration',
  valenci: 'valenc', digitizer: 'digit', conformabli: 'conform', radicalli: 'radic', differentli: 'differ',
  vileli: 'vile', analogousli: 'analog', vietnamization: 'vietnam', predication: 'predic', operator: 'oper',
  feudalism: 'feudal', decisiveness: 'decis', hopefulness: 'hope', callousness: 'callous', formaliti: 'formal',
  sensitiviti: 'sensit', sensibiliti: 'sensibl', triplicate: 'triplic', formative: 'form', formalize: 'formal',
  electriciti: 'electr', electrical: 'electr', hopeful: 'hope', goodness: 'good', revival: 'reviv',
  allowance: 'allow', inference: 'infer', airliner: 'airlin', gyroscopic: 'gyroscop', adjustable: 'adjust',
  defensible: 'defens', irritant: 'irrit', replacement: 'replac', adjustment: 'adjust', dependent: 'depend',
  adoption: 'adopt', homologou: 'homolog', communism: 'commun', activate: 'activ', angulariti: 'angular',
  homologous: 'homolog', effective: 'effect', bowdlerize: 'bowdler', probate: 'probat', rate: 'rate',
  cease: 'ceas', controll: 'control', roll: 'roll', management: 'manag', managing: 'manag',
  streaming: 'stream', synchronization: 'synchron', monitoring: 'monitor',
};

describe('porterStem', () => {
  it.each(Object.entries(CASES))('%s → %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it('leaves short, non-ASCII and non-letter words alone', () => {
    for (const w of ['is', 'x11', '日本語', 'ünïcödé', '']) expect(porterStem(w)).toBe(w);
  });
});
