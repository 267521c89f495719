import { notFound } from 'next/navigation';

// Any unknown path under a locale renders the localized 404 page with a real 404 status (cached
// like any public page, so unknown paths cost no render).
export const revalidate = 60;
export const generateStaticParams = () => [];

export default function CatchAll() {
  notFound();
}
