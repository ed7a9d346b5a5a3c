"""Evasions: 22 encodings x 3 wordings (seed 7505)."""
import random
from common import SLOT as S, rs, hexl, owner_pw, draw, rec, ALNUM, DIG
from enc75 import ENC

TYPES = [
    ("database_password", owner_pw),
    ("github_personal_access_token", lambda r: "ghp_" + rs(r, ALNUM, 36)),
    ("miniprogram_appsecret", lambda r: hexl(r, 32)),
    ("object_storage_secret_key", lambda r: rs(r, ALNUM, 30)),
    ("gitee_access_token", lambda r: hexl(r, 32)),
    ("ram_subaccount_console_password", owner_pw),
]
LABEL = {
    "database_password": "staging MySQL password",
    "github_personal_access_token": "GitHub token for the mirror job",
    "miniprogram_appsecret": "mini-program AppSecret",
    "object_storage_secret_key": "OSS secret key",
    "gitee_access_token": "Gitee private token",
    "ram_subaccount_console_password": "RAM sub-account console password",
}
WORDINGS = {
    "aliyun_support_ticket_reply_draft": lambda r, lab, ph: ("回复草稿 / reply draft, ticket #%d\nHi, as the support engineer asked, the %s is given %s:\n" % (r.randint(100000, 999999), lab, ph), "\nPlease delete this reply once the ticket is closed."),
    "sprint_standup_minutes": lambda r, lab, ph: ("Stand-up minutes, sprint %d\n- %s: staging restored; the %s is pasted %s:\n" % (r.randint(10, 60), r.choice(["lin", "hao", "yuki", "minjun"]), lab, ph), "\n- next: rotate it after the release."),
    "gitee_pull_request_review_note": lambda r, lab, ph: ("Review note on PR !%d (gitee)\nDon't commit it raw again; here is the %s %s:\n" % (r.randint(10, 999), lab, ph), "\nMove it to KMS before merging."),
}


def build(pool):
    r = random.Random(7505)
    out = []
    n = 0
    ti = 0
    for enc in sorted(ENC):
        phrase, encode, params = ENC[enc]
        for w in sorted(WORDINGS):
            t, gen = TYPES[ti % len(TYPES)]
            ti += 1
            for _ in range(100):
                k = params(r) if params else None
                plain = draw(r, pool, gen)
                run = encode(plain, k)
                pre, post = WORDINGS[w](r, LABEL[t], phrase(k))
                text = pre + run + post
                if plain not in text:
                    break
            n += 1
            d = rec("p75-e-%04d" % n, t, enc + "__" + w, pre + S + post, run, "evasion",
                    extra={"plain": plain, "encoding": enc})
            d["encoding"] = enc
            out.append(d)
    return out
