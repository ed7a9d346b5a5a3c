"""Evasions: 22 new encodings x 3 records, each text naming the encoding (and key) in a natural phrase."""
import random
from common import EVERYDAY, rs, ALNUM, HEXL
from gen_encodings import ENC, MULTILINE

WORDINGS = ['pastebin_unlisted_paste', 'sms_to_self_forward', 'code_review_inline_comment']
HEAD = {
    'pastebin_unlisted_paste': 'Unlisted paste · expires in 1 hour · syntax: none\n\n',
    'sms_to_self_forward': 'Fwd: note to self (sent 08:41)\n\n',
    'code_review_inline_comment': 'Review comment on deploy/settings.py, line 42:\n\n',
}
LABEL = {
    'twilio_auth_token': 'Twilio auth token', 'datadog_api_key': 'Datadog API key', 'database_password': 'prod DB password',
    'github_classic_pat': 'GitHub token for the release bot', 'slack_bot_token': 'Slack bot token',
    'sendgrid_api_key': 'SendGrid key', 'aws_secret_access_key': 'AWS secret key', 'npm_access_token': 'npm publish token',
    'stripe_live_secret_key': 'Stripe live key', 'huggingface_access_token': 'HF token', 'smtp_password': 'SMTP password',
    'gitlab_personal_access_token': 'GitLab token', 'telegram_bot_token': 'Telegram bot token', 'jwt_signing_secret': 'JWT secret',
    'google_gemini_api_key': 'Gemini key', 'dockerhub_personal_access_token': 'Docker Hub token',
}
GENERAL = ['github_classic_pat', 'slack_bot_token', 'sendgrid_api_key', 'aws_secret_access_key', 'npm_access_token',
           'huggingface_access_token', 'smtp_password', 'gitlab_personal_access_token', 'telegram_bot_token',
           'jwt_signing_secret', 'google_gemini_api_key', 'dockerhub_personal_access_token', 'database_password']
KEYS = {
    'xor_single_byte_hex_keyed': lambda r: '0x%02x' % r.randint(0x21, 0x7e),
    'xor_repeating_key_base64_keyed': lambda r: r.choice(['kiwi', 'mango', 'tulip', 'walrus', 'ferret', 'quokka']) + str(r.randint(2, 99)),
    'rc4_keystream_hex_keyed': lambda r: r.choice(['orchard', 'lantern', 'pebble', 'saffron', 'compass', 'juniper']) + str(r.randint(2, 99)),
    'rail_fence_zigzag_keyed': lambda r: 'rails=%d' % r.randint(3, 5),
}
LAYOUTS = ['same_line', 'next_line', 'blank_line', 'code_block', 'table_cell', 'email_quote', 'yaml_comment']


def layout(kind, intro, enc, label, phrase):
    if kind == 'same_line':
        pre, post = intro + ': ', '\n'
    elif kind == 'next_line':
        pre, post = intro + ':\n', '\n'
    elif kind == 'blank_line':
        pre, post = intro + '.\n\n', '\n\nDelete this once you have it.\n'
    elif kind == 'code_block':
        pre, post = intro + ':\n```\n', '\n```\n'
    elif kind == 'table_cell':
        pre, post = f'| what | value |\n|---|---|\n| {label}, {phrase} | ', ' |\n'
    elif kind == 'email_quote':
        pre, post = 'On Tue, 5 Mar 2024 at 09:12, Kim wrote:\n> ' + intro + ':\n> ', '\n>\n> cheers, K.\n\nThanks, got it working.\n'
    else:
        pre, post = '# ' + intro + ':\n# ', '\nservice:\n  name: billing-api\n  replicas: 2\n'
    return pre, post


def plain_for(r, enc_name, typ):
    if enc_name == 'acrostic_line_initials' and typ == 'database_password':
        return rs(r, ALNUM, 14)
    return EVERYDAY[typ](r)[2]


def build(seed=30005):
    r = random.Random(seed)
    recs = []
    li = 0
    for ei, name in enumerate(sorted(ENC)):
        fn, phrase_t, keyed = ENC[name]
        for j in range(3):
            if name == 'elder_futhark_runes':
                typ = ['twilio_auth_token', 'datadog_api_key'][j % 2]
            elif name == 'acrostic_line_initials':
                typ = ['twilio_auth_token', 'datadog_api_key', 'database_password'][j]
            else:
                typ = GENERAL[(ei * 3 + j) % len(GENERAL)]
            key = KEYS[name](r) if keyed else None
            while True:
                plain = plain_for(r, name, typ)
                enc = fn(plain, key)
                if plain not in enc and not enc[0].isspace() and not enc[-1].isspace():
                    break
            phrase = phrase_t.replace('{KEY}', key) if keyed else phrase_t
            wording = WORDINGS[(ei + j) % 3]
            if name in MULTILINE:
                lk = ['next_line', 'blank_line', 'code_block'][j]
            else:
                lk = LAYOUTS[li % len(LAYOUTS)]
                li += 1
                if lk == 'table_cell' and '|' in enc:
                    lk = 'next_line'
            intro = f'Here is the {LABEL[typ]}, {phrase}'
            pre, post = layout(lk, intro, enc, LABEL[typ], phrase)
            text = HEAD[wording] + pre + enc + post
            start = len(HEAD[wording]) + len(pre)
            span = {'value': enc, 'start': start, 'end': start + len(enc), 'type': typ, 'plain': plain, 'encoding': name}
            if keyed:
                span['encoding_key'] = key
            recs.append({'type': typ, 'container': f'{name}__{wording}', 'text': text, 'secrets': [span],
                         'source': 'evasion', 'encoding': name, '_layout': lk})
    return recs
