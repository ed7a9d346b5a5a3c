"""Shared helpers: span markers, random shapes, uniqueness pool."""
import random, string, json

S0, S1 = "\ue000", "\ue001"
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
DIG = string.digits
UPNUM = UPPER + DIG
LOWNUM = LOWER + DIG

USED = set()  # one uniqueness pool for labelled values and evasion plains


def mark(v):
    return S0 + v + S1


def R(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uniq(fn):
    for _ in range(1000):
        v = fn()
        if v not in USED and len(v) >= 6:
            USED.add(v)
            return v
    raise RuntimeError("could not draw a unique value")


def finalize(marked, types):
    """Remove markers, return (text, spans). types: list of span types in order."""
    out, spans, i, pos, stack = [], [], 0, 0, []
    n = 0
    while i < len(marked):
        c = marked[i]
        if c == S0:
            stack.append(pos)
        elif c == S1:
            st = stack.pop()
            spans.append([st, pos])
        else:
            out.append(c)
            pos += 1
        i += 1
    text = "".join(out)
    assert not stack and len(spans) == len(types), (marked[:200], types)
    res = []
    for (a, b), t in zip(spans, types):
        res.append({"value": text[a:b], "start": a, "end": b, "type": t})
    res.sort(key=lambda s: s["start"])
    return text, res


WORDS = ["maple", "harbor", "quartz", "lantern", "orbit", "meadow", "cobalt", "falcon", "ember",
         "willow", "sable", "tundra", "juniper", "copper", "velvet", "nimbus", "pebble", "cedar",
         "saffron", "delta", "kestrel", "marble", "onyx", "prairie", "thistle", "zephyr", "basalt"]


def human_pw(rng):
    """Password a person picked: Word + word + digits + symbol (no @#%?&$:;'\" or space)."""
    def f():
        w1 = rng.choice(WORDS).capitalize()
        w2 = rng.choice(WORDS)
        return w1 + rng.choice(["", "-", "_", "."]) + w2 + R(rng, DIG, rng.randint(2, 4)) + rng.choice("!*+~^")
    return uniq(f)


def random_pw(rng, lo=14, hi=22):
    return uniq(lambda: R(rng, ALNUM, rng.randint(lo, hi - 1)) + rng.choice("-_.!") + R(rng, ALNUM, 2))


USERS = ["etl_loader", "svc_dbt", "analytics_ro", "airflow", "bi_reader", "ingest_bot", "dwh_admin",
         "looker_svc", "report_user", "spark_job", "data_eng", "fivetran_user", "metabase", "nightly_batch"]
HOSTS = ["wh-prod.analytics.example", "pg-replica-2.data.example", "lakehouse.corp.example",
         "dwh.internal.example", "bi-db01.acme-data.example", "ch-cluster.metrics.example",
         "kafka-3.stream.example", "etl-runner.ops.example"]
PEOPLE = ["Priya", "Mateo", "Chen Wei", "Amara", "Lukas", "Noor", "Sofia", "Kwame", "Hana", "Ivan",
          "Olu", "Greta", "Ravi", "Yuki", "Dara", "Farah"]
DBS = ["analytics", "warehouse", "marts", "raw_events", "finance_dw", "product_metrics", "staging"]


def dump_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
