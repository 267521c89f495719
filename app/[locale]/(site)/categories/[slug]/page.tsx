import { categoryMetadata, CategoryView } from './category-view';

type Params = Promise<{ locale: string; slug: string }>;

// Cached; a scheduled post shows up at its time with no cron (the site layout tags the page).
export const revalidate = 60;
export const generateStaticParams = () => [];
export const generateMetadata = categoryMetadata;

export default function CategoryPage({ params }: { params: Params }) {
  return <CategoryView params={params} page={1} />;
}
