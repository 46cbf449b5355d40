import { redirect } from 'next/navigation';

/** The home page is the package search. */
export default function Home(): never {
  redirect('/packages');
}
