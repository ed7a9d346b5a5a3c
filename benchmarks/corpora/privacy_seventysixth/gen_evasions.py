"""Evasions: 22 encodings x 3 wordings; each text names the encoding before the run."""
import random
from common import spec_value, fill, ctx
from encodings76 import ENC, PHRASE

TYPES = [('ldap_service_bind_password', 'P'), ('oidc_confidential_client_secret', 'a32'),
         ('radius_nas_shared_secret', 'P'), ('scim_provisioning_bearer_token', 'u40'),
         ('smtp_password', 'P'), ('idp_admin_api_token', 'a40')]
LABEL = {'ldap_service_bind_password': 'LDAP bind password', 'oidc_confidential_client_secret': 'OIDC client secret',
         'radius_nas_shared_secret': 'RADIUS shared secret', 'scim_provisioning_bearer_token': 'SCIM bearer token',
         'smtp_password': 'SMTP relay password', 'idp_admin_api_token': 'IdP admin API token'}
WORDINGS = [
 ('idp_vendor_escalation_reply', 'Hi {U},\nfollowing up on case {TICKET}: our tooling will not let me paste credentials, so here is the {LABEL} {PHRASE}:\n{V}\nPlease delete this mail once the tenant is fixed.\n'),
 ('mail_admin_shift_handover', 'Shift handover {TS} ({H})\n- queue backlog cleared\n- the {LABEL} for {ORG} is below {PHRASE}:\n{V}\n- rotate it before Friday\n'),
 ('sso_cutover_war_room_recap', 'War-room recap, SSO cutover for {ORG}\n{U} asked for the {LABEL}; it was posted {PHRASE}:\n{V}\nDecision: move it to the vault after go-live.\n'),
]


def generate(pool):
    r = random.Random(7605)
    recs = []
    k = 0
    for enc in sorted(ENC):
        for wname, tpl in WORDINGS:
            t, spec = TYPES[k % len(TYPES)]; k += 1
            for _ in range(100):
                plain = pool.take(lambda: spec_value(r, spec))
                run = ENC[enc](plain)
                slots = dict(ctx(r)); slots.update({'LABEL': LABEL[t], 'PHRASE': PHRASE[enc]})
                text, s, e = fill(tpl, run, slots)
                if plain not in text and run.strip() == run:
                    break
            recs.append({'type': t, 'container': enc + '__' + wname, 'encoding': enc, 'text': text,
                         'secrets': [{'value': run, 'start': s, 'end': e, 'type': t, 'plain': plain, 'encoding': enc}],
                         'source': 'evasion'})
    return recs
