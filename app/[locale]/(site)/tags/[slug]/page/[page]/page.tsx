import { notFound } from 'next/navigation';
import { pageFrom } from '@/components/pagination';
import { tagMetadata, TagView } from '../../tag-view';

type Params = Promise<{ locale: string; slug: string; page: string }>;

// `?page=N` is rewritten here (next.config.mjs), so each page is cached on its own.
export const revalidate = 60;
export const generateStaticParams = () => [];
export const generateMetadata = tagMetadata;

export default async function TagPageN({ params }: { params: Params }) {
  const page = pageFrom((await params).page);
  if (String(page) !== (await params).page) notFound();
  return <TagView params={params} page={page} />;
}
