"""Evasions: 22 encodings x 3 types; each text states its rule, then ':' newline, the run, a remark."""
import random
import re

import common253 as C
import enc253 as E

TYPES = [
    ("lock_cottage_pc_evasion_password", "lock-cottage PC password",
     "owner-chosen password of the lock-cottage PC (joiners - _ . only)"),
    ("sluice_drive_evasion_unlock_code", "sluice-drive unlock code",
     "`sdu_` + 16 base62; unlock code of the engineer menu of the sluice drive (prefix invented)"),
    ("hire_fleet_evasion_api_token", "hire-fleet API token",
     "`hfa-` + 22 lower-case alphanumerics; API token of the hire-fleet availability API (prefix invented)"),
]
WORDINGS = ["lock_cottage_blackboard_puzzle", "boaters_newsletter_riddle", "volunteer_briefing_quiz"]
OPENERS = {
    "lock_cottage_blackboard_puzzle": "Chalked on the lock-cottage blackboard for the relief keeper - here is the %s, %s",
    "boaters_newsletter_riddle": "Puzzle corner of the Tolleybridge boaters' newsletter - this month's answer is the %s, %s",
    "volunteer_briefing_quiz": "Volunteer briefing quiz, question 3 - decode the %s, %s",
}
REMARKS = {
    "lock_cottage_blackboard_puzzle": "Rub it off once you have logged in. - B.K.",
    "boaters_newsletter_riddle": "First correct answer wins a windlass and a mooring-card top-up.",
    "volunteer_briefing_quiz": "Answers to the duty keeper before the nine o'clock briefing.",
}
PLAIN_RE = {
    "lock_cottage_pc_evasion_password": C.STRICT_PW_RE,
    "sluice_drive_evasion_unlock_code": re.compile(r"^sdu_[0-9A-Za-z]{16}$"),
    "hire_fleet_evasion_api_token": re.compile(r"^hfa-[0-9a-z]{22}$"),
}


def gen_plain(tname, rng):
    if tname == "lock_cottage_pc_evasion_password":
        return C.strict_password(rng)
    if tname == "sluice_drive_evasion_unlock_code":
        return "sdu_" + C.pick(rng, C.ALNUM, 16)
    return "hfa-" + C.pick(rng, C.LOWALNUM, 22)


def wording_for(i, j):
    return WORDINGS[(2 * i + j) % 3]


def build(reg):
    rng = random.Random(C.SEEDS["evasions"])
    recs = []
    for i, enc in enumerate(E.ENCODINGS):
        for j, (tname, what, _d) in enumerate(TYPES):
            w = wording_for(i, j)
            for _ in range(200):
                plain = gen_plain(tname, rng)
                run = E.enc(enc, plain, rng)
                if plain in run or run == plain or "\n" in run or run != run.strip():
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                if plain in run or run in plain:
                    continue
                reg.add(plain)
                if not reg.add(run):
                    continue
                break
            else:
                raise RuntimeError("no plain for " + enc)
            head = OPENERS[w] % (what, E.RULES[enc])
            text = "%s:\n%s\n%s" % (head, run, REMARKS[w])
            s = len(head) + 2
            recs.append({"type": tname, "container": "%s__%s" % (enc, w), "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": tname,
                                      "plain": plain, "encoding": enc}], "source": "evasion"})
    return recs
