"""Evasions: 22 encodings x 3 wordings; the rule is stated before the run."""
import random
from common92 import *
from enc92 import ENC
import gen_everyday92

EV_TYPES = ["qa_tester_account_password", "partner_api_basic_auth_password", "load_test_user_password",
            "mock_admin_console_password", "oauth_client_credentials_secret", "internal_gateway_x_api_key"]

WORDINGS = {
 "postman_workspace_handoff_comment": ("Handing the Orders workspace over to «u». The staging credential is written «R»:\n", "\nDecode it locally, do not store it in the workspace."),
 "load_test_runbook_step": ("Step 4 of the load-test runbook: log in as the k6 account. Its secret, «R»:\n", "\nRotate it after the run."),
 "api_mock_pairing_chat_note": ("«u» (pairing): so the bot doesn't grab it, here it is «R»:\n", "\nping me if the mock still returns 401"),
}


def build(reg, seed=9205):
    rng = random.Random(seed)
    recs = []
    wn = list(WORDINGS)
    k = 0
    for enc, (rule, fn) in ENC.items():
        for j in range(3):
            t = EV_TYPES[k % len(EV_TYPES)]; k += 1
            gen = gen_everyday92.TYPES[t][2]
            w = wn[j]
            for _ in range(500):
                plain = gen(rng)
                if t == "internal_gateway_x_api_key":
                    plain = plain[:rng.randint(20, 32)]
                try:
                    run = fn(plain)
                except ValueError:
                    continue
                if run != run.strip() or plain in run or plain in reg.seen:
                    continue
                break
            reg.seen.add(plain)
            pre, post = WORDINGS[w]
            pre = pre.replace("«R»", rule).replace("«u»", rng.choice(USERS))
            text = pre + run + post
            s = len(pre)
            recs.append(dict(type=t, container=enc + "__" + w, encoding=enc, text=text,
                             secrets=[dict(value=run, start=s, end=s + len(run), type=t, plain=plain, encoding=enc)],
                             source="evasion"))
    return recs
