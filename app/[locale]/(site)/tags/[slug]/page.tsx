import { tagMetadata, TagView } from './tag-view';

type Params = Promise<{ locale: string; slug: string }>;

// Cached; a scheduled post shows up at its time with no cron (the site layout tags the page).
export const revalidate = 60;
export const generateStaticParams = () => [];
export const generateMetadata = tagMetadata;

export default function TagPage({ params }: { params: Params }) {
  return <TagView params={params} page={1} />;
}
