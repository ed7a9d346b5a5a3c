"""66 evasions: 22 new encodings x 3 wordings."""
import random
from common import *
from gen_encodings import ENC, PHRASE, MULTILINE, LOWER_ONLY
from gen_everyday import TYPES

LABEL = {t: t.replace('_', ' ') for t in TYPES}
WORDINGS = {
 'release_manager_direct_message': "DM from Priya (release manager), 10:41: the {L} for tonight's hotfix deploy is below, {P}",
 'frontend_standup_thread': "Thread reply in #web-standup: so the build stops failing, I put the {L} for the preview environment here {P}",
 'oncall_pager_handoff': "On-call handoff (week 19): if the release pipeline pages you, you need the {L}, which I wrote {P}",
}
TAIL = {
 'release_manager_direct_message': "Delete this message once you have it.",
 'frontend_standup_thread': "Commit {S7} should go green after that.",
 'oncall_pager_handoff': "Runbook: https://wiki.web.example/runbooks/release#pager",
}
HEX_TYPES = ['twilio_auth_token', 'datadog_api_key', 'jwt_signing_secret']
GEN_TYPES = [t for t in sorted(TYPES) if not t.endswith('url_password')]


def generate():
    r = random.Random(37005)
    recs = []
    usedplain = set()
    wordings = sorted(WORDINGS)
    layouts = ['same_line_trailing', 'own_lines_below']
    k = 0
    for enc in sorted(ENC):
        for wi, w in enumerate(wordings):
            pool = HEX_TYPES if enc in LOWER_ONLY else GEN_TYPES
            t = pool[(k * 7 + wi) % len(pool)]
            tries = 0
            while True:
                tries += 1
                if tries % 5 == 0:
                    t = pool[(pool.index(t) + 1) % len(pool)]
                plain = TYPES[t][1](r)
                if enc in LOWER_ONLY:
                    plain = plain.lower()
                coded = ENC[enc](plain)
                if coded != plain and plain not in coded and plain not in usedplain:
                    break
            usedplain.add(plain)
            layout = 'own_lines_below' if enc in MULTILINE else layouts[(k + wi) % 2]
            head = WORDINGS[w].replace('{L}', LABEL[t]).replace('{P}', PHRASE[enc])
            tail = TAIL[w].replace('{S7}', hexl(r, 7))
            if layout == 'same_line_trailing':
                text = head + ': ' + coded + '\n' + tail
                start = len(head) + 2
            else:
                text = head + ':\n\n' + coded + '\n\n' + tail
                start = len(head) + 3
            assert text[start:start + len(coded)] == coded
            recs.append(dict(type=t, container=enc + '__' + w, text=text, encoding=enc,
                             secrets=[dict(value=coded, start=start, end=start + len(coded), type=t,
                                           plain=plain, encoding=enc)], source='evasion', _layout=layout))
        k += 1
    return recs
