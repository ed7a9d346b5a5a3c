"""Evasions: 22 notations x 3 credential types; the rule is stated before the run."""
from common115 import owner_pw, rstr, AN, HEX
from enc115 import RULES, enc

ETYPES = [
    ("ogm_evasion_historian_api_key", "the historian API key", lambda r: rstr(r, AN, 32)),
    ("ogm_evasion_witsml_password", "the WITSML store password", lambda r: owner_pw(r)),
    ("ogm_evasion_dispatch_hex_token", "the haul-dispatch service token", lambda r: rstr(r, HEX, 40)),
]
WORDINGS = [
    ("rig_chat_puzzle_aside", "Rig chat, 04:50 - a puzzle for whoever is awake.", "First one to decode it gets the coffee run."),
    ("hse_wiki_decode_footnote", "Footnote 3 (HSE integration wiki, not for the public copy).", "Decode it by hand; do not paste the decoded value here."),
    ("geoscience_forum_cipher_challenge", "Friday challenge on the geoscience dev forum.", "Reply with the tool you used, not with the answer."),
]


def build(r):
    recs = []
    for ni, name in enumerate(sorted(RULES)):
        for ti, (t, naming, g) in enumerate(ETYPES):
            wname, intro, remark = WORDINGS[(ni + ti) % 3]
            while True:
                p = g(r)
                run = enc(name, p)
                if run == run.strip() and p not in run:
                    break
            head = "%s %s is written %s:\n" % (intro, naming[0].upper() + naming[1:], RULES[name])
            text = head + run + "\n" + remark
            s = len(head)
            recs.append({"type": t, "container": name + "__" + wname, "text": text, "encoding": name,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t,
                                      "plain": p, "encoding": name}], "source": "evasion"})
    return recs
