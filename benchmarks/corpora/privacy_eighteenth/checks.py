"""All build-time checks. Each returns a list of human-readable result lines or raises AssertionError."""
import base64
import collections
import json
import os
import re

import gen_crypto
from common import github_token_valid, b58decode, b58encode
from gen_decoders import DEC
from gen_encodings import ENC
import gen_negatives

BRIEF_DIR = "/tmp/brief18"
BRIEFS = ["privacy_sixteenth_README.md", "privacy_seventeenth_README.md"]


def fail(cond, msg):
    if not cond:
        raise AssertionError(msg)


def check_ids(pos, eva, neg):
    ids = [r["id"] for r in pos + eva + neg]
    fail(len(ids) == len(set(ids)), "duplicate ids")
    for r in pos + eva + neg:
        fail(json.loads(json.dumps(r, ensure_ascii=False)) == r, "json round trip " + r["id"])
    return ["ids: %d ids unique across the three files; every record survives a JSON round trip" % len(ids)]


def check_positives(pos):
    seen = {}
    for r in pos:
        t = r["text"]
        sp = r["secrets"]
        fail(sp, "no spans " + r["id"])
        fail(r["type"] == sp[0]["type"], "type != first span type " + r["id"])
        last_end = -1
        cnt = collections.Counter(s["value"] for s in sp)
        for s in sp:
            fail(t[s["start"]:s["end"]] == s["value"], "span mismatch " + r["id"])
            fail(s["start"] >= last_end, "overlap/unsorted " + r["id"])
            last_end = s["end"]
            fail(s["value"] == s["value"].strip(), "edge whitespace " + r["id"])
            fail(s["value"], "empty span " + r["id"])
        for v, n in cnt.items():
            fail(t.count(v) == n, "value occurs %d times, labelled %d: %s" % (t.count(v), n, r["id"]))
            fail(v not in seen or seen[v] == r["id"], "value reused across records " + r["id"] + " " + seen.get(v, ""))
            seen[v] = r["id"]
    return ["positives: spans re-slice, sorted, no overlap, no edge whitespace; record type == first span type; every labelled value occurs exactly as often as labelled; no value reused across records"]


SHAPES = {
    "aws_appsync_api_key": r"da2-[a-z0-9]{26}",
    "amazon_sp_api_lwa_client_secret": r"amzn1\.oa2-cs\.v1\.[0-9a-f]{64}",
    "google_oauth_client_secret": r"GOCSPX-[A-Za-z0-9_-]{28}",
    "google_oauth_refresh_token": r"1//0[A-Za-z0-9_-]{100}",
    "google_oauth_access_token": r"ya29\.a0[A-Za-z0-9_-]{160}",
    "firebase_fcm_legacy_server_key": r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}",
    "azure_container_registry_password": r"[A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6}",
    "azure_cosmosdb_account_key": r"[A-Za-z0-9]{86}==",
    "deno_deploy_access_token": r"ddp_[A-Za-z0-9]{36}",
    "harness_personal_access_token": r"pat\.[A-Za-z0-9_]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20}",
    "octopus_deploy_api_key": r"API-[A-Z0-9]{32}",
    "sonarqube_user_token": r"squ_[0-9a-f]{40}",
    "sonarcloud_scoped_token": r"sqco_[A-Za-z0-9]{59}",
    "jfrog_reference_token": r"cmVmdGtu[A-Za-z0-9]{56}",
    "bitbucket_app_password": r"ATBB[A-Za-z0-9]{28}[0-9A-F]{8}",
    "endor_labs_api_secret": r"endr\+[A-Za-z0-9-]{16}",
    "nightfall_api_key": r"NF-[A-Za-z0-9]{32}",
    "rootly_api_key": r"rootly_[0-9a-f]{64}",
    "salad_cloud_api_key": r"salad_cloud_[0-9A-Za-z]{1,7}_[0-9A-Za-z]{7,235}",
    "nvidia_nim_api_key": r"nvapi-[A-Za-z0-9_-]{64}",
    "nvidia_ngc_api_key": r"[A-Za-z0-9]{84}",
    "maxmind_license_key": r"[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk",
    "storyblok_personal_access_token": r"[0-9A-Za-z]{22}tt-[0-9]{6}-[A-Za-z0-9_-]{20}",
    "gocardless_live_access_token": r"live_[0-9A-Za-z_-]{40}",
    "lob_live_api_key": r"live_[0-9a-f]{35}",
    "bannerbear_project_api_key": r"bb_pr_[0-9a-f]{30}",
    "ramp_api_client_secret": r"ramp_sec_[A-Za-z0-9]{48}",
    "sanity_api_token": r"sk[A-Za-z0-9]{79}",
    "tableau_pat_secret": r"[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}",
    "cloudflare_global_api_key": r"[0-9a-f]{37}",
    "stytch_project_secret": r"secret-live-[A-Za-z0-9_-]{35}=",
    "the_things_network_api_key": r"NNSXS\.[A-Z2-7]{39}\.[A-Z2-7]{52}",
    "slack_app_level_token": r"xapp-1-A0[A-Z0-9]{9}-[0-9]{13}-[0-9a-f]{64}",
    "twitch_stream_key": r"live_[0-9]{9}_[A-Za-z0-9]{30}",
    "ms_teams_incoming_webhook_url": r"https://[a-z]+\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}/V2[A-Za-z0-9_-]{43}",
    "ethereum_raw_private_key_hex": r"0x[0-9a-f]{64}",
    "wireguard_interface_private_key": r"[A-Za-z0-9+/]{43}=",
    "aws_session_token": r"IQoJb3JpZ2luX2Vj[A-Za-z0-9+/]+",
    "easypost_production_api_key": r"EZAK[0-9a-f]{54}",
    "shippo_live_api_token": r"shippo_live_[0-9a-f]{40}",
    "onesignal_rest_api_key": r"os_v2_app_[a-z2-7]{103}",
    "aws_bedrock_api_key": r"ABSK[A-Za-z0-9+/]{109,269}={0,2}",
    "slack_token_rotation_refresh_token": r"xoxe-1-[A-Za-z0-9]{146}",
    "onepassword_service_account_token": r"ops_eyJ[A-Za-z0-9_-]{250,}",
    "render_api_key": r"rnd_[A-Za-z0-9]{28}",
    "together_ai_api_key": r"tgp_v1_[A-Za-z0-9_-]{43}",
    "crates_io_api_token": r"cio[A-Za-z0-9]{32}",
    "sonarqube_project_analysis_token": r"sqp_[0-9a-f]{40}",
    "aws_secret_access_key": r"[A-Za-z0-9+/]{40}",
    "gitlab_personal_access_token": r"glpat-[A-Za-z0-9_-]{20}",
    "openai_project_api_key": r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}",
    "anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "sendgrid_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
}


def check_structured(pos):
    n = collections.Counter()
    for r in pos:
        for s in r["secrets"]:
            v, t = s["value"], s["type"]
            if t in SHAPES:
                fail(re.fullmatch(SHAPES[t], v), "shape %s %s" % (t, r["id"]))
                n["regex_shape"] += 1
            if v[:4] in ("ghp_", "npm_"):
                fail(github_token_valid(v), "crc32 " + r["id"])
                n["github_npm_crc32_base62"] += 1
            if t == "apple_app_store_connect_p8_key":
                fail(s["plain"] == v.replace("\\n", "\n") and gen_crypto.p256_pkcs8_check(s["plain"]), "p8 " + r["id"])
                n["p256_pkcs8_public_point"] += 1
            if t == "solana_cli_keypair_json":
                b = bytes(json.loads(v))
                fail(len(b) == 64 and gen_crypto.ed25519_public(b[:32]) == b[32:], "solana " + r["id"])
                fail(b58encode(b[32:]) in r["text"], "solana address line")
                n["solana_ed25519_seed_pub"] += 1
            if t == "cloudflared_tunnel_token":
                d = json.loads(base64.b64decode(v))
                fail(set(d) == {"a", "t", "s"} and len(base64.b64decode(d["s"])) == 32, "cloudflared")
                n["cloudflared_b64_json"] += 1
            if t == "aws_bedrock_api_key":
                fail(re.fullmatch(r"BedrockAPIKey-[a-z0-9]{4}-at-[0-9]{12}:.+", base64.b64decode(v[4:]).decode()), "bedrock")
                n["bedrock_absk_b64_layout"] += 1
            if t == "jfrog_reference_token":
                fail(base64.b64decode(v).startswith(b"reftkn:01:"), "reftkn")
                n["jfrog_reftkn_b64"] += 1
            if t == "intercom_access_token":
                fail(base64.b64decode(v).startswith(b"tok:"), "intercom")
                n["intercom_tok_b64"] += 1
            if t == "onepassword_service_account_token":
                d = json.loads(base64.urlsafe_b64decode(v[4:] + "=" * (-len(v[4:]) % 4)))
                fail(d["secretKey"].startswith("A3-") and "srpX" in d, "ops")
                n["onepassword_ops_b64_json"] += 1
            if t == "discord_bot_token":
                head = v.split(".")[0]
                fail(base64.b64decode(head + "=" * (-len(head) % 4)).decode().isdigit(), "discord")
                n["discord_b64_snowflake"] += 1
            if t == "azure_storage_account_key":
                fail(len(base64.b64decode(v)) == 64, "azure key")
                n["azure_storage_key_64_bytes"] += 1
            if t == "wireguard_interface_private_key":
                fail(len(base64.b64decode(v)) == 32, "wg")
                n["wireguard_key_32_bytes"] += 1
    fail(gen_crypto.ed25519_selftest(), "ed25519 RFC 8032 vector")
    return ["structured values verified: " + ", ".join("%s ×%d" % kv for kv in sorted(n.items())) +
            " (self-tests: Ed25519 RFC 8032 test 1; documentation values re-derived: jwt.io HS256, BIP-32 vector 1, WIF example, RFC 4231 case 1, RFC 2202 case 2)"]


def check_evasions(eva, pos_values):
    encs = collections.Counter()
    for r in eva:
        fail(len(r["secrets"]) == 1, "one span " + r["id"])
        s = r["secrets"][0]
        fail(r["text"][s["start"]:s["end"]] == s["value"], "span " + r["id"])
        fail(s["encoding"] == r["encoding"] and "plain" in s, "encoding/plain " + r["id"])
        keyed = ENC[r["encoding"]][1]
        fail(("encoding_key" in s) == keyed, "encoding_key presence " + r["id"])
        if keyed:
            fail(s["encoding_key"] in r["text"], "key not stated " + r["id"])
        fail(DEC[r["encoding"]](s["value"], s.get("encoding_key")) == s["plain"], "decode " + r["id"])
        fail(r["text"].count(s["value"]) == 1, "encoded value occurs once " + r["id"])
        fail(s["plain"] not in r["text"], "plain verbatim " + r["id"])
        fail(s["plain"] not in pos_values, "plain equals a positive value " + r["id"])
        if s["plain"][:4] in ("ghp_", "npm_"):
            fail(github_token_valid(s["plain"]), "evasion crc")
        encs[r["encoding"]] += 1
    return ["evasions: one span each with `plain` / `encoding`; %d decoders reproduce `plain`; encoded value occurs once; `plain` never verbatim in the text and never a positive value; `encoding_key` present exactly for keyed encodings and stated in the text" % len(encs)]


def check_negatives(neg, pos, eva):
    texts = [r["text"] for r in neg]
    fail(len(texts) == len(set(texts)), "duplicate negative texts")
    vals = set()
    for r in pos:
        for s in r["secrets"]:
            if len(s["value"]) >= 6:
                vals.add(s["value"])
            if s.get("plain") and len(s["plain"]) >= 6:
                vals.add(s["plain"])
    for r in eva:
        vals.add(r["secrets"][0]["value"])
        vals.add(r["secrets"][0]["plain"])
    for r in neg:
        t = r["text"]
        for v in vals:
            fail(v not in t, "negative contains positive/evasion value " + r["id"])
        fail("PRIVATE KEY" not in t, "private key in negative " + r["id"])
        for m in re.findall(r"(?:ghp|gho|ghu|ghs|ghr|npm)_[A-Za-z0-9]{36}", t):
            fail(not github_token_valid(m), "checksum-valid token in negative " + r["id"])
    docs = [d[2] for d in gen_negatives.DOCS]
    alltext_pos = "\n".join(r["text"] for r in pos + eva)
    for d in docs:
        fail(any(d in r["text"] for r in neg if r["class"] == "vendor_documentation_value"), "doc value missing " + d)
        if len(d) >= 6:
            fail(d not in alltext_pos, "doc value in positives/evasions " + d)
    fail(gen_negatives.docs_selfcheck(), "documentation self-check")
    return ["negatives: no duplicate texts; no positive value (length ≥ 6), evasion value or evasion plain; no `PRIVATE KEY`; no checksum-valid `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_`/`npm_` token; all %d documentation values present in negatives and (length ≥ 6) absent from positives and evasions" % len(docs)]


def brief_names():
    names = set()
    found = []
    for f in BRIEFS:
        p = os.path.join(BRIEF_DIR, f)
        if os.path.exists(p):
            found.append(f)
            t = open(p, encoding="utf-8").read()
            names.update(re.findall(r"`([^`\n]+)`", t))
    return names, found


def check_overlap(kinds, encodings, languages, new_types):
    names, found = brief_names()
    if not found:
        return ["overlap: brief READMEs not present at build time; overlap check skipped (it passed when the corpus was written)"]
    bad = []
    for k in kinds:
        if k in names or k.split("__")[0] in names:
            bad.append(("container", k))
    for e in encodings:
        if e in names:
            bad.append(("encoding", e))
    for l in languages:
        if l in names:
            bad.append(("language", l))
    for t in new_types:
        if t in names:
            bad.append(("type", t))
    fail(not bad, "overlap with brief names: %r" % bad[:10])
    return ["overlap: container kinds (and bases before `__`) of all three files, encodings, prose languages and new-part span types compared with %d backticked names (including both READMEs' language lists) from %s: no overlap" % (len(names), ", ".join("`%s`" % f for f in found))]
