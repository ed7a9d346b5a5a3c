"""Evasions: 22 encodings x 3 wordings; each text names the encoding before the encoded value."""
import random
from common import alnum_password, password, shape, uniq
from gen_encodings import ENC

SEED = 39005

WORDINGS = [
 ('shop_owner_sms_to_helper', 'SMS from the shop owner: so nobody reading over your shoulder gets it, the {LAB} is written {PHRASE}'),
 ('school_secretary_staffroom_note', 'Note on the staffroom pinboard from the school secretary - the {LAB}, {PHRASE}'),
 ('clinic_manager_voicemail_followup', 'Follow-up e-mail to my voicemail (clinic manager): as promised, here is the {LAB}, {PHRASE}'),
]
LAYOUTS = ['inline_after_colon', 'encoded_block_next_line']

GENERAL = [('smtp_password', 'mail password', password), ('twilio_auth_token', 'Twilio auth token', lambda r: shape(r, '{h32}')),
           ('shared_mailbox_password', 'shared mailbox password', password), ('database_password', 'database password', password),
           ('google_gemini_api_key', 'Gemini API key', lambda r: shape(r, 'AIza{b35}')),
           ('booking_system_admin_password', 'booking system admin password', password)]
ALNUM = [('database_password', 'database password', alnum_password), ('wifi_network_passphrase', 'Wi-Fi password', alnum_password),
         ('booking_system_admin_password', 'booking system admin password', alnum_password)]


def build():
    r = random.Random(SEED)
    recs = []
    gi = 0
    for ei, (enc, (f, phrase, alnum_only, multi)) in enumerate(ENC.items()):
        for wi, (wname, wtpl) in enumerate(WORDINGS):
            if alnum_only:
                t, lab, g = ALNUM[wi]
            else:
                t, lab, g = GENERAL[gi % len(GENERAL)]; gi += 1
            for _ in range(100):
                p = uniq(g)(r)
                e = f(p, r)
                if p not in e and e == e.strip():
                    break
            layout = 'encoded_block_next_line' if multi or (ei + wi) % 2 else 'inline_after_colon'
            head = wtpl.replace('{LAB}', lab).replace('{PHRASE}', phrase)
            before = head + (':\n' if layout == 'encoded_block_next_line' else ': ')
            after = '\n(call me if it does not work)' if wi == 0 else ('\nThanks!' if wi == 1 else '')
            text = before + e + after
            recs.append({'type': t, 'container': enc + '__' + wname, 'encoding': enc, 'text': text,
                         'secrets': [{'value': e, 'start': len(before), 'end': len(before) + len(e), 'type': t,
                                      'plain': p, 'encoding': enc}],
                         'source': 'evasion', '_layout': layout, '_phrase': phrase})
    return recs, WORDINGS, LAYOUTS
