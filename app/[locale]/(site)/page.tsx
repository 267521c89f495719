import { HomeView } from './home-view';

// Cached; a scheduled post shows up at its time with no cron (the site layout tags the page).
export const revalidate = 60;
export const generateStaticParams = () => [];

export default function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  return <HomeView params={params} page={1} />;
}
