"""Shared helpers: alphabets, value shapes, uniqueness pool, fillers."""
import base64, json, string

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
ALNUM = string.ascii_letters + string.digits
LALNUM = string.ascii_lowercase + string.digits
UALNUM = string.ascii_uppercase + string.digits
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
DIG = string.digits
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
ALPHA = {"hex": HEX, "HEX": UHEX, "an": ALNUM, "la": LALNUM, "ua": UALNUM, "b64": B64,
         "b64u": B64U, "d": DIG, "lower": string.ascii_lowercase, "bech": BECH.upper(),
         "lbech": BECH, "alpha": string.ascii_letters}

K8S_WORDS = ["helm", "argo", "flux", "ingress", "etcd", "kubelet", "sidecar", "tiller", "mesh", "vault",
             "canary", "rollout", "operator", "crd", "bastion", "nodepool", "kustomize", "envoy",
             "gitops", "cluster", "tekton", "harbor", "pulumi", "sops", "karpenter", "cilium"]


def rs(rng, alpha, n):
    a = ALPHA.get(alpha, alpha)
    return "".join(rng.choice(a) for _ in range(n))


def shape(rng, parts):
    """parts: list of literal strings or (alphabet, n) tuples."""
    out = []
    for p in parts:
        if isinstance(p, tuple):
            out.append(rs(rng, p[0], p[1]))
        else:
            out.append(p)
    return "".join(out)


def uuid4(rng):
    h = rs(rng, "hex", 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng, header, payload, siglen=86):
    return b64url_json(header) + "." + b64url_json(payload) + "." + rs(rng, "b64u", siglen)


def owner_password(rng):
    return rng.choice(K8S_WORDS) + rng.choice("-_.") + rs(rng, "la", rng.randint(4, 7)) + rs(rng, "d", 2)


def b64_of_bytes(rng, n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


class Pool:
    """No value reused; no value (len >= 6) inside another."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, v):
        if v in self.set:
            return False
        for o in self.items:
            if (len(v) >= 6 and v in o) or (len(o) >= 6 and o in v):
                return False
        return True

    def take(self, fn):
        for _ in range(200):
            v = fn()
            if self.ok(v):
                self.items.append(v)
                self.set.add(v)
                return v
        raise RuntimeError("pool exhausted")


NAMESPACES = ["payments", "platform", "observability", "ingress-system", "data", "search", "checkout",
              "identity", "billing", "ml-serving", "edge", "batch"]
APPS = ["orders-api", "ledger", "notifier", "catalog", "gateway", "session-svc", "reporting", "fulfil",
        "pricing", "inventory", "audit-log", "profile"]
CLUSTERS = ["prod-eu-1", "prod-us-2", "stg-eu-1", "dev-shared", "edge-ap-1", "mgmt-hub"]
USERS = ["mara", "tobias", "ines", "kwame", "yuki", "ravi", "lena", "omar", "sofia", "dmitri", "ada", "jonas"]


def fill(rng):
    return {"ns": rng.choice(NAMESPACES), "app": rng.choice(APPS), "cl": rng.choice(CLUSTERS),
            "user": rng.choice(USERS), "user2": rng.choice(USERS), "n": rng.randint(2, 9),
            "port": rng.choice([5432, 3306, 6379, 8443, 9092, 27017]), "ver": f"{rng.randint(1, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
            "host": f"{rng.choice(['db', 'git', 'registry', 'vault', 'smtp', 'charts', 'api'])}.{rng.choice(['corp', 'infra', 'platform'])}.example",
            "day": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "hh": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "pr": rng.randint(100, 4999)}
