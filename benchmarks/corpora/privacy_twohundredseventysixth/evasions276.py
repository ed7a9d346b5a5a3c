"""Evasions of p276: 22 puzzle encodings x 3 evasion types."""
import random
import re

import common276 as C
import enc276

SEED = 27605
TYPES = [
    ("rug_store_keypad_evasion_password", "owner-chosen code of the door keypad of Pellworth's rug store (trade word + one of `- _ .` + a tail: the strict password form)",
     "the door code of the rug store keypad"),
    ("shedline_evasion_deploy_token", "`sdt.` + 12 base62: deploy token of Shedline's build server (prefix invented)",
     "Shedline's deploy token"),
    ("anselm_evasion_archive_key", "`aak_` + 10 lower-case alphanumerics: key of Anselm's image archive (prefix invented)",
     "the key of Anselm's image archive"),
]
WORDINGS = [
    ("guild_newsletter_puzzle_corner", "Puzzle corner of the weavers' guild newsletter.", "Answers in the next issue."),
    ("wash_floor_break_room_card", "Card pinned up in the wash-floor break room.", "Pencils are in the drawer by the kettle."),
    ("studio_friday_quiz_sheet", "Friday quiz sheet from the conservation studio.", "Hand your sheet to whoever made the tea."),
]
PLAIN_RE = {
    "rug_store_keypad_evasion_password": None,
    "shedline_evasion_deploy_token": re.compile(r"^sdt\.[0-9A-Za-z]{12}$"),
    "anselm_evasion_archive_key": re.compile(r"^aak_[0-9a-z]{10}$"),
}


def gen_plain(tname, rng):
    if tname == "rug_store_keypad_evasion_password":
        return C.password(rng, C.STRICT_JOINERS, 0.35)
    if tname == "shedline_evasion_deploy_token":
        return "sdt." + C.rstr(rng, C.B62, 12)
    return "aak_" + C.rstr(rng, "0123456789abcdefghijklmnopqrstuvwxyz", 10)


def check_plain(tname, p):
    if tname == "rug_store_keypad_evasion_password":
        return C.is_password(p, strict=True)
    return bool(PLAIN_RE[tname].match(p))


def wording_for(i, j):
    return WORDINGS[(i + j) % 3]


def build(registry):
    rng = random.Random(SEED)
    out = []
    for i, enc in enumerate(enc276.ENCODINGS):
        rule = enc276.ENC[enc][2]
        for j, (tname, _, what) in enumerate(TYPES):
            wname, intro, remark = wording_for(i, j)
            for _ in range(50):
                plain = gen_plain(tname, rng)
                if not registry.ok(plain):
                    continue
                run = enc276.encode(enc, rng, plain)
                if plain in run or run != run.strip() or "\n" in run or C.PW_FORM_ANY.search(run) or not registry.ok(run):
                    continue
                registry.add(plain)
                registry.add(run)
                break
            else:
                raise RuntimeError("evasion plain for " + enc)
            text = "%s %s is hidden below, one character per puzzle, written %s:\n%s\n%s\n" % (
                intro, what[0].upper() + what[1:], rule, run, remark)
            s = text.index(run)
            out.append({"type": tname, "container": enc + "__" + wname, "encoding": enc, "text": text,
                        "secrets": [{"value": run, "start": s, "end": s + len(run), "type": tname, "plain": plain, "encoding": enc}],
                        "source": "evasion"})
    return out
