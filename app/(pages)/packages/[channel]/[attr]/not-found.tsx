import { NotFoundSearch } from '@/components/permalink/not-found-search';

export default function PackageNotFound() {
  return <NotFoundSearch kind="packages" />;
}
