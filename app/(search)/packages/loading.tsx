import { ResultsSkeleton } from '@/components/search/results-skeleton';

export default function Loading() {
  return <ResultsSkeleton />;
}
