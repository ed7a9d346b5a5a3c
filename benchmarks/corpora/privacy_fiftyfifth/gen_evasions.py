"""Evasions: 22 encodings x 3 wordings."""
import random
from common import *
from gen_encodings import ENC, LOWER_ONLY
ETYPES = [('wifi_network_passphrase', 'Wi-Fi password'), ('shared_volunteer_account_password', 'volunteer account password'),
          ('library_staff_login_password', 'library staff login'), ('email_account_password', 'office email password'),
          ('student_information_system_password', 'SIS admin password'), ('database_password', 'database password')]
WORDINGS = {
 'volunteer_group_chat_hint': '{N} (volunteer group): the {L} is written {PH}:\n{RUN}\nshout if it does not work\n',
 'teacher_email_postscript': 'P.S. {N2}, the {L}, {PH}:\n{RUN}\nPlease do not forward this email.\n',
 'council_helpdesk_phone_note': 'Phone note {D} {T}: caller {N} was given the {L} {PH}:\n{RUN}\n(caller identity verified)\n',
}
def plain(r, lower):
    if lower:
        return r.choice(WORDS) + r.choice(WORDS) + tok(r, DIG, 3)
    return r.choice(WORDS).capitalize() + r.choice('-_') + r.choice(WORDS) + tok(r, DIG, 3) + tok(r, UP, 1)

def build(seed=5505):
    r = random.Random(seed); recs = []; wn = sorted(WORDINGS); k = 0
    for enc in sorted(ENC):
        for w in wn:
            t, label = ETYPES[k % len(ETYPES)]; k += 1
            p = plain(r, enc in LOWER_ONLY)
            ph, run = ENC[enc](p, r)
            f = fill(r); f.update(L=label, PH=ph, RUN=MARK)
            text, spans = place(WORDINGS[w].format(**f), [run])
            recs.append(dict(type=t, container=enc + '__' + w, encoding=enc, text=text,
                             secrets=[dict(value=run, start=a, end=b, type=t, plain=p, encoding=enc) for a, b, _ in spans], source='evasion'))
    return recs
