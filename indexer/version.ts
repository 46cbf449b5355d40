/**
 * The indexer's name and version, recorded in every manifest and part of the content hash.
 * Rule: bump PIPELINE_REVISION whenever the documents produced from the same inputs change
 * (normalisation, rendering, sanitising), so existing metadata is rebuilt instead of reused.
 */
import packageJson from '@/package.json';

/** Bumped with every change to what the pipeline outputs for the same inputs. */
export const PIPELINE_REVISION = 2;

/** Name recorded in manifests. */
export const TOOL_NAME = 'nixsearch-indexer';

/** `<package version>+p<pipeline revision>`. */
export const TOOL_VERSION = `${packageJson.version}+p${PIPELINE_REVISION}`;
