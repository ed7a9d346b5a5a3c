"""Evasion source: 22 encodings x 3, the rule stated in words before the run."""
import random

from common184 import B62, HEX, rs, password, MARK, place
from enc184 import ENCODINGS, RULES, HOMO

SEED = 18405

ETYPES = [
    ("steno_evasion_scopist_password", "owner-chosen password of the shared scoping laptop (joiners - _ . only)",
     lambda r: password(r, strict=True)),
    ("steno_evasion_feed_key", "`rtk_` + 16 base62, realtime-feed viewer key (prefix invented)",
     lambda r: "rtk_" + rs(r, B62, 16)),
    ("steno_evasion_archive_key_hex", "28 lower-case hex characters of the transcript archive key",
     lambda r: rs(r, HEX, 28)),
]

WORDINGS = [
    ("steno_club_brain_teaser",
     "Steno club brain teaser no. {n}. The scoping laptop password, written {rule}:\n",
     "\nFirst one to decode it gets the good chair at Friday's depo.\n"),
    ("deposition_breakroom_whiteboard",
     "(photo of the breakroom whiteboard) Today's realtime viewer key, written {rule}:\n",
     "\nwipe this after the afternoon session!!\n"),
    ("scopist_forum_riddle_post",
     "Re: riddle thread — here is the archive key (hex) written {rule}:\n",
     "\nno spoilers in the replies please.\n"),
]


def generate(reg):
    r = random.Random(SEED)
    out = []
    n = 1
    for enc in ENCODINGS:
        f = ENCODINGS[enc]
        for j in range(3):
            tname, _d, gen = ETYPES[j]
            wname, head, tail = WORDINGS[j]
            while True:
                plain = gen(r)
                run = f(plain, r)
                if plain in run or run != run.strip():
                    continue
                if enc == "cyrillic_homoglyph_swap" and not any(c in HOMO for c in plain):
                    continue
                if reg.ok(plain) and reg.ok(run) and plain != run:
                    reg.add(plain)
                    reg.add(run)
                    break
            tpl = head.replace("{n}", str(n)).replace("{rule}", RULES[enc]) + MARK + tail
            n += 1
            text, s, e = place(tpl, run)
            out.append((tname, enc + "__" + wname, enc, text, s, e, plain))
    return out
