"""Evasions: 22 encodings x 3 secret types; each text states its rule."""
import random

import common266 as C
import enc266 as E

SEED = 26605

TYPES = [
    ("lantern_gallery_door_evasion_password", "the door code of the lantern gallery",
     "owner-chosen code of the lantern-gallery door panel at Tregarrow (trade word + one of `- _ .` + a short tail: the strict password form)"),
    ("fog_signal_evasion_service_code", "the service code of the fog-signal panel",
     "`FSC-` + 10 upper-case alphanumerics: service code that opens the engineer pages of the diaphone compressor panel (prefix invented)"),
    ("tide_feed_evasion_api_token", "the API token of the tide feed",
     "`tdf_` + 18 base62: API token of the tide-gauge feed that Lampwick runs for LV72 (prefix invented)"),
]
PLAIN_RE = {
    "lantern_gallery_door_evasion_password": C.PW_RE_STRICT.pattern,
    "fog_signal_evasion_service_code": r"^FSC-[A-Z0-9]{10}$",
    "tide_feed_evasion_api_token": r"^tdf_[A-Za-z0-9]{18}$",
}

WORDINGS = [
    ("lighthouse_open_day_puzzle_card",
     "Tregarrow Point open day, puzzle card {n}. {what_cap} is spelled out below, one character per puzzle. Work it out by reading the puzzles {rule}",
     "Tell a volunteer at the tower door when you have it; please do not post it online."),
    ("lightship_volunteer_newsletter_teaser",
     "LV72 volunteers' newsletter, brain-teaser corner. This month's answer is {what}; each puzzle gives one character. Solve them by reading the puzzles {rule}",
     "Answers in the next issue, and keep them off the noticeboard."),
    ("restorers_tea_break_puzzle_sheet",
     "Prism & Diaphone tea-break sheet. Whoever cracks this gets {what}; one character per puzzle, read the puzzles {rule}",
     "Shred the sheet once you have used it."),
]


def gen_plain(rng, typ):
    if typ == "lantern_gallery_door_evasion_password":
        return C.make_password(rng, strict=True, cap=0.35)
    if typ == "fog_signal_evasion_service_code":
        return "FSC-" + C.rstr(rng, C.UALNUM, 10)
    return "tdf_" + C.rstr(rng, C.ALNUM, 18)


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, (enc, fam, fn, sep, rule) in enumerate(E.ENCODINGS):
        for j, (typ, what, _) in enumerate(TYPES):
            wi = (i + 2 * j + 2) % 3
            wname, head, remark = WORDINGS[wi]
            for _ in range(200):
                plain = gen_plain(rng, typ)
                if not reg.ok(plain):
                    continue
                run = E.encode(enc, rng, plain)
                if plain in run or run != run.strip() or "\n" in run or not reg.ok(run):
                    continue
                break
            else:
                raise RuntimeError("evasion " + enc)
            reg.add(plain)
            reg.add(run)
            h = head.format(n=rng.randint(2, 19), what=what, what_cap=what[0].upper() + what[1:], rule=rule)
            text = h + ":\n" + run + "\n" + remark
            s = text.index(run)
            out.append({"type": typ, "container": enc + "__" + wname, "encoding": enc, "text": text,
                        "secrets": [{"value": run, "start": s, "end": s + len(run), "type": typ, "plain": plain, "encoding": enc}],
                        "source": "evasion"})
    return out
