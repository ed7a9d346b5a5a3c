"""Evasions: 22 encodings x 3 secret types; each text states the rule in words,
then ':' and a newline, the encoded run on its own line, then a remark."""

import random
import re

import common261 as C
import dec261
import enc261
import world261 as W

SEED = 26105

TYPES = [
    ("loft_plotter_evasion_password",
     "owner-chosen password of the loft plotter PC's operator account (world word + one of `- _ .` + a short tail: the strict password form)",
     "the login of the plotter PC"),
    ("ropewalk_braider_evasion_service_code",
     "`rwb-` + 14 base62: service code that opens the engineer pages of the braiding-line HMI (prefix invented)",
     "the engineer code of the braiding-line HMI"),
    ("netloft_sync_evasion_api_token",
     "`nsy_` + 24 lower-case alphanumerics: API token of the net-loft repair-sheet sync (prefix invented)",
     "the token for the repair-sheet sync"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_RE = {
    "loft_plotter_evasion_password": C.password_regex(C.STRICT_JOINERS),
    "ropewalk_braider_evasion_service_code": re.compile(r"^rwb-[A-Za-z0-9]{14}$"),
    "netloft_sync_evasion_api_token": re.compile(r"^nsy_[a-z0-9]{24}$"),
}

WORDINGS = ["sailmakers_guild_puzzle_page", "net_loft_chalkboard_teaser", "rope_walk_tea_break_quiz"]


def intro(wording, what, rule):
    if wording == "sailmakers_guild_puzzle_page":
        return ("Cornish Sailmakers' Guild newsletter, puzzle page. This month's prize: %s, which we have written "
                "out character by character, %s" % (what, rule))
    if wording == "net_loft_chalkboard_teaser":
        return ("Chalkboard by the twine store. Whoever works this out first gets %s and the first brew. "
                "Each character is written %s" % (what, rule))
    return ("Rope-walk tea-break quiz, round three: %s, one character at a time, written %s" % (what, rule))


REMARKS = {
    "sailmakers_guild_puzzle_page": "Answers in next month's issue; please do not ring the loft to ask.",
    "net_loft_chalkboard_teaser": "(Board gets wiped on Friday, so be quick.)",
    "rope_walk_tea_break_quiz": "First right answer on the tea-room whiteboard wins the last biscuit.",
}


def plain_for(tname, rng):
    if tname == "loft_plotter_evasion_password":
        return C.password(rng, W.WORDS, C.STRICT_JOINERS, 0.3)
    if tname == "ropewalk_braider_evasion_service_code":
        return "rwb-" + C.rstr(rng, C.ALNUM, 14)
    return "nsy_" + C.rstr(rng, C.LOWER_ALNUM, 24)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, enc in enumerate(enc261.NAMES):
        for j, (tname, _, what) in enumerate(TYPES):
            wording = WORDINGS[(i + j) % 3]
            while True:
                plain = plain_for(tname, rng)
                if not reg.ok(plain):
                    continue
                run = enc261.encode(enc, plain, rng)
                if plain in run or run != run.strip() or "\n" in run or dec261.decode(enc, run) != plain:
                    continue
                if not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            head = intro(wording, what, enc261.RULES[enc])
            text = head + ":\n" + C.MARK + "\n" + REMARKS[wording] + "\n"
            text, s, e = C.place(text, run)
            recs.append({"type": tname, "container": enc + "__" + wording, "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": s, "end": e, "type": tname, "plain": plain,
                                      "encoding": enc}],
                         "source": "evasion"})
    return recs
