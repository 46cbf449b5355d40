import { NotFoundSearch } from '@/components/permalink/not-found-search';

export default function OptionNotFound() {
  return <NotFoundSearch kind="options" />;
}
