import { notFound } from 'next/navigation';
import { pageFrom } from '@/components/pagination';
import { monthMetadata, MonthView } from '../../month-view';

type Params = Promise<{ locale: string; year: string; month: string; page: string }>;

// `?page=N` is rewritten here (next.config.mjs), so each page is cached on its own.
export const revalidate = 60;
export const generateStaticParams = () => [];
export const generateMetadata = monthMetadata;

export default async function MonthArchivePageN({ params }: { params: Params }) {
  const page = pageFrom((await params).page);
  if (String(page) !== (await params).page) notFound();
  return <MonthView params={params} page={page} />;
}
