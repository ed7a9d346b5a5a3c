"""Evasions: 22 new encodings x 3, rule stated before the run (seed 8305)."""
import random
from common import *
from enc83 import ENC

WORDINGS = {
    "grpc_incident_bridge_note": ("[incident bridge] {S} gRPC calls failing with UNAUTHENTICATED since 09:40. The {T} for the {S} upstream, {PH}:\n", "\nDon't paste the decoded value into the bridge channel.\n"),
    "kafka_consumer_lag_postmortem": ("Postmortem draft, consumer lag on {S}-events: the rotated {T} that fixed the consumer group is recorded below {PH}:\n", "\n(decode it locally; this doc is shared with the vendor)\n"),
    "service_mesh_migration_pr_thread": ("Re: mesh migration PR #{N} for {S}. So CI stops flagging it, here is the {T} {PH}:\n", "\nWill move it to SDS before merge.\n"),
}
TYPES = {
    "kafka_sasl_scram_password": pw,
    "rabbitmq_amqp_password": pw,
    "service_db_password": pw,
    "mtls_client_key_passphrase": pw,
    "service_jwt_hmac_secret": lambda r: b64u(r, 40),
    "go_private_module_github_token": github_token,
}


def generate(used):
    r = random.Random(8305)
    recs = []
    wk = sorted(WORDINGS)
    tk = sorted(TYPES)
    i = 0
    for enc in sorted(ENC):
        phrase, fn = ENC[enc]
        for j in range(3):
            w = wk[j]
            t = tk[i % len(tk)]
            i += 1
            pre, post = WORDINGS[w]
            pre = pre.format(S=r.choice(HOSTS), T=t.replace("_", " "), PH=phrase, N=r.randint(1000, 9999))
            while True:
                plain = used.take(lambda: TYPES[t](r))
                run = fn(plain)
                text = pre + run + post
                if plain not in text:
                    break
            a = len(pre)
            recs.append({"type": t, "container": enc + "__" + w, "text": text, "encoding": enc,
                         "secrets": [{"value": run, "start": a, "end": a + len(run), "type": t, "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs
