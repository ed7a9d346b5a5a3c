"""Evasions: 22 new encodings x 3 records, varied layouts, three new wordings."""
import random
from common import fill
from gen_everyday import make_value
from gen_encodings import ENC, encode, HOMO

TYPES = ['aws_secret_access_key', 'database_password', 'datadog_api_key', 'dockerhub_personal_access_token', 'github_classic_pat',
         'gitlab_personal_access_token', 'google_gemini_api_key', 'huggingface_access_token', 'jwt_signing_secret',
         'npm_access_token', 'sendgrid_api_key', 'slack_bot_token', 'smtp_password', 'telegram_bot_token', 'twilio_auth_token',
         'anthropic_api_key', 'stripe_live_secret_key']
LABEL = {'aws_secret_access_key': 'AWS secret key for the backup bucket', 'database_password': 'password for the reporting database',
         'datadog_api_key': 'Datadog API key', 'dockerhub_personal_access_token': 'Docker Hub token for the CI pushes',
         'github_classic_pat': 'GitHub token for the release bot', 'gitlab_personal_access_token': 'GitLab token',
         'google_gemini_api_key': 'Gemini API key', 'huggingface_access_token': 'Hugging Face token',
         'jwt_signing_secret': 'JWT signing secret', 'npm_access_token': 'npm publish token', 'sendgrid_api_key': 'SendGrid key',
         'slack_bot_token': 'Slack bot token', 'smtp_password': 'SMTP relay password', 'telegram_bot_token': 'Telegram bot token',
         'twilio_auth_token': 'Twilio auth token', 'anthropic_api_key': 'Anthropic API key', 'stripe_live_secret_key': 'Stripe live key'}
LAYOUTS = ['same_line', 'next_line', 'blank_line', 'code_block', 'table_cell', 'email_quote', 'yaml_comment', 'html_attribute']
WORDINGS = {
 'team_wiki_page_snippet': ('== Shared access (do not copy elsewhere) ==\n', '\nLast edited by the on-call lead.\n'),
 'support_ticket_reply': ('Hi Sam,\n\nas discussed on the phone:\n', '\n\nKind regards,\nIT service desk\n'),
 'notes_app_entry': ('Notes — server stuff\n\n', '\n\n(remember to rotate after the audit)\n'),
}

def body(layout, intro):
    if layout == 'same_line': return intro + ': {V0}'
    if layout == 'next_line': return intro + ':\n{V0}'
    if layout == 'blank_line': return intro + ':\n\n{V0}'
    if layout == 'code_block': return intro + ':\n```\n{V0}\n```'
    if layout == 'table_cell': return intro + ':\n\n| what | value |\n|---|---|\n| secret | {V0} |'
    if layout == 'email_quote': return 'On Tue, Priya wrote:\n> ' + intro + ':\n> {V0}\n\nThanks, got it.'
    if layout == 'yaml_comment': return 'service:\n  name: reports\n  # ' + intro + ': {V0}\n  replicas: 2'
    if layout == 'html_attribute': return '<!-- ' + intro + ' -->\n<div class="cfg" data-secret="{V0}"></div>'

def generate(seed=31005, used=()):
    rng = random.Random(seed)
    recs = []; k = 0; li = 0
    for enc in sorted(ENC):
        for j in range(3):
            t = TYPES[k % len(TYPES)]; k += 1
            while True:
                _, plain, _, _ = make_value(rng, t)
                if plain in used: continue
                if enc == 'cyrillic_homoglyph_swap' and not any(c in HOMO for c in plain): continue
                break
            val = encode(enc, plain, rng)
            layout = LAYOUTS[li % len(LAYOUTS)]; li += 1
            if layout == 'table_cell' and '|' in val: layout = 'next_line'
            if layout == 'html_attribute' and any(c in val for c in '"&<>'): layout = 'code_block'
            wording = sorted(WORDINGS)[(k + j) % 3]
            pre, post = WORDINGS[wording]
            intro = 'The ' + LABEL[t] + ' is here, ' + ENC[enc][2]
            tpl = pre + body(layout, intro) + post
            text, spans = fill(tpl, {'V0': (val, t)})
            spans[0]['plain'] = plain; spans[0]['encoding'] = enc
            recs.append({'type': t, 'container': enc + '__' + wording, 'encoding': enc, 'text': text, 'secrets': spans,
                         'source': 'evasion', '_layout': layout})
    return recs
