"""Evasions: 22 telecom-flavoured encodings x 3, each text names the encoding before the value."""
import random
from common import *
from gen_encodings import ENC, MULTILINE

SEED = 4505
ETYPES = {
    'database_password': ('NMS database password', lambda r: password(r, 12, 16, syms='-_')),
    'datadog_api_key': ('Datadog API key', lambda r: rs(r, HEX, 32)),
    'jwt_signing_secret': ('JWT signing secret for the portal', lambda r: rs(r, B64URL, 32)),
    'smtp_password': ('SMTP relay password', lambda r: password(r, 12, 16, syms='-_')),
    'twilio_auth_token': ('Twilio auth token', lambda r: rs(r, HEX, 32)),
    'gitlab_personal_access_token': ('GitLab token for the config repo', lambda r: 'glpat-' + rs(r, B64URL, 20)),
}
WORDINGS = {
    'noc_bridge_call_chat_aside': '[bridge call chat] {P}: not pasting the {HUM} in clear on this bridge, so here it is {PH}',
    'field_tech_sms_to_dispatch': 'SMS from field tech {P} to dispatch ({SITE}): cabinet done. {HUM} for the new shelf, {PH}',
    'carrier_escalation_email_postscript': 'P.S. from {P} (carrier escalation, {SITE}): your team asked for the {HUM}; policy says no plain text, so it is {PH}',
}
LAYOUTS = ['dash_then_value_same_line', 'fenced_block_after_phrase', 'quoted_line_below']


def generate(pool):
    r = random.Random(SEED)
    types = list(ETYPES)
    recs = []
    n = 0
    for enc, f in ENC.items():
        for j, wname in enumerate(WORDINGS):
            t = types[n % len(types)]
            n += 1
            hum, gen = ETYPES[t]
            plain = pool.take(lambda: gen(r))
            phrase, run = f(plain)
            lay = LAYOUTS[(j + len(recs) // 3) % 3]
            if enc in MULTILINE:
                lay = 'fenced_block_after_phrase'
            head = WORDINGS[wname].format(P=person(r), SITE=site(r), HUM=hum, PH=phrase)
            if lay == 'dash_then_value_same_line':
                tpl = head + ' — «0» — delete after reading.'
            elif lay == 'fenced_block_after_phrase':
                tpl = head + ':\n```\n«0»\n```\nthanks'
            else:
                tpl = head + ':\n> «0»\nping me if it does not decode.'
            text, spans = assemble(tpl, [(run, t)])
            spans[0]['plain'] = plain
            spans[0]['encoding'] = enc
            recs.append({'type': t, 'container': '%s__%s' % (enc, wname), 'encoding': enc, 'text': text,
                         'secrets': spans, 'source': 'evasion', '_layout': lay})
    return recs
