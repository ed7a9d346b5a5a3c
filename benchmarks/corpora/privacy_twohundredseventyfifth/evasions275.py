"""Evasions of p275: 22 encodings x 3 types, each a run of small games a patient human can solve."""
import random
import re

import common275 as C
import enc275
import world275 as W

SEED = 27505
TYPES = [
    ("yard_gate_keypad_evasion_password", "the yard gate keypad code",
     "owner-chosen code of Harrowby's yard gate keypad (trade word + one of `- _ .` + a tail: the strict password form)"),
    ("baler_service_evasion_code", "the baler service code",
     "`BLR-` + 2 upper-case letters + 4 digits: service code that opens the engineer menu of the baler-shear (layout invented)"),
    ("parts_feed_evasion_api_token", "the parts-feed API token",
     "`cpf_` + 16 base62: API token of the parts feed Ferrule runs for Cinderford (prefix invented)"),
]
WORDINGS = ["scrapyard_canteen_quiz_sheet", "dismantler_newsletter_puzzle_page", "salvage_auction_catalogue_teaser"]
INTRO = {
    "scrapyard_canteen_quiz_sheet": ("Canteen quiz, back page: {what} is spelled out one character per puzzle, each written {rule}:",
                                     "Answers on the back of the rota - no phones at the table."),
    "dismantler_newsletter_puzzle_page": ("Puzzle page: every answer below is one character of {what}; the puzzles are written {rule}:",
                                          "Solutions in next month's newsletter, bacon roll for the first correct entry."),
    "salvage_auction_catalogue_teaser": ("Catalogue teaser: work out {what} one character at a time from the puzzles, written {rule}:",
                                         "No prize, just bragging rights at the viewing day."),
}
PLAIN_RE = {
    "yard_gate_keypad_evasion_password": None,
    "baler_service_evasion_code": re.compile(r"^BLR-[A-Z]{2}[0-9]{4}$"),
    "parts_feed_evasion_api_token": re.compile(r"^cpf_[0-9A-Za-z]{16}$"),
}


def gen_plain(t, rng):
    if t == "yard_gate_keypad_evasion_password":
        return W.password(rng, W.JOIN_STRICT, 0.35)
    if t == "baler_service_evasion_code":
        return "BLR-" + C.rand_str(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + C.rand_str(rng, C.DIGITS, 4)
    return "cpf_" + C.rand_str(rng, C.BASE62, 16)


def plain_ok(t, p):
    if t == "yard_gate_keypad_evasion_password":
        return W.is_strict_pw(p)
    return bool(PLAIN_RE[t].match(p))


def wording_for(i, j):
    return WORDINGS[(2 * i + j) % 3]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, enc in enumerate(enc275.NAMES_ORDER):
        for j, (t, what, _) in enumerate(TYPES):
            w = wording_for(i, j)
            for _ in range(50):
                plain = gen_plain(t, rng)
                if not reg.ok(plain):
                    continue
                run = enc275.encode(enc, plain, rng)
                if (plain in run or run != run.strip() or "\n" in run or W.forms_in(run) or not reg.ok(run)):
                    continue
                reg.add(plain); reg.add(run)
                break
            else:
                raise RuntimeError(enc)
            head, remark = INTRO[w]
            line1 = head.replace("{what}", what).replace("{rule}", enc275.RULES[enc])
            text = line1 + "\n" + run + "\n" + remark
            s = text.index(run)
            recs.append({"type": t, "container": f"{enc}__{w}", "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t, "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs
