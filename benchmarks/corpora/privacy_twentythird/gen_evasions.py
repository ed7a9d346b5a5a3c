"""Evasions: 33 new encodings x 3 wordings, one span each with plain / encoding."""
import random
from common import assemble, fillers
from gen_encodings import ENC, PHRASE, KEYED
from gen_everyday import TYPES

SEED = 23005

WORDINGS = {
    "pager_escalation_note": "PAGER ESCALATION #{N} ({PROJ}): the on-call {LABEL} is {PHRASE} so the bot does not flag it -> {V}\nRotate it once the incident is closed.",
    "code_review_nitpick": "nit (review of !{N2}): you still ship the {LABEL} in tests/fixtures, only {PHRASE}:\n\n{V}\n\nplease pull it from the vault instead, {USER}.",
    "shared_drive_readme_line": "README.txt  (shared drive /ops/{PROJ})\nThe {LABEL} for the nightly job is below, {PHRASE}.\n\n{V}\n\nAsk {USER} before you use it.",
}
LABEL = {
    "github_classic_pat": "GitHub token", "npm_access_token": "npm publish token", "gitlab_personal_access_token": "GitLab token",
    "huggingface_access_token": "Hugging Face token", "slack_bot_token": "Slack bot token",
    "stripe_live_secret_key": "Stripe live key", "sendgrid_api_key": "SendGrid key",
    "dockerhub_personal_access_token": "Docker Hub token", "digitalocean_personal_access_token": "DigitalOcean token",
    "sentry_user_auth_token": "Sentry token", "datadog_api_key": "Datadog API key", "twilio_auth_token": "Twilio auth token",
    "anthropic_api_key": "Anthropic key",
}
GENERAL = ["github_classic_pat", "npm_access_token", "gitlab_personal_access_token", "huggingface_access_token",
           "slack_bot_token", "stripe_live_secret_key", "sendgrid_api_key", "dockerhub_personal_access_token",
           "digitalocean_personal_access_token", "sentry_user_auth_token", "anthropic_api_key"]
HEXT = ["datadog_api_key", "twilio_auth_token"]


def _ok(name, plain, region):
    if not region or region[0].isspace() or region[-1].isspace():
        return False
    if plain in region:
        return False
    if name == "greek_homoglyph_swap" and region == plain:
        return False
    if name == "colemak_layout_typed_on_qwerty" and region == plain:
        return False
    if name == "qwerty_right_shift_typo" and not all(c.isalnum() or c in "_-." for c in plain):
        return False
    return True


def generate():
    rng = random.Random(SEED)
    recs = []
    for name in sorted(ENC):
        for w in sorted(WORDINGS):
            pool = HEXT if name == "morse_code_hex_token" else GENERAL
            while True:
                t = rng.choice(pool)
                plain = TYPES[t][1](rng)
                region, key = ENC[name](plain, rng)
                if _ok(name, plain, region):
                    break
            f = fillers(rng)
            phrase = PHRASE[name].replace("{k}", key or "")
            tpl = WORDINGS[w]
            for k2, v2 in f.items():
                tpl = tpl.replace("{" + k2 + "}", v2)
            tpl = tpl.replace("{LABEL}", LABEL[t]).replace("{PHRASE}", phrase)
            a, b = tpl.split("{V}")
            extra = {"plain": plain, "encoding": name}
            if name in KEYED:
                extra["encoding_key"] = key
            text, spans = assemble([a, (region, t, extra), b])
            recs.append({"type": t, "container": f"{name}__{w}", "text": text, "secrets": spans, "source": "evasion",
                         "encoding": name})
    return recs
