"""Evasions: 22 encodings x 3 types; each text states its rule, then ':' and a newline,
then the encoded run on its own line, then a remark."""
import random
import re

import common264 as C
import enc264 as E

SEED = 26405

TYPES = [
    ("boiling_house_evasion_password",
     "owner-chosen login of the PC in Saltcote's boiling house (world word + one of `- _ .` + a short tail: the strict password form)",
     "the login of the boiling-house PC"),
    ("sluice_gate_evasion_service_code",
     "`SGX-` + 12 upper-case alphanumerics: service code that opens the engineer menu of Kervalen's sluice-gate controllers (prefix invented)",
     "the service code for the engineer menu of the sluice-gate controllers"),
    ("blend_room_evasion_api_token",
     "`brx_` + 22 base62: API token of the blend-room label-printer bridge at Pepperwick (prefix invented)",
     "the API token of the blend-room label-printer bridge"),
]
TYPE_NAMES = [t[0] for t in TYPES]
PLAIN_RE = {
    "boiling_house_evasion_password": C.STRICT_PASSWORD_RE.pattern,
    "sluice_gate_evasion_service_code": r"^SGX-[0-9A-Z]{12}$",
    "blend_room_evasion_api_token": r"^brx_[0-9A-Za-z]{22}$",
}

WORDINGS = [
    ("saltcote_visitor_quiz_card",
     "Quiz card from the Saltcote visitor-centre puzzle rack (staff edition). The answer to this card is %s.",
     "Answers are pinned up behind the shop counter."),
    ("paludier_coop_newsletter_puzzle",
     "Puzzle corner of the Kervalen co-op newsletter, sent to every paludier. This month the hidden answer is %s.",
     "Solutions in next month's newsletter; no prizes, only glory."),
    ("spice_shop_apprentice_worksheet",
     "Apprentice worksheet, Pepperwick & Daughters (back-office module). Work out %s.",
     "Show your working in the margin and hand the sheet to the supervisor."),
]
WORDING_NAMES = [w[0] for w in WORDINGS]


def wording_index(i, j):
    return (i + 2 * j + 1) % 3


def gen_plain(rng, tname):
    if tname == "boiling_house_evasion_password":
        return C.password(rng, strict=True, cap=0.4)
    if tname == "sluice_gate_evasion_service_code":
        return "SGX-" + C.rstr(rng, C.UPPER_ALNUM, 12)
    return "brx_" + C.rstr(rng, C.ALNUM, 22)


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, enc in enumerate(E.NAMES):
        for j, (tname, _desc, what) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[wording_index(i, j)]
            for _ in range(200):
                plain = gen_plain(rng, tname)
                if not reg.ok(plain):
                    continue
                run = E.encode(enc, rng, plain)
                if plain in run or run != run.strip() or "\n" in run or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no plain for %s/%s" % (enc, tname))
            head = (intro % what) + " Each character of it is written as one puzzle, and its character code (ASCII) is given " + E.RULES[enc]["rule"] + ":\n"
            text = head + run + "\n" + remark
            out.append({
                "type": tname, "container": "%s__%s" % (enc, wname), "encoding": enc, "text": text,
                "secrets": [{"value": run, "start": len(head), "end": len(head) + len(run), "type": tname,
                             "plain": plain, "encoding": enc}],
                "source": "evasion",
            })
    return out


LAYOUT_RE = re.compile(r"\A[^\n]+:\n[^\n]+\n[^\n]+\Z")
