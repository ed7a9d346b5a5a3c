"""Evasions: 22 notations x 3 wordings; rule stated before the run."""
import random
from common102 import *
from enc102 import ENC

ETYPES = [
 ('bbh_shodan_account_key', lambda r: alnum(r, 32), 'the Shodan key'),
 ('bbh_securitytrails_key', lambda r: alnum(r, 32), 'the SecurityTrails key'),
 ('bbh_interactsh_server_token', lambda r: hexs(r, 32), 'the interactsh server token'),
 ('bbh_ctfd_admin_password', owner_password, 'the CTFd admin password'),
 ('bbh_vps_root_password', owner_password, 'the root password of the VPS'),
 ('bbh_lab_vpn_password', owner_password, 'the lab VPN password'),
]
WORDINGS = [
 ('bounty_report_obfuscated_poc', "PoC note for the triager: so the scanner bot does not flag the attachment, {WHAT} is written {RULE}:\n{RUN}\nPlease decode it locally and rotate it after validation."),
 ('ctf_challenge_hint_post', "Hint 2 (free): the admin left {WHAT} in the backup, encoded {RULE}:\n{RUN}\nDecode it and log in for the second half of the flag."),
 ('recon_chat_side_channel', "[23:02] {U}: not pasting it raw again -- {WHAT}, {RULE}:\n{RUN}\n[23:03] {U}: ping me when you're in"),
]


def generate():
    r = random.Random(10205)
    recs = []
    k = 0
    for ei, (enc, (rule, f)) in enumerate(sorted(ENC.items())):
        for wi, (wname, wt) in enumerate(WORDINGS):
            typ, g, what = ETYPES[k % len(ETYPES)]
            k += 1
            while True:
                plain = g(r)
                run = f(plain)
                if run == run.strip() and plain not in run:
                    break
            text, spans = fill(wt.replace('{RUN}', '{V}'), run, WHAT=what, RULE=rule, U=r.choice(USERS))
            assert plain not in text
            s, e = spans[0]
            recs.append({'id': None, 'type': typ, 'container': enc + '__' + wname, 'text': text,
                         'secrets': [{'value': run, 'start': s, 'end': e, 'type': typ, 'plain': plain, 'encoding': enc}],
                         'source': 'evasion', 'encoding': enc})
    return recs
