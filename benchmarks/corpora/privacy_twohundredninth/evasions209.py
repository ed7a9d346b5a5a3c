"""Evasion source: 22 encodings x 3 secret kinds, each with a stated rule."""
import random, re
import common209 as C
import enc209

SEED = 20905
ENCODINGS = list(enc209.RULES)
TYPES = [
    ("fixshop_evasion_counter_pc_password", "the counter PC password", "owner-chosen password of the repair-counter PC (joiners - _ . only)"),
    ("fixshop_evasion_unlock_tool_code", "the activation code of the unlock tool", "`utc_` + 16 base62, activation code of the device-unlock tool licence (prefix invented)"),
    ("fixshop_evasion_wipe_override_token", "the wipe-station override token", "`wot-` + 20 lower-case alphanumerics, override token that lets a wipe station skip verification (prefix invented)"),
]
WORDINGS = [
    ("repair_forum_puzzle_post", "Puzzle corner (off-topic thread on the repair forum). First to crack it wins a box of screen protectors.", "Post the answer in a DM, not in the thread."),
    ("bench_whiteboard_riddle", "Whiteboard, bench 2 (photo transcribed). Friday riddle from the bench lead.", "Wipe the board before customers come in."),
    ("refurb_newsletter_quiz", "Refurb team newsletter, back page quiz.", "Answers next month; do not reply-all."),
]
PLAIN_RE = {
    "fixshop_evasion_counter_pc_password": C.PW_STRICT_RE,
    "fixshop_evasion_unlock_tool_code": re.compile(r"^utc_[A-Za-z0-9]{16}$"),
    "fixshop_evasion_wipe_override_token": re.compile(r"^wot-[a-z0-9]{20}$"),
}


def _plain(tname, rng):
    if tname == "fixshop_evasion_counter_pc_password":
        return C.password(rng, strict=True)
    if tname == "fixshop_evasion_unlock_tool_code":
        return "utc_" + C.rs(rng, C.ALNUM, 16)
    return "wot-" + C.rs(rng, C.LOWALNUM, 20)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for ei, enc in enumerate(ENCODINGS):
        for k in range(3):
            tname, thing, _ = TYPES[k]
            wname, intro, remark = WORDINGS[(k + ei) % 3]
            for _ in range(200):
                plain = _plain(tname, rng)
                run = enc209.enc(enc, plain, rng)
                if (plain in run or run == plain or run != run.strip() or "\n" in run
                        or not reg.ok(plain) or not reg.ok(run)):
                    continue
                break
            else:
                raise RuntimeError("no plain for " + enc)
            reg.add(plain)
            reg.add(run)
            before = "%s\n%s is written %s:\n" % (intro, thing[0].upper() + thing[1:], enc209.RULES[enc])
            text = before + run + "\n" + remark + "\n"
            recs.append({"type": tname, "container": enc + "__" + wname, "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": len(before), "end": len(before) + len(run), "type": tname,
                                      "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs
