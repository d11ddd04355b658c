import { describe, expect, it } from '@jest/globals';
import { actorOf } from '@dp/web/data-access';
import { decisionsNavItems, mayCreateMeetings, mayViewMeetings } from './access';
import { analyst, applicantUser, decisionMaker, managementUser } from './testing/fixtures';

describe('who sees the meetings', () => {
  it('shows the menu item to the readers of the prioritisation only', () => {
    expect(decisionsNavItems(actorOf(managementUser))).toEqual([{ path: '/meetings', labelKey: 'decisions:nav.menu' }]);
    expect(decisionsNavItems(actorOf(applicantUser))).toEqual([]);
    expect(mayViewMeetings(actorOf(decisionMaker))).toBe(true);
  });

  it('lets the portfolio office and the decision makers create meetings', () => {
    expect(mayCreateMeetings(actorOf(analyst))).toBe(true);
    expect(mayCreateMeetings(actorOf(decisionMaker))).toBe(true);
    expect(mayCreateMeetings(actorOf(managementUser))).toBe(false);
  });
});
