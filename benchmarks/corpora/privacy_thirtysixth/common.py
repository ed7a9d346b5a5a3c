"""Shared helpers: random token shapes, span placement, checksums."""
import string, zlib

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
MARK = "\x00"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, lo=12, hi=20):
    """[A-Za-z0-9._-], alnum ends, has upper, lower, digit."""
    while True:
        n = rng.randint(lo, hi)
        mid = rs(rng, ALNUM + "._-", n - 2)
        p = rng.choice(ALNUM) + mid + rng.choice(ALNUM)
        if any(c in UP for c in p) and any(c in LOW for c in p) and any(c in DIG for c in p) \
                and ".." not in p and "--" not in p:
            return p


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = (DIG + UP + LOW)[r] + out
    return out.rjust(width, "0")


def gh_style(rng, prefix):
    body = rs(rng, ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_checksum_ok(tok):
    for p in ("ghp_", "gho_", "ghs_", "ghr_", "ghu_", "npm_"):
        if tok.startswith(p) and len(tok) == 40:
            body, cs = tok[4:34], tok[34:]
            return b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == cs
    return False


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def b64url(b):
    import base64
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, payload):
    import json
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(rng, URLSAFE, 43)


def place(template, value):
    """template contains MARK exactly once; returns (text, start, end)."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def rec_pos(rid, typ, container, text, start, end, source):
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": text[start:end], "start": start, "end": end, "type": typ}],
            "source": source}


# ---- everyday common secret types (names repeat earlier corpora on purpose) ----
def everyday_value(rng, t):
    if t == "anthropic_api_key":
        return "sk-ant-api03-" + rs(rng, URLSAFE, 93) + "AA"
    if t == "aws_secret_access_key":
        return rs(rng, B64, 40)
    if t == "datadog_api_key" or t == "twilio_auth_token":
        return rs(rng, HEX, 32)
    if t == "dockerhub_personal_access_token":
        return "dckr_pat_" + rs(rng, URLSAFE, 27)
    if t == "github_classic_pat":
        return gh_style(rng, "ghp_")
    if t == "npm_access_token":
        return gh_style(rng, "npm_")
    if t == "github_fine_grained_pat":
        return "github_pat_11" + rs(rng, UP + DIG, 20) + "_" + rs(rng, ALNUM, 59)
    if t == "gitlab_personal_access_token":
        return "glpat-" + rs(rng, URLSAFE, 20)
    if t == "google_gemini_api_key":
        return "AIza" + rs(rng, URLSAFE, 35)
    if t == "huggingface_access_token":
        return "hf_" + rs(rng, LOW + UP, 34)
    if t == "jwt_signing_secret":
        return rs(rng, URLSAFE, 43)
    if t == "openai_project_api_key":
        return "sk-proj-" + rs(rng, URLSAFE, 74) + "T3BlbkFJ" + rs(rng, URLSAFE, 74)
    if t == "sendgrid_api_key":
        return "SG." + rs(rng, URLSAFE, 22) + "." + rs(rng, URLSAFE, 43)
    if t == "slack_bot_token":
        return "xoxb-%s-%s-%s" % (rs(rng, DIG, 12), rs(rng, DIG, 13), rs(rng, ALNUM, 24))
    if t == "stripe_live_secret_key":
        return "sk_live_51" + rs(rng, ALNUM, 97)
    if t == "telegram_bot_token":
        return rs(rng, "123456789", 1) + rs(rng, DIG, 9) + ":AA" + rs(rng, URLSAFE, 33)
    if t in ("database_password", "smtp_password", "mysql_url_password",
             "postgres_url_password", "redis_url_password"):
        return password(rng)
    raise KeyError(t)


EVERYDAY_TYPES = ["anthropic_api_key", "aws_secret_access_key", "database_password", "datadog_api_key",
                  "dockerhub_personal_access_token", "github_classic_pat", "github_fine_grained_pat",
                  "gitlab_personal_access_token", "google_gemini_api_key", "huggingface_access_token",
                  "jwt_signing_secret", "mysql_url_password", "npm_access_token", "openai_project_api_key",
                  "postgres_url_password", "redis_url_password", "sendgrid_api_key", "slack_bot_token",
                  "smtp_password", "stripe_live_secret_key", "telegram_bot_token", "twilio_auth_token"]

ENV_NAME = {"anthropic_api_key": "ANTHROPIC_API_KEY", "aws_secret_access_key": "AWS_SECRET_ACCESS_KEY",
            "database_password": "DB_PASSWORD", "datadog_api_key": "DD_API_KEY",
            "dockerhub_personal_access_token": "DOCKERHUB_TOKEN", "github_classic_pat": "GITHUB_TOKEN",
            "github_fine_grained_pat": "GH_TOKEN", "gitlab_personal_access_token": "GITLAB_TOKEN",
            "google_gemini_api_key": "GEMINI_API_KEY", "huggingface_access_token": "HF_TOKEN",
            "jwt_signing_secret": "JWT_SECRET", "mysql_url_password": "MYSQL_URL",
            "npm_access_token": "NPM_TOKEN", "openai_project_api_key": "OPENAI_API_KEY",
            "postgres_url_password": "DATABASE_URL", "redis_url_password": "REDIS_URL",
            "sendgrid_api_key": "SENDGRID_API_KEY", "slack_bot_token": "SLACK_BOT_TOKEN",
            "smtp_password": "SMTP_PASSWORD", "stripe_live_secret_key": "STRIPE_SECRET_KEY",
            "telegram_bot_token": "TELEGRAM_BOT_TOKEN", "twilio_auth_token": "TWILIO_AUTH_TOKEN"}


def everyday_expr(rng, t):
    """Value expression with MARK; DSN types wrap the password in a URL."""
    if t == "postgres_url_password":
        return "postgresql://app_rw:" + MARK + "@pg-%d.dev.example:5432/app" % rng.randint(1, 9)
    if t == "mysql_url_password":
        return "mysql://svc_api:" + MARK + "@mysql-%d.dev.example:3306/shop" % rng.randint(1, 9)
    if t == "redis_url_password":
        return "redis://default:" + MARK + "@cache-%d.dev.example:6379/0" % rng.randint(1, 9)
    return MARK
