"""Evasions: 22 new encodings x 3 records."""
from common import G, mark, place
from gen_encodings import ENC

PLAIN_TYPES = {
 "database_password": ("general-ledger database password", lambda g: g.pwsafe(12, 16)),
 "smtp_password": ("SMTP password of the invoices mailbox", lambda g: g.pwsafe(12, 16)),
 "twilio_auth_token": ("Twilio auth token for the appointment reminders", lambda g: g.hex(32)),
 "datadog_api_key": ("Datadog API key for the POS fleet", lambda g: g.hex(32)),
 "redis_url_password": ("password in the fraud-cache Redis URL", lambda g: g.pwsafe(14, 18)),
 "jwt_signing_secret": ("JWT signing secret of the claims portal", lambda g: g.b64ubytes(24)),
}
PT = sorted(PLAIN_TYPES)

WORDINGS = {
 "payroll_clerk_email_aside": "Hi {N},\nquick one before the pay run: I didn't want the {LAB} in plain text, so it is written {PHRASE}{LAY}\nPlease delete this e-mail afterwards.",
 "claims_desk_ticket_comment": "Comment on CLM-{R} by {N}: vendor asked us not to paste credentials, so here is the {LAB} written {PHRASE}{LAY}\n(decode locally, do not reply-all)",
 "pharmacy_owner_voice_note_transcript": "[Voice note transcript, 0:42] Hi, it's {N} from the pharmacy. I've put the {LAB} in the notes app, written {PHRASE}{LAY}\nCall me if it doesn't work.",
}
LAYOUTS = {"colon_then_indented_block": ":\n    ", "colon_same_line_inline": ": "}
NAMES = ["Mira", "Tobias", "Fatima", "Kenji", "Olga", "Baraka"]

def build(rng, pool):
    g = G(rng)
    recs = []
    wl = list(WORDINGS); i = 0
    for enc, (fn, phrase, alnum) in ENC.items():
        for k in range(3):
            t = PT[(i + k) % len(PT)]
            lab, pf = PLAIN_TYPES[t]
            wording = wl[(i + k) % 3]
            multiline = enc in ("invoice_quantity_column", "case_pattern_cover_text")
            lay = "colon_then_indented_block" if (multiline or (i + k) % 2 == 0) else "colon_same_line_inline"
            while True:
                plain = pool.take(lambda: pf(g))
                encv = fn(plain, rng)
                if plain not in encv:
                    break
            if multiline and lay == "colon_then_indented_block":
                encv_disp = encv.replace("\n", "\n    ")
            else:
                encv_disp = encv
            s = (WORDINGS[wording].replace("{LAB}", lab).replace("{PHRASE}", phrase)
                 .replace("{LAY}", LAYOUTS[lay] + mark(0)).replace("{N}", rng.choice(NAMES))
                 .replace("{R}", str(rng.randint(10000, 99999))))
            text, spans = place(s, [(encv_disp, t)])
            spans[0]["plain"] = plain; spans[0]["encoding"] = enc
            recs.append({"type": t, "container": enc + "__" + wording, "encoding": enc, "text": text,
                         "secrets": spans, "source": "evasion", "_layout": lay})
        i += 3
    return recs
