"""Evasion records of p268: 22 encodings x 3 secret types, each text stating its
rule in words, then ':' and a newline, the run on its own line and a remark."""
import random
import re

import common268 as C
import enc268
import world268 as W

SEED = 26805
TYPES = [
    ("splitting_room_door_evasion_password",
     "owner-chosen code of the door panel of Brackwater's splitting room (trade word + one of `- _ .` + a tail: the strict password form)",
     re.compile(W.PASSWORD_STRICT_RE.pattern)),
    ("fleshing_machine_evasion_service_code",
     "`fmc-` + 10 lower-case alphanumerics: service code that opens the engineer menu of the fleshing machine (prefix invented)",
     re.compile(r"^fmc-[a-z0-9]{10}$")),
    ("vellum_order_feed_evasion_api_token",
     "`vof_` + 20 alphanumerics: API token of Lunellum's vellum order feed (prefix invented)",
     re.compile(r"^vof_[A-Za-z0-9]{20}$")),
]
TYPE_NAMES = [t[0] for t in TYPES]
WORDINGS = ["curriers_guild_newsletter_brainteaser", "tannery_canteen_quiz_board", "vellum_workshop_apprentice_worksheet"]

WHAT = {
    "splitting_room_door_evasion_password": "the new door code of the splitting room",
    "fleshing_machine_evasion_service_code": "the engineer code for the fleshing machine",
    "vellum_order_feed_evasion_api_token": "the key for the vellum order feed",
}
INTRO = {
    "curriers_guild_newsletter_brainteaser": "Brainteaser corner. This month's puzzle spells %s, one character per puzzle; read it %s",
    "tannery_canteen_quiz_board": "Canteen board, for whoever is on nights: %s is below, one character per puzzle, read %s",
    "vellum_workshop_apprentice_worksheet": "Worksheet 7 (apprentices). Work out %s one character at a time; the puzzles are to be read %s",
}
REMARK = {
    "curriers_guild_newsletter_brainteaser": "Answers are not printed; ask at the next guild meeting if you get stuck.",
    "tannery_canteen_quiz_board": "Rub this off the board once you have copied it.",
    "vellum_workshop_apprentice_worksheet": "Show your working in the margin and hand the sheet back to the bench lead.",
}


def gen_plain(tname, r):
    if tname == "splitting_room_door_evasion_password":
        return W.password(r, W.STRICT_JOINERS, 0.35)
    if tname == "fleshing_machine_evasion_service_code":
        return "fmc-" + C.rand_str(r, C.LOWER_ALNUM, 10)
    return "vof_" + C.rand_str(r, C.ALNUM, 20)


def build(reg):
    r = random.Random(SEED)
    recs = []
    for i, enc in enumerate(enc268.NAMES):
        for j, (tname, _desc, _rx) in enumerate(TYPES):
            wording = WORDINGS[(i + j) % 3]
            for _attempt in range(200):
                plain = gen_plain(tname, r)
                if not reg.ok(plain):
                    continue
                run = enc268.encode(enc, plain, r)
                if plain in run or run != run.strip() or "\n" in run or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("evasion draw failed")
            intro = INTRO[wording] % (WHAT[tname], enc268.RULES[enc])
            text = intro + ":\n" + run + "\n" + REMARK[wording]
            start = len(intro) + 2
            recs.append({"type": tname, "container": "%s__%s" % (enc, wording), "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                                      "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs
