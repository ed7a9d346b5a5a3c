import random
from common import *
from gen_encodings import ENC

PLAIN_TYPES = {
    "database_password": ("the CMS database password", lambda r: rs(r, ALNUM, r.randint(12, 16)) + r.choice("-_") + rs(r, string.digits, 2)),
    "smtp_password": ("the newsletter SMTP password", lambda r: rs(r, ALNUM, r.randint(12, 16)) + r.choice("-_") + rs(r, ALNUM, 3)),
    "twilio_auth_token": ("the Twilio auth token for the SMS campaign", lambda r: rs(r, HEX, 32)),
    "datadog_api_key": ("the Datadog API key for the streaming dashboard", lambda r: rs(r, HEX, 32)),
    "jwt_signing_secret": ("the JWT signing secret of the client portal", lambda r: rs(r, URLSAFE, 32)),
    "huggingface_access_token": ("the Hugging Face token for the captioning model", lambda r: "hf_" + rs(r, string.ascii_letters, 34)),
}

WORDINGS = {
 "video_editor_voice_memo_transcript": "Voice memo transcript (auto-generated, @D@)\n@P@: hey, quick one before I export the @C@ cut. @T@ — I'm not typing it plainly, so here it is @E@",
 "account_manager_email_postscript": "Hi @Q@,\n\nthe revised storyboard for @C@ is attached.\n\nP.S. @T@, as promised, @E@",
 "photographer_invoice_footnote": "INVOICE @N@ – @C@ product shoot\nHalf day studio + retouch (12 images) ... 1,450.00\n* Footnote for your web person: @T@, @E@",
}
LAYOUTS = ["inline_after_colon_note", "indented_line_below"]


def generate(seed=4405):
    rng = random.Random(seed)
    out = []
    tnames = sorted(PLAIN_TYPES)
    wnames = list(WORDINGS)
    n = 0
    for enc in sorted(ENC):
        for j in range(3):
            typ = tnames[n % len(tnames)]
            human, gen = PLAIN_TYPES[typ]
            plain = gen(rng)
            phrase, run = ENC[enc](plain, rng)
            wording = wnames[(n + j) % 3]
            layout = LAYOUTS[n % 2]
            if layout == "inline_after_colon_note":
                tail = phrase + ": " + MARK + " (thanks!)"
            else:
                tail = phrase + ":\n\n    " + MARK + "\n\nthanks!"
            tpl = WORDINGS[wording].replace("@T@", human).replace("@E@", tail)
            text, start = fill(rng, tpl, run)
            r = rec(text, start, run, typ, enc + "__" + wording, "evasion")
            r["encoding"] = enc
            r["secrets"][0]["plain"] = plain
            r["secrets"][0]["encoding"] = enc
            out.append(r)
            n += 1
    return out
