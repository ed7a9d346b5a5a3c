"""All checks run by build.py before anything is written."""
import json
import os
import re
from collections import Counter

import gen_crypto
import gen_decoders
import gen_negatives
from common import crc32_b62_valid
from gen_encodings import KEYED

BRIEF_DIR = "/tmp/brief20"
BRIEF_FILES = ["privacy_eighteenth_README.md", "privacy_nineteenth_README.md"]
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def extract_brief_names():
    names = set()
    for fn in BRIEF_FILES:
        with open(os.path.join(BRIEF_DIR, fn), encoding="utf-8") as fh:
            names.update(re.findall(r"`([^`\n]+)`", fh.read()))
    return sorted(names)


def brief_names():
    """Frozen deny-list; re-extracted and compared when the brief directory exists."""
    with open(FROZEN, encoding="utf-8") as fh:
        frozen = json.load(fh)
    if os.path.isdir(BRIEF_DIR):
        need(extract_brief_names() == frozen["names"], "brief_names.json differs from the READMEs in /tmp/brief20")
    return set(frozen["names"])


SHAPES = {
    "github_classic_pat": r"ghp_[A-Za-z0-9]{36}", "npm_access_token": r"npm_[A-Za-z0-9]{36}",
    "github_fine_grained_pat": r"github_pat_11[A-Z2-7]{20}_[A-Za-z0-9]{59}",
    "gitlab_personal_access_token": r"glpat-[A-Za-z0-9-]{20}",
    "slack_bot_token": r"xoxb-\d{10,11}-\d{12,13}-[A-Za-z0-9]{24}",
    "anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", "huggingface_access_token": r"hf_[A-Za-z0-9]{34}",
    "digitalocean_personal_access_token": r"dop_v1_[0-9a-f]{64}", "sentry_user_auth_token": r"sntryu_[0-9a-f]{64}",
    "google_gemini_api_key": r"AIza[A-Za-z0-9_-]{35}", "stripe_live_secret_key": r"sk_live_51[A-Za-z0-9]{97}",
    "apify_api_token": r"apify_api_[A-Za-z0-9]{36}", "astra_db_application_token": r"AstraCS:[A-Za-z0-9]{24}:[0-9a-f]{64}",
    "newrelic_user_api_key": r"NRAK-[A-Z0-9]{27}", "paddle_live_api_key": r"pdl_live_apikey_[a-z0-9]{53}",
    "tavily_api_key": r"tvly-[A-Za-z0-9]{32}", "xata_api_key": r"xau_[A-Za-z0-9]{40}",
    "supabase_management_access_token": r"sbp_[0-9a-f]{40}", "firecrawl_api_key": r"fc-[0-9a-f]{32}",
    "sourcegraph_access_token": r"sgp_[0-9a-f]{16}_[0-9a-f]{40}", "calcom_api_key": r"cal_live_[0-9a-f]{32}",
    "mailersend_api_token": r"mlsn\.[0-9a-f]{64}", "runpod_api_key": r"rpa_[A-Z0-9]{48}",
    "radar_live_secret_key": r"prj_live_sk_[0-9a-f]{40}", "e2b_api_key": r"e2b_[0-9a-f]{40}",
    "browserbase_api_key": r"bb_live_[A-Za-z0-9_-]{27}", "cerebras_api_key": r"csk-[a-z0-9]{48}",
    "konnect_personal_access_token": r"kpat_[A-Za-z0-9]{49}", "unkey_root_key": r"unkey_[A-Za-z0-9]{24}",
}
CRC_TYPES = {"github_classic_pat": "ghp_", "npm_access_token": "npm_"}


def _b64url_json(seg):
    import base64
    return json.loads(base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4)))


def check_positives(pos, stats):
    seen_vals = {}
    for rec in pos:
        text, spans = rec["text"], rec["secrets"]
        need(spans, "%s: no spans" % rec["id"])
        need(rec["type"] == spans[0]["type"], "%s: type != first span type" % rec["id"])
        last = -1
        for s in spans:
            need(text[s["start"]:s["end"]] == s["value"], "%s: span does not re-slice" % rec["id"])
            need(s["start"] >= last, "%s: spans unsorted/overlap" % rec["id"])
            last = s["end"]
            need(s["value"] == s["value"].strip() and s["value"], "%s: edge whitespace" % rec["id"])
        cnt = Counter(s["value"] for s in spans)
        for v, c in cnt.items():
            need(text.count(v) == c, "%s: value occurs %d times, labelled %d" % (rec["id"], text.count(v), c))
            need(v not in seen_vals or seen_vals[v] == rec["id"], "%s: value reused from %s" % (rec["id"], seen_vals.get(v)))
            seen_vals[v] = rec["id"]
        for s in spans:
            t = s["type"]
            if t in CRC_TYPES:
                need(crc32_b62_valid(s["value"], CRC_TYPES[t]), "%s: bad CRC32 checksum" % rec["id"])
                stats["crc32_base62"] += 1
            if t in SHAPES:
                need(re.fullmatch(SHAPES[t], s["value"]), "%s: %s shape" % (rec["id"], t))
                stats["regex_shape"] += 1
            if t == "rsa_pkcs1_private_key_pem":
                need(s["plain"].replace("\n", "\\n") == s["value"], "rsa plain/value mismatch")
                need(gen_crypto.verify_rsa_pkcs1_pem(s["plain"]), "RSA key relations fail")
                stats["rsa_pkcs1_relations"] += 1
            if t == "supabase_service_role_key":
                need(_b64url_json(s["value"].split(".")[1])["role"] == "service_role", "supabase role")
                stats["jwt_payload_json"] += 1
            if s["value"].startswith("eyJ") and s["value"].count(".") == 2:
                h, p, _ = s["value"].split(".")
                _b64url_json(h), _b64url_json(p)
                stats["jwt_segments_decode"] += 1
    return set(seen_vals)


def check_evasions(ev, pos_vals, stats):
    for rec in ev:
        need(len(rec["secrets"]) == 1, "%s: one span" % rec["id"])
        s = rec["secrets"][0]
        text = rec["text"]
        need(text[s["start"]:s["end"]] == s["value"], "%s: span" % rec["id"])
        need(rec["type"] == s["type"], "%s: type" % rec["id"])
        need(s["encoding"] == rec["encoding"], "%s: encoding field" % rec["id"])
        enc = rec["encoding"]
        key = None
        if enc in KEYED:
            need("encoding_key" in s and s["encoding_key"] in text[:s["start"]] + text[s["end"]:], "%s: key missing / not stated" % rec["id"])
            kv = dict(x.split("=") for x in s["encoding_key"].split(","))
            key = (int(kv["a"]), int(kv["b"])) if enc == "affine_cipher_keyed" else int(kv["shift"])
        else:
            need("encoding_key" not in s, "%s: unexpected key" % rec["id"])
        need(gen_decoders.DEC[enc](s["value"], key) == s["plain"], "%s: decoder does not give plain" % rec["id"])
        stats["decoded"] += 1
        need(text.count(s["value"]) == 1, "%s: encoded value not unique in text" % rec["id"])
        need(s["plain"] not in text, "%s: plain verbatim in text" % rec["id"])
        need(s["plain"] not in pos_vals, "%s: plain equals a positive" % rec["id"])
        if s["type"] in CRC_TYPES:
            need(crc32_b62_valid(s["plain"], CRC_TYPES[s["type"]]), "%s: plain CRC" % rec["id"])
            stats["crc32_base62"] += 1
        if s["type"] in SHAPES:
            need(re.fullmatch(SHAPES[s["type"]], s["plain"]), "%s: plain shape" % rec["id"])
            stats["regex_shape"] += 1


CRC_RE = re.compile(r"(ghp_|npm_)[A-Za-z0-9]{36}")


def check_negatives(neg, pos_vals, ev):
    texts = set()
    ev_vals = {e["secrets"][0]["value"] for e in ev} | {e["secrets"][0]["plain"] for e in ev}
    for rec in neg:
        t = rec["text"]
        need(t not in texts, "%s: duplicate text" % rec["id"])
        texts.add(t)
        need("PRIVATE KEY" not in t, "%s: private key in negative" % rec["id"])
        for v in pos_vals:
            if len(v) >= 6:
                need(v not in t, "%s: contains positive value %r" % (rec["id"], v))
        for v in ev_vals:
            need(v not in t, "%s: contains evasion value" % rec["id"])
        for m in CRC_RE.finditer(t):
            need(not crc32_b62_valid(m.group(0), m.group(1)), "%s: checksum-valid token" % rec["id"])
    alltext = "\n".join(r["text"] for r in neg)
    for dv in gen_negatives.DOC_VALUES:
        need(dv in alltext, "doc value missing from negatives: %s" % dv)
        need(dv not in pos_vals and not any(dv in v for v in ev_vals), "doc value in positives/evasions: %s" % dv)


def check_overlap(names, pos, ev, neg, langs, vendor_styles, new_types):
    found = []
    kinds = set()
    for rec in pos + ev + neg:
        c = rec["container"]
        kinds.add(c)
        kinds.update(c.split("__"))
    for group, items in (("container", kinds), ("vendor_style", vendor_styles),
                         ("encoding", {e["encoding"] for e in ev}), ("language", langs),
                         ("new_span_type", new_types)):
        for it in sorted(items):
            if it in names:
                found.append((group, it))
    need(not found, "overlap with brief names: %r" % found[:20])


def check_ids(*files):
    ids = [r["id"] for f in files for r in f]
    need(len(ids) == len(set(ids)), "duplicate ids")
    for f in files:
        for r in f:
            need(json.loads(json.dumps(r, ensure_ascii=False)) == r, "%s: JSON round trip" % r["id"])
    return len(ids)
