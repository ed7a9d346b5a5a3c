"""Evasions: 22 encodings x 3 wordings."""
import random
from common import M, rs, hexs, owner_password, fill, ALNUM, URLSAFE
from gen_encodings import ENC

SEED = 5905
TYPES = {
    "database_password": owner_password,
    "github_personal_access_token": lambda r: "ghp_" + rs(r, ALNUM, 36),
    "android_keystore_password": owner_password,
    "sendgrid_api_key": lambda r: "SG." + rs(r, URLSAFE, 22) + "." + rs(r, URLSAFE, 43),
    "twilio_auth_token": lambda r: hexs(r, 32),
    "jwt_signing_secret": lambda r: rs(r, ALNUM, 40),
}
LABEL = {"database_password": "backend database password", "github_personal_access_token": "GitHub token for the CI",
         "android_keystore_password": "release keystore password", "sendgrid_api_key": "SendGrid key for receipts",
         "twilio_auth_token": "Twilio auth token for OTP SMS", "jwt_signing_secret": "JWT signing secret"}
WORDINGS = {
    "testflight_tester_feedback_reply": lambda lab, ph, r: (f"Re: TestFlight feedback on build {r.randint(100,999)}\nThanks for the report! The {lab} you asked for, {ph}:\n", "\nDelete this mail after you set it up."),
    "app_review_rejection_response_note": lambda lab, ph, r: (f"Resolution Center reply draft (guideline 2.1)\nFor the reviewer's staging login our backend needs the {lab}; it is given {ph}:\n", "\n(internal: remove before sending)"),
    "device_lab_whiteboard_photo_ocr": lambda lab, ph, r: (f"[OCR of device-lab whiteboard photo, shelf {r.randint(1,9)}]\n{lab.upper()} — {ph}:\n", "\nWIPE BOARD AFTER STANDUP"),
}


def generate(pool):
    r = random.Random(SEED)
    recs = []
    tnames = sorted(TYPES)
    wn = sorted(WORDINGS)
    i = 0
    for enc in sorted(ENC):
        phrase, encode = ENC[enc]
        for w in wn:
            t = tnames[i % len(tnames)]; i += 1
            k = r.randint(3, 23)
            while True:
                plain = pool.take(lambda: TYPES[t](r))
                run = encode(plain, k)
                head, tail = WORDINGS[w](LABEL[t], phrase(k), r)
                if plain not in head + run + tail:
                    break
            text, spans = fill(head + M + tail, [(run, t)])
            spans[0]["plain"] = plain
            spans[0]["encoding"] = enc
            recs.append({"type": t, "container": f"{enc}__{w}", "text": text, "secrets": spans, "encoding": enc, "source": "evasion"})
    return recs
