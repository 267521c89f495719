import { notFound } from 'next/navigation';
import { pageFrom } from '@/components/pagination';
import { categoryMetadata, CategoryView } from '../../category-view';

type Params = Promise<{ locale: string; slug: string; page: string }>;

// `?page=N` is rewritten here (next.config.mjs), so each page is cached on its own.
export const revalidate = 60;
export const generateStaticParams = () => [];
export const generateMetadata = categoryMetadata;

export default async function CategoryPageN({ params }: { params: Params }) {
  const page = pageFrom((await params).page);
  if (String(page) !== (await params).page) notFound();
  return <CategoryView params={params} page={page} />;
}
