"""33 new encodings x 3 wordings; every span decodes back to `plain`."""
import random, string
from common import fill, everyday_value, rs
from gen_encodings import ENC, KEYED, DESC

SEED = 26005
PLAIN_TYPES = ['aws_secret_access_key', 'cloudflare_api_token', 'database_password', 'datadog_api_key', 'digitalocean_personal_access_token',
               'dockerhub_personal_access_token', 'github_classic_pat', 'gitlab_personal_access_token', 'google_gemini_api_key',
               'huggingface_access_token', 'jwt_signing_secret', 'npm_access_token', 'sendgrid_api_key', 'sentry_user_auth_token',
               'slack_bot_token', 'smtp_password', 'stripe_live_secret_key', 'telegram_bot_token', 'twilio_auth_token']
LABEL = {'aws_secret_access_key': 'the AWS secret key', 'cloudflare_api_token': 'the Cloudflare token', 'database_password': 'the prod DB password',
 'datadog_api_key': 'the Datadog API key', 'digitalocean_personal_access_token': 'the DO token', 'dockerhub_personal_access_token': 'the Docker Hub token',
 'github_classic_pat': 'the GitHub token', 'gitlab_personal_access_token': 'the GitLab token', 'google_gemini_api_key': 'the Gemini key',
 'huggingface_access_token': 'the HF token', 'jwt_signing_secret': 'the JWT signing secret', 'npm_access_token': 'the npm publish token',
 'sendgrid_api_key': 'the SendGrid key', 'sentry_user_auth_token': 'the Sentry auth token', 'slack_bot_token': 'the Slack bot token',
 'smtp_password': 'the SMTP password', 'stripe_live_secret_key': 'the Stripe live key', 'telegram_bot_token': 'the Telegram bot token',
 'twilio_auth_token': 'the Twilio auth token'}
WORDINGS = {
 'confluence_runbook_step': "Step 4 – restore access\n{label} is stored below {desc}{keynote}:\n\n⟦E⟧\n\nDecode it locally, never paste the result in the ticket.\n",
 'voicemail_transcript_note': "Voicemail transcript (auto), 02:14 — \"hi it's Sam, couldn't reach you, I'll text {label} {desc}{keynote}: ⟦E⟧ … call me back.\"\n",
 'sticky_note_photo_ocr': "OCR of sticky note photo (IMG_4821.jpg):\n  {label} – {desc}{keynote}\n  → ⟦E⟧\n  (Ines, Tue)\n",
}

def make_key(r, enc):
    if enc == 'caesar_alnum_shift_keyed': return r.choice([3, 7, 11, 13, 17, 19])
    if enc == 'vigenere_alnum62_keyed': return rs(r, 6, string.ascii_letters)
    if enc == 'affine_letters_keyed': return (r.choice([3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25]), r.randint(1, 25))
    if enc == 'xor_single_byte_base64_keyed': return r.randint(0x21, 0x7e)
    if enc == 'scytale_rows_keyed': return r.randint(3, 6)
    return None

def key_str(enc, k):
    if k is None: return None
    if enc == 'affine_letters_keyed': return 'a=%d, b=%d' % k
    if enc == 'xor_single_byte_base64_keyed': return '0x%02X' % k
    return str(k)

def build():
    r = random.Random(SEED)
    recs, i = [], 0
    for enc in sorted(ENC):
        for w in sorted(WORDINGS):
            t = PLAIN_TYPES[i % len(PLAIN_TYPES)]; i += 1
            plain = everyday_value(r, t)
            k = make_key(r, enc)
            d = DESC[enc]
            if enc == 'affine_letters_keyed': d = d.format(a=k[0], b=k[1])
            elif k is not None: d = d.format(key=key_str(enc, k))
            keynote = ''
            enc_val = ENC[enc](plain, k)
            tpl = WORDINGS[w].format(label=LABEL[t], desc=d, keynote=keynote)
            text, spans = fill(tpl, {'E': (enc_val, t)})
            sp = spans[0]; sp['plain'] = plain; sp['encoding'] = enc
            if k is not None: sp['encoding_key'] = key_str(enc, k)
            recs.append({'type': t, 'container': enc + '__' + w, 'text': text, 'secrets': spans, 'source': 'evasion', 'encoding': enc})
    return recs
