"""Evasions: 22 encodings x 3 types, each text states its rule, then ':' + newline, the run, a remark."""
import random
import re

import common265 as C
import enc265

TYPES = [
    ("typewriter_safe_evasion_password", "the login of the PC in Halloran's strong room",
     "owner-chosen login of the PC in Halloran's strong room (trade word + one of `- _ .` + a tail: the strict password form)"),
    ("nib_grinder_evasion_service_code", "the service code that opens the nib grinder's engineer menu",
     "`NG-` + 4 upper-case letters + `-` + 4 digits: service code of the nib grinder's engineer menu (prefix invented)"),
    ("stock_feed_evasion_api_token", "the API token of Marbury's stock feed",
     "`mst.` + 20 base62 characters: API token of Marbury's stock feed (prefix invented)"),
]
SVC_RE = re.compile(r"^NG-[A-Z]{4}-[0-9]{4}$")
MST_RE = re.compile(r"^mst\.[A-Za-z0-9]{20}$")

WORDINGS = [
    ("pen_club_newsletter_puzzle", "Edinburgh Pen Club newsletter, puzzle corner.",
     "First correct answer to the secretary wins a bottle of ink."),
    ("typewriter_bench_teaser_card", "Card pinned above the typewriter bench:",
     "Work it out at tea break and do not write it down anywhere."),
    ("stationers_staff_quiz_sheet", "Marbury staff quiz, question seven.",
     "Hand your sheet to Ines before close; no phones."),
]


def make_plain(tname, rng):
    if tname == "typewriter_safe_evasion_password":
        return C.owner_password(rng, C.JOIN_STRICT, 0.35)
    if tname == "nib_grinder_evasion_service_code":
        return "NG-" + C.rstr(rng, C.UPPER, 4) + "-" + C.rstr(rng, C.DIGITS, 4)
    return "mst." + C.rstr(rng, C.ALNUM, 20)


def plain_problem(tname, p):
    if tname == "typewriter_safe_evasion_password":
        return None if C.PW_STRICT_RE.match(p) else "password form"
    if tname == "nib_grinder_evasion_service_code":
        return None if SVC_RE.match(p) else "service code"
    return None if MST_RE.match(p) else "token"


def wording_index(i, j):
    return (2 * i + j) % 3


def build(reg):
    rng = random.Random(C.SEEDS["evasions"])
    recs = []
    for i, encname in enumerate(enc265.ENCODINGS):
        rule = enc265.RULES[encname][0]
        for j, (tname, what, _) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[wording_index(i, j)]
            for _ in range(200):
                plain = make_plain(tname, rng)
                if any(not (45 <= ord(ch) <= 122) for ch in plain):
                    continue
                run = enc265.enc(encname, plain, rng)
                if plain in run or run != run.strip() or "\n" in run:
                    continue
                head = "%s %s is written below, one character per group, %s:\n" % (intro, what[0].upper() + what[1:], rule)
                text = head + run + "\n" + remark
                if C.PW_FORM_ANY_RE.findall(text) or C.non_v4_uuids(text) or C.JWT_RE.search(text):
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError((encname, tname))
            s = len(head)
            recs.append({"type": tname, "container": encname + "__" + wname, "encoding": encname, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": tname,
                                      "plain": plain, "encoding": encname}], "source": "evasion"})
    return recs
