import { HomeView } from './home-view';

// Cached; a scheduled post shows up within half a minute of its time with no cron (SWR).
export const revalidate = 30;
export const generateStaticParams = () => [];

export default function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  return <HomeView params={params} page={1} />;
}
