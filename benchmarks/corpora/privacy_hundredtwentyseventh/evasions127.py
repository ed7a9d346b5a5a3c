"""Evasion records: 22 encodings x 3 (one per evasion type / wording)."""
from common127 import G, FASHION_WORDS
from enc127 import E

ETYPES = [
    ('fashion_evasion_plm_admin_password', 'plm_forum_riddle_post', 'the PLM admin password', lambda g: g.pw(FASHION_WORDS)),
    ('fashion_evasion_wholesale_api_token', 'factory_wiki_decode_hint', 'the wholesale portal API token', lambda g: 'wsp_' + g.an(26)),
    ('fashion_evasion_rfid_gateway_hex_key', 'sample_room_whiteboard_note', 'the RFID gateway key', lambda g: g.hex(32)),
]
WORDING = {
    'plm_forum_riddle_post': ('Posted in #plm-admins: so nobody can grep it, here is {what} written {rule}:\n', '\nDecode it yourself, do not paste the clear value here.'),
    'factory_wiki_decode_hint': ('Factory wiki, page "Integrations": {what} is stored {rule}:\n', '\nUse it for the Ningbo line only.'),
    'sample_room_whiteboard_note': ('Photo of the sample-room whiteboard, transcribed: {what}, written {rule}:\n', '\n(wiped after the fitting session)'),
}


def build(seed=12705):
    g = G(seed)
    out = []
    for ename, (rule, f) in E.items():
        for etype, wording, what, gen in ETYPES:
            plain = gen(g)
            run = f(plain)
            head, tail = WORDING[wording]
            head = head.format(what=what, rule=rule)
            text = head + run + tail
            s = len(head)
            out.append({'type': etype, 'container': ename + '__' + wording, 'encoding': ename, 'text': text,
                        'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': etype, 'plain': plain, 'encoding': ename}],
                        'source': 'evasion'})
    return out
