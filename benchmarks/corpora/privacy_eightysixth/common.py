"""Shared helpers for p86 (standard library only, no clock, no network)."""
import base64, json, random, string, zlib

MARK = "\ue000"
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = UPPER + LOWER + DIG
LALNUM = LOWER + DIG
UALNUM = UPPER + DIG
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIG + "+/"
B64U = UPPER + LOWER + DIG + "-_"
B62 = DIG + UPPER + LOWER

WORDS = ["scrape", "exemplar", "cardinality", "histogram", "sampler", "ingester", "compactor",
         "querier", "distributor", "retention", "rollup", "downsample", "tenant", "shipper",
         "tailsampling", "pushgateway", "recording", "silence", "inhibit", "runbook", "heatmap",
         "flamegraph", "logfmt", "multiline", "backpressure", "spanmetrics", "relabel", "federate",
         "quantile", "summary", "ruler", "bucket", "wal", "chunk", "memberlist", "hashring",
         "gossipring", "exporter", "receiver", "processor", "watermark", "tracepoint", "scrubber",
         "forwarder", "indexer", "heavyfwd", "sourcetype", "fluentd", "tdagent", "parser",
         "buffer", "journald", "logrotate", "sidecar", "alertgroup", "pagerrota", "oncall",
         "uptime", "burnrate", "errorbudget", "slo", "sli", "baseline", "anomaly", "dashboard"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64bytes(rng, n, url=False):
    raw = bytes(rng.randrange(256) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()


def owner_pw(rng):
    w = rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    return w + rng.choice("-_.") + rs(rng, LALNUM, rng.randint(4, 7)) + rs(rng, DIG, 2)


def crc32_b62(data, width=6):
    n = zlib.crc32(data.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def glsa(rng):
    body = rs(rng, ALNUM, 32)
    crc = "%08x" % (zlib.crc32(("glsa_" + body).encode()) & 0xFFFFFFFF)
    return "glsa_" + body + "_" + crc


def npm_token(rng):
    body = rs(rng, ALNUM, 30)
    return "npm_" + body + crc32_b62(body)


def jwt(rng, payload, header=None):
    def enc(obj):
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(header or {"alg": "HS256", "typ": "JWT"}) + "." + enc(payload) + "." + b64bytes(rng, 32, True).rstrip("=")


# bech32 (BIP-173) for age secret keys
_CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, data8):
    acc = bits = 0
    data5 = []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data5.append((acc >> bits) & 31)
    if bits:
        data5.append((acc << (5 - bits)) & 31)
    hx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _polymod(hx + data5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CH[d] for d in data5 + chk)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], [_CH.index(c) for c in s[pos + 1:]]
    hx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return _polymod(hx + data) == 1


def fill(t, d):
    for k, v in d.items():
        t = t.replace("\u27e6" + k + "\u27e7", v)
    assert "\u27e6" not in t, t
    return t


def fillers(rng):
    return {
        "user": rng.choice(["svc-metrics", "grafana", "otel", "loki-writer", "vector", "fluent", "splunkfwd", "promsa", "obs-bot", "tempo"]) + str(rng.randint(1, 9)),
        "host": rng.choice(["mon", "logs", "prom", "graf", "loki", "tempo", "es", "otel", "mimir", "siem"]) + "-" + rs(rng, LALNUM, 4) + ".obs.example.net",
        "port": str(rng.choice([3000, 3100, 3200, 4317, 4318, 8080, 8086, 8088, 9009, 9090, 9093, 9200, 9997, 24224])),
        "tenant": rng.choice(["team-", "org-", "t"]) + rs(rng, LALNUM, 5),
        "svc": rng.choice(["checkout", "ledger", "search", "ingest", "billing", "edge", "auth", "catalog"]) + "-" + rng.choice(["api", "worker", "gw", "svc"]),
        "env": rng.choice(["prod", "staging", "eu1", "us2", "perf", "dr"]),
        "n": str(rng.randint(2, 98)),
        "ts": "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 11), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)),
        "h8": rs(rng, HEX, 8),
        "h16": rs(rng, HEX, 16),
        "org": rng.choice(["acme", "globex", "initech", "umbrella", "hooli", "vandelay"]) + "-" + rng.choice(["sre", "obs", "platform"]),
    }


def make(rid, typ, container, tmpl, value, source, d):
    t = fill(tmpl, d)
    assert t.count("\u00a7") == 1, (container, t)
    start = t.index("\u00a7")
    text = t[:start] + value + t[start + 1:]
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": start, "end": start + len(value), "type": typ}],
            "source": source}
