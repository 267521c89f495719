import { monthMetadata, MonthView } from './month-view';

type Params = Promise<{ locale: string; year: string; month: string }>;

// Cached; a scheduled post shows up within half a minute of its time with no cron (SWR).
export const revalidate = 30;
export const generateStaticParams = () => [];
export const generateMetadata = monthMetadata;

export default function MonthArchivePage({ params }: { params: Params }) {
  return <MonthView params={params} page={1} />;
}
