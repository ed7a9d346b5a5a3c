"""66 evasions: 22 encodings x 3 wordings; the text names the encoding before the run."""
import random
from common import shape, owner_pw, fresh, filler
from gen_encodings import ENC, PHRASE

CRED = [('database_password', '{pw}'), ('github_personal_access_token', 'ghp_{an36}'),
        ('sftp_trading_partner_password', '{pw}'), ('telematics_api_token', '{an20}{hex24}'),
        ('wms_scanner_login_password', '{pw}'), ('customs_broker_portal_password', '{pw}')]
LABEL = {'database_password': 'WMS database password', 'github_personal_access_token': 'GitHub token for the EDI repo',
         'sftp_trading_partner_password': 'partner SFTP password', 'telematics_api_token': 'telematics API token',
         'wms_scanner_login_password': 'RF scanner login password', 'customs_broker_portal_password': 'customs portal password'}
WORDINGS = {
 'dispatch_radio_log_entry': ('RADIO LOG {dc} 05:{mm}\nUnit {n} asked for the {L}; base sent it {P}:\n', '\nUnit {n} confirmed, over.\n'),
 'edi_partner_onboarding_ticket': ('EDI-{n} onboarding ({host})\nAs agreed on the call, here is the {L} {P}:\n', '\nPlease decode it on your side and close the ticket.\n'),
 'warehouse_shift_briefing_note': ('Shift briefing {dc}, door {door}\n- the {L}, {P}:\n', '\n- do not write it on the whiteboard\n'),
}

def gen(start_id, pool):
    rng = random.Random(6705)
    out, i, k = [], start_id, 0
    wl = sorted(WORDINGS)
    for enc in sorted(ENC):
        for w in wl:
            typ, spec = CRED[k % len(CRED)]; k += 1
            while True:
                plain = fresh(rng, pool, lambda: shape(rng, spec))
                run = ENC[enc](plain)
                f = filler(rng); f['mm'] = '%02d' % rng.randrange(60)
                pre, post = WORDINGS[w]
                pre = pre.format(L=LABEL[typ], P=PHRASE[enc], **f)
                post = post.format(**f)
                text = pre + run + post
                if plain not in text and text.count(run) == 1 and run == run.strip():
                    break
            s = len(pre)
            out.append({'id': 'p67-e-%04d' % i, 'type': typ, 'container': enc + '__' + w, 'text': text,
                        'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': typ,
                                     'plain': plain, 'encoding': enc}],
                        'source': 'evasion', 'encoding': enc}); i += 1
    return out
