"""Evasions: 22 encodings x 3 types; each text states its rule in words, then
':' and a newline, the run on its own line, then a one-line remark."""
import random
import re

import common262 as C
import enc262
import world262 as W

TYPES = [
    ("broker_vault_evasion_password", "the password of the broker's vault PC",
     "owner-chosen password of the vault PC in Halberd & Quaich's strong room (world word + one of `- _ .` + a short tail: the strict password form)"),
    ("hoop_press_evasion_service_code", "the service code that opens the hoop press engineer menu",
     "`HPS` + 10 upper-case alphanumerics; service code of the hoop press engineer menu (prefix invented)"),
    ("cask_registry_evasion_api_token", "the API token of the cask-registry upload",
     "`crx_` + 22 base62; API token of the cask-registry upload (prefix invented)"),
]
WORDINGS = [
    ("stave_mill_canteen_puzzle",
     "Canteen puzzle from the stave mill: {what} is written below one character at a time, ",
     "Answers on the back of the rota; first correct one gets the good mug."),
    ("bonded_warehouse_quiz_sheet",
     "Bond 3 quiz sheet, round four: {what} is hidden below one character at a time, ",
     "Hand your sheet to Hamish before the lorry comes at four."),
    ("apprentice_coopers_homework",
     "Homework for the apprentice coopers: {what} can be worked out below one character at a time, ",
     "Show your working; a calculator is allowed."),
]
HPS_RE = re.compile(r"^HPS[0-9A-Z]{10}$")
CRX_RE = re.compile(r"^crx_[0-9A-Za-z]{22}$")


def gen_plain(rng, j):
    if j == 0:
        return W.gen_password(rng, strict=True, cap=0.4)
    if j == 1:
        return "HPS" + C.rstr(rng, C.UALNUM, 10)
    return "crx_" + C.rstr(rng, C.B62, 22)


def plain_ok(tname, p):
    if tname == TYPES[0][0]:
        return bool(W.PW_STRICT_RE.match(p))
    if tname == TYPES[1][0]:
        return bool(HPS_RE.match(p))
    return bool(CRX_RE.match(p))


def wording_index(i, j):
    return (j - i) % 3


def build(reg, seed=26205):
    rng = random.Random(seed)
    recs = []
    for i, enc in enumerate(enc262.ENCODINGS):
        for j, (tname, what, _) in enumerate(TYPES):
            wname, lead, remark = WORDINGS[wording_index(i, j)]
            for _ in range(200):
                plain = reg.draw(lambda: gen_plain(rng, j), "plain")
                run = enc262.encode(enc, plain, rng)
                if plain in run or run != run.strip() or "\n" in run or run == plain:
                    continue
                if reg.add(run, "run"):
                    break
            else:
                raise RuntimeError("no run")
            head = lead.format(what=what) + enc262.RULES[enc] + ":\n"
            text = head + run + "\n" + remark
            s = len(head)
            recs.append({"type": tname, "container": enc + "__" + wname, "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": tname,
                                      "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs
