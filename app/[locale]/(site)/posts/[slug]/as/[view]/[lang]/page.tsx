import { notFound } from 'next/navigation';
import { READING_VIEWS } from '@/lib/model';
import { PostView, postPageMetadata } from '../../../post-view';

type Params = Promise<{ locale: string; slug: string; view: string; lang: string }>;

// `?view=…&lang=…` links (next.config.mjs rewrites them here): each view is a cached page of its
// own, so shared links and readers without JavaScript get exactly that view.
export const revalidate = 60;
export const generateStaticParams = () => [];

export const generateMetadata = ({ params }: { params: Params }) => postPageMetadata(params);

export default async function PostInView({ params }: { params: Params }) {
  const { view, lang } = await params;
  // Only views that exist: anything else would be one more page to render and keep per URL.
  if (view !== '-' && !(READING_VIEWS as readonly string[]).includes(view)) notFound();
  const choice = { view: view === '-' ? undefined : view, lang: lang === '-' ? undefined : lang };
  return <PostView params={params} choice={choice} />;
}
