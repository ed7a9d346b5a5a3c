# -*- coding: utf-8 -*-
"""Evasion source: 22 encodings x 3 secret types, each text states the rule, then ':' and a newline, the run, a remark."""
import random

from common223 import SEED_EVASION, AN, LAN, rs, owner_password
from enc223 import ENCODINGS, enc

TYPES = [
    ("rink_evasion_office_pc_password", "the rink-office PC password",
     "owner-chosen password of the rink-office PC (joiners - _ . only)"),
    ("rink_evasion_ice_plant_override_code", "the ice-plant override code",
     "`ipo_` + 16 base62; override code of the ice-plant compressor controller (prefix invented)"),
    ("rink_evasion_scoreboard_admin_token", "the scoreboard admin token",
     "`sbt-` + 20 lower-case alphanumerics; token that puts the scoreboard controller into admin mode (prefix invented)"),
]
WORDINGS = [
    ("rink_noticeboard_riddle",
     "Noticeboard riddle for the ice crew: {what} is written {rule}:\n{run}\n"
     "Whoever reads it first gets a free sharpening -- then please take the sheet down.\n"),
    ("bonspiel_quiz_sheet",
     "Bonspiel quiz, question 7 -- {what}, {rule}:\n{run}\n"
     "Answers go to the bar before the last draw; the committee knows what it opens.\n"),
    ("skating_club_newsletter_puzzle",
     "Newsletter puzzle corner: this month {what} hides in plain sight, {rule}:\n{run}\n"
     "Coaches only -- do not post the solution in the parents' group.\n"),
]


def make_plain(tidx, rng):
    if tidx == 0:
        return owner_password(rng, strict=True)
    if tidx == 1:
        return "ipo_" + rs(rng, AN, 16)
    return "sbt-" + rs(rng, LAN, 20)


def generate(reg):
    rng = random.Random(SEED_EVASION)
    recs = []
    n = 1
    for i, (ename, family, rule) in enumerate(ENCODINGS):
        for j, (tname, what, _d) in enumerate(TYPES):
            wname, wtmpl = WORDINGS[(i + j) % 3]
            for _ in range(500):
                plain = make_plain(j, rng)
                run = enc(ename, plain, rng)
                if (plain in run or run == plain or run != run.strip() or "\n" in run
                        or not reg.ok(plain) or not reg.ok(run)):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no evasion run for " + ename)
            head, tail = wtmpl.split("{run}")
            head = head.replace("{what}", what).replace("{rule}", rule)
            text = head + run + tail
            start = len(head)
            recs.append({"id": "p223-e-%04d" % n, "type": tname, "container": ename + "__" + wname,
                         "encoding": ename, "text": text,
                         "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                                      "plain": plain, "encoding": ename}],
                         "source": "evasion"})
            n += 1
    return recs
