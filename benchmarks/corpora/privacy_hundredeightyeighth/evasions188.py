"""Evasion source: 22 encodings x 3 secret types; the rule is stated in words before the run."""
import random
import re

from common188 import B62, HEXL, chars, password
from enc188 import ENCODINGS

SEED = 18805
TYPES = [
    ("bingo_evasion_caller_pc_password", "owner-chosen password of the caller-booth PC (joiners - _ . only)",
     lambda r: password(r, strict=True)),
    ("bingo_evasion_dabber_rack_token", "`dbk_` + 16 base62, token of an electronic-dabber charging rack (prefix invented)",
     lambda r: "dbk_" + chars(r, B62, 16)),
    ("bingo_evasion_draw_seed_hex", "24 lower-case hex characters of the draw machine's seed key",
     lambda r: chars(r, HEXL, 24)),
]
WHAT = {
    "bingo_evasion_caller_pc_password": "the caller-booth PC password",
    "bingo_evasion_dabber_rack_token": "the dabber rack token",
    "bingo_evasion_draw_seed_hex": "the draw machine seed key",
}
WORDINGS = [
    ("bingo_night_quiz_sheet", "Bingo night quiz, bonus round - {what}, written {rule}:\n", "\nFirst table to decode it wins a free book of early-bird tickets."),
    ("raffle_flyer_puzzle_corner", "Puzzle corner (raffle flyer, back page). Here is {what}, {rule}:\n", "\nAnswers to the raffle desk before the half-time draw."),
    ("hall_newsletter_teaser", "Hall newsletter brain-teaser: our volunteers hid {what}, {rule}:\n", "\nNo prizes - just don't tell the caller we printed it."),
]
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


def generate(reg, next_id):
    rng = random.Random(SEED)
    recs = []
    k = 0
    for enc_name, (fn, _fam, rule) in ENCODINGS.items():
        for tname, _desc, gen in TYPES:
            wname, head, tail = WORDINGS[k % len(WORDINGS)]
            k += 1
            for _ in range(200):
                plain = gen(rng)
                run = fn(plain, rng)
                if plain in run or run != run.strip() or "\n" in run or not PLAIN_RE.match(plain):
                    continue
                if reg.ok(plain) and reg.ok(run):
                    reg.add(plain)
                    reg.add(run)
                    break
            else:
                raise RuntimeError("no evasion plain for " + enc_name)
            pre = head.format(what=WHAT[tname], rule=rule)
            text = pre + run + tail
            s = len(pre)
            recs.append({
                "id": next_id(), "type": tname, "container": enc_name + "__" + wname, "encoding": enc_name,
                "text": text,
                "secrets": [{"value": run, "start": s, "end": s + len(run), "type": tname, "plain": plain, "encoding": enc_name}],
                "source": "evasion",
            })
    return recs
