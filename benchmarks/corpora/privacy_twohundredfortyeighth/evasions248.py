"""Evasions: 22 encodings x 3 types; each text states its rule, then ':' newline, the run, then a remark."""
import random
import re

import common248 as C
import enc248

TYPES = [
    ("press_office_evasion_password", "the press-office PC password",
     "owner-chosen password of the press-office PC (joiners - _ . only)"),
    ("bottling_line_evasion_service_code", "the bottling line's engineer service code",
     "`bln_` + 16 base62; service code that unlocks the engineer menu of the bottling-line filler (prefix invented)"),
    ("orchard_shop_evasion_api_token", "the orchard shop's order-API token",
     "`osk-` + 22 lower-case alphanumerics; API token of the orchard farm-shop order API (prefix invented)"),
]
WORDINGS = ["cellar_door_chalkboard_riddle", "press_crew_puzzle_email", "cidery_newsletter_brainteaser"]

PLAIN_RX = {
    "press_office_evasion_password": C.STRICT_PW_RX,
    "bottling_line_evasion_service_code": re.compile(r"^bln_[0-9A-Za-z]{16}$"),
    "orchard_shop_evasion_api_token": re.compile(r"^osk-[a-z0-9]{22}$"),
}


def plain_for(rng, t):
    if t == "press_office_evasion_password":
        return C.owner_password(rng, strict=True)
    if t == "bottling_line_evasion_service_code":
        return "bln_" + C.rstr(rng, C.BASE62, 16)
    return "osk-" + C.rstr(rng, C.LOWER_ALNUM, 22)


def frame(wording, what, rule, run, rng):
    if wording == "cellar_door_chalkboard_riddle":
        head = "Chalked on the cellar door, riddle of the week: %s, written %s:" % (what, rule)
        tail = "First to crack it gets a bottle of the %d keeved Dabinett." % rng.randint(2022, 2024)
    elif wording == "press_crew_puzzle_email":
        head = "Subject: Friday puzzle\n\nHi all, this week's puzzle is %s, written %s:" % (what, rule)
        tail = "Reply to Idris with the answer before the %d pm wash-down." % rng.randint(2, 5)
    else:
        head = "Brain-teaser corner (%s issue): %s, written %s:" % (rng.choice(["October", "November", "blossom", "wassail"]), what, rule)
        tail = "Answers in next month's newsletter - no asking the cellar team."
    return head + "\n" + run + "\n" + tail


def build(reg):
    rng = random.Random(C.SEEDS["evasions"])
    recs = []
    for i, e in enumerate(enc248.ENCODINGS):
        for j, (t, what, _) in enumerate(TYPES):
            wording = WORDINGS[(i + 2 * j) % 3]
            for _ in range(300):
                p = plain_for(rng, t)
                run = enc248.enc(e, p, rng)
                if p in run or run == p or run != run.strip() or "\n" in run:
                    continue
                if not reg.ok(p) or not reg.ok(run):
                    continue
                text = frame(wording, what, enc248.RULES[e], run, rng)
                if text.count(run) != 1 or p in text:
                    continue
                reg.add(p)
                reg.add(run)
                break
            else:
                raise RuntimeError("evasion draw failed %s %s" % (e, t))
            s = text.index(run)
            recs.append({"type": t, "container": "%s__%s" % (e, wording), "encoding": e, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t, "plain": p, "encoding": e}],
                         "source": "evasion"})
    return recs
