import random
from common import *
import enc93
from gen_everyday import TYPES
PLAIN_TYPES = ["cws_oauth_client_secret_gocspx", "amo_signing_jwt_secret_hex", "edge_addons_publish_api_key",
               "extension_test_account_password", "apple_app_specific_password_for_safari", "userscript_backend_bearer_token"]
WORDINGS = {
 "addon_review_rejection_reply": ("Re: add-on rejected ({E} {N})\nThe reviewer asked us not to ship the credential in clear, so the build now carries it {RULE}:\n", "\nPlease resubmit once the loader is in place.\n"),
 "greasyfork_discussion_post": ("Posted in the {E} discussion on Greasy Fork:\nI hid my token in the script {RULE}:\n", "\nIt still gets flagged, any idea why?\n"),
 "extension_publish_handoff_doc": ("## Publishing hand-off for {E}\nThe store credential is written {RULE}:\n", "\nDecode it locally; do not paste the decoded value in the tracker.\n"),
}

def generate():
    r = random.Random(9305)
    out = []
    wl = list(WORDINGS)
    i = 0
    for enc in enc93.ENC:
        for j in range(3):
            t = PLAIN_TYPES[i % len(PLAIN_TYPES)]; i += 1
            w = wl[j]
            while True:
                p = TYPES[t][1](r)
                if enc == "cyrillic_homoglyph_swap" and not any(c in enc93.HOMO for c in p):
                    continue
                run = enc93.ENC[enc](p, r)
                if run != run.strip() or p in run:
                    continue
                break
            f = filler(r); f["RULE"] = enc93.RULE[enc]
            head, tail = WORDINGS[w]
            for k, v in f.items():
                head = head.replace("{" + k + "}", v); tail = tail.replace("{" + k + "}", v)
            text = head + run + tail
            s = len(head)
            if p in text:
                continue
            out.append(dict(type=t, container=enc + "__" + w, encoding=enc, text=text,
                            secrets=[dict(value=run, start=s, end=s + len(run), type=t, plain=p, encoding=enc)], source="evasion"))
    return out
