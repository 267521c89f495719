import { notFound } from 'next/navigation';

/** The `[id]` segment as a post id; anything else is a 404. */
export async function postIdFrom(params: Promise<{ id: string }>): Promise<number> {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  return Number(id);
}
