"""Evasions: 22 new notations x 3 wordings; the rule is stated before the run."""
from common105 import Gen
from enc105 import ENC, RULES
import gen_everyday105

EV_TYPES = ['sport_member_db_password', 'sport_odds_feed_api_key', 'sport_oura_ring_personal_token',
            'sport_timing_box_ftp_password', 'sport_polar_accesslink_client_secret', 'sport_strava_oauth_client_secret']

WORDINGS = [
    ('gym_migration_runbook_note', 'Step 4 of the booking-system migration: the @N@ for the new cluster is written @R@:\n@X@\nDecode it on the box, do not paste the clear value into the runbook.\n'),
    ('race_timing_postmortem_aside', 'Postmortem aside (Spring 10K): so nobody greps it out of the doc, the @N@ is spelled @R@:\n@X@\nRotate it after the next event.\n'),
    ('wearable_sdk_forum_reply', 'Reply: I can share the @N@ for the staging tenant, written @R@:\n@X@\nIt only works against staging.\n'),
]
NAMES = {t: t.replace('sport_', '').replace('_', ' ') for t in EV_TYPES}


def build(prefix, start):
    g = Gen(10505)
    T = gen_everyday105.types(g)
    recs, n, k = [], start, 0
    for enc in sorted(ENC):
        for w in range(3):
            typ = EV_TYPES[k % len(EV_TYPES)]; k += 1
            wname, tpl = WORDINGS[w]
            for _ in range(100):
                plain = g.uniq(T[typ][2])
                run = ENC[enc](plain)
                if run == run.strip() and plain not in run:
                    break
            head, tail = tpl.split('@X@')
            head = head.replace('@N@', NAMES[typ]).replace('@R@', RULES[enc])
            text = head + run + tail
            s = len(head)
            recs.append(dict(id='%s%04d' % (prefix, n), type=typ, container=enc + '__' + wname, text=text,
                             secrets=[dict(value=run, start=s, end=s + len(run), type=typ, plain=plain, encoding=enc)],
                             source='evasion', encoding=enc))
            n += 1
    return recs
