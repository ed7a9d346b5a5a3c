"""Evasion source: 22 encodings x 3 plains (one of each evasion type)."""
import random
import common185 as C
import enc185

SEED = 18505
TYPES = [
    ("yacht_evasion_charter_base_password", "owner-chosen password of the charter-base office PC (joiners - _ . only)",
     lambda g: C.password(g, strict=True)),
    ("yacht_evasion_signalk_token", "`sgk_` + 16 base62, token of the boat's Signal K server (prefix invented)",
     lambda g: "sgk_" + C.rs(g, C.B62, 16)),
    ("yacht_evasion_meter_key_hex", "24 lower-case hex characters of the shore-power meter's uplink key",
     lambda g: C.rs(g, C.HEXL, 24)),
]
WORDINGS = [
    ("yacht_club_bar_quiz_sheet", "Bar quiz, question 7 — the {what} below is written {rule}", "Answers to the bar by 21:00; the bosun checks them."),
    ("regatta_programme_puzzle_corner", "Puzzle corner: the {what} is hidden {rule}", "Solvers get a free mooring night (terms in the race office)."),
    ("marina_newsletter_brain_teaser", "Brain teaser from the harbour office — here is the {what}, written {rule}", "Do not post the solution on the notice board."),
]
WHAT = {"yacht_evasion_charter_base_password": "charter-base office PC password",
        "yacht_evasion_signalk_token": "Signal K server token of Blue Tern",
        "yacht_evasion_meter_key_hex": "pontoon C meter uplink key"}


def generate(reg):
    rng = random.Random(SEED)
    out = []
    for ei, (enc, (fn, _fam, rule)) in enumerate(enc185.ENCODINGS.items()):
        for j in range(3):
            tname, _d, gen = TYPES[j]
            wname, intro, remark = WORDINGS[(ei + j) % 3]
            for _ in range(200):
                plain = gen(rng)
                if not reg.ok(plain):
                    continue
                run = fn(plain, rng)
                if plain in run or run != run.strip() or "\n" in run or not reg.ok(run):
                    continue
                break
            else:
                raise RuntimeError("no plain for " + enc)
            reg.add(plain)
            reg.add(run)
            head = intro.format(what=WHAT[tname], rule=rule) + ":\n"
            text = head + run + "\n" + remark + "\n"
            out.append(dict(type=tname, container=enc + "__" + wname, text=text, value=run, start=len(head),
                            end=len(head) + len(run), plain=plain, encoding=enc, source="evasion"))
    return out
