"""Evasions: 22 encodings x 3 secret types; the text states the rule, then ':' newline, run, remark."""
import random
import re

import enc250
from common250 import BASE62, LALNUM, PW_STRICT_RE, owner_password, rand_str, span_of

SEED = 25005

ETYPES = [
    ("print_studio_office_evasion_password", "the password of the studio office PC",
     "owner-chosen password of the studio office PC (joiners - _ . only)"),
    ("guillotine_controller_evasion_unlock_code", "the engineer unlock code of the guillotine controller",
     "`gcu_` + 16 base62; unlock code of the guillotine controller's engineer menu (prefix invented)"),
    ("press_booking_evasion_api_token", "the API token of the press-booking service",
     "`pbk-` + 20 lower-case alphanumerics; API token of the self-hosted press-booking service (prefix invented)"),
]
ETYPE_NAMES = [t[0] for t in ETYPES]

WORDINGS = {
    "type_case_drawer_label": (
        "Label glued inside the italic type-case drawer: {what} is written {rule}:\n{run}\n"
        "Put the drawer back in the cabinet when you have it."),
    "proof_press_riddle_slip": (
        "Riddle slip clipped to the proof press: {what}, written {rule}:\n{run}\n"
        "Work it out on scrap paper, not on the tympan."),
    "zine_back_page_puzzle": (
        "Back-page puzzle in the studio zine (staff copies only): {what}, set {rule}:\n{run}\n"
        "First one to crack it gets the last linocut print."),
}
WORDING_NAMES = list(WORDINGS)

GCU_RE = re.compile(r"^gcu_[0-9A-Za-z]{16}$")
PBK_RE = re.compile(r"^pbk-[a-z0-9]{20}$")


def gen_plain(tname, rng):
    if tname == ETYPE_NAMES[0]:
        return owner_password(rng, strict=True)
    if tname == ETYPE_NAMES[1]:
        return "gcu_" + rand_str(rng, BASE62, 16)
    return "pbk-" + rand_str(rng, LALNUM, 20)


def check_plain(tname, p):
    if tname == ETYPE_NAMES[0]:
        return bool(PW_STRICT_RE.match(p))
    if tname == ETYPE_NAMES[1]:
        return bool(GCU_RE.match(p))
    return bool(PBK_RE.match(p))


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, enc_name in enumerate(enc250.ENCODINGS):
        for j, (tname, what, _) in enumerate(ETYPES):
            wording = WORDING_NAMES[(i + j) % 3]
            while True:
                plain = gen_plain(tname, rng)
                run = enc250.enc(enc_name, plain, rng)
                if (plain in run or run == plain or run != run.strip() or "\n" in run
                        or not reg.ok(plain) or not reg.ok(run)):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            text = WORDINGS[wording].format(what=what, rule=enc250.rule_text(enc_name), run=run)
            s, e = span_of(text, run)
            recs.append({
                "type": tname,
                "container": "%s__%s" % (enc_name, wording),
                "encoding": enc_name,
                "text": text,
                "secrets": [{"value": run, "start": s, "end": e, "type": tname, "plain": plain,
                             "encoding": enc_name}],
                "source": "evasion",
            })
    return recs
