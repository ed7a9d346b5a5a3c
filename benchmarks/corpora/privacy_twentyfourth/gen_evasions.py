"""33 new evasion encodings x 3 wordings; every span decodes back to `plain`."""
import random
from common import mark, realize, subst, least_used_pairing
from gen_everyday import TYPES
from gen_encodings import ENC, PHRASE, KEYED, SAFE, CHARMAP_ONLY
import common

SEED = 24005
WORDINGS = {
    'incident_timeline_entry': '14:§N§ UTC — while rotating, §U§ pasted the old §L§ into the timeline, §PH§:\n§E§\n(revoke before closing the incident)',
    'pull_request_description_aside': '### Notes for reviewers\nThe integration test still needs the §L§; so it does not trip the scanner I left it §PH§:\n\n§E§\n\nPlease do not merge until CI is green.',
    'sms_to_oncall_colleague': 'hey it\u2019s §U§ — prod §L§ for tonight, §PH§ (decode it yourself): §E§ — delete this text after',
}
LABEL = {
    'anthropic_api_key': 'Anthropic key', 'cloudflare_api_token': 'Cloudflare token', 'datadog_api_key': 'Datadog API key',
    'digitalocean_personal_access_token': 'DigitalOcean token', 'dockerhub_personal_access_token': 'Docker Hub token',
    'github_classic_pat': 'GitHub token', 'github_fine_grained_pat': 'GitHub fine-grained token', 'gitlab_personal_access_token': 'GitLab token',
    'google_gemini_api_key': 'Gemini key', 'huggingface_access_token': 'Hugging Face token', 'npm_access_token': 'npm publish token',
    'sendgrid_api_key': 'SendGrid key', 'sentry_user_auth_token': 'Sentry token', 'slack_bot_token': 'Slack bot token',
    'stripe_live_secret_key': 'Stripe live key', 'stripe_restricted_key': 'Stripe restricted key', 'twilio_auth_token': 'Twilio auth token',
    'jwt_signing_secret': 'JWT signing secret',
}
KEYS = {
    'rail_fence_zigzag_keyed': ['3', '4', '5'], 'beaufort_cipher_keyed': ['harbor', 'quartz', 'pelican'],
    'autokey_vigenere_keyed': ['lantern', 'orbit', 'meadow'], 'xor_repeating_key_hex_keyed': ['k3y!', 'tide', 'ember7'],
    'rc4_stream_hex_keyed': ['opal-gate', 'nightjar', 'cobalt42'], 'python_chr_offset_list_keyed': ['7', '11', '19'],
}
BIG = {'od_b_octal_dump', 'brainfuck_print_program', 'utf32be_hex', 'xxencode_block'}
LONG_TYPES = {'anthropic_api_key', 'stripe_live_secret_key', 'stripe_restricted_key', 'github_fine_grained_pat'}


def build():
    rng = random.Random(SEED)
    types = sorted(LABEL)
    encs = sorted(ENC)
    assert len(encs) == 33
    recs = []
    use = {t: 0 for t in types}
    for enc in encs:
        for wi, wording in enumerate(sorted(WORDINGS)):
            allowed = [t for t in types if not (enc in BIG and t in LONG_TYPES)]
            lo = min(use[t] for t in allowed)
            t = rng.choice([x for x in allowed if use[x] == lo])
            use[t] += 1
            while True:
                plain, _ = realize(TYPES[t][1](rng, t))
                plain = plain if t not in () else plain
                if enc in CHARMAP_ONLY and not set(plain) <= SAFE:
                    continue
                break
            key = KEYS[enc][wi] if enc in KEYED else None
            encoded = ENC[enc](plain, key)
            phrase = PHRASE[enc].format(k=key)
            marked = subst(WORDINGS[wording], {'N': '%02d' % rng.randint(0, 59), 'U': rng.choice(common.FIRST),
                                               'L': LABEL[t], 'PH': phrase, 'E': mark(t, encoded)})
            text, spans = realize(marked)
            sp = spans[0]
            sp['plain'] = plain
            sp['encoding'] = enc
            if key is not None:
                sp['encoding_key'] = key
            recs.append({'type': t, 'container': '%s__%s' % (enc, wording), 'text': text, 'secrets': spans,
                         'source': 'evasion', 'encoding': enc})
    return recs
