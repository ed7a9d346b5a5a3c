"""One record per vendor/structured type, each in its own container (seed 13001)."""
import random

import gen_containers_a
import gen_containers_b
from gen_common import camel, fill, render
from gen_types import make_value, types

SEED = 13001
WRAPPERS = [
    ("forgejo_pr_review", "Review comment on `config/` (line 12):\n> ", "\n\nPlease move this to the secret store before merging."),
    ("lark_message_card", '{"msg_type":"interactive","card":{"elements":[{"tag":"markdown","content":"', '"}]}}'),
    ("kagi_assistant_prompt", "User: why does this fail with 401?\n\n", "\n\nAssistant: Let me look at the request."),
    ("mastodon_toot_draft", "draft (unlisted): anyone else seeing this?? \U0001F62D\n", "\n#selfhosted #devops"),
    ("jitsi_meet_chat_log", "[10:41] Tomasz: pasting the snippet\n[10:41] Tomasz: ", "\n[10:42] Eva: got it"),
    ("nextcloud_deck_card", "Card: Fix nightly import\nDescription:\n", "\nLabels: ops, urgent"),
]
ASSIGN_ONLY = {"discord_webhook_url", "slack_incoming_webhook_url", "zigbee2mqtt_network_key"}


def _wrap(tpl, w):
    name, pre, post = w
    if name == "lark_message_card":
        tpl = tpl.replace("\n", "\\n").replace('"', '\\"')
    return pre + tpl + post


def records():
    rng = random.Random(SEED)
    conts = list(gen_containers_a.C) + list(gen_containers_b.C)
    T = types()
    rng.shuffle(T)
    order = list(range(len(conts)))
    rng.shuffle(order)
    assign_ok = [i for i in order if "§K" in conts[i][1] or "§k" in conts[i][1]]
    used_idx = []
    # pair special types first with assignment-style containers
    pairs = []
    specials = [t for t in T if t["type"] in ASSIGN_ONLY]
    rest = [t for t in T if t["type"] not in ASSIGN_ONLY]
    for t in specials:
        i = next(i for i in assign_ok if i not in used_idx)
        used_idx.append(i)
        pairs.append((t, i))
    free = [i for i in order if i not in used_idx]
    for n, t in enumerate(rest):
        if n < len(free):
            pairs.append((t, free[n]))
        else:
            pairs.append((t, free[(n - len(free)) * 3 % len(free)]))
    out, seen_kinds = [], set()
    for n, (t, i) in enumerate(pairs):
        kind, tpl = conts[i]
        wrap = None
        if kind in seen_kinds or n % 6 == 5:
            wrap = WRAPPERS[n % len(WRAPPERS)]
            if kind + "__in_" + wrap[0] in seen_kinds:
                wrap = WRAPPERS[(n + 1) % len(WRAPPERS)]
        value = make_value(rng, t["shape"])
        var = t["var"]
        body = fill(tpl, K=var, k=var.lower(), c=camel(var), N=t["label"])
        if wrap:
            if wrap[0] == "lark_message_card" and any(ch in value for ch in '"\\'):
                wrap = WRAPPERS[0]
            body = _wrap(body, wrap)
            kind = kind + "__in_" + wrap[0]
        seen_kinds.add(kind)
        text, spans = render(body, [(value, t["type"])])
        out.append({"type": t["type"], "container": kind, "text": text, "secrets": spans,
                    "source": "gen_vendor"})
    return out
