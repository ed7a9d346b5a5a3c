import random
from common138 import *
from enc138 import E
TYPES = [("aq_evasion_barge_pc_password", lambda r: owner_pw(r, "-_.")), ("aq_evasion_vms_api_key", lambda r: s(r, B62, 24)), ("aq_evasion_sensor_hex_token", lambda r: s(r, HEX, 20))]
WORD = [("net_shed_clipboard_puzzle", "Clipboard in the net shed: the {what} for tonight is written {rule}:\n{run}\nWork it out yourself, I won't say it on the radio."),
        ("wheelhouse_logbook_margin_note", "Margin note in the wheelhouse logbook. The {what} is noted {rule}:\n{run}\nDecode before you log in."),
        ("deckhand_group_chat_riddle", "Deck crew chat riddle - the {what}, written {rule}:\n{run}\nFirst one to crack it gets coffee.")]
WHAT = {"aq_evasion_barge_pc_password": "feed barge PC password", "aq_evasion_vms_api_key": "VMS relay API key", "aq_evasion_sensor_hex_token": "pen sensor token"}
def gen(u):
    r = random.Random(13805); out = []
    for ei, (enc, (rule, f)) in enumerate(E.items()):
        for j in range(3):
            t, g = TYPES[(ei + j) % 3]; wname, wt = WORD[j]
            p = u.take(lambda: next(x for x in iter(lambda: g(r), None) if f(x) == f(x).strip())); run = f(p)
            pre = wt.split("{run}")[0].replace("{what}", WHAT[t]).replace("{rule}", rule)
            post = wt.split("{run}")[1]
            text = pre + run + post; st = len(pre)
            out.append(dict(type=t, container=enc + "__" + wname, encoding=enc, text=text,
                            secrets=[dict(value=run, start=st, end=st + len(run), type=t, plain=p, encoding=enc)], source="evasion"))
    return out
