import random
from common import R, AN, uniq, mk
from gen_encodings import ENC

TYPES = [("wifi_wpa_passphrase", "Wi-Fi password"), ("router_admin_password", "router admin password"),
         ("online_banking_password", "online banking password"), ("email_account_password", "email password"),
         ("shop_backoffice_password", "shop back office password"), ("twilio_auth_token", "Twilio auth token")]
WORDINGS = {
 "voice_memo_transcript_aside": ("[voice memo, transcribed] so I don't want to just say it, here's the {T} {P}", " ... okay that's it, delete this after."),
 "kitchen_note_photo_caption": ("Photo caption (kitchen noticeboard): Mum's trick so visitors can't read it, the {T} {P}", "\n#home #notes"),
 "family_chat_forwarded_tip": ("Forwarded many times \u00bb Dad: putting the {T} here {P}", "\nDad: ask me if it doesn't work"),
}
LAYOUTS = {"intro_sentence_dash_run": " \u2014 ", "intro_sentence_newline_indent_run": ":\n    "}

def plain(r, t):
    if t == "twilio_auth_token":
        return R(r, "0123456789abcdef", 32)
    return R(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 1) + R(r, "abcdefghijkmnopqrstuvwxyz", 5) + r.choice("-_") + R(r, AN, 6)

def generate():
    rng = random.Random(4905)
    out = []
    wl, ll = list(WORDINGS), list(LAYOUTS)
    i = 0
    for enc in ENC:
        for j in range(3):
            t, lab = TYPES[i % len(TYPES)]
            p = uniq(rng, lambda r: plain(r, t))
            phrase, run = ENC[enc](p, rng)
            w = wl[j]; lay = ll[i % 2]
            head, tail = WORDINGS[w]
            text, spans = mk([head.format(T=lab, P=phrase) + LAYOUTS[lay], (run, t), tail])
            spans[0]["plain"] = p; spans[0]["encoding"] = enc
            out.append(dict(type=t, container=enc + "__" + w, encoding=enc, text=text, secrets=spans, source="evasion", layout=lay))
            i += 1
    return out
