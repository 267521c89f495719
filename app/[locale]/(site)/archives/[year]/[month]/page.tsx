import { monthMetadata, MonthView } from './month-view';

type Params = Promise<{ locale: string; year: string; month: string }>;

// Cached; a scheduled post shows up at its time with no cron (the site layout tags the page).
export const revalidate = 60;
export const generateStaticParams = () => [];
export const generateMetadata = monthMetadata;

export default function MonthArchivePage({ params }: { params: Params }) {
  return <MonthView params={params} page={1} />;
}
