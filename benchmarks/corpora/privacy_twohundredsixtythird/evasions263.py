"""Evasions: 22 encodings x 3 types; every run states its rule in words."""
import random
import re

import common263 as C
import enc263
import world263 as W

TYPES = [
    ("strip_room_door_evasion_password", "the code of the strip-room door panel",
     "owner-chosen login of the strip-room door panel at Osier & Rush (trade word + one of `- _ .` + a short tail: the strict password form)"),
    ("steam_chest_evasion_service_code", "the engineer code of the steaming chest",
     "`sce-` + 12 lower-case alphanumerics: service code that opens the engineer pages of the steaming chest HMI (prefix invented)"),
    ("withy_feed_evasion_api_token", "the token of the Withy stock feed",
     "`wfd_` + 20 alphanumerics: API token of the Withy Supply stock feed (prefix invented)"),
]
WORDINGS = ["basketmakers_newsletter_puzzle_corner", "restorers_tea_room_blackboard", "weaving_course_handout_quiz"]
INTRO = {
    "basketmakers_newsletter_puzzle_corner": "Puzzle corner (members' newsletter, summer issue). This month the answer is {thing}, one character per group. Each character is written {rule}",
    "restorers_tea_room_blackboard": "Chalked on the tea-room blackboard at Seatwright: tea-break teaser - work out {thing}, one character per group. The characters are written {rule}",
    "weaving_course_handout_quiz": "Back page of the weaving-course handout, quiz 3: find {thing}; there is one group per character. The groups are written {rule}",
}
REMARK = {
    "basketmakers_newsletter_puzzle_corner": "Answers in the autumn issue; the first correct reply wins a bolt of Black Maul.",
    "restorers_tea_room_blackboard": "Rub it off before the customers come in at ten.",
    "weaving_course_handout_quiz": "Check your answer with the tutor at the end of the session.",
}
PLAIN_RE = {
    "strip_room_door_evasion_password": W.PW_STRICT_RE,
    "steam_chest_evasion_service_code": re.compile(r"^sce-[a-z0-9]{12}$"),
    "withy_feed_evasion_api_token": re.compile(r"^wfd_[A-Za-z0-9]{20}$"),
}


def plain_for(tname, rng):
    if tname == "strip_room_door_evasion_password":
        return W.password(rng, strict=True, cap=0.35)
    if tname == "steam_chest_evasion_service_code":
        return "sce-" + C.rstr(rng, C.LOWER_ALNUM, 12)
    return "wfd_" + C.rstr(rng, C.ALNUM, 20)


def build(reg, seed=26305):
    rng = random.Random(seed)
    out = []
    for i, name in enumerate(enc263.ENCODINGS):
        rule = enc263.ENCODINGS[name][2]
        for j, (tname, thing, _) in enumerate(TYPES):
            wording = WORDINGS[(i + 2 * j) % 3]
            while True:
                plain = reg.draw(lambda: plain_for(tname, rng))
                run = enc263.enc(name, plain, rng)
                if plain not in run and run == run.strip() and "\n" not in run and reg.add(run):
                    break
            head = INTRO[wording].format(thing=thing, rule=rule)
            text = head + ":\n" + run + "\n" + REMARK[wording]
            start = len(head) + 2
            out.append(dict(type=tname, container="%s__%s" % (name, wording), encoding=name, text=text, value=run,
                            start=start, end=start + len(run), plain=plain, source="evasion", wording=wording))
    return out
