"""Evasions: 22 encodings x 3, rule stated before the run."""
import random
from common121 import shape, owner_pw
from enc121 import E

TYPES = [("prntdev_evasion_rip_admin_password", [("pw",)]),
         ("prntdev_evasion_pod_api_key", ["podk_", ("a", 28)]),
         ("prntdev_evasion_proofing_hmac_hex", [("h", 32)])]
WORDINGS = {
 "prepress_slack_riddle": "Prepress riddle of the day: the RIP admin credential is written {rule}:\n{run}\nFirst one to log in buys coffee.",
 "press_room_whiteboard_photo_caption": "Photo of the press-room whiteboard (transcribed). The shared secret below is {rule}:\n{run}\n(Wipe the board after the audit.)",
 "web2print_code_review_aside": "Review comment: I did not want to paste it plainly, so here it is {rule}:\n{run}\nPlease move it to the vault before merging.",
}

def build(seed=12105):
    r = random.Random(seed)
    out = []
    wk = list(WORDINGS)
    for i, (enc, (rule, f)) in enumerate(E.items()):
        for j in range(3):
            t, spec = TYPES[j]
            plain = shape(r, spec)
            run = f(plain)
            w = wk[(i + j) % 3]
            pre = WORDINGS[w].split("{run}")[0].replace("{rule}", rule)
            post = WORDINGS[w].split("{run}")[1]
            text = pre + run + post
            out.append((enc, w, t, text, len(pre), len(pre) + len(run), plain, rule))
    return out
