"""Evasions: 22 encodings x 3 types. Each text states the rule in words, then
':' and a newline, then the run on its own line, then a remark."""
import random
import re

import enc251
import world251 as W
from common251 import rs, LOWER_ALNUM

SEED = 25105
ENCODINGS = list(enc251.ENCODINGS)

TYPES = [
    ("loans_kiosk_evasion_password", "the password of the toy library's self-service loans kiosk",
     "owner-chosen password of the toy library's self-service loans kiosk: lower-case world word + `.` + 2-3 letters + 2-3 digits"),
    ("fly_rig_evasion_service_code", "the service code that unlocks the engineer menu of the fly-rig hoist panel",
     "`rig.` + 12 lower-case alphanumerics; service code that unlocks the engineer menu of the fly-rig hoist panel (prefix invented)"),
    ("till_sync_evasion_api_token", "the API token of the shops' till-sync service",
     "`tsa.` + 20 lower-case alphanumerics; API token of the shops' till-sync service (prefix invented)"),
]
TYPE_RE = {
    "loans_kiosk_evasion_password": W.EVASION_PW_RE,
    "fly_rig_evasion_service_code": re.compile(r"^rig\.[a-z0-9]{12}$"),
    "till_sync_evasion_api_token": re.compile(r"^tsa\.[a-z0-9]{20}$"),
}
WORDINGS = ["box_office_noticeboard_puzzle", "workshop_tea_break_riddle", "toy_library_newsletter_teaser"]


def plain_for(t, rng):
    if t == "loans_kiosk_evasion_password":
        return W.evasion_password(rng)
    if t == "fly_rig_evasion_service_code":
        return "rig." + rs(rng, LOWER_ALNUM, 12)
    return "tsa." + rs(rng, LOWER_ALNUM, 20)


REMARKS = {
    "box_office_noticeboard_puzzle": ["First correct answer to Nadia wins two seats for the Saturday matinee.",
                                      "Answers in the envelope by the till, not on the board please.",
                                      "Hint next week if nobody gets it."],
    "workshop_tea_break_riddle": ["Loser makes the next round of tea.", "No phones until the kettle boils.",
                                  "Teo says it took him ten minutes with a pencil."],
    "toy_library_newsletter_teaser": ["Bring your answer to the Saturday session for a sticker.",
                                      "Solutions in the next newsletter.", "Puzzle set by our volunteer Maja."],
}


def wrap(wording, what, rule, run, rng):
    remark = rng.choice(REMARKS[wording])
    if wording == "box_office_noticeboard_puzzle":
        head = "BOX OFFICE NOTICEBOARD · puzzle of the week\nThis week's answer is %s, written %s" % (what, rule)
    elif wording == "workshop_tea_break_riddle":
        head = "Workshop tea-break riddle from Teo: %s%s is hidden below, written %s" % (what[0].upper(), what[1:], rule)
    else:
        head = "Bramblewick newsletter, brain-teaser corner: can you recover %s? It is written %s" % (what, rule)
    text = head + ":\n" + run + "\n" + remark
    start = len(head) + 2
    return text, start


def build(reg, side):
    rng = random.Random(SEED)
    recs = []
    for i, enc_name in enumerate(ENCODINGS):
        family, fn, rule = enc251.ENCODINGS[enc_name]
        for j, (t, what, shape) in enumerate(TYPES):
            wording = WORDINGS[(2 * i + j) % 3]
            for _ in range(500):
                plain = plain_for(t, rng)
                run = enc251.enc(enc_name, plain, rng)
                if (plain not in run and run != plain and run.strip() == run and "\n" not in run
                        and reg.ok(plain) and reg.ok(run)):
                    break
            reg.add(plain)
            reg.add(run)
            text, s = wrap(wording, what, rule, run, rng)
            assert text[s:s + len(run)] == run
            recs.append({"type": t, "container": "%s__%s" % (enc_name, wording), "encoding": enc_name, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t, "plain": plain,
                                      "encoding": enc_name}], "source": "evasion"})
    return recs
