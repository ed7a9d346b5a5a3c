import random
from common import everyday_types
from gen_encodings import ENC, BOOK
LABELS = {'aws_secret_access_key': 'AWS secret access key', 'github_classic_pat': 'GitHub token', 'gitlab_personal_access_token': 'GitLab token',
 'slack_bot_token': 'Slack bot token', 'stripe_live_secret_key': 'Stripe live key', 'openai_project_api_key': 'OpenAI key',
 'anthropic_api_key': 'Anthropic key', 'google_gemini_api_key': 'Gemini key', 'sendgrid_api_key': 'SendGrid key',
 'twilio_auth_token': 'Twilio auth token', 'datadog_api_key': 'Datadog API key', 'telegram_bot_token': 'Telegram bot token',
 'npm_access_token': 'npm publish token', 'huggingface_access_token': 'Hugging Face token', 'jwt_signing_secret': 'JWT signing secret',
 'database_password': 'database password', 'smtp_password': 'SMTP password', 'postgres_url_password': 'Postgres password',
 'mysql_url_password': 'MySQL password', 'redis_url_password': 'Redis password'}
WORDINGS = {
 'sre_oncall_handoff_message': lambda lab, ph: f'On-call handoff for tonight. The {lab} for the payments cluster is sent {ph}',
 'bookkeeper_voice_note_transcript': lambda lab, ph: f'(voice note, transcribed) Hi, it is Margit from the books. The {lab} the agency left us is written {ph}',
 'makerspace_forum_private_message': lambda lab, ph: f'PM from laser_cutter_admin: so nobody scrapes it, the {lab} of the members portal is posted {ph}',
}
LAYOUTS = ['after_em_dash_same_line', 'single_angle_quoted_inline', 'indented_block_under_sentence']
def lay(layout, sentence, enc):
    if layout == LAYOUTS[0]: pre, post = sentence + ' — ', '\n'
    elif layout == LAYOUTS[1]: pre, post = sentence + ': ‹', '› – please decode locally.\n'
    else: pre, post = sentence + ':\n\n    ', '\n\nDelete this after use.\n'
    return pre + enc + post, len(pre)

def generate(pool):
    r = random.Random(40005); types = everyday_types()
    tn = sorted(types); book_ok = [t for t in tn if t not in ('aws_secret_access_key', 'telegram_bot_token')]
    out = []; i = 0; wn = list(WORDINGS)
    for ei, name in enumerate(ENC):
        for j in range(3):
            choices = book_ok if name in BOOK else tn
            t = choices[(ei * 3 + j) % len(choices)]
            plain = pool.fresh(lambda: types[t][1](r))
            ph, enc = ENC[name](plain, r)
            w = wn[j]; layout = LAYOUTS[(ei + j) % 3]
            text, s = lay(layout, WORDINGS[w](LABELS[t], ph), enc)
            out.append(dict(type=t, container=f'{name}__{w}', encoding=name, text=text,
                            secrets=[dict(value=enc, start=s, end=s + len(enc), type=t, plain=plain, encoding=name)], source='evasion', _layout=layout))
    return out
