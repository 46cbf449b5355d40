/** Name and text analysis shared by every engine (see core/analysis/tokens.ts for the rules). */
export * from './tokens';
export * from './documents';
export * from './channel-context';
export * from './static-boost';
export * from './edit-distance';
export * from './acronyms';
export * from './citations';
export * from './common-words';
export * from './versions';
export * from './version';
