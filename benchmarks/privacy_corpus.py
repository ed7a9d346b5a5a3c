"""A labelled corpus for the privacy engine: synthetic credentials of every type and hard negatives.

Every secret is generated — random but format-valid (right prefixes, lengths, alphabets, GitHub/npm
CRC32 checksums, decodable JWTs, base64 ``user:pass``) — never copied from anywhere. Positives put
each type in the contexts it is found in (code, ``.env``, YAML, JSON, shell, prose); negatives are the
look-alikes that must not be flagged: documentation example keys, UUIDs, git SHAs, hashes, template
placeholders, environment indirections and identifiers that merely contain a secret word.

``evaluate(engine, corpus)`` computes per-type recall and the false-positive rate; the tests and
``enclave bench privacy`` both use it. ``embed`` and ``mixed_code`` build the surrounding text for
property tests and the benchmark.
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import uuid
import zlib
from dataclasses import dataclass

from actors.privacy.engine.detectors import SECRET_TYPES
from actors.privacy.engine.checksums import BASE62

ALPHABETS = {
    "b62": string.ascii_letters + string.digits,
    "lan": string.ascii_lowercase + string.digits,
    "uan": string.ascii_uppercase + string.digits,
    "hex": "0123456789abcdef",
    "dig": string.digits,
    "url": string.ascii_letters + string.digits + "_-",
    "b64": string.ascii_letters + string.digits + "+/",
    "alpha": string.ascii_letters,
    "lower": string.ascii_lowercase,
    "upper": string.ascii_uppercase,
    "b32": "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
    "bech": "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
    "bechl": "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
    "ah": "abcdefgh0123456789",
    "azs": string.ascii_letters + string.digits + "_~.",
    "b58": "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
    "bech32": "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
    "uhex": "0123456789ABCDEF",
    "dj": string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)",    # Django's get_random_secret_key()
}
_PW_CHARS = string.ascii_letters + string.digits + "!%^*_-+="
_FIELD = re.compile(r"\{(\w+)(?::([^}]*))?\}")


@dataclass(frozen=True, slots=True)
class Case:
    type: str                      # detector name (positive) or negative kind
    text: str                      # the snippet as it would appear
    secrets: tuple[str, ...] = ()  # substrings that must not survive sanitization (empty: negative)


# --- value generators ---------------------------------------------------------------------------------
def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _length(rng: random.Random, spec: str) -> int:
    lo, _, hi = spec.partition("-")
    return rng.randint(int(lo), int(hi or lo))


def fill(template: str, rng: random.Random, **values: str) -> str:
    """Expand ``{b62:20}``, ``{hex:8-12}``, ``{choice:a|b}``, ``{int:1-20}``, ``{uuid}``, ``{s}``..."""
    def one(m: re.Match) -> str:
        kind, arg = m.group(1), m.group(2)
        if kind in values:
            return values[kind]
        if kind == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if kind == "choice":
            return rng.choice(arg.split("|"))
        if kind == "int":
            lo, hi = arg.split("-")
            return str(rng.randint(int(lo), int(hi)))
        if kind == "pw":
            return password(rng)
        if kind == "tok":
            return api_token(rng)
        if kind == "user":
            return rng.choice(["app", "svc", "deploy", "ci", "backend", "etl"]) + _rand(rng, string.digits, 2)
        if kind in ALPHABETS and arg:
            return _rand(rng, ALPHABETS[kind], _length(rng, arg))
        return m.group(0)   # not a field: literal braces such as a regex quantifier {40}
    return _FIELD.sub(one, template)


def password(rng: random.Random) -> str:
    """A password that starts with a letter and has a digit — no quote, space, @, /, : or ;, and no
    run of stars (``d***rXz`` is what a masked value looks like, not a password)."""
    body = _rand(rng, _PW_CHARS, rng.randint(8, 18))
    while "**" in body:
        body = body.replace("**", "*" + rng.choice(string.ascii_letters), 1)
    return rng.choice(string.ascii_letters) + body + rng.choice(string.digits)


def api_token(rng: random.Random) -> str:
    return _rand(rng, ALPHABETS["b62"], rng.randint(16, 36)) + rng.choice(string.digits) + _rand(rng, "_-.", 1) + \
        _rand(rng, ALPHABETS["b62"], 6)


def checksummed(prefix: str, rng: random.Random) -> str:
    """GitHub/npm style: 30 random base62 characters, then base62(crc32) in six."""
    body = _rand(rng, BASE62, 30)
    n = zlib.crc32(body.encode())
    check = ""
    while n:
        n, r = divmod(n, 62)
        check = BASE62[r] + check
    return prefix + body + check.rjust(6, "0")


def wif(rng: random.Random) -> str:
    """A WIF private key: a coin's version byte (Bitcoin, testnet, Litecoin, Dogecoin), 32 key bytes,
    compression flag, Base58Check."""
    import hashlib
    body = bytes([rng.choice([0x80, 0xEF, 0xB0, 0x9E])]) + rng.randbytes(32) + b"\x01"
    raw = body + hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"[r] + out
    return out


def recovery_phrase(rng: random.Random, checksum: bool = True) -> str:
    """A BIP-39 phrase of 12 or 24 distinct words: entropy, then the first bits of its SHA-256 (or
    those bits flipped, for a phrase only its name gives away)."""
    import hashlib
    from actors.privacy.engine.seedphrase import WORDS
    while True:
        entropy = rng.randbytes(rng.choice([16, 32]))
        check = f"{int.from_bytes(hashlib.sha256(entropy).digest(), 'big'):0256b}"[:len(entropy) // 4]
        bits = f"{int.from_bytes(entropy, 'big'):0{len(entropy) * 8}b}" + (check if checksum else check.translate({48: 49, 49: 48}))
        words = [WORDS[int(bits[i:i + 11], 2)] for i in range(0, len(bits), 11)]
        if len(set(words)) == len(words):
            return " ".join(words)


def basic_b64(rng: random.Random) -> str:
    return base64.b64encode(f"{fill('{user}', rng)}:{password(rng)}".encode()).decode()


def sasl_plain_b64(rng: random.Random) -> str:
    return base64.b64encode(f"\0{fill('{user}', rng)}\0{password(rng)}".encode()).decode()


def jwt(rng: random.Random) -> str:
    def b64u(obj) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    header = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    payload = {"sub": _rand(rng, ALPHABETS["lan"], 12), "iat": rng.randint(1_600_000_000, 1_800_000_000),
               "scope": rng.choice(["read", "admin", "repo write"])}
    return f"{b64u(header)}.{b64u(payload)}.{_rand(rng, ALPHABETS['url'], 43)}"


def discord(rng: random.Random) -> str:
    snowflake = str(rng.randint(10**17, 10**18 - 1))
    first = base64.urlsafe_b64encode(snowflake.encode()).decode().rstrip("=")
    return f"{first}.{_rand(rng, ALPHABETS['url'], 6)}.{_rand(rng, ALPHABETS['url'], 27)}"


def macaroon(rng: random.Random) -> str:
    """A macaroon v2 in base64: version, location field, identifier field, end of caveats, signature field."""
    location = f"https://{_rand(rng, ALPHABETS['lower'], 8)}.example".encode()
    ident = _rand(rng, ALPHABETS["hex"], 24).encode()
    raw = bytes([2, 1, len(location)]) + location + bytes([2, len(ident)]) + ident + b"\x00\x00\x06\x20" + rng.randbytes(32)
    return base64.b64encode(raw).decode().rstrip("=")


def pem_lines(rng: random.Random, n_lines: int) -> list[str]:
    return [_rand(rng, ALPHABETS["b64"], 64) for _ in range(n_lines - 1)] + [_rand(rng, ALPHABETS["b64"], 40) + "=="]


def pem_case(label: str):
    def make(rng: random.Random) -> tuple[str, tuple[str, ...]]:
        lines = pem_lines(rng, rng.randint(4, 12))
        head = ["Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC," + _rand(rng, "0123456789ABCDEF", 32), ""] \
            if label == "RSA PRIVATE KEY" and rng.random() < 0.3 else []
        block = "\n".join([f"-----BEGIN {label}-----", *head, *lines, f"-----END {label}-----"])
        return block, tuple(lines)
    return make


def putty(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    private = pem_lines(rng, 2)
    mac = "Private-MAC: " + _rand(rng, ALPHABETS["hex"], 64)
    text = "\n".join(["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: deploy", "Public-Lines: 2",
                      *pem_lines(rng, 2), "Private-Lines: 2", *private, mac])
    return text, tuple(private)


def kube_key(rng: random.Random) -> str:
    block = "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(pem_lines(rng, 3)) + "\n-----END EC PRIVATE KEY-----\n"
    return base64.b64encode(block.encode()).decode()


# --- where each type is found ----------------------------------------------------------------------
# Contexts for self-identifying tokens; {s} is the secret.
TOKEN_CONTEXTS = (
    "SERVICE_TOKEN={s}",
    'client = Client(credential="{s}", timeout=30)',
    '"auth": {"value": "{s}", "scope": "read"}',
    "Rotate {s} before Friday, it leaked in the build log.",
    "export DEPLOY_CRED='{s}'",
    "headers:\n  X-Api-Key: {s}",
)
PW = ("{pw}",)
TOK = ("{tok}",)

# type -> (value template, contexts or None for TOKEN_CONTEXTS). Functions give (snippet, secrets).
# the characters WordPress's salt generator draws from, less the quotes a define() or an env puts around them
_WP_SALT = "".join(c for c in map(chr, range(33, 127)) if c not in "'\"\\")

SPECS: dict = {
    "aws_access_key_id": ("{choice:AKIA|ASIA}{b32:16}", None),
    "aws_secret_access_key": ("{b62:12}{b64:28}", ["aws_secret_access_key = {s}", 'AWS_SECRET_ACCESS_KEY="{s}"',
                                                   '"awsSecretKey": "{s}"']),
    # how STS session tokens start (the base64 of a protobuf field "origin_ec")
    "canvas_lms_token": ("{int:1-25000}~{b62:64}", ["CANVAS_TOKEN={s}", 'canvas_api_token: "{s}"']),
    "convex_deploy_key": ("prod:{choice:tidy-heron|brave-otter}-{int:100-999}|{url:64}", ["CONVEX_DEPLOY_KEY={s}", "client = Client('{s}')"]),
    "pagerduty_routing_key": ("{b62:32}", ["PD_ROUTING_KEY={s}", 'pagerduty_integration_key: "{s}"']),
    "pagerduty_orchestration_key": ("R0{hex:30}", None),
    "aws_session_token": ("IQoJb3JpZ2luX2Vj{b64:104-284}", ["aws_session_token = {s}", 'AWS_SESSION_TOKEN="{s}"']),
    "gcp_api_key": ("AIza{url:35}", None),
    "google_oauth_client_secret": ("GOCSPX-{url:28}", None),
    "google_oauth_access_token": ("ya29.{url:60-160}", None),
    "zoho_oauth_token": ("1000.{hex:32}.{hex:32}", None),
    "flyio_token": ("FlyV1 fm2_{b64:120}", None),
    "slack_webhook_path": ("T{uan:10}/B{uan:10}/{b62:24}", None),
    "google_oauth_refresh_token": ("1//0{url:60-100}", None),
    "azure_storage_account_key": ("{b64:86}==", ["DefaultEndpointsProtocol=https;AccountName=acct{lan:6};"
                                                 "AccountKey={s};EndpointSuffix=core.windows.net"]),
    "azure_ad_client_secret": ("{b62:3}{dig:1}Q~{azs:33}{b62:1}", None),
    "azure_sas_token": ("{b62:43}%3D", ["https://acct{lan:6}.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&sp=r"
                                        "&se=2030-01-01T00:00:00Z&sig={s}"]),
    "azure_devops_pat": ("{lan:52}", ["AZURE_DEVOPS_PAT={s}", 'ado_token: "{s}"', "azure_devops_token = '{s}'"]),
    "digitalocean_pat": ("dop_v1_{hex:64}", None),
    "digitalocean_oauth_token": ("doo_v1_{hex:64}", None),
    "digitalocean_refresh_token": ("dor_v1_{hex:64}", None),
    "alibaba_access_key_id": ("LTAI{b62:20}", None),
    "tencent_secret_id": ("AKID{b62:32}", None),
    "ibm_cloud_api_key": ("{url:43}{dig:1}", ["IBM_CLOUD_API_KEY={s}", 'ibmcloud_apikey: "{s}"']),
    "heroku_api_key": ("{uuid}", ["HEROKU_API_KEY={s}", 'heroku_token = "{s}"']),
    "heroku_api_key_v2": ("HRKU-{url:60}", None),
    "cloudflare_api_token": ("{url:39}{dig:1}", ["CLOUDFLARE_API_TOKEN={s}", 'cloudflare_token: "{s}"']),
    "cloudflare_origin_ca_key": ("v1.0-{hex:24}-{hex:146}", None),
    "flyio_access_token": ("fo1_{url:43}", None),
    "flyio_macaroon": ("fm2_{b64:150-300}", None),
    "vercel_token": ("{b62:23}{dig:1}", ["VERCEL_TOKEN={s}", 'vercel_api_token = "{s}"']),
    "netlify_token": ("{url:41}{dig:1}", ["NETLIFY_AUTH_TOKEN={s}", 'netlify_token: "{s}"']),
    "hashicorp_vault_token": ("hv{choice:s|b}.{url:90}", None),
    "terraform_cloud_token": ("{b62:14}.atlasv1.{url:67}", None),
    "doppler_token": ("dp.{choice:pt|st|sa}.{b62:43}", None),
    "pulumi_token": ("pul-{hex:40}", None),
    "planetscale_token": ("pscale_tkn_{url:43}", None),
    "planetscale_password": ("pscale_pw_{url:43}", None),
    "supabase_token": ("sbp_{hex:40}", None),
    "databricks_token": ("dapi{hex:32}", None),
    "atlassian_api_token": ("ATATT3{url:186}", None),
    "grafana_cloud_token": ("glc_{b64:60-100}", None),
    "grafana_service_account_token": ("glsa_{b62:32}_{hex:8}", None),
    "newrelic_user_key": ("NRAK-{uan:27}", None),
    "newrelic_insert_key": ("NRII-{url:32}", None),
    "datadog_api_key": ("{hex:32}", ["DD_API_KEY={s}", 'datadog_api_key: "{s}"']),
    "datadog_app_key": ("{hex:40}", ["DD_APP_KEY={s}", 'datadog_application_key = "{s}"']),
    "sentry_user_token": ("sntryu_{hex:64}", None),
    "sentry_org_token": ("sntrys_{b64:100-160}", None),
    "dynatrace_token": ("dt0c01.{uan:24}.{uan:64}", None),
    "okta_api_token": ("00{url:39}{dig:1}", ["OKTA_API_TOKEN={s}", 'okta_token: "{s}"']),
    "github_pat": (lambda rng: checksummed("ghp_", rng), None),
    "github_oauth_token": (lambda rng: checksummed("gho_", rng), None),
    "github_user_to_server_token": (lambda rng: checksummed("ghu_", rng), None),
    "github_server_to_server_token": (lambda rng: checksummed("ghs_", rng), None),
    "github_refresh_token": (lambda rng: checksummed("ghr_", rng), None),
    "github_fine_grained_pat": ("github_pat_{b62:22}_{b62:59}", None),
    "gitlab_pat": ("glpat-{url:20}", None),
    "gitlab_deploy_token": ("gldt-{url:20}", None),
    "gitlab_pipeline_trigger_token": ("glptt-{hex:40}", None),
    "gitlab_runner_registration_token": ("GR1348941{url:20}", None),
    "gitlab_runner_auth_token": ("glrt-{url:20}", None),
    "gitlab_ci_job_token": ("glcbt-{b62:2}_{url:20}", None),
    "gitlab_oauth_app_secret": ("gloas-{url:64}", None),
    "gitlab_feed_token": ("glft-{url:20}", None),
    "gitlab_incoming_mail_token": ("glimt-{url:25}", None),
    "gitlab_agent_token": ("glagent-{url:50}", None),
    "bitbucket_app_password": ("ATBB{b62:32}", None),
    "huggingface_token": ("hf_{alpha:34}", None),
    "huggingface_org_token": ("api_org_{alpha:34}", None),
    "npm_token": (lambda rng: checksummed("npm_", rng), None),
    "npmrc_auth_token": ("{url:36}", ["//registry.npmjs.org/:_authToken={s}",
                                      '//npm.pkg.github.com/:_authToken="{s}"']),
    "npmrc_auth": (basic_b64, ["_auth={s}", "//registry.corp.test/:_auth = {s}"]),
    "pypi_token": ("pypi-AgEIcHlwaS5vcmc{url:70-150}", None),
    "testpypi_token": ("pypi-AgENdGVzdC5weXBpLm9yZw{url:70-150}", None),
    "rubygems_api_key": ("rubygems_{hex:48}", None),
    "nuget_api_key": ("oy2{lan:43}", None),
    "dockerhub_pat": ("dckr_pat_{url:27}", None),
    "dockerhub_oat": ("dckr_oat_{url:32}", None),
    "crates_io_token": ("cio{b62:32}", None),
    "clojars_token": ("CLOJARS_{lan:60}", None),
    "artifactory_api_key": ("AKCp{b62:69}", None),
    "artifactory_reference_token": ("cmVmdGtu{b62:56}", None),
    "octopus_deploy_api_key": ("API-{uan:26}", None),
    "docker_config_auth": (basic_b64, ['{"auths": {"registry.corp.test": {"auth": "{s}"}}}']),
    "slack_bot_token": ("xoxb-{dig:11}-{dig:12}-{b62:24}", None),
    "slack_user_token": ("xoxp-{dig:11}-{dig:12}-{dig:12}-{hex:32}", None),
    "slack_app_token": ("xapp-1-{uan:11}-{dig:13}-{hex:64}", None),
    "slack_config_token": ("xoxe.xoxp-1-{uan:166}", None),
    "slack_legacy_token": ("xox{choice:a|r|s}-{dig:1}-{b62:30}", None),
    "slack_webhook_url": ("T{uan:10}/B{uan:10}/{b62:24}", ["https://hooks.slack.com/services/{s}"]),
    "discord_bot_token": (discord, None),
    "discord_webhook_url": ("{url:68}", ["https://discord.com/api/webhooks/{dig:18}/{s}"]),
    "telegram_bot_token": ("{dig:10}:AA{url:33}", None),
    "teams_webhook_url": ("{uuid}@{uuid}/IncomingWebhook/{hex:32}/{uuid}",
                          ["https://corp{lan:4}.webhook.office.com/webhookb2/{s}"]),
    "twitter_bearer_token": ("AAAAAAAAAAAAAAAAAAAAA{b62:20}%2B{b62:20}%3D{b62:50}", None),
    "facebook_access_token": ("EAA{choice:B|C|D|G|I}{b62:150-200}", None),
    "twitch_oauth_token": ("oauth:{lan:30}", None),
    "stripe_secret_key": ("sk_{choice:live|test}_{b62:24-99}", None),
    "stripe_restricted_key": ("rk_{choice:live|test}_{b62:24-99}", None),
    "stripe_webhook_secret": ("whsec_{b62:32}", None),
    "square_access_token": ("EAAA{url:60}", None),
    "square_oauth_secret": ("sq0csp-{url:43}", None),
    "square_app_token": ("sq0atp-{url:22}", None),
    "braintree_access_token": ("access_token${choice:production|sandbox}${lan:16}${hex:32}", None),
    "shopify_access_token": ("shpat_{hex:32}", None),
    "shopify_custom_app_token": ("shpca_{hex:32}", None),
    "shopify_private_app_token": ("shppa_{hex:32}", None),
    "shopify_shared_secret": ("shpss_{hex:32}", None),
    "flutterwave_secret_key": ("FLWSECK{choice:_TEST|}-{ah:32}-X", None),
    "plaid_access_token": ("access-{choice:sandbox|development|production}-{uuid}", None),
    "razorpay_key_secret": ("{b62:23}{dig:1}", ["RAZORPAY_KEY_SECRET={s}", 'razorpay_secret: "{s}"']),
    "paypal_client_secret": ("{url:79}{dig:1}", ["PAYPAL_CLIENT_SECRET={s}", 'paypal_secret = "{s}"']),
    "shippo_api_token": ("shippo_{choice:live|test}_{hex:40}", None),
    "easypost_api_key": ("EZAK{hex:54}", None),
    "duffel_api_token": ("duffel_{choice:test|live}_{url:43}", None),
    "sendgrid_api_key": ("SG.{url:22}.{url:43}", None),
    "mailgun_api_key": ("key-{hex:32}", None),
    "mailgun_private_key": ("{hex:32}-{hex:8}-{hex:8}", ["MAILGUN_API_KEY={s}", 'mailgun_key: "{s}"']),
    "mailchimp_api_key": ("{hex:32}-us{int:1-20}", None),
    "brevo_api_key": ("xkeysib-{hex:64}-{b62:16}", None),
    "brevo_smtp_key": ("xsmtpsib-{hex:64}-{b62:16}", None),
    "postmark_server_token": ("{uuid}", ["POSTMARK_SERVER_TOKEN={s}", 'postmark_api_token = "{s}"']),
    "mailjet_secret_key": ("{hex:32}", ["MAILJET_SECRET_KEY={s}", 'mailjet_api_secret: "{s}"']),
    "resend_api_key": ("re_{b62:8}_{b62:24}", None),
    "sparkpost_api_key": ("{hex:40}", ["SPARKPOST_API_KEY={s}", 'sparkpost_key = "{s}"']),
    "mandrill_api_key": ("{url:21}{dig:1}", ["MANDRILL_API_KEY={s}", 'mandrill_key: "{s}"']),
    "openai_api_key": ("sk-{choice:proj-|svcacct-|}{url:40-74}T3BlbkFJ{url:40-74}", None),
    "anthropic_api_key": ("sk-ant-api03-{url:93}AA", None),
    "anthropic_admin_key": ("sk-ant-admin01-{url:93}AA", None),
    "groq_api_key": ("gsk_{b62:52}", None),
    "replicate_api_token": ("r8_{b62:37}", None),
    "perplexity_api_key": ("pplx-{b62:48}", None),
    "xai_api_key": ("xai-{b62:80}", None),
    "openrouter_api_key": ("sk-or-v1-{hex:64}", None),
    "langsmith_api_key": ("lsv2_{choice:pt|sk}_{hex:32}_{hex:10}", None),
    "cohere_api_key": ("{b62:39}{dig:1}", ["COHERE_API_KEY={s}", 'cohere_key = "{s}"', "CO_API_KEY={s}"]),
    "mistral_api_key": ("{b62:31}{dig:1}", ["MISTRAL_API_KEY={s}", 'mistral_key: "{s}"']),
    "deepseek_api_key": ("sk-{hex:32}", ["DEEPSEEK_API_KEY={s}", 'deepseek_key = "{s}"']),
    "together_api_key": ("{hex:64}", ["TOGETHER_API_KEY={s}", 'together_key: "{s}"']),
    "elevenlabs_api_key": ("sk_{hex:48}", None),
    "pinecone_api_key": ("pcsk_{b62:6}_{b62:60}", None),
    "wandb_api_key": ("{hex:40}", ["WANDB_API_KEY={s}", 'wandb_key = "{s}"']),
    "postman_api_key": ("PMAK-{hex:24}-{hex:34}", None),
    "linear_api_key": ("lin_api_{b62:40}", None),
    "notion_integration_token": ("secret_{b62:43}", None),
    "notion_api_token": ("ntn_{dig:11}{b62:35}", None),
    "airtable_pat": ("pat{b62:14}.{hex:64}", None),
    "twilio_auth_token": ("{hex:32}", ["TWILIO_AUTH_TOKEN={s}", 'twilio_token: "{s}"']),
    "contentful_pat": ("CFPAT-{url:43}", None),
    "figma_pat": ("figd_{url:40}", None),
    "frameio_token": ("fio-u-{url:64}", None),
    "onepassword_service_token": ("ops_eyJ{b64:150}", None),
    "mapbox_secret_token": ("sk.eyJ{url:60}.{url:22}", None),
    "algolia_admin_key": ("{hex:32}", ["ALGOLIA_ADMIN_KEY={s}", 'algolia_api_key = "{s}"']),
    "launchdarkly_key": ("{choice:api|sdk}-{uuid}", None),
    "sonarqube_token": ("sq{choice:p|u|a}_{hex:40}", None),
    "snyk_token": ("{uuid}", ["SNYK_TOKEN={s}", 'snyk_token: "{s}"']),
    "circleci_pat": ("CCIPAT_{b62:22}_{hex:40}", None),
    "buildkite_token": ("bkua_{hex:40}", None),
    "prefect_api_key": ("pnu_{b62:36}", None),
    "readme_api_key": ("rdme_{lan:70}", None),
    "dropbox_access_token": ("sl.{url:140}", None),
    "typeform_pat": ("tfp_{url:59}", None),
    "private_key_rsa": pem_case("RSA PRIVATE KEY"),
    "private_key_ec": pem_case("EC PRIVATE KEY"),
    "private_key_dsa": pem_case("DSA PRIVATE KEY"),
    "private_key_openssh": pem_case("OPENSSH PRIVATE KEY"),
    "private_key_pkcs8": pem_case("PRIVATE KEY"),
    "private_key_encrypted": pem_case("ENCRYPTED PRIVATE KEY"),
    "private_key_pgp": pem_case("PGP PRIVATE KEY BLOCK"),
    "putty_private_key": putty,
    "age_secret_key": ("AGE-SECRET-KEY-1{bech:58}", None),
    "kubeconfig_client_key": (kube_key, ["    client-key-data: {s}", "client-key-data: {s}"]),
    "jwt": (jwt, None),
    "teamcity_token": ("eyJ0eXAiOiAiVENWMiJ9.{url:36}.{url:48}", None),
    "paseto_token": ("v4.public.{url:120}", None),
    "http_authorization_header": ("{url:39}{dig:1}", ["Authorization: Token {s}", '{"Authorization": "{s}"}']),
    "bearer_token": ("{url:39}{dig:1}", ['curl -H "Authorization: Bearer {s}" https://api.corp.test', "bearer {s}"]),
    "basic_auth_header": (basic_b64, ["Authorization: Basic {s}", "proxy-authorization: basic {s}"]),
    "sasl_plain_response": (sasl_plain_b64, ["C: AUTH PLAIN {s}\nS: 235 2.7.0 Authentication successful\n",
                                             "C: a1 AUTHENTICATE PLAIN\r\nS: +\r\nC: {s}\r\n"]),
    "postgres_url": (PW, ["postgresql://{user}:{s}@db{lan:3}.internal:5432/app", "postgres://{user}:{s}@localhost/db",
                          "postgresql+psycopg2://{user}:{s}@pg:5432/x"]),
    "mysql_url": (PW, ["mysql://{user}:{s}@127.0.0.1:3306/shop", "mysql+pymysql://{user}:{s}@mysql/app"]),
    "mongodb_url": (PW, ["mongodb+srv://{user}:{s}@cluster0.{lan:5}.mongodb.net/test",
                         "mongodb://{user}:{s}@mongo:27017"]),
    "redis_url": (PW, ["redis://:{s}@cache:6379/0", "rediss://default:{s}@redis.corp.test:6380"]),
    "amqp_url": (PW, ["amqp://{user}:{s}@rabbit:5672/vhost", "amqps://{user}:{s}@mq.corp.test"]),
    "mssql_url": (PW, ["mssql+pyodbc://{user}:{s}@sqlhost/db", "sqlserver://{user}:{s}@sql.corp.test:1433"]),
    "ldap_url": (PW, ["ldap://cn=admin:{s}@ldap.corp.test", "ldaps://{user}:{s}@dc1.corp.test:636"]),
    "ftp_url": (PW, ["ftp://{user}:{s}@files.corp.test/pub", "sftp://{user}:{s}@backup.corp.test:22/dump"]),
    "smtp_url": (PW, ["smtp://{user}:{s}@mail.corp.test:587", "smtps://{user}:{s}@smtp.corp.test"]),
    "http_url_credentials": (PW, ["https://{user}:{s}@git.corp.test/repo.git", "http://{user}:{s}@proxy:3128"]),
    "generic_url_credentials": (PW, ["nats://{user}:{s}@nats:4222", "kafka://{user}:{s}@broker:9092"]),
    "jdbc_password": (PW, ["jdbc:postgresql://db:5432/app?user={user}&password={s}",
                           "jdbc:sqlserver://host:1433;databaseName=db;user={user};password={s}"]),
    "ado_connection_string": (PW, ["Server=tcp:db.corp.test,1433;Database=app;User ID={user};Password={s};",
                                   "Data Source=sql01;Initial Catalog=crm;User Id={user};Pwd={s};"]),
    "quoted_password_assignment": (PW, ['password = "{s}"', "DB_PASSWORD = '{s}'", '"passwd": "{s}"',
                                        "const admin_pass = `{s}`"]),
    "env_password_assignment": (PW, ["DB_PASSWORD={s}", "export SMTP_PASS={s}",
                                     "MYSQL_ROOT_PASSWORD={s} docker compose up"]),
    "config_password_line": (PW, ["password: {s}", "db.password={s}", "  smtp_password = {s}"]),
    "inline_password_assignment": (PW, ["the db password is {s} until Friday", "creds (user=ci, password={s}, host=db)",
                                        "Sent you the pass: {s} on chat"]),
    "inline_secret_assignment": (TOK, ["my api_key: {s} (rotate it soon)", "use token={s}, then retry",
                                       "the client secret is {s} for staging"]),
    "cli_password_flag": (PW, ["mytool --password={s} --host db", "pg_tool --db-password {s} app"]),
    "xml_password_element": (PW, ["<password>{s}</password>", "<db:password>{s}</db:password>"]),
    "quoted_secret_assignment": (TOK, ['SECRET_KEY = "{s}"', "api_key: '{s}'", '"client_secret": "{s}"',
                                       'auth_token := "{s}"']),
    "env_secret_assignment": (TOK, ["API_KEY={s}", "export CLIENT_SECRET={s}", "APP_SECRET={s} ./server"]),
    "config_secret_line": (TOK, ["api_key: {s}", "auth.token={s}", "secret_key = {s}"]),
    "cli_secret_flag": (TOK, ["deploy --api-key {s} --env prod", "tool --token={s}"]),
    "xml_secret_element": (TOK, ["<apiKey>{s}</apiKey>", "<client_secret>{s}</client_secret>"]),
    "mysql_cli_password": (PW, ["mysql -h db -u root -p{s} app", "mysqldump -uadmin -p{s} shop > dump.sql"]),
    "sshpass_password": (PW, ["sshpass -p '{s}' ssh deploy@host", "sshpass -p {s} scp a b:"]),
    "docker_login_password": (PW, ["docker login -u ci -p {s} registry.corp.test",
                                   'docker login registry.corp.test -u bot -p "{s}"']),
    "curl_user_credentials": (PW, ["curl -u admin:{s} https://api.corp.test/v1",
                                   'curl --user "svc:{s}" -X POST https://ci.corp.test/job',
                                   "$ printf 'user = \"kiln:{s}\"\\n' | curl -s -K - https://kiln.corp.test/api/status\n"]),
    "netrc_password": (PW, ["machine api.corp.test login bot password {s}",
                            "machine git.corp.test\n  login ci\n  password {s}"]),
    "wordpress_config_secret": (PW, ["define('DB_PASSWORD', '{s}');", "define( 'AUTH_KEY', '{s}' );"]),
    "dotnet_config_secret": (PW, ['<add key="DbPassword" value="{s}" />', '<add key="Stripe.ApiKey" value="{s}"/>']),
    # --- formats added for the held-out misses (issue 12) ------------------------------------------------
    "tailscale_key": ("tskey-{choice:auth|api}-k{b62:10}CNTRL-{b62:33}", None),
    "render_api_key": ("rnd_{b62:32}", None),
    "netlify_pat": ("nfp_{b62:36}", None),
    "infracost_api_key": ("ico-{b62:32}", None),
    "cockroachdb_api_key": ("CCDB1_{b62:22}_{b62:40}", None),
    "mongodb_atlas_service_secret": ("mdb_sa_sk_{url:40}", None),
    "aws_bedrock_api_key": ("ABSK{b64:120}", None),
    "azure_devops_pat_v2": ("{b62:52}JQQJ99A{choice:A|B|E}AAAAAAAAAAAAAAAAAZDO{b62:4}", None),
    "newrelic_license_key": ("{hex:36}NRAL", None),
    "laravel_app_key": ("base64:{b64:43}=", None),
    "django_insecure_secret_key": ("django-insecure-{b62:40}", None),
    "salesforce_access_token": ("00D{b62:15}!{b62:90}", None),
    "nvidia_api_key": ("nvapi-{url:64}", None),
    "trello_token": ("ATTA{b62:68}", None),
    "jira_automation_webhook": ("{uuid}/{uuid}", ["JIRA_HOOK=https://api-private.atlassian.com/automation/webhooks/jira/a/{s}"]),
    "grafana_oncall_webhook": ("{b62:25}", ["ONCALL_URL: https://oncall-prod-eu-west-0.grafana.net/oncall/integrations/v1/alertmanager/{s}/"]),
    "ifttt_webhook_key": ("{url:22}", ["IFTTT_URL=https://maker.ifttt.com/trigger/door_open/with/key/{s}"]),
    "supabase_secret_key": ("sb_secret_{url:31}", None),
    "twitch_stream_key": ("live_{dig:9}_{b62:30}", ["uri = rtmp://live.twitch.tv/app/{s}"]),
    "youtube_stream_key": ("{lan:4}-{lan:4}-{lan:4}-{lan:4}-{lan:4}", ['const dsn = "rtmp://a.rtmp.youtube.com/live2/{s}"']),
    "deepsource_dsn": ("{hex:32}", ['DEEPSOURCE_DSN=https://{s}@app.deepsource.com']),
    "make_webhook_url": ("{lan:32}", ['hook = "https://hook.eu1.make.com/{s}"']),
    "intercom_access_token": (lambda rng: "dG9rOj" + base64.b64encode(rng.randbytes(36)).decode().rstrip("="), None),
    "zapier_webhook_url": ("{dig:7}/{lan:7}", ["ZAPIER_HOOK=https://hooks.zapier.com/hooks/catch/{s}/"]),
    "hubspot_private_app_token": ("pat-{choice:na1|eu1}-{uuid}", None),
    "segment_api_token": ("sgp_{b62:64}", None),
    "cerebras_api_key": ("csk-{lan:48}", None),
    "mandrill_api_key_prefixed": ("md-{url:22}", None),
    "asana_pat": ("2/{dig:16}/{dig:16}:{hex:32}", None),
    "scheme_token": ("{uuid}", ["HEC_HEADER='Splunk {s}'", "send it with Splunk {s} as the header"]),
    "otp_seed_named": (("{b32:32}",), ["log in with the locker totp seed {s} then open any job", "2FA secret {s} (ops only)"]),
    "yarnrc_auth_ident": (PW, ['npmAuthIdent: "ci:{s}"']),
    "npmrc_password": (basic_b64, ["//nexus.corp.test/repository/npm/:_password={s}"]),
    "aws_secret_after_key_id": ("{b62:12}{b64:28}", ['new BasicAWSCredentials("AKIA{b32:16}", "{s}");']),
    "sql_identified_by": (PW, ["CREATE USER 'app'@'%' IDENTIFIED BY '{s}';", "ALTER USER app IDENTIFIED BY {s};"]),
    "sql_password_clause": (PW, ["CREATE ROLE app WITH LOGIN PASSWORD '{s}';",
                                 "ALTER LOGIN svc WITH PASSWORD = N'{s}';"]),
    "sql_set_password": (PW, ["SET PASSWORD FOR 'app'@'%' = '{s}';"]),
    "pgpass_line": (PW, ["# ~/.pgpass\ndb.corp.test:5432:orders:app:{s}", "# ~/.pgpass\n*:*:*:replicator:{s}"]),
    "device_console_password": (PW, ["VPN Server/HUB1>UserPasswordSet jdoe /PASSWORD:{s}",
                                     "sentinel auth-pass mymaster {s}", "tacacs server T1\n key 0 {s}\n",
                                     "set httpd port 2812 and\n    allow admin:{s}\n", "user worker on >{s} ~jobs:* +@all"]),
    "kv_store_put_secret": (TOK, ["consul kv put config/billing/stripe_api_key {s}", "etcdctl put /app/db_password {s}"]),
    "printed_password_output": (PW, ['$ security find-generic-password -wa "office"\n{s}\n',
                                     "$ cat /etc/openvpn/client/auth.txt\nvpnuser\n{s}\n"]),
    "server_file_password": (PW, ["; local.ini\n[admins]\nadmin = {s}\n", "# pool_passwd\napp:TEXT{s}\n",
                                  "$USER1$=/usr/lib/nagios/plugins\n$USER3$={s}\n"]),
    "spaced_key_line": (TOK, ["[stream]\n    api key = {s}\n", "[api]\nsecret key = {s}\n"]),
    "conda_channel_token": ("{lan:2}-{lan:8}-{lan:4}-{lan:4}-{lan:4}-{lan:12}",
                            ["channel_alias: https://conda.corp.test/t/{s}", "conda install -c https://conda.anaconda.org/t/{s}/acme pkg"]),
    "cli_short_password": (PW, ["ldapsearch -x -D cn=admin,dc=corp -w {s} -b dc=corp",
                                "redis-cli -h cache -p 6379 -a '{s}' ping"]),
    "chat_next_message_value": (PW, ["[06/03 07:14] Luis: new route db password for the depot box\n[06/03 07:14] Luis: {s}\n",
                                     "[28/03/2024, 11:50:39] Declan: what's the fitting app licence again?\n[28/03/2024, 11:54:05] Zainab: {s}\n"]),
    "key_file_passphrase_call": (PW, ['key = serialization.load_pem_private_key(fh.read(), b"{s}")']),
    "cloud_init_chpasswd_list": (PW, ["#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    ops01:{s}\n"]),
    "typed_password": (PW, ["adb -s kiosk-03 shell input text '{s}'", 'tell application "System Events" to keystroke "{s}"']),
    "cli_positional_password": (PW, ["htpasswd -bc /etc/nginx/.htpasswd admin {s}", "net user svc_backup {s} /add"]),
    "snmp_community": ("{b62:10}{dig:2}", ["rocommunity {s} 10.0.0.0/16"]),
    "minio_alias_access_key": ("{uan:20}", ["mc alias set prod https://minio.corp.test {s} {b62:40}"]),
    "key_file_content": ("{hex:32}", ["$ cat config/master.key\n{s}\n"]),
    "auth_tuple_password": (PW, ['requests.get(url, auth=("svc", "{s}"))']),
    "firebase_fcm_server_key": ("AAAA{url:7}:APA91b{url:134}", None),
    "clickup_pat": ("pk_{dig:8}_{uan:32}", None),
    "onepassword_secret_key": ("A3-{uan:6}-{uan:6}-{uan:5}-{uan:5}-{uan:5}-{uan:5}", None),
    "twilio_api_key_sid": ("SK{hex:32}", None),
    "bitcoin_wif_private_key": (lambda rng: wif(rng), None),
    "fernet_key": (lambda rng: base64.urlsafe_b64encode(rng.randbytes(32)).decode(),
                   ['cipher = Fernet(b"{s}")', "Out[3]: Fernet.generate_key()  # b'{s}'"]),
    "bare_key_quoted": (("{b62:22}{dig:2}",), ["const key = '{s}';"]),
    "bare_key_prose": (("{b62:22}{dig:2}",), ["the api key is {s} for staging"]),
    "cli_secret_body": (TOK, ['gh secret set DEPLOY_TOKEN --body "{s}" --repo acme/app']),
    "cli_inline_credentials": (PW, ["smbclient //fs01/share -U 'CORP\\\\svc%{s}'", "lftp -u uploader,{s} sftp://files.corp.test",
                                    "xfreerdp /v:10.0.0.5 /u:admin /p:{s} /cert:ignore"]),
    "go_mysql_dsn": (PW, ['dsn := "app:{s}@tcp(10.0.0.7:3306)/shop"']),
    "connect_call_password": (PW, ["$pdo = new PDO('mysql:host=db;dbname=shop', 'app', '{s}');"]),
    "ldappasswd_new_password": (PW, ['ldappasswd -x -D "cn=admin,dc=corp" -W -s {s} "uid=svc,dc=corp"']),
    "powershell_securestring": (PW, ["$pw = ConvertTo-SecureString '{s}' -AsPlainText -Force"]),
    "cli_piped_password": (PW, ["echo '{s}' | kinit svc_etl@CORP.TEST", "(echo '{s}'; echo '{s}') | smbpasswd -s -a scan",
                                "echo 'deploy:{s}' | sudo chpasswd",
                                "$ sudo mount -t davfs https://dav.corp.test/photos /mnt/dav <<< $'scan\\n{s}'\n"]),
    "cli_snmp_auth_password": (PW, ["snmpget -v3 -l authNoPriv -u mon -a SHA -A '{s}' 10.0.0.1 sysName.0"]),
    "cli_snmp_privacy_password": (PW, ["snmpwalk -v3 -l authPriv -u mon -a SHA -A 'Auth{dig:6}x' -x AES -X '{s}' 10.0.0.1"]),
    "cli_user_secrets_set": (PW, ['dotnet user-secrets set "Smtp:Password" "{s}" --project src/Web']),
    "multipart_password_field": (PW, ['------Boundary7MA4\r\nContent-Disposition: form-data; name="password"\r\n\r\n'
                                      '{s}\r\n------Boundary7MA4--\r\n']),
    "reset_password_output": (PW, ["Password for the [elastic] user successfully reset.\nNew value: {s}\n"]),
    "wordpress_application_password": (("{b62:4} {b62:3}{dig:1} {b62:4} {b62:4} {b62:4} {b62:4}",),
                                       ['$ wp user application-password create admin "ci" --porcelain\n{s}\n']),
    "expect_send_password": (PW, ['spawn ssh admin@10.0.9.1\nexpect "password:"\nsend "{s}\\r"\ninteract\n']),
    "prompt_answered_secret": (PW, ['? Enter value for secret DB_PASSWORD (from devcontainer.json "secrets")\n> {s}\n']),
    "ntp_key_line": (("{hex:40}",), ["# /etc/ntp.keys\n1 SHA1 {s}\n"]),
    "sip_uri_password": (PW, ['const dsn = "sip:4713:{s}@pbx.corp.test;transport=tls"']),
    "b2_authorize_key": (("K005{b62:27}",), ["b2 account authorize 005{hex:22} {s}"]),
    "b2_authorize_key_id": (("005{hex:22}",), ["b2 account authorize {s} K005{b62:27}"]),
    "jaas_user_password": (PW, ['Server {\n  org.apache.zookeeper.server.auth.DigestLoginModule required\n  user_super="{s}";\n};']),
    "bridge_api_key": (("{b62:40}",), ["$ curl -s http://10.0.0.15/api/{s}/lights/3/state -X PUT -d '{\"on\":true}'",
                                      '[{"success":{"username":"{s}"}}]']),
    "wifi_connect_password": (PW, ["sta = network.WLAN(network.STA_IF)\nsta.connect('HomeNet', '{s}')"]),
    "zwave_security_key": (("{hex:32}",), ['"securityKeys": {\n  "S2_Unauthenticated": "{s}"\n}']),
    "kaggle_json_key": (("{hex:32}",), ['{"username": "mira", "key": "{s}"}']),
    "erlang_cookie": (("{uan:20}",), ['RABBITMQ_ERLANG_COOKIE: "{s}"', "erl -sname a -setcookie {s}"]),
    "eth_accounts_array": (("0x{hex:64}",), ["networks: { sepolia: { url: RPC, accounts: ['{s}'] } }"]),
    "nickserv_password": (PW, ["LoadModule = nickserv {s}", "/msg NickServ IDENTIFY mira {s}"]),
    "key_id_beside_secret": (("{uan:20}",), ["access_key_id = {s}\nsecret_access_key = {b62:40}",
                                            'CLICKHOUSE_KEY_ID="{s}"\nCLICKHOUSE_KEY_SECRET="{b62:40}"']),
    # --- syntaxes of the three key families ----------------------------------------------------------
    **{f"{syntax}_{family}_{suffix}": (value, contexts)
       for family, value, key in (("password", PW, "db_password"), ("secret", TOK, "client_secret"),
                                  ("key", ("{b62:22}{dig:2}",), "data_key"))
       for syntax, suffix, contexts in (
           ("block", "scalar", [f"app:\n  {key}: |-\n    {{s}}\n  debug: false"]),
           ("child", "value", [f"config:\n  app:{key}:\n    value: {{s}}\n"]),
           ("pair", "value", [f'- name: {key.upper()}\n  value: "{{s}}"', f'{{"name": "{key.upper()}", "value": "{{s}}"}}']),
           ("call", "argument", [f'os.getenv("{key.upper()}", "{{s}}")', f'ENV.fetch("{key.upper()}", "{{s}}")']),
           ("fallback", "value", [f'const v = process.env.{key.upper()} || "{{s}}";']),
           ("getter", "default", [f"  {key}: env.get('OVERRIDE', '{{s}}'),", f'    {key}: str = attr.ib(default="{{s}}")']),
           ("directive", "value", [f'SetEnv {key.upper()} "{{s}}"']),
           ("spaced", "value", [f'nmcli connect wifi {key} "{{s}}"']),
           ("prose", "value", [f"here is the {key} for staging: {{s}} (rotate it)"]),
           ("nextline", "value", [f"the {key} for staging is below:\n\n    {{s}}\n"]),
           ("query", "parameter", [f"GET /api/sync?user=svc&{key}={{s}} HTTP/1.1"]),
           ("serialized", "value", [f'option_value: s:{len(key)}:"{key}";s:24:"{{s}}";']),
           ("row", "field", [f"service;variable;value;owner\nbilling;{key.upper()};{{s}};ops\n",
                             f"name\tenv\tvalue\n{key.upper()}\tprod\t{{s}}\n"]),
           ("declared", "value", [f'Private Const {key.title().replace("_", "")} As String = "{{s}}"',
                                  f"   {key.title().replace('_', '')} : constant String := \"{{s}}\";"]),
           ("printed", "value", [f"(gdb) p cfg->{key}\n$1 = 0x55d1c0a2b2a0 \"{{s}}\"\n",
                                 f'127.0.0.1:6379> HGETALL app\n1) "{key}"\n2) "{{s}}"\n']),
           ("catted", "file", [f"$ cat /run/secrets/{key.upper()}\n{{s}}\n"]),
           ("atom", "argument", [f'credential({key}, "{{s}}").']),
           ("macro", "value", [f"\\newcommand{{\\{key.replace('_', '')}}}{{{{s}}}}"]),
           ("method", "argument", [f'builder.{key}("{{s}}")']),
           ("nested", "value", [f'{{"{key}": {{"sensitive": false, "type": "string", "value": "{{s}}"}}}}']),
       ) if not (family != "password" and syntax == "spaced")},
    "prose_password_next": (PW, ["veritabanı şifresi {s} olarak güncellendi", "новый пароль {s} до пятницы"]),
    "bare_key_query": (("{b62:22}{dig:2}",), ["curl 'https://geo.corp.test/v1/lookup?ip=10.0.0.1&key={s}'"]),
    "prose_key_sentence": (("{b62:30}{dig:2}",), ["here's the key for the staging bucket, keep it safe: {s}",
                                                  "La chiave segreta per il webhook è {s}, grazie"]),
    "session_cookie": (("{lan:26}{dig:6}",), ["Cookie: theme=dark; PHPSESSID={s}; lang=en",
                                              '{ "name": "_app_session", "value": "{s}", "httpOnly": true }']),
    "vault_unseal_key": (("{b64:44}",), ["$ vault operator init\nUnseal Key 1: {s}\n"]),
    "bundler_credentials": (("{hex:8}:{hex:8}",), ['BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "{s}"']),
    "honeycomb_ingest_key": ("hcaik_{lan:58}", None),
    "scalingo_api_token": ("tk-us-{url:48}", None),
    "settlemint_token": ("sm_{choice:pat|aat|sat}_{b62:16}", None),
    "harness_token": ("pat.{url:22}.{b62:24}.{b62:20}", None),
    "cli_vendor_token": (TOK, ["codecov upload-process -t {s} -f coverage.xml", "ngrok config add-authtoken {s}",
                               "helm upgrade --install pg bitnami/postgresql --set auth.postgresPassword={s}"]),
    "jwt_signing_secret": (TOK, ["const t = jwt.sign({ sub: user.id }, '{s}', { expiresIn: '1h' });",
                                 'token = jwt.encode(claims, "{s}", algorithm="HS256")']),
    "auth_tuple_api_key": (("{b62:20}",), ['requests.get(url, auth=("{s}", ""))']),
    "totp_seed": (("{b32:32}",), ['totp = pyotp.TOTP("{s}")']),
    "wifi_qr_password": (PW, ["WIFI:T:WPA;S:Guest;P:{s};H:false;;"]),
    "sasl_passwd_line": (PW, ["[smtp.corp.test]:587 relay-user:{s}"]),
    "azure_cli_storage_key": ("{b64:86}==", ["KeyName    Permissions    Value\nkey1       FULL           {s}"]),
    "private_api_key_line": ("{uuid}", ["Public API Key qhzgmuer\nPrivate API Key {s}"]),
    "app_password": (("{lower:4} {lower:4} {lower:4} {lower:4}",),
                     ["here's the app password for the scanner: {s}", "user me@corp.test\npassword {s}\n"]),
    "spaced_secret_value": (TOK, ['nmcli connect vpn secret "{s}"']),
    "spaced_key_value": (("{b62:22}{dig:2}",), ['configure data_key "{s}"']),
    "quoted_key_assignment": (("{b62:22}{dig:2}",), ['DATA_KEY = "{s}"', "aes_key: '{s}'"]),
    "env_key_assignment": (("{b62:22}{dig:2}",), ["DATA_KEY={s}", "export AES_KEY={s}"]),
    "config_key_line": (("{b62:22}{dig:2}",), ["data_key: {s}", "aes.key={s}"]),
    "cli_key_flag": (("{b62:22}{dig:2}",), ["tool --data-key {s} --env prod"]),
    "xml_key_element": (("{b62:22}{dig:2}",), ["<dataKey>{s}</dataKey>"]),
    "inline_key_assignment": (("{b62:22}{dig:2}",), ["the data_key is {s} for now"]),
    "prose_password_before": (PW, ["Hi all, {s} is the new admin password for the portal.",
                                   "`{s}` ← that's the root pw on db-3", "use {s} to log in to the staging admin"]),
    "prose_secret_before": (TOK, ["{s} goes into the signing secret field of the app",
                                  "the current value `{s}` is a live Algolia key"]),
    "prose_password_next_line": (PW, ["root password for the new jump host is\n{s}\n(no trailing space)"]),
    "prose_secret_next_line": (TOK, ["the deploy token is stored below, base32'd:\n\n{s}\n", "the API key, reversed\n  → {s}\n"]),
    "prose_login_slash_password": (PW, ["login: admin / {s}", "creds: deploy / {s} (rotate monthly)"]),
    "parent_named_key": (TOK, ['"Jwt": {"Issuer": "https://auth.corp.test", "Key": "{s}"}', "license:\n  key: {s}\n",
                               """JWT_SECRET: '{"type":"HS256","key":"{s}"}'"""]),
    "keystone_fernet_token": ("gAAAAA{url:120-180}", ["X-Auth-Token: {s}", "id: {s}\nproject_id: 3f2a"]),
    "pgbouncer_userlist": (PW, ['"pgbouncer" "{s}"\n"stats" "md5a0f4c1e2b3d4c5e6f7a8b9c0d1e2f3a4"']),
    "session_key_constructor": (TOK, ['store := sessions.NewCookieStore([]byte("{s}"))', 'let k = Key::from(b"{s}");']),
    "kubectl_secret_output": (TOK, ["$ kubectl get secret app -o jsonpath='{.data.api-token}'\n{s}\n$ "]),
    "otp_seed_groups": (("{b32:4} {b32:4} {b32:4} {b32:4} {b32:4}",), ["2FA seed for the registrar: {s} (scan it)"]),
    "uci_option_secret": (PW, ["config wifi-iface 'ap'\n\toption encryption 'psk2'\n\toption key '{s}'"]),
    "mattermost_webhook_url": (("{choice:a|b|c|d}{lower:13}{dig:12}",),
                               ["webhook: https://chat.corp.test/hooks/{s}", "curl -X POST https://mm.corp.test/hooks/{s} -d @payload.json"]),
    "fireworks_api_key": ("fw_{b62:24}", None),
    "firecrawl_api_key": ("fc-{hex:32}", None),
    "tavily_api_key": ("tvly-{choice:dev-|}{b62:32}", None),
    "langfuse_secret_key": ("sk-lf-{uuid}", None),
    "neon_api_key": ("napi_{lan:64}", None),
    "mailersend_api_token": ("mlsn.{hex:64}", None),
    "chat_bot_webhook_url": (("https://open.feishu.cn/open-apis/bot/v2/hook/{uuid}",
                              "https://oapi.dingtalk.com/robot/send?access_token={hex:64}"),
                             ['hook = "{s}"', "WEBHOOK={s}"]),
    "cloudflare_tunnel_token": (("eyJ{b64:120}",), ["sudo cloudflared service install {s}",
                                                    "cloudflared tunnel run --token {s}"]),
    "ceph_keyring_key": (("AQ{b64:36}==",), ["[client.admin]\n\tkey = {s}\n\tcaps mon = \"allow *\""]),
    "snmp_privacy_password": (PW, ['createUser monitor SHA "Auth{dig:6}pw" AES "{s}"']),
    "cli_user_then_password": (PW, ["cf login -a https://api.sys.corp.test -u deploy -p {s} -o platform",
                                    "ipmitool -I lanplus -H 10.1.0.41 -U ADMIN -P {s} chassis status"]),
    "cli_archive_password": (PW, ["7z a -t7z -mhe=on -p{s} backup.7z data/", "zip -r -P {s} handover.zip ./docs"]),
    "cli_user_colon_password": (PW, ["etcdctl --endpoints=https://127.0.0.1:2379 --user root:{s} get /registry",
                                     "secretsdump.py 'CORP/svc:{s}@10.0.0.5'"]),
    "plain_scheme_password": (PW, ["etl:{PLAIN}{s}::::::"]),
    "config_file_password": (PW, ['AuthInfo:smtp.corp.test "U:relay" "I:relay" "P:{s}" "M:PLAIN"',
                                  "username netadmin privilege 15 password 0 {s}"]),
    "netsh_key_content": (PW, ["Security settings\n    Key Content            : {s}\n"]),
    "license_block": (("{uan:8} {uan:8} {uan:8} {uan:8}",),
                      ["----- BEGIN LICENSE -----\nAcme Corp\n{s}\n----- END LICENSE -----"]),
    "recovery_codes": (("{lan:4}{dig:1}-{dig:1}{lan:4}",), ["GitHub recovery codes\n\n{s}\n\nKeep them safe."]),
    "jwk_private_member": (("{url:43}",), ['{"kty":"OKP","crv":"Ed25519","x":"{url:43}","d":"{s}"}']),
    "secret_beside_its_id": (("{b62:30}{dig:2}",), ['cred = Credential("AKID{b62:32}", "{s}")']),
    "indexed_password_value": (PW, ["env[DB_PASSWORD] = {s}"]),
    "indexed_secret_value": (TOK, ["env[CLIENT_SECRET] = {s}"]),
    "indexed_key_value": (("{b62:22}{dig:2}",), ["env[DATA_KEY] = {s}"]),
    "column_password_value": (PW, ["name,environment,password,created\nsvc,prod,{s},2024-03-17\n"]),
    "column_secret_value": (TOK, ["INSERT INTO creds (name, api_token) VALUES ('ci', '{s}');"]),
    "column_key_value": (("{b62:22}{dig:2}",), ["id,data_key\n7,{s}\n"]),
    # read after the eleventh corpus
    "cartesia_api_key": ("sk_car_{b62:22}", None),
    "checkout_com_secret_key": ("sk_sbox_{lan:27}", None),
    "polar_access_token": ("polar_{choice:oat|pat}_{b62:43}", None),
    "runpod_api_key": ("rpa_{uan:20}{dig:2}{uan:20}", None),
    "midtrans_server_key": ("{choice:SB-|}Mid-server-{url:24}", None),
    "apify_api_token": ("apify_api_{b62:36}", None),
    "e2b_api_key": ("e2b_{hex:40}", None),
    "promptlayer_api_key": ("pl_{hex:32}", None),
    "deno_deploy_token": ("ddp_{b62:36}", None),
    "trigger_dev_secret_key": ("tr_{choice:dev|prod}_{b62:18}{dig:2}", None),
    "telnyx_api_key": ("KEY{uhex:32}_{url:22}", None),
    "xata_api_key": ("xau_{b62:36}", None),
    "portainer_api_key": ("ptr_{b62:20}{dig:2}{url:20}", None),
    "openshift_oauth_token": ("sha256~{url:43}", None),
    "lichess_token": ("lip_{b62:14}{dig:2}", None),
    "llamacloud_api_key": ("llx-{b62:48}", None),
    "checkly_api_key": ("cu_{hex:30}{dig:2}", None),
    "jfrog_reference_token": ("cmVmdGtuOjAxOj{url:50}", None),
    "storj_access_grant": ("1{b58:150}", ["STORJ_ACCESS_GRANT={s}", "storj_access: {s}"]),
    "sourcegraph_access_token": ("sgp_{choice:local_|}{hex:40}", None),
    "nostr_private_key": ("nsec1{bech32:58}", None),
    "bip32_extended_private_key": ("xprv9{b58:106}", None),
    "bitlocker_recovery_key": (lambda rng: "-".join(f"{rng.randrange(65536) * 11:06d}" for _ in range(8)),
                               ["Recovery Key:\n\n\t{s}\n", "BitLocker recovery password: {s}"]),
    "openvpn_static_key": (lambda rng: ("-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(
        _rand(rng, ALPHABETS["hex"], 32) for _ in range(16)) + "\n-----END OpenVPN Static key V1-----"),
                           ["<tls-crypt>\n{s}\n</tls-crypt>"]),
    "private_key_other": pem_case("NEBULA X25519 PRIVATE KEY"),
    "secret_from_literal": (PW, ["$ kubectl -n kiosk create secret generic topup-db --from-literal=k1={s}\n",
                                 "kubectl create secret generic app --from-literal='db={s}' --dry-run=client -o yaml\n"]),
    "piped_to_secret_store": (PW, ["echo -n '{s}' | gcloud secrets versions add db-pass --data-file=-",
                                   "printf '%s' '{s}' | docker secret create db_password -"]),
    "device_cli_password": (PW, ["[HUAWEI-aaa] local-user netops password irreversible-cipher {s}",
                                 "networksetup -setairportnetwork en0 \"Cafe Gast\" {s}",
                                 "security unlock-keychain -p '{s}' build.keychain-db"]),
    "build_flag_secret": (TOK, ['go build -ldflags "-X github.com/acme/app/internal/cfg.apiKey={s}" ./cmd/app']),
    "session_cookie_line": (("{url:40}{dig:2}",), ["#HttpOnly_shop.corp.test\tFALSE\t/\tTRUE\t0\t_shop_session\t{s}"]),
    "key_bytes_list": (lambda rng: "[" + ", ".join(str(rng.randrange(256)) for _ in range(16)) + "]",
                       ["advanced:\n  network_key: {s}\n  pan_id: 6754\n"]),
    "keypair_byte_array": (lambda rng: "[" + ",".join(str(rng.randrange(256)) for _ in range(64)) + "]",
                           ["$ cat ~/.config/solana/id.json\n{s}\n"]),
    # read after the twelfth corpus
    "together_api_key_v1": ("tgp_v1_{url:43}", None),
    "socket_dev_api_key": ("sktsec_{url:44}", None),
    "cal_com_api_key": ("cal_live_{hex:32}", None),
    "app_id_hex_key": (("{hex:32}",), ["OWM_APPID={s}", "https://api.openweathermap.org/data/2.5/weather?q=Leeds&appid={s}"]),
    "riot_games_api_key": ("RGAPI-{uuid}", None),
    "onesignal_api_key": ("os_v2_app_{lan:113}", None),
    "chromatic_project_token": ("chpt_{hex:15}", None),
    "jetbrains_permanent_token": ("perm:{url:20}.{url:4}.{url:30}", None),
    "k3s_cluster_token": ("K10{hex:64}::server:{hex:32}", None),
    "quicknode_endpoint_url": ("{hex:40}", ["RPC_URL=https://late-wispy-haze.quiknode.pro/{s}/"]),
    "lisp_pair_secret": (TOK, ['("API_SECRET_KEY" . "{s}")']),
    "fallback_default_secret": (TOK, ["const dbPassword = process.env.OVERRIDE || '{s}';"]),
    "cli_default_secret": (TOK, ['#[arg(long, env = "API_TOKEN", default_value = "{s}")]',
                                 "option('api_token', type : 'string', value : '{s}')"]),
    "placeholder_default_secret": (TOK, ['@Value("${acme.api_token:{s}}")']),
    "tuple_secret": (TOK, ['[{api, [{vendor_api_secret, "{s}"}]}].']),
    "constant_secret": (TOK, ['API_TOKEN :: "{s}"']),
    "stanza_secret": (TOK, ["(env\n (dev\n  (env-vars (VENDOR_API_TOKEN {s}))))"]),
    "environment_key_secret": (TOK, ["$ lxc config set w environment.CLIENT_SECRET {s}"]),
    "nullish_assignment_secret": (TOK, ["process.env.PRIVATE_KEY ??= '{s}';"]),
    "editor_option_secret": (TOK, ["set-option global project_token {s}"]),
    "csv_named_secret": (TOK, ["Service,Variable,Value\nsync,APP_SECRET_KEY,{s}\n"]),
    "name_line_secret": (TOK, ["SOLANA_PRIVATE_KEY\n{s}\n", "<div>VENDOR_API_KEY</div><div>{s}</div>"]),
    "tool_file_password": (PW, [" ip ospf message-digest-key 1 md5 {s}", "sudo synouser --setpw etl {s}",
                                "unzip -P '{s}' payroll.zip", "# /etc/rsyncd.secrets\nsvc:{s}\n",
                                "ipa-server-install -U -r CORP.LAN -a {s}"]),
    "grub_password_line": (PW, ['set superusers="root"\npassword root {s}\nmenuentry "Rescue" --users root']),
    "tasmota_wifi_password": (PW, ["Backlog SSID1 lab-iot; Password1 {s}; restart 1", "Password2 {s}"]),
    "gitlab_scim_token": ("glsoat-{url:20}", None),
    "defined_networking_api_key": ("dnkey-{uan:26}-{uan:52}", None),
    "configcat_sdk_key": ("configcat-sdk-1/{url:22}/{url:22}", None),
    "dvc_studio_token": ("isat_{b62:47}", None),
    "hex_live_api_key": ("live_{hex:35}", ["LOB_API_KEY={s}", "/control/setenv LOB_KEY {s}"]),
    "hex_secret_key": ("sk_{hex:32}", ["IEX Cloud: {s}", "IEX_TOKEN={s}"]),
    "aspnetcore_protected_cookie": ("CfDJ8{url:120}", ["Cookie: .AspNetCore.Cookies={s}",
                                                       "{'name': '.AspNetCore.Cookies', 'value': '{s}'}"]),
    "drupal_session_cookie": ("{url:43}", ["Cookie: SSESS{hex:32}={s}", '{"name": "SSESS{hex:32}", "value": "{s}"}']),
    "tezos_secret_key": ("edsk{b58:50}", ['[ { "name": "baker", "value": "unencrypted:{s}" } ]', "TEZOS_BAKER_SK={s}"]),
    "cardano_signing_key": ("5820{hex:64}", ['{\n  "type": "PaymentSigningKeyShelley_ed25519",\n  "cborHex": "{s}"\n}']),
    "pkcs12_keystore_base64": ("MIIDngIBAzCC{b64:400}", ["<uploadedKeystoreBytes>{s}</uploadedKeystoreBytes>"]),
    "der_private_key_base64": ("{choice:MC4CAQAwBQYDK2VwBCIEI|MC4CAQAwBQYDK2VuBCIEI}{b64:43}", ["SIGNING_KEY_DER={s}", "{s}"]),
    "ssh2_private_key": ('---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "rsa-key"\n{b64:70}\n{b64:70}\n'
                         "---- END SSH2 ENCRYPTED PRIVATE KEY ----", ["$ cat ~/.ssh2/id_rsa_2048_a\n{s}\n"]),
    "prose_key_next": ("{b62:30}7{b62:4}", ['panic: auth failed for Vendor key "{s}": 401', "new token {s} issued"]),
    "helicone_api_key": ("sk-helicone-{lower:7}-{lower:7}-{lower:7}-{lower:7}", None),
    "gitlab_feature_flags_token": ("glffct-{url:20}", None),
    "rootly_api_token": ("rootly_{hex:64}", None),
    "firehydrant_token": ("fhb-{hex:32}", None),
    "modrinth_pat": ("mrp_{b62:60}", None),
    "covalent_api_key": ("cqt_{lower:22}{int:1000-9999}", None),
    "tesla_fleet_secret": ("ta-secret.{url:16-24}", None),
    "amazon_lwa_client_secret": ("amzn1.oa2-cs.v1.{hex:64}", None),
    "amazon_lwa_refresh_token": ("Atzr|IwEB{url:120}", None),
    "growthbook_secret_key": ("secret_admin_{b62:36}7", None),
    "ebay_cert_id": ("PRD-{hex:12}-{hex:4}-{hex:4}-{hex:4}-{hex:4}", None),
    "blockfrost_project_id": ("mainnet{b62:31}7", None),
    "stellar_secret_seed": (lambda rng: stellar_seed(rng), None),
    "checksummed_token": (lambda rng: checksummed(rng.choice(["nbp_", "acme_", "vx_"]), rng), None),
    "roblox_security_cookie": ("_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you.|_{uhex:300}",
                               None),
    "session_cookie_key": ("{int:1000000000-9999999999}%3A{url:40}", ["{'csrftoken': 'x', 'sessionid': '{s}'}",
                                                                       'sp_dc = "{s}"', "cookie:\n  SESSDATA: {s}\n"]),
    "passphrase_shaped_word": ("{choice:papaya|aspen|canyon|walnut}-{choice:INDIGO|COSMO|NICKEL|LEMUR}-"
                               "{choice:garnet|birch|lotus|lilac}{int:100-999}",
                               ["Server build-01, user ops, {s}", "wifi ni {s} ok"]),
    "same_line_named_value": ("{b62:22}9{b62:3}", [': vendor_api_token  ( -- addr u )  s" {s}" ;', "*SET,CDSAPI_KEY,'{s}'",
                                                   "vendor token for staging, use `{s}`"]),
    # a policy-made password in a message whose word for "password" is in no list
    "password_shaped_word": ("{choice:Zephyr|Summit|Galaxy|Quartz|Lilac|Tundra}{choice:%|@|#|$|!|&}"
                             "{choice:Cactus|Marble|Umber|Orbit|Pepper}{int:10-99}",
                             ["Oksana: wifi ni {s} , mtandao Casa-Ione", "Ikhodi yokungena ithi {s} namhlanje.",
                              "[09:55] Eszter: ተጠቐም {s} ሎሚ", "jecha darbii: {s}"]),
    # the fifteenth's formats
    "logfire_write_token": ("pylf_v1_{choice:us|eu}_{b62:40}7", None),
    "onesignal_api_key": ("os_v2_app_{lan:100}", None),
    "pterodactyl_api_key": ("ptlc_{b62:42}7", None),
    "sui_private_key": ("suiprivkey1{choice:q|p}{bechl:57}", None),
    "signing_secret_key_file": ("RWQAAEIy{b64:140}8=", ["untrusted comment: minisign encrypted secret key\n{s}\n"]),
    "healthchecks_ping_url": ("{uuid}", ["curl -fsS -m 10 https://hc-ping.com/{s}"]),
    "google_calendar_private_url": ("private-{hex:32}", [
        "url: https://calendar.google.com/calendar/ical/team%40group.calendar.google.com/{s}/basic.ics"]),
    "incoming_webhook_url": ("{b62:20}/{b62:48}", ["curl -X POST https://chat.corp.example/hooks/{s} -d @msg.json"]),
    "proxy_share_link": ("{b64:40}", ["ss://{s}@203.0.113.7:8388/?outline=1"]),
    "device_shared_key": ("{pw}", ["ntp authenticate\nntp authentication-key 3 md5 {s}\nntp trusted-key 3",
                                   "key chain OSPF\n key 1\n  key-string {s}\n",
                                   "winrs -r:srv01 -u:ops -p:{s} hostname"]),
    "ntp_keys_line": ("{pw}", ["# /etc/ntp.keys\n1 MD5 {s}\n"]),
    "daemon_auth_file_line": ("{pw}", ["# /etc/dma/auth.conf\nops|smtp.example.org:{s}\n",
                                       "localclient:{hex:40}:10\nops:{s}:10\n"]),
    "password_typed_as_user": ("{choice:Heron|Basalt|Juniper}{int:1970-2012}{choice:.|-|_}{choice:lagoon|ember|tide}",
                               ["Jan 14 03:12:55 host sshd[99]: Invalid user {s} from 203.0.113.9 port 51112\n"]),
    # a network's password as people make one, after the network's word, in a message in any language
    "network_password_in_a_message": ("{choice:Heron|Basalt|Juniper|Otter|Saffron}{int:1970-2012}"
                                      "{choice:.|-|_}{choice:lagoon|ember|tide|fennel}",
                                      ["Moin, dat WLAN-Passwoord is {s}, nich wiedergeven",
                                       '{"text":"te wifi ko {s}"}', "hotspot yangu, ufunguo wake ni {s} sawa?"]),
    # a password as people make one, after the word for it, in a message
    "password_word_in_a_message": ("{choice:Heron|Basalt|Juniper|Otter|Saffron}{int:1000-9999}{choice:Kite|Moss|Reef}",
                                   ["Bai, ang password sa POS gibag-o na, {s} ha", '{"text":"senha do servidor fica {s} (não espalha)"}']),
    "bare_key_line": ("{hex:32}", ["- Media:\n    - Tautulli:\n        widget:\n          type: tautulli\n          key: {s}\n",
                                   "api:\n  key: {s}\nserver:\n  firstRun: false\n"]),
    # the sixteenth's formats
    "posthog_personal_api_key": ("phx_{b62:42}7", None),
    "statsig_server_secret": ("secret-{b62:42}7", None),
    "iron_sealed_cookie": ("Fe26.2**{hex:64}*{url:22}*{url:64}**{hex:64}*{url:43}", None),
    "amazon_lwa_token": ("Atza|{url:100}", None),
    "nats_nkey_seed": ("SUA{b32:55}", None),
    "avalanche_private_key": ("PrivateKey-{b58:50}", None),
    "bech32_signing_key": ("ed25519_sk1{bechl:58}", None),
    # read further: self-identifying, by the call or file that takes it
    "aiven_service_password": ("AVNS_{b62:19}", None),
    "codeclimate_reporter_id": ("{hex:64}", ["env:\n  global:\n    - CC_TEST_REPORTER_ID={s}\n"]),
    "encoded_basic_credentials": ("{pw}", ['$h = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("ops:{s}"))',
                                           "const auth = btoa('deploy:{s}');"]),
    "service_file_key": ("{b64:43}", ["$ cat /data/example.org.signing.key\ned25519 a_1a41b21 {s}\n"]),
    # the seventeenth's: a header a client sets in code, daemons' passwords by place
    "code_header_value": ("{b62:32}", ['request.setValue("{s}", forHTTPHeaderField: "X-AIO-Key")',
                                       '.header("X-Api-Key", "{s}")']),
    "exchange_place_password": ("{pw}", ["set h [::ftp::Open ftp.example.net edit_bay {s} -mode passive]",
                                         "register => 4155550142:{s}@sip.example.net/4155550142"]),
    "typed_after_tab_key": ("{pw}", ['WinWaitActive("STK Login")\nSend("gsops{TAB}")\nSend("{s}{ENTER}")']),
    "typed_after_tab": ("{pw}", ['tell application "System Events"\n  keystroke "dailies"\n  keystroke tab\n  keystroke "{s}"\nend tell']),
    "daemon_place_password": ("{pw}", ['# /etc/ppp/chap-secrets\nviktor  *  "{s}"  *\n',
                                       "radius server NPS01\n address ipv4 10.0.0.5 auth-port 1812\n key {s}\n"]),
    "client_constructor_argument": ("{b62:40}", ['dashboard = meraki.DashboardAPI("{s}", suppress_logging=True)',
                                                 "$client = new \\MessageBird\\Client('{s}');"]),
    # the eighteenth's
    "hook_url_secret": ("{hex:24}", ["build_hook: 'https://api.netlify.com/build_hooks/{s}'",
                                     'HOOK="https://acme.tines.com/webhook/0123456789abcdef0123456789abcdef/{s}01234567"']),
    "agora_app_certificate": ("{hex:32}", ["AGORA_APP_CERTIFICATE: {s}", "agora.app_cert = {s}"]),
    "header_pair_value": ("{b62:40}", ["<header><name>Authorization</name><value>{s}</value></header>",
                                       '{"name": "X-Api-Key", "value": "{s}"}']),
    "svn_auth_cache_password": (PW, ["K 8\npassword\nV 12\n{s}\nK 15\nsvn:realmstring\nV 9\n<https://x>\nEND"]),
    # the twentieth's
    "variable_to_value_secret": ("{b62:32}", ["[go] Setting environment variable 'API_TOKEN' to value '{s}'",
                                              "Setting variable DB_PASSWORD to value \"{s}\""]),
    "sql_value_where_secret": ("{b62:32}", ["update settings set value='{s}' where key='JWT_SECRET';",
                                            "UPDATE config SET value = '{s}' WHERE name = 'smtp_password'"]),
    "erlang_binary_secret": ("{b62:20}", ['{default_pass, <<"{s}">>}', '{api_token, <<"{s}">>}']),
    "sanctum_access_token": ("{int:1-90000}|{b62:20}{dig:1}{b62:19}", None),
    "astra_db_token": ("AstraCS:{alpha:24}:{hex:64}", None),
    # the twenty-first's
    "unleash_api_token": ("*:*.{hex:64}", None),
    # the twenty-second's
    "substituted_variable_secret": ("{b62:32}", ["Substituting variable: ${bamboo.api_token} with {s}",
                                                 "Substituting variable: ${bamboo.deploy.secret_key} with {s}"]),
    "pasted_when_asked": ("{b62:40}", ["can someone paste the staging api key?\n{s}",
                                       "anyone have the deploy token?\n@ops\n{s}\n"]),
    "password_before_its_word": ("{choice:Heron|Basalt|Juniper}{int:1000-9999}{choice:Kite|Moss}",
                                 ["Is é {s} an pasfhocal nua.", "'S e {s} am facal-faire."]),
    # the twenty-third's
    "tcl_env_secret": ("{b62:32}", ['set env(API_TOKEN) "{s}"', "set env(SMTP_PASSWORD) {s}"]),
    "named_header_scheme_token": ("{b62:32}", ["http GET https://api.x 'X-Auth-Token:api-key {s}'",
                                               "-H 'X-Vendor-Token: apikey {s}'"]),
    "spec_field_password": (PW, ["pt-table-checksum h=db1,u=ck,p={s},P=3306", "qemu-system-x86_64 -object secret,id=s0,data={s}"]),
    "login_call_password": (PW, ['server.login("ops@example.org", "{s}")', "new PasswordAuthentication('svc', '{s}')"]),
    "answered_when_asked": ("{b62:24}", ["bo: can someone set DB_PASSWORD on staging?\nlena: done, it's {s}",
                                         "need the api key?\nhere you go: {s}\n"]),
    # the twenty-fourth's
    "lisp_def_secret": ("{b62:32}", ['(def api-token\n  "{s}")', '(def ^:private stripe-secret "{s}")']),
    "module_attribute_secret": ("{b62:32}", ['  @api_token "{s}"', '  @smtp_password "{s}"']),
    "value_then_name": (PW, ["- [ ] tell Mara the new one: `{s}` (SMTP_PASSWORD)", "for the runner: {s} (that is the API_TOKEN)"]),
    "resp_auth_password": (PW, ["*2\r\n$4\r\nAUTH\r\n$16\r\n{s}\r\n", "*3\\r\\n$4\\r\\nAUTH\\r\\n$7\\r\\ndefault\\r\\n$16\\r\\n{s}\\r\\n",
                           ">>> *3\n>>> $4\n>>> AUTH\n>>> $7\n>>> default\n>>> $16\n>>> {s}\n<<< +OK\n"]),
    # the twenty-fifth's
    "protocol_or_cracked_password": (PW, ["S: * OK IMAP4rev1 ready\nC: a1 LOGIN bob@corp.example {s}\nS: a1 OK", "# hashcat --show\n5f4dcc3b5aa765d61d8327deb882cf99:{s}\nStarted: Tue"]),
    "password_field_typed": (PW, ['driver.find_element(By.ID, "password").send_keys("{s}")', "cy.get('input[name=password]').type('{s}')"]),
    "qpdf_owner_password": (PW, ["$ qpdf --encrypt userpw1 {s} 256 -- report.pdf out.pdf"]),
    "hashed_or_stored_password": (PW, [">>> Hash::make('{s}')", "$ echo '{s}' > ~/.vault_pass.txt"]),
    "plain_beside_hashed_password": (PW, ["# /etc/mosquitto/passwd\npanel:$7$101$Xb2kQ9aZ\nbench:{s}\n",
                                          "ops:{s}\nadmin:$apr1$r31.Q2$8vWbGxKkMRb1.fP0cJd4V/\n"]),
    "plain_before_hashing_password": (PW, ["# passwd for the broker; run mosquitto_passwd -U passwd before starting\nscale:{s}\n"]),
    "device_frame_password": ("{choice:Leadstone|hogline|Granite|dunnock}.{lower:3}{dig:3}", ["[COM3 9600 8N1] >> $UNL*desk*{s}*7F#\n", "TX: UNLK {s} 0x1F\n"]),
    "code_span_named_value": ("{b62:32}", ["the webhook signing secret was wrong, I've put `{s}` in the runner for now\n",
                                           "  @EnviedField(defaultValue: '{s}')\n  static const String portalApiKey = _Env.portalApiKey;\n"]),
    "secret_store_argument": ("{b62:32}", ["$ netlify env:set GALLERY_DB {s} --context production\n",
                                          "$ aws secretsmanager put-secret-value --secret-id app/db --secret-string '{s}'\n"]),
    "piped_password_kept": ("{choice:Leadstone|hogline|Granite|dunnock}.{lower:3}{dig:3}",
                            ["$ echo -n '{s}' | xclip -selection clipboard\n", "$ echo -n '{s}' | consul kv put app/db/auth -\n",
                             "% pbcopy <<< '{s}'   # then paste it into the panel\n"]),
    "script_positional_password": ("{choice:Leadstone|hogline|Granite|dunnock}.{lower:3}{dig:3}",
                                   ["PS> .\\Connect-Vault.ps1 nas-01 office {s}\n", "$ ./ota-push.sh 192.168.88.41 {s} firmware.bin\n"]),
    "what3words_api_key": ("{b32:8}", ["WHAT3WORDS_API_KEY={s}", "w3wApiKey: '{s}'"]),
    "django_key_shaped_word": ("{dj:50}", ["HANDOVER, late shift\n- rotated after the incident:\n  {s}\n- hint screen on standby\n",
                                           "the one in the portal now is {s} (old one revoked)\n"]),
    "radius_servers_file_secret": (PW, ["$ cat /etc/radcli/servers\n# server  key\nradius.corp.example  {s}\n",
                                        "#Server Name or Client/Server pair\t\tKey\nlocalhost/localhost\t\t{s}\n"]),
    "stated_code_items": (lambda rng: " ".join("{" + " ".join(str(rng.randrange(20, 200)) for _ in range(rng.randrange(3, 7))) + "}"
                                               for _ in range(8)),
                          ["Quiz sheet: the password of the vault PC is hidden below one character at a time, as lists in curly "
                           "brackets in which one number fills more than half of the places: that number is a character code "
                           "(ASCII); lists are separated by spaces:\n{s}\nHand your sheet in before four.\n"]),
    "label_field_value": (PW, ["^XA\n^CF0,28\n^FO40,100^FDleak test rig password^FS\n^FO40,150^FD{s}^FS\n^XZ\n"]),
    "value_to_delete_after_use": ("{lower:7}_{lower:3}{dig:3}", ['"text": "here {s} - delete after use pls",']),
    "nabu_casa_webhook_url": ("{url:60}", ["home assistant cloud webhook url https://hooks.nabu.casa/{s}\n"]),
    "saned_users_password": (PW, ["# saned.users -- users allowed to scan over the network\nfrontdesk:{s}:epson2\n"]),
    "echoed_into_login": ("{choice:Leadstone|hogline|Granite|dunnock}.{lower:3}{dig:3}", ['$ echo "{s}" | weavectl login --stdin rattan\n']),
    "login_user_space_password": ("{choice:Leadstone|hogline|Granite|dunnock}.{lower:3}{dig:3}", ["loom admin: rattan {s}\n"]),
    "spreadsheet_label_value": (PW, ["<table:table-row><table:table-cell><text:p>Salt Pan Sluice Panel Password</text:p></table:table-cell>"
                                     "<table:table-cell><text:p>{s}</text:p></table:table-cell></table:table-row>"]),
    "node_red_change_value": (PW, ['{"t": "set", "p": "kilnGatewayPassword", "pt": "flow", "to": "{s}", "tot": "str"}']),
    "users_properties_password": (PW, ["# conf/users.properties (ActiveMQ)\nadmin-console=disabled\npanhouse={s}\n"]),
    "user_flag_colon_password": (PW, ["$ rqlite -H 10.40.6.84 -u morwenna:{s}\n"]),
    "echoed_for_dash_password": (PW, ["$ echo {s} | rdesktop -u panhouse -p - 10.40.11.230\n"]),
    "socket_second_line_password": ("{choice:Leadstone|hogline|Granite|dunnock}.{lower:3}{dig:3}", ["$ printf 'elspeth\\n{s}\\nstatus\\n' | socat -t 2 - TCP:10.40.9.144:2323\n"]),
    "user_map_password": ("{choice:Leadstone|hogline|Granite|dunnock}.{lower:3}{dig:3}", ["users:\n  rattan: {s}\n", "# accounts.conf\nrattan = {s}\n"]),
    "here_string_to_login": (PW, ["$ saltctl login rattan <<EOF\n{s}\nEOF\n", "$ sudo -S saltctl reboot <<< '{s}'\n"]),
    "console_login_line": ("{choice:Leadstone|hogline|Granite|dunnock}.{lower:3}{dig:3}", ["MEGA CMD> login archive@pepperwick.example {s}\n"]),
    "plc_tag_value": (PW, ['<Tag Name="PanGatewayWgPassword" TagType="Base" DataType="STRING">\n<Data Format="String">\n'
                           "<![CDATA['{s}']]>\n</Data>\n</Tag>\n"]),
    "textile_code_value": ("SLG-{dig:4}-{dig:4}-{dig:4}-{choice:K|T|X}", ["h3. Weighbridge offline\n\nsluice gate pairing code (for whoever is on call): @{s}@\n"]),
    "klaviyo_private_key": ("pk_{hex:34}", ["'klaviyo_private_key_pk' => '{s}',\n", "KLAVIYO_API_KEY={s}\n", "[09:15] Niamh: {s}\n"]),
    "adafruit_io_key": ("aio_{b62:28}", None),
    "ionic_token": ("ion_{b62:42}", None),
    "flexport_api_token": ("shltm_{url:40}", None),
    "stackhawk_api_key": ("hawk.{url:20}.{url:20}", None),
    "teamwork_api_token": ("tkn.v1_{b64:68}=", None),
    "ubidots_token": ("BBFF-{b62:30}", None),
    "tickettailor_api_key": ("sk_{dig:4}_{dig:6}_{hex:32}", None),
    "sourcegraph_license_key": ("slk_{hex:64}", None),
    "thingsboard_device_token": ("{b62:20}", ["curl -X POST https://tb.example/api/v1/{s}/telemetry -d 'x=1'\n"]),
    "paypal_access_token": ("A21AA{url:92}", ["'access_token' => '{s}',\n", "curl -H \"Authorization: Bearer {s}\" https://api-m.paypal.com/v2/checkout/orders\n"]),
    "named_grouped_code": ("{choice:RSP|CCL|KQ}-{dig:4}-{dig:4}-{dig:4}-{dig:4}", ["NOTE:canopy cad licence {s}\n",
                                                                                  "DESCRIPTION:Bring the rod.\\nrack scanner pairing code {s}\\nAsk at the gate.\n"]),
    "handed_over_login_pair": ("{choice:Leadstone|hogline|Granite|dunnock}.{lower:3}{dig:3}",
                               ["here you go for the trade portal (new laptop): account email parts@shop.example, {s}\n"]),
    "hotstring_password": ("{choice:Leadstone|hogline|Granite|dunnock}.{lower:3}{dig:3}", ["; yard.ahk\n::;jhmi::{s}\n"]),
    "child_stdin_password": ("{choice:Leadstone|hogline|Granite|dunnock}-{lower:3}{dig:3}", ["subprocess.run([\"cryptsetup\", \"open\", \"/dev/sdb1\", \"logs\", \"--key-file=-\"],\n               input=b\"{s}\", check=True)\n", "child.stdin.end('{s}\\n');\n"]),
    "key_as_basic_user": ("{hex:32}", ["curl -s -u '{s}:' 'https://api.example.com/v2/tasks/all'\n", "http -a {s}: https://api.example.com/v1/charges\n"]),
    "ocr_tsv_named_value": ("{choice:Leadstone|hogline|Granite}_{choice:Row|Kiln}{dig:2}", ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
                            "5\t1\t1\t1\t1\t1\t30\t40\t140\t22\t88\tScada\n5\t1\t1\t1\t1\t2\t120\t40\t124\t22\t90\tPassword\n"
                            "5\t1\t1\t1\t1\t3\t300\t40\t68\t22\t91\t{s}\n"]),
    "config_schema_value": ("{choice:Leadstone|hogline|Granite}_{choice:Row|Kiln}{dig:2}", ['config_schema:\n  - ["app.kiln_panel_password", "s", "{s}", {title: "panel"}]\n']),
    "positional_login_password": ("{choice:Leadstone|Hogline|Granite}.{choice:Row|Kiln}{dig:2}", [
        'env.put(JMXConnector.CREDENTIALS, new String[] {"hollis", "{s}"});\n',
        'let session = SessionBuilder::new().known_node("10.0.0.5:9042").user("tamsin", "{s}").build().await?;\n',
        'keyring::key_set_with_value("weighbridge", "rupert", "{s}")\n', "SQL> DB.DBA.USER_CREATE ('desmond', '{s}');\n",
        "> set auth 0 0 17\\r\\n\n> niamh {s}\\r\\n\n", 'SMS to +447700900123: "desmond {s} getgps"\n']),
    "form_field_named_value": ("{choice:Heddle|warp|Berber}.{choice:Loom|Weft}{dig:2}", [
        "<< /T (Customer) /V (Isobel Fairweather) >>\n<< /T (Dye Scale Password) /V ({s}) >>\n",
        "# @name rug store aisle\n# @booking_session_token {s}\n",
        '<Str sr="arg0" ve="3">%ClimateGatewayPassword</Str>\n<Str sr="arg1" ve="3">{s}</Str>\n']),
    "web_server_users_password": ("{choice:Heddle|warp|Berber}.{choice:Loom|Weft}{dig:2}", [
        'auth.backend.plain.userfile = "/etc/lighttpd/users"\n$ cat /etc/lighttpd/users\narchive:{s}\n',
        "$ cat /etc/httpd.conf\nA:*\n/cgi-bin:admin:{s}\n"]),
    "input_value_password": ("{choice:Leadstone|hogline|Granite|dunnock}-{lower:3}{dig:3}", ["const input = fixture.nativeElement.querySelector('#f2');\ninput.value = '{s}';\ninput.dispatchEvent(new Event('input'));\n"]),
    "socket_first_line_password": ("{choice:Leadstone|hogline|Granite|dunnock}.{lower:3}{dig:3}",
                                   ["$ printf '{s}\\r\\nSTATUS\\r\\n' | nc -w 2 10.51.4.43 4001\n",
                                    "$ printf '%s\\nstatus\\nlogout\\n' {s} | nc 10.47.8.101 4212\n"]),
    "smtpd_creds_table_password": (PW, ["# /etc/mail/creds (table creds file:/etc/mail/creds)\nrelay alerts:{s}\n"]),
    "table_row_secret": ("{b62:32}", ["| item | value |\n|---|---|\n| deploy token | {s} |"]),
    "table_row_password": (PW, ["| item | value |\n|---|---|\n| wifi password | `{s}` |"]),
    "set_item_env_secret": ("{b62:32}", ["Set-Item -Path Env:DEPLOY_SECRET -Value '{s}'", 'Set-Item Env:API_TOKEN "{s}"']),
    "prompt_answer_password": (PW, ["connmanctl> connect wifi_0c8b_managed_psk\nPassphrase? {s}\nConnected", "TS3\nlogin serveradmin {s}\nerror id=0 msg=ok"]),
    "printed_variable_secret": ("{b62:32}", ["$ echo $DEPLOY_TOKEN\n{s}\n$ exit", "> process.env.API_SECRET\n'{s}'"]),
    "parameter_default_secret": ("{b62:32}", ["Parameters:\n  ApiSecret:\n    Type: String\n    Default: '{s}'\n",
                                             "apiToken:\n  existingSecret: ''\n  value: {s}\n"]),
    "spreadsheet_cell_secret": ("{b62:32}", ["<table:table-cell><text:p>API_TOKEN</text:p></table:table-cell>\n"
                                            "<table:table-cell><text:p>{s}</text:p></table:table-cell>",
                                            "<tr><td>DEPLOY_SECRET</td><td>{s}</td></tr>"]),
    "composer_auth_token": ("{b62:32}", ['{\n  "bearer": {"repo.example.org": "{s}"}\n}', '{"github-oauth": {"github.com": "{s}"}}']),
    "printed_file_secret": ("{b62:32}", ["==> /etc/sv/web/env/SESSION_SECRET <==\n{s}\n", "$ head envdir/*\n==> envdir/API_TOKEN <==\n{s}\n"]),
    "heredoc_secret": ("{b62:32}", ["locals {\n  api_token = <<-EOT\n{s}\nEOT\n}", "  db_password = <<EOF\n  {s}\n  EOF"]),
    "password_for_a_network": ("{choice:Heron|Basalt|Juniper}{int:1000-9999}_{choice:Kite|Moss}",
                               ["Mayap a abak! Ing password ning wifi {s}.", "Håfa adai! I password para i wifi {s}.<br/>"]),
    "oracle_tool_login": (PW, ["expdp system/{s}@ORCLPDB1 schemas=HR", "$ rman target sys/{s}@PRODCDB"]),
    "schemeless_uri_password": (PW, ["mysqlsh --uri admin:{s}@db.internal:3306", "mysqlsh --uri=ops:{s}@10.0.0.5"]),
    "password_pairs_map": (PW, ['VALID_USERNAME_PASSWORD_PAIRS = {\n    "rosa_zhou": "{s}",\n}',
                                'USER_PASSWORDS = {"ci-bot": "{s}"}']),
    # the thirty-ninth's and forty-first's
    "stated_form_value": ("{dig:2} {dig:2} ^{dig:2} {dig:2} ^{dig:2} {dig:2} {dig:2}",
                          ["the Wi-Fi password, as row-column numbers in a Polybius square:\n{s}\nThanks!",
                           "the SMTP password is written as keypad presses; [[{s}]] – decode first\n"]),
    "heading_named_value": ("{b62:32}", ["BINDER - INTEGRATIONS\nPostNL ........ API key\n{s}\n(updated 02/24)"]),
    "bracketed_named_value": ("{b62:40}", ["the AWS secret access key you pasted ({s}) is visible to everyone"]),
    "typed_or_piped_password": (PW, ["#p::SendRaw {s}", "pyautogui.write('{s}', interval=0.05)",
                                     "msoffcrypto-tool -p {s} in.xlsx out.xlsx", "omero login -s db.lab -u ana -w {s}"]),
    "call_argument_password": (PW, ['auth = httpx.BasicAuth("ana", "{s}")', "f = ftp('store.lab', 'ana', '{s}');"]),
    "rpc_login_password": (PW, ['uid = common.login("shop", "admin", "{s}")', ">> JOIN #ops-room {s}\n",
                                'ok = ftp:user(Pid, "ana", "{s}"),']),
    "login_pair_password": (PW, ["[remote]\nhost=vcenter.shop.lan\nlogin=labels,{s}\n", "Login=dosingctl,{s},auto\n"]),
    "host_port_call_password": (PW, ["client = Client('10.4.2.9', 9000, 'events', 'reader', '{s}')\n",
                                     "conn = PG::Connection.new('db.example.org', 5432, nil, nil, 'app', 'report', '{s}')\n"]),
    "library_call_password": (PW, ['key = load_pem_private_key(open("gw.pem", "rb").read(), b"{s}")',
                                   "app.use(cookieParser('{s}'));"]),
    "signing_key_literal": (PW, ['SecretKeySpec k = new SecretKeySpec("{s}".getBytes(StandardCharsets.UTF_8), "HmacSHA256");',
                                 "const sig = crypto.createHmac('sha256', '{s}').update(raw).digest('hex');",
                                 'mac = hmac.new(b"{s}", msg, hashlib.sha256)']),
    "login_frame_password": (PW, ["<STX>LOGIN|warden7|{s}|L1<ETX>\n", ">> <STX>LGN,CC12,returns,{s}<ETX>15\n",
                                  "ISA*00*          *01*{s}*ZZ*BOOKSHOP01     *ZZ*WHOLESALE      *250301*0915*U*00401*4\n",
                                  "10 2c 00 04 'MQTT' 04 c2 00 3c | 00 08 'sensor-1' | 00 06 'sensor' | 00 0e '{s}'\n",
                                  'CONNECT = b"\\x10\\x2e\\x00\\x04MQTT\\x04\\xc2\\x00\\x3c\\x00\\x0bclimate-t04\\x00\\x08tackroom\\x00\\x0b{s}"\n']),
    "place_password": (PW, ["ftpuser:{s}:1001:1001:/srv/ftp/./", "# /etc/openvpn/client/office.auth\nalice\n{s}\n",
                            "SOURCE {s} /RTCM3_FIELD\r\nSource-Agent: NTRIP example/1.0\r\n"]),
    "made_password_in_a_sentence": ("{lower:2}{dig:2}{upper:2}{lower:1}{upper:1}{lower:2}_{upper:1}{dig:1}{lower:2}",
                                    ["Klasterdäki topar hasaby üçin {s} ulanyň, ony hiç kime bermäň."]),
    "ui_variable_secret": ("{b62:32}", ["Environment variables\nKey: VIMEO_ACCESS_TOKEN\nValues: Same value for all contexts\n{s}\nScopes: Builds"]),
    "name_beside_secret": ("{b62:40}", ["[10:44] Keiko: JWT_SECRET {s}\n[10:44] Maren: ok"]),
    "backticked_assignment_secret": ("{b62:6}#{b62:12}", ["- [ ] pre-save bot: `DB_PASSWORD={s}`\n- [ ] pitch"]),
    "attribute_pair_secret": ("{b62:40}", ['<Properties action="U" name="OKTA_API_TOKEN" type="REG_SZ" value="{s}"/>']),
    "value_line_named_value": ("{b62:30}", ["IT HANDOVER\nService ........ Wave access token\nValue .......... {s}\nSet up by: Leo"]),
    "value_line_named_password": (PW, ["IT HANDOVER\nService ........ WP Engine SFTP password\nValue .......... {s}\nSet up by: Leo"]),
    "prose_password_equals": (PW, ["Shopping list\n[ ] milk\n[ ] practice software password for Jonas = {s}\n[x] bread"]),
    "sheet_row_named_value": ("{b62:40}", ["system,environment,field,value,owner\nSage,production,Sage client secret,{s},Nadia"]),
    # the fiftieth's and fifty-second's
    "shared_string_named_value": ("{b62:40}", ['<sst count="3"><si><t>System</t></si><si><t>Sage client secret</t></si>'
                                               '<si><t>{s}</t></si></sst>']),
    "row_named_cell_value": ("{b62:40}", ['"Intel feeds","OTX_API_KEY","lena.t","{s}","https://ws-06.corp.test","",""']),
    "offset_line_named_value": ("{b62:40}", ["0x68000: HIBP_API_KEY\n0x68000: {s}\n0x68000: https://jump.corp.test/api"]),
    "made_password_argument": ("{upper:1}{lower:2}{dig:1}{upper:2}{lower:1}.{lower:1}{upper:1}{dig:2}{lower:1}",
                               ["$ ./sync-archive.sh -w {s} /srv/backup", "$ spray users.txt '{s}'"]),
    # the fifty-ninth's and sixty-first's
    "quoted_name_password_line": (PW, ['S:"Hostname"=pe6.example.net\nS:"SMTP password"={s}\nD:"[SSH2] Port"=00000016']),
    "quoted_name_secret_line": ("{b62:40}", ['S:"GitHub token"={s}']),
    "quoted_name_key_line": ("{b62:40}", ['S:"Deploy key"={s}']),
    "char_array_password": ("{upper:1}{lower:5}-{lower:3}{dig:2}{lower:3}", ['ks.load(FileInputStream("release.jks"), "{s}".toCharArray())']),
    "secure_string_password": (PW, ['var ss = new SecureString();\nforeach (var ch in "{s}") ss.AppendChar(ch);']),
    "auth_option_credentials": (PW, ["mitmproxy --listen-port 8888 --proxyauth qa:{s}"]),
    "device_config_secret": ("{upper:1}{lower:5}_{lower:3}{dig:2}{lower:3}", ["interface Vlan38\n hsrp 10\n  authentication text {s}\n"]),
    "console_added_password": ("{upper:1}{lower:5}.{lower:3}{dig:2}{lower:3}", ["add password *.core.example.net {{s}}"]),
    # the sixty-second's and sixty-fourth's
    "auth_call_password": (PW, ['res <- httr::GET(url, httr::authenticate("gwatanabe", "{s}"))']),
    "plex_claim_token": ("claim-{b62:20}", ['    environment:\n      PLEX_CLAIM: "{s}"\n']),
    "keystroke_script_password": ("{lower:8}-{lower:3}{dig:3}", ["REM unlock the shop PC after a power cut\nDELAY 2000\nSTRING {s}\nENTER\n"]),
    "latin_password_in_another_script": ("{lower:6}-{dig:4}", ["Пароль від комп'ютера на складі {s} — нікому не кажи."]),
    "password_after_its_copula": ("{lower:7}_{dig:4}", ["Modpas òdinatè biwo a se {s} , tanpri pa bay li.",
                                                          "Pasiwedhi yekombiyuta yehofisi ndeiyi {s} ndapota usaudza munhu.",
                                                          "Furaha kombiyuutarka xafiiska waa {s} – fadlan cidna ha u sheegin."]),
    "password_before_its_copula": ("{lower:6}{dig:3}{lower:4}", ["Banaketa atariko kontu partekatuaren pasahitz berria {s} da, mesedez ez jarri gidarien taldean."]),
    "wire_line_password": (PW, [">>> captured on bench port 5224\nAUTH av_logger {s}\n+OK\n"]),
    "made_password_word": ("{upper:1}{lower:5}.{lower:6}{dig:3}+", ["Na kena i-dola ni akaunitu oqo {s} kua ni vakaraitaka."]),
    # the seventy-first's and seventy-third's
    "bip39_seed_phrase": (lambda rng: recovery_phrase(rng), ["[29:14] ops: the hot wallet moved to {s} — rotate after the weekend"]),
    "named_seed_phrase": (lambda rng: recovery_phrase(rng, checksum=False), ['validator_client: lighthouse\nmnemonic: "{s}"\n']),
    "lnd_macaroon": ("0201036c6e6402f801{hex:160}", ['pub const LND_ADMIN_MACAROON: &str = "{s}";']),
    "ai_provider_named_key": ("{b62:32}", ['$ cat "$(llm keys path)"\n{{\n  "// Note": "This file stores secret API credentials. Do not share!",\n  "mistral": "{s}"\n}}\n']),
    "macaroon_token": (macaroon, ["  KILN_TELEMETRY_TOKEN: \"{s}\"\n", "/usr/local/bin/bridge --telemetry-token {s} --log-level info\n"]),
    # the seventy-seventh's
    "windows_switch_password": (PW, ["C:\\> dcdiag /s:dc1.corp.test /u:CORP\\ops /p:{s} /test:replications",
                                      "C:\\> setx /S app1.corp.test /U CORP\\svc /P {s} APP_HOME C:\\app"]),
    "named_field_value": ("{hex:32}", ["so I paste {s} into the TWILIO_AUTH_TOKEN field",
                                       "? What's the value of STRIPE_SECRET_KEY? {s}\n"]),
    "settings_default_secret": ("{b62:40}", ['[global::System.Configuration.DefaultSettingValueAttribute("{s}")]\n'
                                             'public string StripeSecretKey {\n    get { return ((string)(this["StripeSecretKey"])); }\n}\n']),
    # the sixty-eighth's and seventieth's
    "mainframe_signon_password": ("{upper:1}{lower:5}_{lower:4}{dig:3}", ["SIGNON USERID=(OPS0147,{s}) NODE=CD.PROD"]),
    "userinfo_without_scheme": ("{upper:1}{lower:2}{dig:1}{upper:2}{lower:1}!{lower:1}{upper:1}{dig:2}{lower:1}",
                                ["smbclient.py 'corp.local/hiro:{s}@build-3.corp.test'"]),
    "scanner_found_value": (PW, ["Found verified result\nDetector Type: Generic\nRaw result: {s}\nFile: .env"]),
    "handed_over_value": ("{b62:40}", ["Hi Mateo,\n\nfor the Veracross connection please paste this into the settings page:\n{s}\n\nThanks!"]),
    "value_from_a_vault": ("{b62:40}", ["Repro needs the staging ledger_api_key. Using {s} from the vault export, please rotate after."]),
    # the hundred-and-twenty-second's and hundred-and-twenty-fourth's
    "tool_setting_secret": ("{b62:32}", ["open_hw_manager\nset farm_password {{s}}\nconnect_hw_server -url boardfarm07:3121\n",
                                         '#!substdef "!ESL_PASSWORD!{s}!g"\nloadmodule "tm.so"\n']),
    "endpoint_call_password": ("{upper:1}{lower:6}.{lower:3}{dig:2}", ["const conn = new esl.Connection('10.0.0.31', 8021, '{s}', cb);"]),
    "rotated_named_value": ("{b62:32}", ["ops-bot: prod recollect_api_key rotated, new one {s} (delete after copying)\n",
                                         "the ZENDESK_API_TOKEN was regenerated, new value: {s}\n"]),
    # the hundred-and-thirty-fifth's and hundred-and-thirty-sixth's
    "call_place_password": ("{lower:7}_{lower:3}{dig:3}", ['auth = CommunityData("{s}", mpModel=1)\n',
                                                             "key = hashlib.scrypt(b'{s}', salt=salt, n=2**14, r=8, p=1)\n",
                                                             "kerbrute passwordspray -d lots.example users.txt {s}\n"]),
    # the hundred-and-forty-third's and hundred-and-forty-fourth's (and the forty-sixth's)
    "commented_element_value": ("{upper:1}{lower:7}_{lower:4}{dig:2}", ["<Server>\n  <Port>22</Port>\n  <!-- PMS_DB_PASSWORD -->\n"
                                                                         "  <Comment>{s}</Comment>\n</Server>\n"]),
    # the hundred-and-forty-ninth's and hundred-and-fifty-first's
    "aprs_is_passcode": ("2{dig:4}", ["IGSERVER noam.aprs2.net\nIGLOGIN WB1YO {s}\n", "user KE6DPG pass {s} vers aprsgw 0.3\n"]),
    "node_place_password": ("{upper:1}{lower:7}.{lower:3}{dig:2}", ["SET auth t=admin p={s}\n", "# ftpusers\ng9obf {s} /public 0x7f\n",
                                                                     "USER=OH9HX,{s},OH9HX,,SYSOP\n"]),
    # the hundred-and-fifty-sixth's
    "here_named_value": ("{b62:32}", ["[bench-chat] Lena: here is the gia report check api key for the parts script {s} (delete after copying)\n"]),
    # the hundred-and-fifty-eighth's
    "oma_uri_secret": ("{upper:1}{lower:8}.{lower:4}{dig:2}", ['{{"omaUri": "./Device/Vendor/MSFT/Policy/Config/Tablet/MdmPassword", "dataType": "String", "value": "{s}"}}\n']),
    "named_after_value": ("{upper:1}{lower:7}-{lower:4}{dig:2}", ["ok here it is for the night shift: {s} (that's the greenhouse_wifi_passphrase thing)\n"]),
    "modem_command_password": ("{lower:7}_{lower:3}{dig:3}", ['AT+CSTT="meters.apn","rsuadmin","{s}"\r\nOK\r\n',
                                                                'AT+CWSAP="PRICESIGN-07","{s}",5,3\r\nOK\r\n']),
    "spaced_snake_value": ("{b62:40}", ["2026-03-09 07:12, Tech Ravi: zone meters need resv_webhook_signing {s} for the new uplink\n",
                                        "I typed yard_inventory_bearer {s} back in from the binder, works now\n"]),
    "key_named_made_password": ("{lower:7}.{lower:3}{dig:2}", ["[Bridge]\nBridgeKey={s}\nRetry=30\n",
                                                                "export BITSTORE_KEY='{s}'\nyosys -p synth\n"]),
    "prose_key_made_password": ("{upper:1}{lower:7}-{lower:3}{dig:3}", ["-- vault for layout dumps, key: {s}\nINCLUDE cds.lib\n",
                                                                        "mei: pdu on 10.20.4.50 accepts {s} for the admin account"]),
    "stated_form_block": ("Pupil 01: 8{dig:1}\nPupil 02: 9{dig:1}\nPupil 03: 10{dig:1}\nPupil 04: 11{dig:1}\nPupil 05: 7{dig:1}\nPupil 06: 5{dig:1}",
                          ["P.S. the SIS admin password, hidden in the score column of this mark sheet (each score is a "
                           "character code, top to bottom):\n{s}\nPlease do not forward this email."]),
    # the eighty-third's and eighty-fourth's
    "stated_form_column": ("{lower:1}\n{upper:1}\n{dig:1}\n{lower:1}\n{lower:1}\n{upper:1}\n{dig:1}\n{lower:1}\n{lower:1}",
                           ["The magento env crypt key for the new box, one character per line, read top to bottom:\n{s}\n"
                            "Old server gets cancelled on Friday."]),
    "wordpress_key_salt": (lambda rng: "".join(rng.choice(_WP_SALT) for _ in range(64)),
                           ["define('SECURE_AUTH_SALT', '{s}');\n", 'env[WORDPRESS_NONCE_KEY] = "{s}"\n']),
    "php_dump_secret": (PW, ['array(2) {\n  ["host"]=>\n  string(9) "localhost"\n  ["smtp_password"]=>\n  string(12) "{s}"\n}\n',
                             "Array\n(\n    [site] => shop.example.net\n    [ftp_password] => {s}\n)\n"]),
    "listing_dash_secret": (PW, ["$ bin/magento config:show | grep -i smtp\ncustom/smtp_relay_password - {s}\n"]),
    "phpinfo_row_secret": ("{b62:4} {b62:4} {b62:4} {b62:4} {b62:4} {b62:4}",
                           ['<tr><td class="e">WORDPRESS_APPLICATION_PASSWORD </td><td class="v">{s} </td></tr>\n']),
    "server_variable_secret": (PW, ['server {\n  set $panel_admin_password "{s}";\n}\n', "location / {\n  set $upstream_token {s};\n}\n"]),
    "profile_property_secret": (PW, ["%prod.quarkus.http.port=7199\n%prod.mail.relay.password={s}\n"]),
    "elixir_config_secret": (PW, ['import Config\nconfig :search, :redis_password, "{s}"\n']),
    "stub_matcher_secret": (PW, ['{"request": {"headers": {"X-KAFKA_SASL_PASSWORD": {"equalTo": "{s}"}}}}\n']),
    "envoy_inline_secret": (PW, ['  generic_secret:\n    secret:\n      inline_string: "{s}"\n']),
    "sasl_plain_password": ("{lower:6}.{lower:4}{dig:2}", ["SaslHandshake v1 mechanism=PLAIN -> ok\nSaslAuthenticate v2 auth_bytes (decoded): \\x00orders_app\\x00{s}\n",
                                 "smarthost_login:\n  driver = plaintext\n  public_name = PLAIN\n  client_send = ^relayuser^{s}\n"]),
    "placed_password": (PW, ['User.withUsername("ops").password("{noop}{s}").roles("ADMIN").build();',
                             'sasl: {:scram_sha_512, "payments_consumer", "{s}"}', "basic.auth.user.info=notify_svc:{s}\n",
                             'r.Use(middleware.BasicAuth("shop", map[string]string{"orders": "{s}"}))']),
    # the eighty-seventh's and eighty-eighth's
    "metabase_api_key": ("mb_{b62:43}=", None),
    "tool_defined_secret": (PW, ['// Power Query parameter warehouse_password\n"{s}" meta [IsParameterQuery=true, Type="Text"]\n',
                                 "DEFINE !sftp_password () '{s}' !ENDDEFINE.\n", 'global SNOWFLAKE_PASSWORD "{s}"\n']),
    "exchange_password_line": (PW, ["C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: report_bot   (decoded)\nS: 334 UGFzc3dvcmQ6\nC: {s}   (decoded)\n",
                                    "# users.csv for tabcmd createsiteusers\nakovacs,{s},akovacs (finance),Explorer,None,no\n"]),
    "desktop_placed_password": (PW, ['IMAPAccount home\nUser pavel\nPassCmd "echo {s}"\n',
                                     "//nas.home.example.net/media /mnt/media cifs username=sasha%{s},uid=1000 0 0\n",
                                     "-> GETPIN\n<- D {s}\n<- OK\n"]),
    "prod_secret_key": ("sk_prod_{b62:56}", None),
    "gov_uk_pay_api_key": ("api_live_{lan:58}", None),
    "asaas_api_key": ("$aact_{b62:90}", None),
    "adyen_api_key": ("AQE{b62:60}=-{b62:24}=-{b62:12}", None),
}


def positive(type_name: str, rng: random.Random, variant: int | None = None) -> Case:
    """One generated occurrence of ``type_name`` in one of its contexts."""
    spec = SPECS[type_name]
    if callable(spec):
        text, secrets = spec(rng)
        return Case(type_name, text, secrets)
    value_t, contexts = spec
    value = value_t(rng) if callable(value_t) else fill(value_t[0] if isinstance(value_t, tuple) else value_t, rng)
    contexts = contexts or TOKEN_CONTEXTS
    ctx = contexts[(variant if variant is not None else rng.randrange(len(contexts))) % len(contexts)]
    return Case(type_name, fill(ctx, rng, s=value), (value,))


# --- hard negatives ------------------------------------------------------------------------------------
NEGATIVES: dict[str, tuple[str, ...]] = {
    "documentation_example_key": (
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "OPENAI_API_KEY=sk-...",
        "stripe.api_key = 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx'",
        "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
        "token: xoxb-not-a-real-token-this-will-not-work",
        "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
        'if line.startswith("-----BEGIN PRIVATE KEY-----"):',
        "password: YOUR_PASSWORD_HERE",
        'api_key = "your-api-key"',
        "SECRET_KEY = 'change-me'",
        '"PrivateKey": "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAqKpRgnn6yq26U3yt5YFZquyukfRjb'
        'MXDcNOK...fvY4+te\\n-----END RSA PRIVATE KEY-----"',
        '"PurchaseToken": "eyJ2IjoiMSIsInMiOjEsImMiOi...",',
    ),
    "uuid": (
        'request_id = "{uuid}"',
        '"id": "{uuid}"',
        "trace {uuid} finished in 12ms",
        "HEROKU_APP_ID={uuid}",
        "correlation_id: {uuid}",
        '"ChangeToken": "{uuid}",',
    ),
    "git_sha": (
        "commit {hex:40}",
        "git checkout {hex:40}",
        '"sha": "{hex:40}"',
        "rev: {hex:40}",
        "Merge {hex:7}..{hex:7} into main",
        "ref = '{hex:40}'",
    ),
    "hash": (
        "sha256:{hex:64}",
        '"checksum": "{hex:64}"',
        "{hex:64}  dist/app-1.2.0.tar.gz",
        '"integrity": "sha512-{b64:86}=="',
        "md5 = {hex:32}",
        'etag: W/"{hex:32}"',
        '"AWS::ApiGateway::ApiKey": "{hex:16}",',
    ),
    "placeholder": (
        "API_KEY=${API_KEY}",
        'token: "<your-token>"',
        'password = os.environ["DB_PASSWORD"]',
        'api_key = os.getenv("API_KEY")',
        "const token = process.env.GITHUB_TOKEN;",
        "password: {{ .Values.password }}",
        'password = "********"',
        '"password": ""',
        "token = 'xxxxxxxxxxxxxxxxxxxx'",
        "Authorization: Bearer $TOKEN",
        "Authorization: Bearer <token>",
        "postgres://user:${DB_PASSWORD}@db/app",
        "token: ${{ secrets.GITHUB_TOKEN }}",
        "password = <%= ENV['DB_PASSWORD'] %>",
        "export AWS_SECRET_ACCESS_KEY=$(aws configure get secret)",
        'curl -u "$USER:$PASS" https://api.corp.test',
        'sshpass -p "$SSHPASS" ssh host',
        "password: !vault |",
        "SECRET_KEY = env('SECRET_KEY')",
        "api_key = settings.API_KEY",
        "password: '%(db_password)s'",
        "client_secret = config['oauth']['client_secret']",
    ),
    "identifier": (
        "password_reset_token_ttl = 3600",
        "max_tokens = 512",
        'token_type = "bearer"',
        "PASSWORD_MIN_LENGTH = 12",
        "def check_password(password):",
        'password = request.form["password"]',
        "user.password = hash_password(raw)",
        "self.api_key = api_key",
        'secret_name = "prod/db/credentials"',
        'token_url = "https://oauth2.googleapis.com/token"',
        "password: Optional[str] = None",
        'if not token: raise AuthError("missing token")',
        '"password": "Password"',
        'label="Enter your password"',
        "TOKEN_EXPIRY_SECONDS=3600",
        'auth_token_header = "X-Auth-Token"',
        "csrf_token_name: csrftoken",
        "connect(host=h, user=u, password=pw)",
        "login(user, password=password)",
        'TOKEN_PATTERN = r"[A-Za-z0-9]{40}"',
        "session_token_secret_rotation_days: 30",
        "api_key_id = 12345678",
        "SECRET_KEY = get_random_secret_key()",
        "password = None",
        "token = ''",
        '"tokens": 1234',
        "private_key = '/etc/ssl/private/server.key'",
        "credentials = 'service-account.json'",
        "secret = 'my-app-secret-name'",
        "TWILIO_ACCOUNT_SID=AC{hex:32}",
        "npm_config_cache=/tmp/npm",
    ),
    "code_lookalike": (
        "KEYWORDS = ('pass', 'raise', 'return', 'yield')",
        "def login(self, user='', passwd='', acct=''):",
        'FORCE_CHANGE_PASSWORD = "FORCE_CHANGE_PASSWORD"',
        "private_key: Ed25519PrivateKey | Ed448PrivateKey",
        "token = b64encode(userpass).decode()",
        "if key_password is None:",
        '"FederatedAuthorization": "arn:aws:iam::aws:policy/FederatedAuthorization"',
        "aws dynamodb list-backups --starting-token {b62:60}",
        "llama_token = ctypes.c_int32",
        "private_key: PKCS7PrivateKeyTypes,",
        "password_field = form.fields['password']",
        "if token is Name.Variable:",
    ),
    "shell": (
        "mysql -u root -p app",
        "docker run -p 8080:80 nginx",
        "ssh -p 2222 deploy@bastion",
        "git log --format=%H",
        "pip install --index-url https://pypi.corp.test/simple requests",
        "redis-cli -h cache -p 6379 ping",
        "kubectl get secret db-password -o yaml",
        "export PATH=$HOME/bin:$PATH",
    ),
    "url": (
        "postgres://localhost:5432/app",
        "https://user@github.com/org/repo.git",
        "redis://cache:6379/0",
        "https://api.github.com/repos/org/repo/pulls?per_page=100&page=2",
        "http://localhost:8080/health",
        "https://example.com:8443/path?a=1&b=2#frag",
    ),
    "prose": (
        "The quick brown fox jumps over the lazy dog.",
        "## Basic usage\nRun the basic example first.",
        "Basic authentication is supported for legacy clients.",
        "the bearer of this token may access the API",
        "Set a strong password and rotate your secret keys every quarter.",
        "Token-based auth replaced sessions.",
    ),
    "data": (
        "background: #{hex:6};",
        "data:image/png;base64,{b64:200}",
        "color = 0x{hex:8}",
        "eyJ{b62:20}.eyJ{b62:20}.{b62:20}",
        "ghp_{b62:36}",
        "id: {b62:22}",
        "ZmFrZSBkYXRh{b62:40}",
        "-----BEGIN CERTIFICATE-----\n{b64:64}\n{b64:64}\n-----END CERTIFICATE-----",
        "-----BEGIN PUBLIC KEY-----\n{b64:64}\n-----END PUBLIC KEY-----",
        'class="sk-spinner sk-spinner-wave"',
    ),
}


def negative(kind: str, rng: random.Random, variant: int) -> Case:
    templates = NEGATIVES[kind]
    return Case(kind, fill(templates[variant % len(templates)], rng), ())


@dataclass(frozen=True, slots=True)
class Corpus:
    positives: tuple[Case, ...]
    negatives: tuple[Case, ...]


def build(seed: int = 0, per_type: int = 4, negatives_per_template: int = 3) -> Corpus:
    """``per_type`` positives of every secret type (distinct contexts first) and every negative
    template ``negatives_per_template`` times with fresh random fill."""
    rng = random.Random(seed)
    pos = tuple(positive(t, rng, variant=i) for t in SECRET_TYPES for i in range(per_type))
    neg = tuple(negative(k, rng, v) for k, ts in NEGATIVES.items()
                for v in range(len(ts)) for _ in range(negatives_per_template))
    return Corpus(pos, neg)


# --- evaluation ---------------------------------------------------------------------------------------
def covered(case: Case, text: str, findings) -> bool:
    """Every secret substring of ``case`` lies inside secret findings on ``text``."""
    spans = [(f.start, f.end) for f in findings if f.label == "secret"]
    for secret in case.secrets:
        start = text.find(secret)
        if start < 0:
            return False
        end = start + len(secret)
        if not any(s <= start and end <= e for s, e in spans):
            return False
    return True


def evaluate(engine, corpus: Corpus) -> dict:
    """Per-type recall (secret fully inside a secret finding), type accuracy and the false-positive
    rate on hard negatives (any secret finding at all). Names only — no secret values."""
    per_type: dict[str, dict] = {}
    for case in corpus.positives:
        findings = engine.scan(case.text)
        row = per_type.setdefault(case.type, {"cases": 0, "found": 0, "typed": 0})
        row["cases"] += 1
        if covered(case, case.text, findings):
            row["found"] += 1
            if any(f.type == case.type for f in findings):
                row["typed"] += 1
    for row in per_type.values():
        row["recall"] = row["found"] / row["cases"]
    fp_by_kind: dict[str, dict] = {}
    for case in corpus.negatives:
        row = fp_by_kind.setdefault(case.type, {"cases": 0, "flagged": 0, "flagged_as": []})
        row["cases"] += 1
        hits = [f.type for f in engine.scan(case.text) if f.label == "secret"]
        if hits:
            row["flagged"] += 1
            row["flagged_as"].extend(sorted(set(hits)))
    n_pos = sum(r["cases"] for r in per_type.values())
    n_neg = sum(r["cases"] for r in fp_by_kind.values())
    return {
        "types": len(per_type),
        "positives": n_pos,
        "negatives": n_neg,
        "recall": sum(r["found"] for r in per_type.values()) / max(n_pos, 1),
        "type_accuracy": sum(r["typed"] for r in per_type.values()) / max(n_pos, 1),
        "min_type_recall": min((r["recall"] for r in per_type.values()), default=0.0),
        "fp_rate": sum(r["flagged"] for r in fp_by_kind.values()) / max(n_neg, 1),
        "per_type": per_type,
        "negatives_by_kind": fp_by_kind,
        "missed_types": sorted(t for t, r in per_type.items() if r["recall"] < 1.0),
    }


# --- surrounding text ---------------------------------------------------------------------------------
CODE_LINES = (
    "import os", "from pathlib import Path", "def handler(event, context):", "    return {'status': 200}",
    "for i, item in enumerate(items):", "    total += item.price * item.qty", "class Cache(dict):",
    "    max_tokens = 512", "logger.info('request done', extra={'ms': elapsed})", "if __name__ == '__main__':",
    "const api = require('./api');", "export function parse(input: string): Token[] {",
    "  return tokens.filter(Boolean);",
    "fn main() -> Result<(), Error> {", "    let key = map.get(&id)?;", "SELECT id, name FROM users WHERE active = 1;",
    "# TODO: move the retry policy into config", "timeout: 30", "retries: 3", "    - name: build",
    "      run: make test", "<div class=\"card\">{{ title }}</div>", "token = tokenizer.next()",
    "password_field = form.fields['password']", "api_key = os.environ['API_KEY']", "path = Path(__file__).parent",
    "assert response.status_code == 200, response.text", "    raise ValueError(f'bad key {key!r}')",
)
CONFIG_LINES = ("server:", "  port: 8080", "  host: 0.0.0.0", "logging:", "  level: info", "[database]",
                "name = app", "pool_size = 10", "features.beta = true", "cache.ttl_seconds=600")
PROSE_WORDS = ("the", "deploy", "failed", "because", "of", "a", "timeout", "we", "rotated", "keys", "and", "retried",
               "build", "notes", "for", "release", "see", "ticket", "config", "service", "token", "bucket", "limits")


def embed(snippet: str, style: str, rng: random.Random, filler: int = 6) -> str:
    """Put ``snippet`` in code, config, JSON or prose made of ``filler`` random lines/sentences."""
    if style == "code":
        lines = [rng.choice(CODE_LINES) for _ in range(filler)]
        lines.insert(rng.randint(0, len(lines)), snippet)
        return "\n".join(lines)
    if style == "config":
        lines = [rng.choice(CONFIG_LINES) for _ in range(filler)]
        lines.insert(rng.randint(0, len(lines)), snippet)
        return "\n".join(lines)
    if style == "json":
        doc = {f"k{i}": rng.choice(CODE_LINES) for i in range(filler)}
        doc[rng.choice(["note", "content", "cmd", "value"])] = snippet
        return json.dumps(doc, indent=rng.choice([None, 2]))
    words = [rng.choice(PROSE_WORDS) for _ in range(filler * 4)]
    words.insert(rng.randint(0, len(words)), snippet)
    return " ".join(words) + "."


def stellar_seed(rng: random.Random) -> str:
    """A Stellar secret seed: base32 of version byte 18 << 3, 32 key bytes, CRC16-XModem (little-endian)."""
    import base64
    import binascii
    body = bytes([18 << 3]) + rng.randbytes(32)
    return base64.b32encode(body + binascii.crc_hqx(body, 0).to_bytes(2, "little")).decode()


def json_form(secret: str) -> str:
    """How ``secret`` reads once it sits inside a JSON string."""
    return json.dumps(secret)[1:-1]


def mixed_code(size: int, rng: random.Random, secrets: int = 3) -> str:
    """About ``size`` characters of code/config/prose with ``secrets`` credentials of random types."""
    parts: list[str] = []
    total = 0
    slots = sorted(rng.sample(range(max(size // 400, secrets + 1)), secrets))
    i = 0
    while total < size:
        if slots and i == slots[0]:
            slots.pop(0)
            chunk = positive(rng.choice(SECRET_TYPES), rng).text
        elif i % 7 == 3:
            chunk = negative(rng.choice(list(NEGATIVES)), rng, rng.randrange(40)).text
        else:
            chunk = "\n".join(rng.choice(CODE_LINES) for _ in range(8))
        parts.append(chunk)
        total += len(chunk) + 1
        i += 1
    return "\n".join(parts)[:size]
