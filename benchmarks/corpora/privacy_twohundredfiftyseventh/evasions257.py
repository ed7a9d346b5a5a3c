"""Evasions: 22 encodings x 3 types.  Each text states the rule in words, then
`:` and a newline, then the run on its own line, then a one-line remark."""

import random

import common257 as c
import enc257

SEED = 25705

TYPES = [
    ("rood_loft_console_evasion_password",
     "the password of the console in the rood loft",
     "owner-chosen password of the organ console's setter system in a rood loft (world word + one of `- _ .` + a short tail: the strict password form)"),
    ("glass_kiln_evasion_service_code",
     "the service code that opens the engineer menu of the glass kiln",
     "`gks.` + 16 base62; service code that opens the engineer menu of the glass kiln controller (prefix invented)"),
    ("sash_survey_evasion_api_token",
     "the API token of the sash-survey upload service",
     "`ssv_` + 24 lower-case alphanumerics; API token of the sash-survey upload service (prefix invented)"),
]
TYPE_NAMES = [t[0] for t in TYPES]

WORDINGS = [
    ("glaziers_guild_puzzle_corner",
     "Puzzle corner of the glaziers' guild newsletter. %s is hidden below, one character per item, %s. "
     "Every result is the ASCII code of one character; read them in order",
     "(Answers to last month's puzzle are on the back page.)"),
    ("organ_loft_noticeboard_riddle",
     "Pinned on the organ-loft noticeboard: %s, written %s. Each item gives the ASCII code of one character, "
     "left to right",
     "Whoever works it out first gets the good stool at the console."),
    ("heritage_site_hut_whiteboard",
     "Copied off the site-hut whiteboard at the end of the week: %s, set out %s. Turn each item into an ASCII "
     "character code and put the characters together",
     "Rub it off before the client visit on Monday."),
]
WORDING_NAMES = [x[0] for x in WORDINGS]


def plain_for(tname, r):
    if tname == TYPE_NAMES[0]:
        return c.draw_password(r, strict=True, cap_p=0.3)
    if tname == TYPE_NAMES[1]:
        return "gks." + c.rstr(r, c.ALNUM, 16)
    return "ssv_" + c.rstr(r, c.LOWER_ALNUM, 24)


PLAIN_RE = {
    TYPE_NAMES[0]: c.PW_STRICT_RE.pattern,
    TYPE_NAMES[1]: r"^gks\.[A-Za-z0-9]{16}$",
    TYPE_NAMES[2]: r"^ssv_[a-z0-9]{24}$",
}


def build(reg):
    import dec257
    r = random.Random(SEED)
    recs = []
    for i, enc in enumerate(enc257.ENCODINGS):
        for j, (tname, what, _) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(2 * i + j) % 3]
            for _ in range(200):
                plain = plain_for(tname, r)
                run = enc257.enc(enc, plain, r)
                if plain in run or run.strip() != run or "\n" in run:
                    continue
                if dec257.decode(enc, run) != plain:
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError(enc)
            thing = what[0].upper() + what[1:] if wname == "glaziers_guild_puzzle_corner" else what
            head = intro % (thing, enc257.RULES[enc])
            text = head + ":\n" + run + "\n" + remark
            start = len(head) + 2
            assert text[start:start + len(run)] == run
            recs.append({"type": tname, "container": "%s__%s" % (enc, wname), "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                                      "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs
