"""Shared helpers: shape DSL, fillers, slot filling."""
import base64, json, re, string
SLOT = "\ue000"
LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
ALNUM = LOW + UP + DIG; HEXL = "0123456789abcdef"; HEXU = HEXL.upper()
B64 = UP + LOW + DIG + "+/"; B64U = UP + LOW + DIG + "-_"
CLASSES = {"h": HEXL, "H": HEXU, "a": ALNUM, "l": LOW + DIG, "u": UP + DIG, "L": LOW + UP,
           "d": DIG, "b": B64U, "s": B64, "x": LOW}
WORDS = ["tensor", "gradient", "epoch", "shard", "vector", "anchor", "cosine", "lora", "adapter", "sampler",
         "tokenizer", "logits", "kernel", "softmax", "rerank", "embed", "dropout", "warmup", "cuda", "batch"]

def shape(rng, pat):
    """{h32} hex, {a20} alnum, {uuid}, {pw}, {jwt}, {b64:N} std base64 of N random bytes."""
    def rep(m):
        k = m.group(1)
        if k == "uuid":
            h = "".join(rng.choice(HEXL) for _ in range(32))
            return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:])
        if k == "pw":
            return owner_password(rng)
        if k == "jwt":
            return jwt(rng)
        if k.startswith("b64:"):
            return base64.b64encode(bytes(rng.randrange(256) for _ in range(int(k[4:])))).decode()
        cls, n = k[0], int(k[1:])
        return "".join(rng.choice(CLASSES[cls]) for _ in range(n))
    return re.sub(r"\{([a-zA-Z0-9:]+)\}", rep, pat)

def owner_password(rng):
    return rng.choice(WORDS) + rng.choice("-_.") + "".join(rng.choice(LOW + DIG) for _ in range(rng.randint(4, 7))) + "%02d" % rng.randrange(100)

def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")

def jwt(rng, payload=None):
    hdr = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    if payload is None:
        payload = {"sub": shape(rng, "{uuid}"), "iat": 1700000000 + rng.randrange(10**7), "scope": rng.choice(["read", "write", "admin", "api"])}
    pl = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64url(bytes(rng.randrange(256) for _ in range(32)))
    return hdr + "." + pl + "." + sig

USERS = ["mlops", "svc-train", "annot-admin", "ray", "jhub", "evalbot", "ingest", "ml-platform", "feast", "triton"]
HOSTS = ["gpu-a100-07.ml.example", "vecdb-2.ml.example", "mlflow.ml.example", "labels.ml.example",
         "jhub.ml.example", "infer-east.ml.example", "feature-store.ml.example", "h100-pod-3.ml.example"]
MODELS = ["llama-ft-7b", "clip-rerank-v2", "bge-small-ft", "whisper-med-ft", "mistral-sft-v3", "resnet50-prod", "t5-sum-v4"]
PROJECTS = ["rag-eval", "churn-forecast", "vision-qc", "asr-callcenter", "search-ranker", "doc-ocr"]

def fill(rng, tpl):
    """Replace «name» fillers; «V» becomes SLOT."""
    def rep(m):
        k = m.group(1)
        if k == "V": return SLOT
        if k == "user": return rng.choice(USERS)
        if k == "host": return rng.choice(HOSTS)
        if k == "ip": return "10.%d.%d.%d" % (rng.randrange(1, 250), rng.randrange(250), rng.randrange(2, 250))
        if k == "date": return "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        if k == "n": return str(rng.randint(2, 9999))
        if k == "model": return rng.choice(MODELS)
        if k == "proj": return rng.choice(PROJECTS)
        if k == "run": return "".join(rng.choice(LOW + DIG) for _ in range(8))
        if k == "gpu": return rng.choice(["A100-80G", "H100-SXM", "L40S", "A10G", "RTX-6000-Ada"])
        raise KeyError(k)
    return re.sub(r"«(\w+)»", rep, tpl)

def place(rng, tpl, value):
    t = fill(rng, tpl)
    assert t.count(SLOT) == 1, tpl
    i = t.index(SLOT)
    return t.replace(SLOT, value), i, i + len(value)

def pos_record(text, s, e, value, typ, container, source):
    return {"type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": typ}], "source": source}

class Pool:
    """Uniqueness pool: no value reused, no value (>=6 chars) inside another."""
    def __init__(self):
        self.vals = []
        self.set = set()
    def add(self, v):
        if v in self.set:
            return False
        for o in self.vals:
            if (len(v) >= 6 and v in o) or (len(o) >= 6 and o in v):
                return False
        self.vals.append(v); self.set.add(v)
        return True
