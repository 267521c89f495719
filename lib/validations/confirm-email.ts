import { z } from 'zod';

/** The reply-mail confirmation form: the token from the email's link, and the page's language. */
export const confirmEmailSchema = z.object(
  {
    token: z.string('invalidRequest').max(100, 'invalidRequest'),
    locale: z.enum(['ja', 'en'], 'invalidRequest'),
  },
  'invalidRequest',
);
