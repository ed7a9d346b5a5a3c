"""66 evasions: 22 encodings x 3 wordings; the text names the encoding before the run."""
from common import Gen, MARK, make
from gen_encodings import ENC

SEED = 6005
PLAINS = {
 "database_password": lambda g: g.pw(),
 "github_personal_access_token": lambda g: "ghp_" + g.s(36),
 "slack_bot_token": lambda g: "xoxb-" + g.digits(12) + "-" + g.digits(13) + "-" + g.s(24),
 "jwt_signing_secret": lambda g: g.hx(48),
 "smtp_password": lambda g: g.pw(),
 "twilio_auth_token": lambda g: g.hx(32),
}
WORDINGS = {
 "fx_desk_shift_handover_note": ("FX desk shift handover, @@T@@\nThe rates-feed @@L@@ for the night shift is @@P@@:\n" + MARK + "\nLondon picks it up at 07:00.\n"),
 "recon_break_ticket_comment": ("RECON-@@N@@ comment:\nto unblock the nostro match the @@L@@ was pasted @@P@@:\n" + MARK + "\n(please rotate once the break is cleared)\n"),
 "quant_notebook_markdown_cell": ("### Data access\n\nThe vendor sandbox @@L@@ is stored here @@P@@:\n\n" + MARK + "\n\n_remove before sharing the notebook_\n"),
}
LABEL = {"database_password": "database password", "github_personal_access_token": "GitHub token", "slack_bot_token": "Slack bot token",
         "jwt_signing_secret": "JWT signing secret", "smtp_password": "SMTP password", "twilio_auth_token": "Twilio auth token"}


def gen():
    g = Gen(SEED)
    types = sorted(PLAINS)
    wl = list(WORDINGS)
    out, i = [], 0
    for enc in sorted(ENC):
        for w in wl:
            t = types[i % len(types)]
            i += 1
            plain = PLAINS[t](g)
            phrase, k = ENC[enc][0](g.r)
            run = ENC[enc][1](plain, k, g.r)
            tpl = WORDINGS[w].replace("@@T@@", "0" + g.digits(1) + "-Mar").replace("@@N@@", g.digits(5)).replace("@@L@@", LABEL[t]).replace("@@P@@", phrase)
            text, spans = make(tpl, [run], [t])
            spans[0]["plain"] = plain
            spans[0]["encoding"] = enc
            out.append({"type": t, "container": enc + "__" + w, "encoding": enc, "text": text, "secrets": spans, "source": "evasion"})
    return out
