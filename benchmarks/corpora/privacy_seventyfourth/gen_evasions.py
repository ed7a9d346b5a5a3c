"""Evasions: 22 encodings x 3 wordings."""
import random
from common import shape, fill
from enc74 import ENC

ETYPES = [('database_password', '{P}'), ('github_personal_access_token', 'ghp_{a36}'),
          ('uipath_orchestrator_client_secret', '{a16}{s8}'), ('power_bi_gateway_recovery_key', '{P}'),
          ('core_banking_service_account_password', '{P}'), ('twilio_auth_token', '{h32}')]

WORDINGS = [
 ('month_end_close_teams_recap', 'Month-end close recap ({user}, day 3)\n- GL feeds reloaded, 2 breaks left on {host}\n- the {what} is below, {phrase}:\n', '\n- delete this recap after the close, please\n'),
 ('rpa_coe_incident_ticket_comment', 'RPA CoE ticket #{n} - comment by {user}\nBot failed on {host} again. I reset the {what}; to get past the mail filter I pasted it {phrase}:\n', '\nRe-run the queue once it is stored in the vault.\n'),
 ('underwriting_desk_handover_memo', 'Handover memo - underwriting desk\nFrom: {user}\nRater add-in talks to {host}. The {what} is written {phrase}:\n', '\nPlease do not forward this memo outside the desk.\n'),
]
WHAT = {'database_password': 'database password', 'github_personal_access_token': 'GitHub token',
        'uipath_orchestrator_client_secret': 'Orchestrator client secret', 'power_bi_gateway_recovery_key': 'gateway recovery key',
        'core_banking_service_account_password': 'core banking service password', 'twilio_auth_token': 'Twilio auth token'}


def generate(rng=None, taken=None):
    rng = rng or random.Random(7405)
    taken = taken if taken is not None else set()
    recs = []
    i = 0
    for enc in sorted(ENC):
        fn, phrase = ENC[enc]
        for wname, head, tail in WORDINGS:
            t, spec = ETYPES[i % len(ETYPES)]
            i += 1
            while True:
                plain = shape(rng, spec)
                run = fn(plain)
                pre = fill(head, rng, what=WHAT[t], phrase=phrase)
                post = fill(tail, rng)
                text = pre + run + post
                if plain not in text and plain not in taken:
                    break
            taken.add(plain)
            sp = {'value': run, 'start': len(pre), 'end': len(pre) + len(run), 'type': t, 'plain': plain, 'encoding': enc}
            recs.append({'type': t, 'container': enc + '__' + wname, 'encoding': enc, 'text': text, 'secrets': [sp], 'source': 'evasion'})
    return recs
