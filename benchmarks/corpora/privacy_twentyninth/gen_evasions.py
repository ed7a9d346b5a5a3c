"""Evasions: a secret hidden by an encoding that the text names in a natural phrase."""
import random
from common import everyday_value
from gen_encodings import ENC, KEYED, HEX_ONLY, PHRASE
SEED = 29005
TYPES = ['aws_secret_access_key', 'cloudflare_api_token', 'database_password', 'datadog_api_key', 'digitalocean_personal_access_token',
    'dockerhub_personal_access_token', 'github_classic_pat', 'gitlab_personal_access_token', 'google_gemini_api_key',
    'huggingface_access_token', 'jwt_signing_secret', 'npm_access_token', 'sendgrid_api_key', 'sentry_user_auth_token',
    'slack_bot_token', 'smtp_password', 'telegram_bot_token', 'twilio_auth_token']
HEX_TYPES = ['datadog_api_key', 'twilio_auth_token']
WORDINGS = ['sticky_note_photo_ocr', 'voice_memo_transcript', 'wiki_talk_page_comment']
INTRO = {
 'sticky_note_photo_ocr': 'OCR of the sticky note on the monitor:\n',
 'voice_memo_transcript': 'Voice memo transcript (auto-generated): so, for the {label} I did not want to paste it in clear, ',
 'wiki_talk_page_comment': '== Credentials for the staging box ==\nPlease do not revert. ',
}
LABEL = {'aws_secret_access_key': 'AWS secret key', 'cloudflare_api_token': 'Cloudflare token', 'database_password': 'database password',
    'datadog_api_key': 'Datadog key', 'digitalocean_personal_access_token': 'DigitalOcean token', 'dockerhub_personal_access_token': 'Docker Hub token',
    'github_classic_pat': 'GitHub token', 'gitlab_personal_access_token': 'GitLab token', 'google_gemini_api_key': 'Gemini key',
    'huggingface_access_token': 'Hugging Face token', 'jwt_signing_secret': 'JWT signing secret', 'npm_access_token': 'npm publish token',
    'sendgrid_api_key': 'SendGrid key', 'sentry_user_auth_token': 'Sentry token', 'slack_bot_token': 'Slack bot token',
    'smtp_password': 'SMTP password', 'telegram_bot_token': 'Telegram bot token', 'twilio_auth_token': 'Twilio auth token'}
LAYOUTS = ['same_line', 'next_line', 'blank_line', 'code_block', 'table_cell']

def records():
    rng = random.Random(SEED)
    out = []
    use = {t: 0 for t in TYPES}
    li = 0
    for enc in sorted(ENC):
        for w in WORDINGS:
            pool = HEX_TYPES if enc in HEX_ONLY else TYPES
            m = min(use[t] for t in pool)
            t = rng.choice([x for x in pool if use[x] == m]); use[t] += 1
            _, _, plain = everyday_value(rng, t)
            key = None
            phrase = PHRASE[enc]
            if enc in KEYED:
                key = (rng.choice([3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25]), rng.randint(1, 25))
                phrase = phrase.format(a=key[0], b=key[1])
            encoded = ENC[enc](plain, key) if key else ENC[enc](plain)
            while encoded != encoded.strip():  # base45 can start or end with a space: draw again
                _, _, plain = everyday_value(rng, t)
                encoded = ENC[enc](plain, key) if key else ENC[enc](plain)
            label = LABEL[t]
            intro = INTRO[w].replace('{label}', label)
            layout = LAYOUTS[li % len(LAYOUTS)]; li += 1
            lead = f'{intro}the {label} is {phrase}'
            if enc == 'zero_width_binary_steg':
                layout = 'same_line'
                pre, post = lead + ': →', '←\n'
            elif layout == 'same_line':
                pre, post = lead + ': ', '\n'
            elif layout == 'next_line':
                pre, post = lead + ':\n', '\n'
            elif layout == 'blank_line':
                pre, post = lead + '.\n\n', '\n\nDecode it locally.\n'
            elif layout == 'code_block':
                pre, post = lead + ':\n```\n', '\n```\n'
            else:
                pre, post = lead + ' (see table).\n\n| what | value |\n|---|---|\n| ' + label + ' | ', ' |\n'
            text = pre + encoded + post
            span = {'value': encoded, 'start': len(pre), 'end': len(pre) + len(encoded), 'type': t, 'plain': plain, 'encoding': enc}
            if key:
                span['encoding_key'] = f'a={key[0]}, b={key[1]}'
            out.append({'type': t, 'container': f'{enc}__{w}', 'encoding': enc, 'text': text, 'secrets': [span], 'source': 'evasion'})
    return out
