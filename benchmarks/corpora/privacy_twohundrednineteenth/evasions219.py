"""Evasion records: 22 encodings x 3 secret types."""
import random
import re

import common219 as C
import enc219

TYPES = [
    ("arb_evasion_depot_laptop_password", "owner-chosen password of the depot office laptop (joiners - _ . only)",
     "the depot laptop password"),
    ("arb_evasion_chipper_immobiliser_code", "`cim_` + 16 base62, code that releases the chipper immobiliser (prefix invented)",
     "the chipper immobiliser code"),
    ("arb_evasion_kiln_override_token", "`kot-` + 20 lower-case alphanumerics, token for the manual kiln-temperature override (prefix invented)",
     "the kiln override token"),
]
PLAIN_RE = {
    "arb_evasion_depot_laptop_password": C.PW_STRICT_RE,
    "arb_evasion_chipper_immobiliser_code": re.compile(r"^cim_[A-Za-z0-9]{16}$"),
    "arb_evasion_kiln_override_token": re.compile(r"^kot-[a-z0-9]{20}$"),
}
WORDINGS = ["crew_newsletter_puzzle", "depot_tearoom_riddle", "chainsaw_course_quiz_sheet"]
LEAD = {
    "crew_newsletter_puzzle": "Crew newsletter, puzzle corner – {what} for this month is written {rule}",
    "depot_tearoom_riddle": "Stuck on the tea-room fridge: {what} again, written {rule}",
    "chainsaw_course_quiz_sheet": "Course quiz sheet, question 7 – decode {what}; it is written {rule}",
}
REMARK = {
    "crew_newsletter_puzzle": "First correct answer to the office gets a bag of kindling.",
    "depot_tearoom_riddle": "Rub it off the fridge once you've got it, please.",
    "chainsaw_course_quiz_sheet": "Answers go in the box by the sharpening bench.",
}


def plain_gen(tname, rng):
    if tname == "arb_evasion_depot_laptop_password":
        return C.owner_password(rng, strict=True)
    if tname == "arb_evasion_chipper_immobiliser_code":
        return "cim_" + C.rstr(rng, C.AN, 16)
    return "kot-" + C.rstr(rng, C.LAN, 20)


def generate(reg):
    rng = random.Random(C.SEEDS["evasions"])
    recs = []
    plains = []
    for i, enc in enumerate(enc219.NAMES):
        rule = enc219.RULES[enc][0]
        for j, (tname, _desc, what) in enumerate(TYPES):
            wording = WORDINGS[(i + j) % 3]
            for _ in range(200):
                p = plain_gen(tname, rng)
                run = enc219.enc(enc, p, rng)
                if (p in run or run == p or run != run.strip() or "\n" in run
                        or not reg.ok(p) or not reg.ok(run)):
                    continue
                break
            else:
                raise RuntimeError("no plain for " + enc)
            reg.add(p)
            reg.add(run)
            plains.append(p)
            head = LEAD[wording].format(what=what, rule=rule) + ":\n"
            text = head + run + "\n" + REMARK[wording]
            start = len(head)
            recs.append({"type": tname, "container": enc + "__" + wording, "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                                      "plain": p, "encoding": enc}],
                         "source": "evasion"})
    return recs, plains
