/** Local Elasticsearch provisioning: download once, start/stop throwaway nodes. */
export { startElasticsearch, sweepStaleRunDirs, type RunningElasticsearch, type StartOptions } from './node';
export {
  DEFAULT_CACHE_DIR,
  ELASTICSEARCH_ARTIFACT,
  ELASTICSEARCH_VERSION,
  ensureDistribution,
  ProvisioningError,
} from './distribution';
