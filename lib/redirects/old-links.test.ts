import { describe, expect, it } from 'vitest';
import { mtOldLinks, wxrOldLinks } from './old-links';

describe('old links of imported posts', () => {
  it('keeps a WordPress item’s link, ?p=ID and date permalink (on the old blog’s clock)', () => {
    const item = {
      id: '42',
      slug: 'hello-world',
      link: 'https://old.example/archives/42',
      // 2019-01-01 20:00 UTC is already 2 January in Tokyo.
      date: new Date(Date.UTC(2019, 0, 1, 20)),
    };
    expect(wxrOldLinks(item, 'Asia/Tokyo')).toEqual([
      '/archives/42',
      '/?p=42',
      '/2019/01/02/hello-world',
    ]);
  });

  it('derives Hatena, Seesaa and Movable Type paths from BASENAME', () => {
    const date = new Date(Date.UTC(2020, 4, 6, 1));
    expect(mtOldLinks({ basename: '2020/05/06/100000', date }, 'UTC')).toEqual([
      '/entry/2020/05/06/100000',
    ]);
    expect(mtOldLinks({ basename: '1234', date }, 'UTC')).toEqual(['/article/1234.html']);
    expect(mtOldLinks({ basename: 'spring_walk', date }, 'UTC')).toEqual([
      '/2020/05/spring_walk.html',
    ]);
    expect(mtOldLinks({ date }, 'UTC')).toEqual([]);
  });
});
