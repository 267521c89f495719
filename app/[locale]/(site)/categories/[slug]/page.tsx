import { categoryMetadata, CategoryView } from './category-view';

type Params = Promise<{ locale: string; slug: string }>;

// Cached; a scheduled post shows up within half a minute of its time with no cron (SWR).
export const revalidate = 30;
export const generateStaticParams = () => [];
export const generateMetadata = categoryMetadata;

export default function CategoryPage({ params }: { params: Params }) {
  return <CategoryView params={params} page={1} />;
}
