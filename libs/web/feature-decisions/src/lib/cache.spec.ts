import { describe, expect, it } from '@jest/globals';
import { pipe, subscribe } from 'wonka';
import { createUrqlClient, type DecisionFieldsFragment, type MeetingQuery as MeetingData, type MeetingRoundsQuery } from '@dp/web/data-access';
import { CreateMeetingMutation, MeetingQuery, MeetingRoundsQuery as RoundsQuery, RecordDecisionMutation } from './operations';
import { grantedDecision, meetingFixture, meetingRounds } from './testing/fixtures';

type Meeting = MeetingData['meeting'];

const decisionT = (d: DecisionFieldsFragment) => ({
  __typename: 'Decision',
  ...d,
  amountsByYear: d.amountsByYear?.map((a) => ({ __typename: 'YearAmount', ...a })) ?? null,
});

/** The fixture as the API sends it: every object with its __typename. */
function meetingT(m: Meeting) {
  const r = m.fundRound;
  return {
    __typename: 'Meeting',
    ...m,
    fundRound: {
      __typename: 'FundRound',
      ...r,
      delegation: r.delegation.map((d) => ({ __typename: 'DelegationRule', ...d })),
      calculationParameters: { __typename: 'CalculationParameters', ...r.calculationParameters },
      commitment: { __typename: 'BudgetCommitment', ...r.commitment, byYear: r.commitment.byYear.map((y) => ({ __typename: 'YearCommitment', ...y })) },
    },
    agenda: m.agenda.map((a) => ({
      __typename: 'AgendaItem',
      ...a,
      decision: a.decision ? decisionT(a.decision) : null,
      initiative: {
        __typename: 'Initiative',
        ...a.initiative,
        department: { __typename: 'Department', ...a.initiative.department },
        assessmentScore: a.initiative.assessmentScore ? { __typename: 'InitiativeScore', ...a.initiative.assessmentScore } : null,
        eligibility: a.initiative.eligibility
          ? {
              __typename: 'Eligibility',
              ...a.initiative.eligibility,
              failed: a.initiative.eligibility.failed.map((f) => ({ __typename: 'FailedRequirement', ...f })),
              unanswered: a.initiative.eligibility.unanswered.map((f) => ({ __typename: 'UnansweredRequirement', ...f })),
            }
          : null,
      },
    })),
  };
}

function roundsT(data: MeetingRoundsQuery) {
  return {
    fundRounds: data.fundRounds.map((r) => ({
      __typename: 'FundRound',
      ...r,
      commitment: { __typename: 'BudgetCommitment', ...r.commitment, byYear: r.commitment.byYear.map((y) => ({ __typename: 'YearCommitment', ...y })) },
      meetings: r.meetings.map((m) => ({
        __typename: 'Meeting',
        ...m,
        agenda: m.agenda.map((a) => ({ __typename: 'AgendaItem', ...a, decision: a.decision ? { __typename: 'Decision', ...a.decision } : null })),
      })),
    })),
  };
}

interface Body {
  operationName?: string;
  variables: Record<string, unknown>;
}

/** A fake API: the meeting and the rounds as they are now; recordDecision grants item 1, createMeeting adds a meeting. */
function fakeApi() {
  let meeting = meetingFixture();
  let rounds = meetingRounds;
  const requests: string[] = [];
  const fetch = async (_url: unknown, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body)) as Body;
    requests.push(body.operationName ?? '');
    let data: unknown = null;
    if (body.operationName === 'Meeting') data = { meeting: meetingT(meeting) };
    if (body.operationName === 'MeetingRounds') data = roundsT(rounds);
    if (body.operationName === 'RecordDecision') {
      const decision = { ...grantedDecision, id: 'd-a', grantedAmount: 1_500_000 };
      meeting = {
        ...meeting,
        fundRound: { ...meeting.fundRound, commitment: { ...meeting.fundRound.commitment, committed: 13_000_000, remaining: -1_000_000 } },
        agenda: meeting.agenda.map((a) => (a.position === 1 ? { ...a, decision, initiative: { ...a.initiative, status: 'GRANTED', version: 5, mayDecide: false } } : a)),
      };
      data = { recordDecision: { __typename: 'Initiative', id: 'i-a', status: 'GRANTED', version: 5, mayDecide: false, requiredSignatory: null, decision: decisionT(decision) } };
    }
    if (body.operationName === 'CreateMeeting') {
      const created = { id: 'm-3', title: 'Nytt möte', heldOn: '2027-12-20', registrationNumber: null, agenda: [] };
      rounds = { fundRounds: rounds.fundRounds.map((r) => (r.id === 'r-2027' ? { ...r, meetings: [created, ...r.meetings] } : r)) };
      data = {
        createMeeting: {
          __typename: 'Meeting',
          ...created,
          participants: [],
          notes: null,
          proposalName: 'Förslag november',
          mayEdit: true,
          mayDecide: true,
          version: 1,
        },
      };
    }
    return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the cache (graphcache) with the meetings', () => {
  it('reads the meeting’s agenda and the fund’s commitment again after a decision is recorded', async () => {
    const api = fakeApi();
    const client = createUrqlClient({ url: 'http://api.test/graphql', fetch: api.fetch });
    const seen: Meeting[] = [];
    const { unsubscribe } = pipe(
      client.query(MeetingQuery, { id: 'm-1' }),
      subscribe((result) => {
        if (result.data) seen.push(result.data.meeting);
      }),
    );
    await settle();
    expect(seen.at(-1)?.agenda[0]?.decision).toBeNull();

    const recorded = await client
      .mutation(RecordDecisionMutation, {
        input: { initiativeId: 'i-a', initiativeVersion: 4, meetingId: 'm-1', outcome: 'GRANTED', grantedAmount: 1_500_000, decidedOn: '2027-11-22', registrationNumber: 'KS 2027/123' },
      })
      .toPromise();
    expect(recorded.error).toBeUndefined();
    await settle();

    expect(api.requests.filter((r) => r === 'Meeting')).toHaveLength(2);
    const latest = seen.at(-1);
    expect(latest?.agenda[0]?.decision?.grantedAmount).toBe(1_500_000);
    expect(latest?.agenda[0]?.initiative.status).toBe('GRANTED');
    expect(latest?.fundRound.commitment.remaining).toBe(-1_000_000);
    unsubscribe();
  });

  it('reads the round’s meetings again after a meeting is created', async () => {
    const api = fakeApi();
    const client = createUrqlClient({ url: 'http://api.test/graphql', fetch: api.fetch });
    const seen: MeetingRoundsQuery[] = [];
    const { unsubscribe } = pipe(
      client.query(RoundsQuery, {}),
      subscribe((result) => {
        if (result.data) seen.push(result.data);
      }),
    );
    await settle();
    expect(seen.at(-1)?.fundRounds[0]?.meetings).toHaveLength(2);

    await client.mutation(CreateMeetingMutation, { fundRoundId: 'r-2027', input: { title: 'Nytt möte', heldOn: '2027-12-20', participants: [] } }).toPromise();
    await settle();
    expect(api.requests.filter((r) => r === 'MeetingRounds')).toHaveLength(2);
    expect(seen.at(-1)?.fundRounds[0]?.meetings.map((m) => m.id)).toEqual(['m-3', 'm-2', 'm-1']);
    unsubscribe();
  });
});
