import { notFound } from 'next/navigation';
import { pageFrom } from '@/components/pagination';
import { HomeView } from '../../home-view';

type Params = Promise<{ locale: string; page: string }>;

// `/[locale]?page=N` is rewritten here (next.config.mjs), so each page is cached on its own.
export const revalidate = 60;
export const generateStaticParams = () => [];

export default async function HomePageN({ params }: { params: Params }) {
  const page = pageFrom((await params).page);
  if (String(page) !== (await params).page) notFound();
  return <HomeView params={params} page={page} />;
}
