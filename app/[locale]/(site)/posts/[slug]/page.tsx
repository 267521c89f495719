import { PostView, postPageMetadata, type PostParams } from './post-view';

// Rendered on first request, then served from the page cache until an edit, a moderation or a
// minute passes (serving/page-cache-handler.mjs); nothing is rendered at build time.
export const revalidate = 60;
export const generateStaticParams = () => [];

export const generateMetadata = ({ params }: { params: PostParams }) => postPageMetadata(params);

export default function PostPage({ params }: { params: PostParams }) {
  return <PostView params={params} />;
}
