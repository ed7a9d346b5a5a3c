"""Evasions: 33 encodings x 3 records, varied layouts, three new wordings."""
import random
import common as C, gen_everyday, gen_encodings as E

SEED = 28005
LABEL = {
 "aws_secret_access_key": "AWS secret key", "cloudflare_api_token": "Cloudflare token",
 "database_password": "prod DB password", "datadog_api_key": "Datadog API key",
 "digitalocean_personal_access_token": "DigitalOcean token", "dockerhub_personal_access_token": "Docker Hub token",
 "github_classic_pat": "GitHub token", "github_fine_grained_pat": "GitHub fine-grained token",
 "gitlab_personal_access_token": "GitLab token", "google_gemini_api_key": "Gemini key",
 "huggingface_access_token": "Hugging Face token", "jwt_signing_secret": "JWT signing secret",
 "npm_access_token": "npm publish token", "sendgrid_api_key": "SendGrid key",
 "sentry_user_auth_token": "Sentry auth token", "slack_bot_token": "Slack bot token",
 "smtp_password": "SMTP password", "telegram_bot_token": "Telegram bot token",
 "twilio_auth_token": "Twilio auth token",
}
TYPES = sorted(LABEL)
KEYS = ["LANTERN", "ORCHID", "FJORD", "MAGPIE", "QUARTZ", "BISCUIT", "HARBOR", "VELVET", "COBALT"]
WORDINGS = {
 "lab_notebook_entry": ("Lab notebook, {day}: for the staging rig I keep the {label} {phrase}", "Remember to rotate it after the demo."),
 "helpdesk_ticket_reply": ("Hi, as requested on ticket #{n}, here is the {label}, {phrase}", "Please close the ticket once it works. Kind regards, Service Desk"),
 "discord_dm_snippet": ("yo, the {label} so the scanner bot does not flag it, {phrase}", "delete this msg after pls"),
}
LAYOUTS = ["same_line", "next_line", "after_blank_line", "code_block", "table_cell"]

def build_text(rng, enc, wording, layout, label, phrase, encoded):
    intro, outro = WORDINGS[wording]
    intro = intro.format(day="%d May" % rng.randint(1, 28), n=rng.randint(10000, 99999), label=label, phrase=phrase)
    pre = "\u2192" if enc == "unicode_tag_smuggling" else ""
    if layout == "table_cell" and "|" in encoded:
        layout = "next_line"
    if layout == "same_line":
        head, tail = intro + ": " + pre, "\n" + outro + "\n"
    elif layout == "next_line":
        head, tail = intro + ":\n" + pre, "\n" + outro + "\n"
    elif layout == "after_blank_line":
        head, tail = intro + ".\n\n" + pre, "\n\n" + outro + "\n"
    elif layout == "code_block":
        head, tail = intro + ":\n```\n" + pre, "\n```\n" + outro + "\n"
    else:
        head = "| item | value |\n|---|---|\n| " + label + " (" + phrase + ") | " + pre
        tail = " |\n\n" + outro + "\n"
    return head, tail, layout

def generate():
    rng = random.Random(SEED)
    recs = []
    use = {t: 0 for t in TYPES}
    wl = sorted(WORDINGS)
    for ei, enc in enumerate(sorted(E.ENC)):
        fn, phrase_t, keyed = E.ENC[enc]
        for j in range(3):
            m = min(use.values())
            t = rng.choice([x for x in TYPES if use[x] == m]); use[t] += 1
            var, mk = gen_everyday.TYPES[t]
            plain = mk(rng, t).value
            key = rng.choice(KEYS) if keyed else None
            encoded = fn(plain, key, rng)
            phrase = phrase_t.format(key=key) if keyed else phrase_t
            wording = wl[j]
            layout = LAYOUTS[(ei + j) % 5]
            head, tail, used_layout = build_text(rng, enc, wording, layout, LABEL[t], phrase, encoded)
            text = head + encoded + tail
            span = {"value": encoded, "start": len(head), "end": len(head) + len(encoded), "type": t,
                    "plain": plain, "encoding": enc}
            if keyed:
                span["encoding_key"] = key
            recs.append({"id": None, "type": t, "container": enc + "__" + wording, "text": text,
                         "secrets": [span], "encoding": enc, "layout": used_layout, "source": "evasion"})
    return recs, {"wordings": wl, "types": TYPES}
