"""Evasion source: 22 encodings x 3 secret types."""
import random

from common245 import ALNUM, LALNUM, password, rs
from enc245 import ENCODINGS, RULES, enc

SEED = 24505

TYPES = [
    ("atelier_office_evasion_password", "the password of the atelier office PC",
     "owner-chosen password of the atelier office PC (joiners - _ . only)"),
    ("tempering_controller_evasion_service_code", "the service code for the tempering controller's engineer menu",
     "`tcs_` + 16 base62; service code that unlocks the engineer menu of the tempering controller (prefix invented)"),
    ("webshop_evasion_api_token", "the API token of the praline web shop",
     "`cws-` + 20 lower-case alphanumerics; API token of the chocolate web shop's order API (prefix invented)"),
]
WORDINGS = [
    ("bonbon_box_riddle_card", "Riddle card tucked into the staff Easter box: {what} is written {rule}",
     "First one to crack it gets the last ballotin."),
    ("atelier_fridge_puzzle_note", "Note on the atelier fridge: {what} is written {rule}",
     "Don't bother asking me, work it out."),
    ("shop_newsletter_quiz_corner", "Staff newsletter, quiz corner: {what} is written {rule}",
     "Answers next month - and no, it won't be printed in clear."),
]


def plain_for(j, rng):
    if j == 0:
        return password(rng, strict=True)
    if j == 1:
        return "tcs_" + rs(rng, ALNUM, 16)
    return "cws-" + rs(rng, LALNUM, 20)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, name in enumerate(ENCODINGS):
        for j, (tname, what, _d) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(i + j) % 3]
            for _ in range(200):
                p = plain_for(j, rng)
                run = enc(name, p, rng)
                if p in run or run == p or run != run.strip() or "\n" in run:
                    continue
                if not reg.ok(p):
                    continue
                reg.add(p)
                if not reg.add(run):
                    continue
                break
            else:
                raise RuntimeError("no plain for " + name)
            head = intro.format(what=what, rule=RULES[name]) + ":\n"
            text = head + run + "\n" + remark + "\n"
            s = len(head)
            recs.append({"type": tname, "container": name + "__" + wname, "encoding": name, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": tname,
                                      "plain": p, "encoding": name}], "source": "evasion"})
    return recs
