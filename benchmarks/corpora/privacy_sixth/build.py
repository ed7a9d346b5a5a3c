#!/usr/bin/env python3
"""Build the p6 ("privacy_sixth") held-out credential-detection corpus.

Python 3.11 standard library only.  Deterministic: a single fixed
random.Random(SEED) drives every choice, no set/dict-hash ordering is used,
and no clock, environment or filesystem state is read (apart from the output
directory).  Every credential-looking value is generated here in the shape of
its format; none is copied from any rule set, test fixture or documentation.

Writes secrets.jsonl, evasions.jsonl and negatives.jsonl next to this file
after running consistency checks (see check_all()).
"""
import base64
import binascii
import hashlib
import hmac
import html
import json
import os
import random
import re
import string
import sys
import unicodedata
import urllib.parse
import zlib

SEED = 60606
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B62 = DG + UP + LO
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = UP + LO + DG + "+/"
B64U = UP + LO + DG + "-_"
LOAN = LO + DG
UPAN = UP + DG
B32 = UP + "234567"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def ri(a, b):
    return R.randint(a, b)


def pick(seq):
    return seq[R.randrange(len(seq))]


def b62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def crc_token(prefix):
    """GitHub / npm token: prefix + 30 random base62 + base62(CRC32(random part)) padded to 6."""
    body = rs(AN, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_ok(tok):
    i = tok.index("_") + 1
    body, chk = tok[i:-6], tok[-6:]
    return len(body) == 30 and b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == chk


def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64e(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jdump(o):
    return json.dumps(o, separators=(",", ":"))


def jwt_hs256(payload, secret, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64u(jdump(header).encode())
    p = b64u(jdump(payload).encode())
    sig = hmac.new(secret.encode() if isinstance(secret, str) else secret,
                   (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u(sig)


def jwt_rs256(payload, kid=None):
    header = {"alg": "RS256", "typ": "JWT"}
    if kid:
        header["kid"] = kid
    return b64u(jdump(header).encode()) + "." + b64u(jdump(payload).encode()) + "." + b64u(rbytes(256))


def ts(year=None):
    y = year or pick([2024, 2025])
    return "%d-%02d-%02dT%02d:%02d:%02d" % (y, ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59))


def epoch():
    return ri(1704067200, 1767225599)


def ip():
    return "10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254))


HOSTS = ["db-prod-2.internal", "pg.eu-west.corp", "mysql01.lan", "redis-cache.svc", "mongo-a.cluster.local",
         "ldap.hq.example.com", "files.example.net", "nas01", "backup.acme.test", "sftp.partner.example",
         "mq.internal", "ci.example.org", "registry.example.io", "smtp.mailhost.example", "imap.example.com"]
USERS = ["admin", "deploy", "svc_reporting", "jenkins", "backup", "etl_user", "app", "root", "ops", "grafana",
         "mkowalski", "a.dupont", "jsmith", "tanaka", "li.wei", "svc-sync", "builder", "postgres", "sa", "www-data"]


def host():
    return pick(HOSTS)


def user():
    return pick(USERS)


# ---------------------------------------------------------------------------
# Password generators (human-chosen and random)
# ---------------------------------------------------------------------------
_WORDS = ["Sunflower", "Marmot", "Kaffee", "Sommer", "Printemps", "Gato", "Lisboa", "Tulpen", "Kielbasa", "Praha",
          "Fjord", "Sauna", "Istanbul", "Medved", "Koala", "Tsunami", "Bamboo", "Sakura", "Dragon", "Monsoon",
          "Falcon", "Granite", "Pelican", "Harbor", "Orchid", "Cobalt", "Walnut", "Tundra", "Saffron", "Quokka",
          "Papaya", "Basalt", "Juniper", "Otter", "Meridian", "Cinnamon", "Glacier", "Lantern", "Mistral", "Nebula"]
_SYM = "!@#$%&*?+-_.="
_USED_PW = []


def pw_human():
    while True:
        w = pick(_WORDS)
        style = ri(0, 5)
        if style == 0:
            p = w + str(ri(1970, 2026)) + pick(_SYM)
        elif style == 1:
            p = w.lower() + pick(_SYM) + pick(_WORDS) + str(ri(1, 99))
        elif style == 2:
            p = pick(_SYM) + w.replace("a", "@").replace("o", "0") + str(ri(10, 999))
        elif style == 3:
            p = w + pick(["-", ".", "_"]) + pick(_WORDS).lower() + pick(["-", ".", "_"]) + pick(_WORDS).lower()
        elif style == 4:
            p = w[:4] + str(ri(100, 9999)) + w[4:].upper() + pick(_SYM)
        else:
            p = w.replace("e", "3").replace("i", "1") + pick(_SYM) + pick(_SYM) + str(ri(0, 9))
        if p not in _USED_PW:
            _USED_PW.append(p)
            return p


def pw_random(n=None, alpha=None):
    n = n or ri(14, 24)
    alpha = alpha or (AN + "!#%^*_-+=.")
    while True:
        p = rs(alpha, n)
        if any(c.isdigit() for c in p) and any(c.isalpha() for c in p) and p not in _USED_PW:
            _USED_PW.append(p)
            return p


def pw_safe(n=None):
    """random password with no characters that need escaping in URLs/shell/XML."""
    return pw_random(n, AN + "_-.")


def pw_any():
    return pw_human() if R.random() < 0.5 else pw_random()


# ---------------------------------------------------------------------------
# Span marker + template filling.  Templates use ⟪name⟫ placeholders so that
# braces in JSON/code need no escaping.  A placeholder bound to an S() value
# becomes a labelled span; one bound to a str is inserted verbatim.
# ---------------------------------------------------------------------------
class S:
    __slots__ = ("value", "type", "plain")

    def __init__(self, value, type_, plain=None):
        self.value = value
        self.type = type_
        self.plain = plain


_PH = re.compile("⟪([A-Za-z0-9_]+)⟫")


def fill(template, kw):
    out = []
    spans = []
    pos = 0
    last = 0
    for m in _PH.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        name = m.group(1)
        if name not in kw:
            raise KeyError("template placeholder %r unbound" % name)
        v = kw[name]
        if isinstance(v, S):
            sp = {"value": v.value, "start": pos, "end": pos + len(v.value), "type": v.type}
            if v.plain is not None:
                sp["plain"] = v.plain
            spans.append(sp)
            out.append(v.value)
            pos += len(v.value)
        else:
            v = str(v)
            out.append(v)
            pos += len(v)
        last = m.end()
    out.append(template[last:])
    return "".join(out), spans


POS = []
EVA = []
NEG = []


def pos(container, template, source, **kw):
    text, spans = fill(template, kw)
    POS.append({"container": container, "text": text, "spans": spans, "source": source})


def neg(cls, container, template, source, **kw):
    text, spans = fill(template, kw)
    assert not spans, "negative with a labelled span"
    NEG.append({"class": cls, "container": container, "text": text, "source": source})


# ---------------------------------------------------------------------------
# Vendor token generators.  Shapes follow public format descriptions (rule
# sets, vendor docs); where a shape is partly guessed it is listed in
# GUESSED and in README.md.
# ---------------------------------------------------------------------------
def g_openai_proj():
    return "sk-proj-" + rs(AN + "-_", 74) + "T3BlbkFJ" + rs(AN + "-_", 74)


def g_openai_svc():
    return "sk-svcacct-" + rs(AN + "-_", 74) + "T3BlbkFJ" + rs(AN + "-_", 74)


def g_openai_admin():
    return "sk-admin-" + rs(AN + "-_", 58) + "T3BlbkFJ" + rs(AN + "-_", 58)


def g_openai_legacy():
    return "sk-" + rs(AN, 20) + "T3BlbkFJ" + rs(AN, 20)


def g_atlassian():
    body = rs(AN + "-_", 177)
    return "ATATT3" + body + "=" + rs(HEXU, 8)


def g_azure_devops():
    # 84 chars, fixed "JQQJ99" marker and "AZDO" signature (positions partly guessed)
    return rs(AN, 52) + "JQQJ99" + rs(UP, 2) + "ACAAAAAAAAAAAAAS" + "AZDO" + rs(AN, 4)


def g_discord_bot():
    uid = str(ri(10 ** 17, 10 ** 19 - 1))
    return b64u(uid.encode()) + "." + rs(AN + "-_", 6) + "." + rs(AN + "-_", 38)


def g_telegram():
    return str(ri(10 ** 9, 8 * 10 ** 9)) + ":AA" + rs(AN + "-_", 33)


def g_age():
    return "AGE-SECRET-KEY-1" + rs(BECH32, 58)


def g_1pw_sa():
    payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": b64u(rbytes(16))}, "email": rs(LO, 12) + "@1passwordserviceaccounts.com",
               "srpX": rbytes(32).hex(), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(32)),
               "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(UPAN, 6) + "-" + rs(UPAN, 6) + "-" + rs(UPAN, 5) + "-" + rs(UPAN, 5) + "-" + rs(UPAN, 5) + "-" + rs(UPAN, 5),
               "throttleSecret": {"seed": rbytes(32).hex(), "uuid": rs(UPAN, 26)}, "deviceUuid": rs(LOAN, 26)}
    return "ops_" + b64e(jdump(payload).encode()).rstrip("=")


def g_1pw_secret_key():
    return "A3-" + rs(UPAN, 6) + "-" + rs(UPAN, 11) + "-" + rs(UPAN, 5) + "-" + rs(UPAN, 5) + "-" + rs(UPAN, 5)


def g_sentry_org():
    payload = {"iat": epoch() + 0.5, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": rs(LO, 8)}
    return "sntrys_" + b64e(jdump(payload).encode()).rstrip("=") + "_" + rs(AN + "+/", 43)


def g_grafana_cloud():
    payload = {"o": str(ri(100000, 999999)), "n": "stack-" + str(ri(100000, 999999)) + "-hm-read-" + rs(LO, 6),
               "k": rs(AN, 24), "m": {"r": pick(["prod-eu-west-0", "prod-us-central-0"])}}
    return "glc_" + b64e(jdump(payload).encode())


def g_flyio():
    return "fm2_" + b64e(rbytes(150)).rstrip("=") + ",fm2_" + b64e(rbytes(120)).rstrip("=")


def g_pypi():
    return "pypi-AgEIcHlwaS5vcmc" + b64u(rbytes(ri(100, 140)))


def g_jfrog_ref():
    raw = ("reftkn:01:%d:%s" % (epoch() + 10 ** 8, rs(AN, 27))).encode()
    return b64e(raw).rstrip("=")


def g_supabase_service_role():
    ref = rs(LO, 20)
    iat = epoch()
    return jwt_hs256({"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315360000},
                     rs(AN, 40))


def g_supabase_anon():
    ref = rs(LO, 20)
    iat = epoch()
    return jwt_hs256({"iss": "supabase", "ref": ref, "role": "anon", "iat": iat, "exp": iat + 315360000}, rs(AN, 40))


def g_k8s_sa():
    ns = pick(["default", "ci", "monitoring", "argocd", "payments"])
    sa = pick(["deployer", "builder", "prometheus", "argocd-application-controller", "ledger-api"])
    iat = epoch()
    return jwt_rs256({"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": iat + 31536000, "iat": iat,
                      "iss": "https://kubernetes.default.svc.cluster.local",
                      "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": uuid4()}},
                      "nbf": iat, "sub": "system:serviceaccount:%s:%s" % (ns, sa)}, kid=b64u(rbytes(32)))


def g_mapbox_secret():
    user = rs(LO, 8)
    return "sk." + b64u(jdump({"u": user, "a": rs(LOAN, 25)}).encode()) + "." + rs(AN + "-_", 22)


def g_mapbox_public():
    user = rs(LO, 8)
    return "pk." + b64u(jdump({"u": user, "a": rs(LOAN, 25)}).encode()) + "." + rs(AN + "-_", 22)


def g_aws_session():
    return "IQoJb3JpZ2luX2VjE" + rs(AN, 20) + b64e(rbytes(ri(300, 420)))


def g_google_refresh():
    return "1//0" + rs(AN, 1) + rs(AN + "-_", 99)


def g_twitter_bearer():
    return "A" * 22 + rs(AN, 20) + "%3D" + rs(AN, 52)


def g_salesforce():
    return "00D" + rs(AN, 12) + "!" + rs(AN + ".", 96)


def g_hvs():
    return "hvs." + rs(AN + "_-", 24) + "GicKImh2cy4" + rs(AN + "_-", 60)


def g_hvb():
    return "hvb." + rs(AN + "_-", 150)


def g_cf_origin():
    return "v1.0-" + rs(HEX, 24) + "-" + rs(HEX, 146)


def g_nuget():
    return "oy2" + rs(LOAN, 43)


def g_dyna():
    return "dt0c01." + rs(UPAN, 24) + "." + rs(UPAN, 64)


def g_asana():
    return "2/" + str(ri(10 ** 15, 10 ** 16 - 1)) + "/" + str(ri(10 ** 15, 10 ** 16 - 1)) + ":" + rs(HEX, 32)


def g_braintree():
    return "access_token$production$" + rs(LOAN, 16) + "$" + rs(HEX, 32)


def g_intercom():
    return b64e(("tok:" + uuid4() + ":1:0").encode()).rstrip("=")


# Each entry: (type, ENV_NAME, generator, self_identifying, vendor description)
VENDORS = [
    ("openai_project_key", "OPENAI_API_KEY", g_openai_proj, True, "OpenAI project key"),
    ("openai_service_account_key", "OPENAI_API_KEY", g_openai_svc, True, "OpenAI service-account key"),
    ("openai_admin_key", "OPENAI_ADMIN_KEY", g_openai_admin, True, "OpenAI admin key"),
    ("openai_legacy_key", "OPENAI_KEY", g_openai_legacy, True, "OpenAI legacy user key"),
    ("anthropic_api_key", "ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + rs(AN + "-_", 93) + "AA", True, "Anthropic API key"),
    ("anthropic_admin_key", "ANTHROPIC_ADMIN_KEY", lambda: "sk-ant-admin01-" + rs(AN + "-_", 93) + "AA", True, "Anthropic admin key"),
    ("huggingface_token", "HF_TOKEN", lambda: "hf_" + rs(UP + LO, 34), True, "Hugging Face user token"),
    ("huggingface_org_token", "HUGGINGFACE_ORG_TOKEN", lambda: "api_org_" + rs(UP + LO, 34), True, "Hugging Face org token"),
    ("groq_api_key", "GROQ_API_KEY", lambda: "gsk_" + rs(AN, 52), True, "Groq key"),
    ("replicate_api_token", "REPLICATE_API_TOKEN", lambda: "r8_" + rs(AN, 37), True, "Replicate token"),
    ("perplexity_api_key", "PERPLEXITY_API_KEY", lambda: "pplx-" + rs(AN, 48), True, "Perplexity key"),
    ("xai_api_key", "XAI_API_KEY", lambda: "xai-" + rs(AN, 80), True, "xAI key"),
    ("mistral_api_key", "MISTRAL_API_KEY", lambda: rs(AN, 32), False, "Mistral key"),
    ("cohere_api_key", "CO_API_KEY", lambda: rs(AN, 40), False, "Cohere key"),
    ("openrouter_api_key", "OPENROUTER_API_KEY", lambda: "sk-or-v1-" + rs(HEX, 64), True, "OpenRouter key"),
    ("langsmith_api_key", "LANGSMITH_API_KEY", lambda: "lsv2_pt_" + rs(HEX, 32) + "_" + rs(HEX, 10), True, "LangSmith key"),
    ("pinecone_api_key", "PINECONE_API_KEY", lambda: "pcsk_" + rs(AN, 6) + "_" + rs(AN, 63), True, "Pinecone key"),
    ("deepseek_api_key", "DEEPSEEK_API_KEY", lambda: "sk-" + rs(HEX, 32), False, "DeepSeek key"),
    ("google_gemini_api_key", "GEMINI_API_KEY", lambda: "AIza" + rs(AN + "-_", 35), True, "Gemini (Google) API key"),
    ("together_api_key", "TOGETHER_API_KEY", lambda: "tgp_v1_" + rs(AN + "-_", 43), True, "Together AI key"),
    ("fireworks_api_key", "FIREWORKS_API_KEY", lambda: "fw_" + rs(AN, 24), True, "Fireworks key"),
    ("elevenlabs_api_key", "ELEVENLABS_API_KEY", lambda: "sk_" + rs(HEX, 48), False, "ElevenLabs key"),
    ("cerebras_api_key", "CEREBRAS_API_KEY", lambda: "csk-" + rs(LOAN, 48), True, "Cerebras key"),
    ("langfuse_secret_key", "LANGFUSE_SECRET_KEY", lambda: "sk-lf-" + uuid4(), True, "Langfuse secret key"),
    ("tavily_api_key", "TAVILY_API_KEY", lambda: "tvly-" + rs(AN, 32), True, "Tavily key"),
    ("firecrawl_api_key", "FIRECRAWL_API_KEY", lambda: "fc-" + rs(HEX, 32), True, "Firecrawl key"),
    ("assemblyai_api_key", "ASSEMBLYAI_API_KEY", lambda: rs(HEX, 32), False, "AssemblyAI key"),
    ("deepgram_api_key", "DEEPGRAM_API_KEY", lambda: rs(HEX, 40), False, "Deepgram key"),
    ("wandb_api_key", "WANDB_API_KEY", lambda: rs(HEX, 40), False, "Weights & Biases key"),
    ("azure_openai_key", "AZURE_OPENAI_API_KEY", lambda: rs(HEX, 32), False, "Azure OpenAI key"),
    ("github_pat_classic", "GITHUB_TOKEN", lambda: crc_token("ghp_"), True, "GitHub classic PAT"),
    ("github_oauth_token", "GH_OAUTH_TOKEN", lambda: crc_token("gho_"), True, "GitHub OAuth token"),
    ("github_user_to_server_token", "GH_APP_USER_TOKEN", lambda: crc_token("ghu_"), True, "GitHub App user token"),
    ("github_server_to_server_token", "GH_INSTALLATION_TOKEN", lambda: crc_token("ghs_"), True, "GitHub App installation token"),
    ("github_refresh_token", "GH_REFRESH_TOKEN", lambda: crc_token("ghr_"), True, "GitHub refresh token"),
    ("github_fine_grained_pat", "GH_TOKEN", lambda: "github_pat_11" + rs(UPAN, 20) + "_" + rs(AN, 59), True, "GitHub fine-grained PAT"),
    ("gitlab_pat", "GITLAB_TOKEN", lambda: "glpat-" + rs(AN + "-_", 20), True, "GitLab PAT"),
    ("gitlab_pat_routable", "GITLAB_PRIVATE_TOKEN", lambda: "glpat-" + rs(AN + "-_", 36) + "." + rs(LOAN, 2) + rs(LOAN, 7), True, "GitLab routable PAT"),
    ("gitlab_deploy_token", "CI_DEPLOY_PASSWORD", lambda: "gldt-" + rs(AN + "-_", 20), True, "GitLab deploy token"),
    ("gitlab_runner_token", "RUNNER_TOKEN", lambda: "glrt-" + rs(AN + "-_", 20), True, "GitLab runner auth token"),
    ("gitlab_pipeline_trigger_token", "TRIGGER_TOKEN", lambda: "glptt-" + rs(HEX, 40), True, "GitLab trigger token"),
    ("gitlab_runner_registration_token", "REGISTRATION_TOKEN", lambda: "GR1348941" + rs(AN + "-_", 20), True, "GitLab runner registration token"),
    ("gitlab_oauth_app_secret", "GITLAB_OAUTH_SECRET", lambda: "gloas-" + rs(AN + "-_", 64), True, "GitLab OAuth app secret"),
    ("bitbucket_app_password", "BITBUCKET_APP_PASSWORD", lambda: "ATBB" + rs(AN, 32) + rs(HEXU, 8), True, "Bitbucket app password"),
    ("azure_devops_pat", "AZURE_DEVOPS_EXT_PAT", g_azure_devops, True, "Azure DevOps PAT (new format)"),
    ("azure_devops_pat_legacy", "AZDO_PERSONAL_ACCESS_TOKEN", lambda: rs("abcdefghijklmnopqrstuvwxyz234567", 52), False, "Azure DevOps PAT (legacy base32)"),
    ("circleci_pat", "CIRCLECI_TOKEN", lambda: "CCIPAT_" + rs(AN, 22) + "_" + rs(HEX, 40), True, "CircleCI PAT"),
    ("buildkite_api_token", "BUILDKITE_API_TOKEN", lambda: "bkua_" + rs(HEX, 40), True, "Buildkite token"),
    ("travis_ci_token", "TRAVIS_API_TOKEN", lambda: rs(AN, 22), False, "Travis CI token"),
    ("jenkins_api_token", "JENKINS_API_TOKEN", lambda: "11" + rs(HEX, 32), False, "Jenkins API token"),
    ("sonarqube_user_token", "SONAR_TOKEN", lambda: "squ_" + rs(HEX, 40), True, "SonarQube user token"),
    ("sonarqube_project_token", "SONAR_LOGIN", lambda: "sqp_" + rs(HEX, 40), True, "SonarQube project token"),
    ("codecov_token", "CODECOV_TOKEN", uuid4, False, "Codecov upload token"),
    ("snyk_token", "SNYK_TOKEN", uuid4, False, "Snyk token"),
    ("npm_access_token", "NPM_TOKEN", lambda: crc_token("npm_"), True, "npm token"),
    ("pypi_upload_token", "TWINE_PASSWORD", g_pypi, True, "PyPI upload token"),
    ("rubygems_api_key", "GEM_HOST_API_KEY", lambda: "rubygems_" + rs(HEX, 48), True, "RubyGems key"),
    ("nuget_api_key", "NUGET_API_KEY", g_nuget, True, "NuGet key"),
    ("dockerhub_pat", "DOCKERHUB_TOKEN", lambda: "dckr_pat_" + rs(AN + "-_", 27), True, "Docker Hub PAT"),
    ("jfrog_api_key", "ARTIFACTORY_API_KEY", lambda: "AKCp" + rs(AN, 69), True, "JFrog API key"),
    ("jfrog_reference_token", "JFROG_ACCESS_TOKEN", g_jfrog_ref, True, "JFrog reference token"),
    ("clojars_token", "CLOJARS_PASSWORD", lambda: "CLOJARS_" + rs(LOAN, 60), True, "Clojars deploy token"),
    ("crates_io_token", "CARGO_REGISTRY_TOKEN", lambda: "cio" + rs(AN, 32), True, "crates.io token"),
    ("octopus_api_key", "OCTOPUS_API_KEY", lambda: "API-" + rs(UPAN, 26), True, "Octopus Deploy key"),
    ("harness_pat", "HARNESS_API_KEY", lambda: "pat." + rs(AN + "_-", 22) + "." + rs(AN, 24) + "." + rs(AN, 20), True, "Harness PAT"),
    ("terraform_cloud_token", "TFE_TOKEN", lambda: rs(AN, 14) + ".atlasv1." + rs(AN, 67), True, "Terraform Cloud token"),
    ("pulumi_access_token", "PULUMI_ACCESS_TOKEN", lambda: "pul-" + rs(HEX, 40), True, "Pulumi token"),
    ("doppler_service_token", "DOPPLER_TOKEN", lambda: "dp.st.prd." + rs(AN, 40), True, "Doppler service token"),
    ("doppler_personal_token", "DOPPLER_TOKEN", lambda: "dp.pt." + rs(AN, 43), True, "Doppler personal token"),
    ("vault_service_token", "VAULT_TOKEN", g_hvs, True, "Vault service token"),
    ("vault_batch_token", "VAULT_TOKEN", g_hvb, True, "Vault batch token"),
    ("consul_acl_token", "CONSUL_HTTP_TOKEN", uuid4, False, "Consul ACL token"),
    ("onepassword_service_account_token", "OP_SERVICE_ACCOUNT_TOKEN", g_1pw_sa, True, "1Password service-account token"),
    ("onepassword_secret_key", "OP_SECRET_KEY", g_1pw_secret_key, True, "1Password account secret key"),
    ("age_secret_key", "SOPS_AGE_KEY", g_age, True, "age secret key"),
    ("infracost_api_key", "INFRACOST_API_KEY", lambda: "ico-" + rs(AN, 32), True, "Infracost key"),
    ("prefect_api_key", "PREFECT_API_KEY", lambda: "pnu_" + rs(AN, 36), True, "Prefect key"),
    ("readme_api_key", "README_API_KEY", lambda: "rdme_" + rs(LOAN, 70), True, "ReadMe key"),
    ("postman_api_key", "POSTMAN_API_KEY", lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34), True, "Postman key"),
    ("linear_api_key", "LINEAR_API_KEY", lambda: "lin_api_" + rs(AN, 40), True, "Linear key"),
    ("notion_integration_secret", "NOTION_TOKEN", lambda: "secret_" + rs(AN, 43), True, "Notion legacy integration secret"),
    ("notion_api_token", "NOTION_API_KEY", lambda: "ntn_" + rs(DG, 11) + rs(AN, 35), True, "Notion token"),
    ("atlassian_api_token", "JIRA_API_TOKEN", g_atlassian, True, "Atlassian API token"),
    ("asana_pat", "ASANA_ACCESS_TOKEN", g_asana, True, "Asana PAT"),
    ("clickup_api_token", "CLICKUP_API_KEY", lambda: "pk_" + str(ri(10 ** 6, 10 ** 8)) + "_" + rs(UPAN, 32), True, "ClickUp token"),
    ("airtable_pat", "AIRTABLE_API_KEY", lambda: "pat" + rs(AN, 14) + "." + rs(HEX, 64), True, "Airtable PAT"),
    ("figma_pat", "FIGMA_TOKEN", lambda: "figd_" + rs(AN + "-_", 40), True, "Figma PAT"),
    ("contentful_management_token", "CONTENTFUL_MANAGEMENT_TOKEN", lambda: "CFPAT-" + rs(AN + "-_", 43), True, "Contentful CMA token"),
    ("trello_token", "TRELLO_TOKEN", lambda: "ATTA" + rs(HEX, 64) + rs(HEXU, 8), True, "Trello token"),
    ("zendesk_api_token", "ZENDESK_API_TOKEN", lambda: rs(AN, 40), False, "Zendesk token"),
    ("hubspot_private_app_token", "HUBSPOT_ACCESS_TOKEN", lambda: "pat-" + pick(["na1", "eu1"]) + "-" + uuid4(), True, "HubSpot private app token"),
    ("intercom_access_token", "INTERCOM_ACCESS_TOKEN", g_intercom, False, "Intercom token"),
    ("mailchimp_api_key", "MAILCHIMP_API_KEY", lambda: rs(HEX, 32) + "-us" + str(ri(1, 21)), True, "Mailchimp key"),
    ("mailgun_api_key", "MAILGUN_API_KEY", lambda: "key-" + rs(HEX, 32), True, "Mailgun key"),
    ("sendgrid_api_key", "SENDGRID_API_KEY", lambda: "SG." + rs(AN + "-_", 22) + "." + rs(AN + "-_", 43), True, "SendGrid key"),
    ("brevo_api_key", "BREVO_API_KEY", lambda: "xkeysib-" + rs(HEX, 64) + "-" + rs(AN, 16), True, "Brevo/Sendinblue key"),
    ("postmark_server_token", "POSTMARK_SERVER_TOKEN", uuid4, False, "Postmark server token"),
    ("resend_api_key", "RESEND_API_KEY", lambda: "re_" + rs(AN, 8) + "_" + rs(AN, 24), True, "Resend key"),
    ("mailersend_api_token", "MAILERSEND_API_KEY", lambda: "mlsn." + rs(HEX, 64), True, "MailerSend token"),
    ("sparkpost_api_key", "SPARKPOST_API_KEY", lambda: rs(HEX, 40), False, "SparkPost key"),
    ("twilio_auth_token", "TWILIO_AUTH_TOKEN", lambda: rs(HEX, 32), False, "Twilio auth token"),
    ("vonage_api_secret", "VONAGE_API_SECRET", lambda: rs(AN, 16), False, "Vonage secret"),
    ("plivo_auth_token", "PLIVO_AUTH_TOKEN", lambda: rs(AN, 40), False, "Plivo token"),
    ("telnyx_api_key", "TELNYX_API_KEY", lambda: "KEY" + rs(UPAN, 32) + "_" + rs(AN, 22), True, "Telnyx v2 key"),
    ("messagebird_api_key", "MESSAGEBIRD_ACCESS_KEY", lambda: rs(AN, 25), False, "MessageBird key"),
    ("slack_bot_token", "SLACK_BOT_TOKEN", lambda: "xoxb-" + str(ri(10 ** 10, 10 ** 12)) + "-" + str(ri(10 ** 12, 10 ** 13 - 1)) + "-" + rs(AN, 24), True, "Slack bot token"),
    ("slack_user_token", "SLACK_USER_TOKEN", lambda: "xoxp-" + str(ri(10 ** 10, 10 ** 12)) + "-" + str(ri(10 ** 10, 10 ** 12)) + "-" + str(ri(10 ** 12, 10 ** 13 - 1)) + "-" + rs(HEX, 32), True, "Slack user token"),
    ("slack_app_token", "SLACK_APP_TOKEN", lambda: "xapp-1-A" + rs(UPAN, 10) + "-" + str(ri(10 ** 12, 10 ** 13 - 1)) + "-" + rs(HEX, 64), True, "Slack app-level token"),
    ("slack_config_token", "SLACK_CONFIG_TOKEN", lambda: "xoxe.xoxp-1-" + rs(AN, 164), True, "Slack configuration token"),
    ("discord_bot_token", "DISCORD_TOKEN", g_discord_bot, True, "Discord bot token"),
    ("telegram_bot_token", "TELEGRAM_BOT_TOKEN", g_telegram, True, "Telegram bot token"),
    ("mattermost_access_token", "MATTERMOST_TOKEN", lambda: rs(LOAN, 26), False, "Mattermost token"),
    ("stripe_secret_key", "STRIPE_SECRET_KEY", lambda: "sk_live_51" + rs(AN, 97), True, "Stripe live secret key"),
    ("stripe_restricted_key", "STRIPE_API_KEY", lambda: "rk_live_51" + rs(AN, 97), True, "Stripe restricted key"),
    ("stripe_webhook_secret", "STRIPE_WEBHOOK_SECRET", lambda: "whsec_" + rs(AN, 32), True, "Stripe webhook signing secret"),
    ("square_access_token", "SQUARE_ACCESS_TOKEN", lambda: "EAAA" + rs(AN + "-_", 60), True, "Square access token"),
    ("square_oauth_secret", "SQUARE_APPLICATION_SECRET", lambda: "sq0csp-" + rs(AN + "-_", 43), True, "Square OAuth secret"),
    ("braintree_access_token", "BRAINTREE_ACCESS_TOKEN", g_braintree, True, "PayPal/Braintree access token"),
    ("razorpay_key_secret", "RAZORPAY_KEY_SECRET", lambda: rs(AN, 24), False, "Razorpay key secret"),
    ("paystack_secret_key", "PAYSTACK_SECRET_KEY", lambda: "sk_live_" + rs(HEX, 40), True, "Paystack secret key"),
    ("flutterwave_secret_key", "FLW_SECRET_KEY", lambda: "FLWSECK-" + rs(HEX, 32) + "-X", True, "Flutterwave secret key"),
    ("mollie_api_key", "MOLLIE_API_KEY", lambda: "live_" + rs(AN, 30), False, "Mollie live key"),
    ("gocardless_access_token", "GOCARDLESS_ACCESS_TOKEN", lambda: "live_" + rs(AN + "-_", 40), False, "GoCardless live token"),
    ("shopify_access_token", "SHOPIFY_ACCESS_TOKEN", lambda: "shpat_" + rs(HEX, 32), True, "Shopify admin token"),
    ("shopify_shared_secret", "SHOPIFY_API_SECRET", lambda: "shpss_" + rs(HEX, 32), True, "Shopify shared secret"),
    ("shopify_custom_app_token", "SHOPIFY_CUSTOM_TOKEN", lambda: "shpca_" + rs(HEX, 32), True, "Shopify custom-app token"),
    ("shopify_private_app_token", "SHOPIFY_PASSWORD", lambda: "shppa_" + rs(HEX, 32), True, "Shopify private-app password"),
    ("plaid_access_token", "PLAID_ACCESS_TOKEN", lambda: "access-production-" + uuid4(), True, "Plaid access token"),
    ("plaid_secret", "PLAID_SECRET", lambda: rs(HEX, 30), False, "Plaid secret"),
    ("shippo_api_token", "SHIPPO_API_KEY", lambda: "shippo_live_" + rs(HEX, 40), True, "Shippo token"),
    ("easypost_api_key", "EASYPOST_API_KEY", lambda: "EZAK" + rs(AN, 54), True, "EasyPost key"),
    ("duffel_api_token", "DUFFEL_ACCESS_TOKEN", lambda: "duffel_live_" + rs(AN + "-_", 43), True, "Duffel token"),
    ("lob_api_key", "LOB_API_KEY", lambda: "live_" + rs(HEX, 35), False, "Lob live key"),
    ("gcp_api_key", "GOOGLE_MAPS_SERVER_KEY", lambda: "AIza" + rs(AN + "-_", 35), True, "Google API key (server side)"),
    ("google_oauth_client_secret", "GOOGLE_CLIENT_SECRET", lambda: "GOCSPX-" + rs(AN + "-_", 28), True, "Google OAuth client secret"),
    ("google_oauth_refresh_token", "GOOGLE_REFRESH_TOKEN", g_google_refresh, True, "Google OAuth refresh token"),
    ("azure_ad_client_secret", "AZURE_CLIENT_SECRET", lambda: rs(AN + "_~.", 3) + str(ri(1, 9)) + "Q~" + rs(AN + "_~.-", 34), True, "Entra ID client secret"),
    ("azure_storage_account_key", "AZURE_STORAGE_KEY", lambda: b64e(rbytes(64)), False, "Azure storage account key"),
    ("ibm_cloud_api_key", "IBMCLOUD_API_KEY", lambda: rs(AN + "-_", 44), False, "IBM Cloud key"),
    ("digitalocean_pat", "DIGITALOCEAN_ACCESS_TOKEN", lambda: "dop_v1_" + rs(HEX, 64), True, "DigitalOcean PAT"),
    ("digitalocean_oauth_token", "DO_OAUTH_TOKEN", lambda: "doo_v1_" + rs(HEX, 64), True, "DigitalOcean OAuth token"),
    ("linode_token", "LINODE_TOKEN", lambda: rs(HEX, 64), False, "Linode token"),
    ("vultr_api_key", "VULTR_API_KEY", lambda: rs(UPAN, 36), False, "Vultr key"),
    ("hetzner_cloud_token", "HCLOUD_TOKEN", lambda: rs(AN, 64), False, "Hetzner Cloud token"),
    ("cloudflare_api_token", "CLOUDFLARE_API_TOKEN", lambda: rs(AN + "-_", 40), False, "Cloudflare API token"),
    ("cloudflare_global_api_key", "CF_API_KEY", lambda: rs(HEX, 37), False, "Cloudflare global key"),
    ("cloudflare_origin_ca_key", "CF_ORIGIN_CA_KEY", g_cf_origin, True, "Cloudflare Origin CA key"),
    ("fastly_api_token", "FASTLY_API_TOKEN", lambda: rs(AN + "-_", 32), False, "Fastly token"),
    ("heroku_api_key", "HEROKU_API_KEY", lambda: "HRKU-AA" + rs(AN + "-_", 58), True, "Heroku key (v2)"),
    ("netlify_access_token", "NETLIFY_AUTH_TOKEN", lambda: "nfp_" + rs(AN, 36), True, "Netlify PAT"),
    ("vercel_token", "VERCEL_TOKEN", lambda: rs(AN, 24), False, "Vercel token"),
    ("flyio_token", "FLY_API_TOKEN", g_flyio, True, "Fly.io token"),
    ("render_api_key", "RENDER_API_KEY", lambda: "rnd_" + rs(AN, 32), True, "Render key"),
    ("railway_token", "RAILWAY_TOKEN", uuid4, False, "Railway token"),
    ("supabase_service_role_key", "SUPABASE_SERVICE_ROLE_KEY", g_supabase_service_role, True, "Supabase service_role JWT"),
    ("supabase_secret_key", "SUPABASE_SECRET_KEY", lambda: "sb_secret_" + rs(AN + "-_", 31), True, "Supabase secret key"),
    ("planetscale_token", "PLANETSCALE_SERVICE_TOKEN", lambda: "pscale_tkn_" + rs(AN + "_", 43), True, "PlanetScale token"),
    ("planetscale_password", "DATABASE_PASSWORD", lambda: "pscale_pw_" + rs(AN + "_", 43), True, "PlanetScale password"),
    ("neon_api_key", "NEON_API_KEY", lambda: "napi_" + rs(LOAN, 64), True, "Neon key"),
    ("mongodb_atlas_private_key", "MONGODB_ATLAS_PRIVATE_KEY", uuid4, False, "Atlas API private key"),
    ("datadog_api_key", "DD_API_KEY", lambda: rs(HEX, 32), False, "Datadog API key"),
    ("datadog_app_key", "DD_APP_KEY", lambda: rs(HEX, 40), False, "Datadog application key"),
    ("newrelic_user_api_key", "NEW_RELIC_API_KEY", lambda: "NRAK-" + rs(UPAN, 27), True, "New Relic user key"),
    ("newrelic_insert_key", "NEW_RELIC_INSERT_KEY", lambda: "NRII-" + rs(AN + "-_", 32), True, "New Relic insert key"),
    ("sentry_user_token", "SENTRY_AUTH_TOKEN", lambda: "sntryu_" + rs(HEX, 64), True, "Sentry user token"),
    ("sentry_org_token", "SENTRY_AUTH_TOKEN", g_sentry_org, True, "Sentry org token"),
    ("grafana_service_account_token", "GRAFANA_TOKEN", lambda: "glsa_" + rs(AN, 32) + "_" + rs(HEX, 8), True, "Grafana SA token"),
    ("grafana_cloud_token", "GRAFANA_CLOUD_TOKEN", g_grafana_cloud, True, "Grafana Cloud token"),
    ("dynatrace_api_token", "DT_API_TOKEN", g_dyna, True, "Dynatrace token"),
    ("pagerduty_api_key", "PAGERDUTY_TOKEN", lambda: "u+" + rs(AN + "_-", 18), False, "PagerDuty key"),
    ("opsgenie_api_key", "OPSGENIE_API_KEY", uuid4, False, "Opsgenie key"),
    ("splunk_hec_token", "SPLUNK_HEC_TOKEN", lambda: uuid4().upper(), False, "Splunk HEC token"),
    ("okta_api_token", "OKTA_API_TOKEN", lambda: "00" + rs(AN + "-_", 40), False, "Okta SSWS token"),
    ("auth0_client_secret", "AUTH0_CLIENT_SECRET", lambda: rs(AN + "-_", 64), False, "Auth0 client secret"),
    ("twitter_bearer_token", "TWITTER_BEARER_TOKEN", g_twitter_bearer, True, "X/Twitter bearer token"),
    ("facebook_page_token", "FB_PAGE_ACCESS_TOKEN", lambda: "EAAC" + rs(AN, 160), True, "Facebook page token"),
    ("dropbox_access_token", "DROPBOX_ACCESS_TOKEN", lambda: "sl.u." + rs(AN + "-_", 140), True, "Dropbox short-lived token"),
    ("mapbox_secret_token", "MAPBOX_SECRET_TOKEN", g_mapbox_secret, True, "Mapbox secret token"),
    ("algolia_admin_key", "ALGOLIA_ADMIN_KEY", lambda: rs(HEX, 32), False, "Algolia admin key"),
    ("launchdarkly_sdk_key", "LAUNCHDARKLY_SDK_KEY", lambda: "sdk-" + uuid4(), True, "LaunchDarkly server SDK key"),
    ("launchdarkly_api_token", "LD_API_TOKEN", lambda: "api-" + uuid4(), True, "LaunchDarkly API token"),
    ("mixpanel_api_secret", "MIXPANEL_API_SECRET", lambda: rs(HEX, 32), False, "Mixpanel secret"),
    ("rollbar_access_token", "ROLLBAR_ACCESS_TOKEN", lambda: rs(HEX, 32), False, "Rollbar server token"),
    ("salesforce_access_token", "SF_ACCESS_TOKEN", g_salesforce, True, "Salesforce session token"),
]
GUESSED = {
    "azure_devops_pat": "84 chars, JQQJ99 marker at 52 and AZDO at 76; middle filler guessed",
    "together_api_key": "tgp_v1_ + 43 base64url (guessed)",
    "fireworks_api_key": "fw_ + 24 alnum (guessed)",
    "cerebras_api_key": "csk- + 48 lower alnum (guessed)",
    "pinecone_api_key": "pcsk_ + 6 + _ + 63 alnum (guessed)",
    "tavily_api_key": "tvly- + 32 alnum (guessed)",
    "supabase_secret_key": "sb_secret_ + 31 base64url (length guessed)",
    "netlify_access_token": "nfp_ + 36 alnum (guessed)",
    "render_api_key": "rnd_ + 32 alnum (guessed)",
    "neon_api_key": "napi_ + 64 lower alnum (guessed)",
    "telnyx_api_key": "KEY + 32 + _ + 22 (guessed)",
    "trello_token": "ATTA + 64 hex + 8 hex (guessed)",
    "bitbucket_app_password": "ATBB + 32 alnum + 8 hex (guessed)",
    "resend_api_key": "re_ + 8 + _ + 24 (guessed)",
    "asana_pat": "2/<16 digits>/<16 digits>:<32 hex> (guessed)",
    "crates_io_token": "cio + 32 alnum (guessed)",
    "elevenlabs_api_key": "sk_ + 48 hex (guessed)",
    "flyio_token": "fm2_<b64>,fm2_<b64> macaroon list (without the FlyV1 scheme word), random payload",
    "aws_session_token": "IQoJb3JpZ2luX2Vj... prefix + random base64 payload",
    "kubernetes_sa_token": "real JWT header/payload, random RS256 signature",
    "salesforce_access_token": "00D org id + ! + 96 chars (guessed)",
    "dropbox_access_token": "sl.u. + 140 base64url (guessed)",
    "facebook_page_token": "EAAC + 160 alnum",
    "intercom_access_token": "base64 of tok:<uuid>:1:0 (guessed)",
    "mattermost_access_token": "26 lower alnum",
}


# Key material generated once with openssl/ssh-keygen/gpg in a private temp dir (throwaway, never used anywhere).
KEYS = {
    'rsa_pkcs1_pem': (
        '-----BEGIN RSA PRIVATE KEY-----\n'
        'MIIEowIBAAKCAQEAmReLdRbMslY78bISDBqXKXfC2bp9l0P+CiD2XwFx5eHFJpeP\n'
        '+QF7dIEKF2VM6BjvyF+tcl/u2ROzhhfKkTGKp4PVZb/RmAXyHvZcawIJdISQAJV/\n'
        'ErhvwHBXw8XigmZ5bOy2lRAuOKqlJeUj7mbntjIm5RZkHyCeuF4YLjEKVvIq1BMA\n'
        'DFyJ5+yEeqAIJtBmgomhGODnf/oDkZIvzjAacyDbf++HINAenht3JBp1JunnwmJM\n'
        '3w7YiGPgvFVi9iSCNYdOAld60wqbgvfmaUfxT0idE6F3r+GKAFmnOej6e1xiZcpx\n'
        'aiiMTn70u3OEgvX04O/ea3RvwubCVEUJX2R3PwIDAQABAoIBAC82AhVFRzH2Av1p\n'
        't0QRTS2GF8pSRxnHZ4fTG3c3+Fp2sfhRRB57tQk8JBML89gdnJCT5ObBK+S4vSOs\n'
        'oZT+DK7VKpF6wpWZu82NlvmPAsBygwATGkF5LElRu9cNZulk1axgIXw9patnAI/7\n'
        'poWGKY3X0IPUUGMDCb98kQNprzEZejaCtSQFwxqYwqMhiQo7A0gzDx61qrMjrn64\n'
        'XaX9Hwi1EiRmkdp1p3lp8vpJVUkjc7UUXJXSHOwnJlXR/1IBMVIWzZUWDOq2Bi2h\n'
        'PufMC0a4+ARnYAcXfo5afmeqtqVFD2I5vWyJ4X+JLC3n9JJuZTaamzryDzCW2qxD\n'
        '0+nWdnUCgYEAyoMWo94qZRO8vrrbTtXqg8qm0p/NWXaQlN9xQXG+FoH6N15itYuC\n'
        'nANopUdxobhaLZsxHIF+n4tYIDt3TRjlyP3kyOV1iN83DIQjBrtlkKLznHkAawMA\n'
        'yDH3TGC1oh3eEQo86hI99ZhUFlt6ME7qhMaA0jkt4rOQI2KdzrPpB4UCgYEAwYbn\n'
        'C+Vm1E78SSeWt2GHV2HRX4WmmOAlMf3yY5fWBmBMvPOn71Fgqby1o7U5Yi3u2X11\n'
        'LN3+pC7oSq9C6RGIbUOqp/kSe9uOyuTsPKvQXVuCWJaiVgdK3s1Z6mQ/YYLBlq9i\n'
        'vrzVlJ9lnS9QLAapDc9PWfM+FOVCU1XDrSFXRPMCgYB5wcUb8xhUO0CxABGZXZ4p\n'
        'bO9OFYxWbKXTDGDAs01RpQY2wgXhFycI/Devn7vfOsLlRriJZgYmkJYEkxxQe1a0\n'
        'uIoUi3lWOLaVTODuTD9tbbvAaTPqIx0WQIxqHH84IHMClcA4D423GsX7xzY400nH\n'
        'WL3dJ0nCUqmnzMQKojrKLQKBgQCgdDoiSdwdETPpb3JtruYo1AhlO4mqXMVaEqQi\n'
        'YORpuvRFAXvuVzle4gBzsDDYrx7GoldBkPmspNuh+Hfwh8HmXeEjjcX+fUaCAJXB\n'
        'o+6JSPLkglgsHbW8zuPLC7zlGyVoyxeC70viAtqcHXtKVWda9NRkzuFdL8vzDjvD\n'
        '0s3pcwKBgHEiIWADr4YUosGObAPvC9quL+7eLPSWM4gLAgJF8HUaBc1+yC0FI165\n'
        'qkkGEQOG1B/6yT9RryBc8oOhltMb0DVaVCoun2ZddFwIALTEztSkdEJxhUUVTcGg\n'
        '2Sux0wMQH0EV2XCV0Yyz/XXlM812ruDnbfUPucVSMtS0l9uFj31+\n'
        '-----END RSA PRIVATE KEY-----\n'
    ),
    'rsa_pkcs8_pem': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDWTDjBgJVFtGZb\n'
        'MvbZyfAJo3bL2LAAZzlEnK9DImQM/2PCozAr0ICLYDac47dL+Bi8/ZQ/ww9asl2y\n'
        'dXZrLJEAXEBhF3v/DWj58oGAsC7wZ1IQ5c3KvbUdp+L5o5VBML0Ab6wbREQDg8Oe\n'
        'c6yQgVmaHi6D53YQBDW/XknyMrKAoFqnkLMLoNh8f/sePMFOBM43w+XW9PvXZ/ri\n'
        'sOyYrcHjYDFijpAMFOmkGb3XyJ7HMVTTDTvLYId7hpVc/bqZEwBGAfYOjuCOFEqA\n'
        'u/xjOZcf01efU+R08ipb83p/YL4z/UP3MPCrXyM2zyaIWvttoMGKZ6K9fQtB2OVc\n'
        'i7Qnu81vAgMBAAECggEABqkl1nXdreX2jH0gCRLqwBHxnlJk3g5XTFemZurJu1Gw\n'
        '0xrpY2M+q5ZY/DVjvBvBARbMpdK1RndmzCY0gQ5Ij39OjPYC56GOEr7D4bEYNGax\n'
        'uU67P8L3vy05s9Kuz/Do3vuZmNtdVdKhoOotgexTUaQAhB8Mn2DSHtmaaMnEnJTQ\n'
        'yD4z60uNgBvHxACNAx/9YUfvMuwmLMLaleecI1DEGQvfu495y/hi4qO/YDCHhQh9\n'
        'PzE5lOmIF2DZzz8O+fzVQjuHWB4f1XN+kL6EWvW7wNfxeIREPmfvQySTqAAEuTeq\n'
        'PrRwUWDtiHDRIKZngKcuS7qS6bNKC/blNUgUlE/veQKBgQD2eqnuoMTTv/y+/aMG\n'
        'dnFK1H9LwCLp6e8PTz9WrzG1WPJ7lhcNOgmuc3R+saFB6EgWHd3veiD2GVZhLpf/\n'
        'KvJ620kxwhFEVInZ5POT6s5QLQjaAn96su461kEiKHVvKlVgRDukFed3Xv6r81KL\n'
        '9mjqzH2mfPl4b7ZN9JxAIjSL2wKBgQDek1QVinhiR/oDeaoQ2DRQVGYYyZzFh0uC\n'
        'Cg5sMoOJnGdUGDkBceEl8puxhW1meh5ey37g+UL171Qfju6wncgkArCGgtlb7rkQ\n'
        'L5D5D/jSwI8h8A9CVkoannmQsfLiTJd+W8eM89GKPdGJ2xe/o58GQiP3cR/x7MkW\n'
        '0XdTS/ei/QKBgErNBR8/ORyOCjUoIj6G2XD9NjiV8cKNVRiPU0iKWIqRmN06unow\n'
        'H9oKfdMpMygeRyo3HDBeHvywyc8qZcRxky8Ht5nbLIRRJ5ix6937B2u7jxEiau+g\n'
        't72xYgjswF7hORHDA1qTrzBB6wXiDS4etM51Crjo+oi7VlcoIfcwqkO7AoGBAMh5\n'
        'INIqH5Y+SEVbD0AOzMfRzQfkiE0uOGePUUBJG0sWUcdf7fCMNwPsCioSCOC1e6dc\n'
        'WRKf0J0djMLEBd+UrhEpTwBI2ShB0/RtM4Hxzeddw04JIGVavXJObSZT8XW9EPKi\n'
        'DhG6BnEijxpA+ZoF8RU8+5JDFUfdQ55G2thu40StAoGAfzoyLarvrLTV6+N+Jq50\n'
        'z/kgrB5h8hGHxV/R8PoQsRzzYUGuFls5rOgKZrqh2IFHuvyZM4ir1pZTZ4WYvhip\n'
        'pVNY2rnb+78puj5wFu0TbA6phQIcPO0XI/F7SMGpVsOuJH77tkINB7yfXMwjKcaG\n'
        '9yCLStr73abQsZ/XnreRQyI=\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'rsa_pkcs8_b_pem': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCe/hVE2hzYMXOx\n'
        'InM5PKVeOaIHRKqPSkXlZp+6saXqOkoc1YaToFXv4MNZATJw4Fv5ocCOTkIWg0qS\n'
        '8Nts+8668HFSE0oX1L2HpVe4e6epPDRo8qBX/bLTv+ypY8ExSE69NqVRmcVKoke2\n'
        'r/1BvZiMpo4jRYjxyBfLxsm7tXRzkDgmi0dbq2bxdCwx2ExHEF36gCRY5oiWIxE5\n'
        '7LOaqBWM3NHya9rfi54payYBAvUJ1RVockJdKeuqJXM1HzpLqbqLZiWHaUDzhhlA\n'
        'og3lrEwxqeAAHZH2KWE9pcGbaEkvkbX/4zG/huE/qvMsjSoCMVIH0+BteAN4grnB\n'
        's8tUNiGHAgMBAAECggEACMB0vEMDVnU2aJg8Xnizo6GphRvnBZcxjMSe40B3IRMP\n'
        'VFH+o+6t/FPTfPk/ZQ48kduxBURSh/m3J6qBcZjU0t58ZmewaupnemmEECAiZQLu\n'
        '4Z4FbIKHDvfgF5zpnARebTTuWbUMsqSHLQu39Z/xn0Blz5Q6yxBYGvv4y8/btqax\n'
        '0uSg4nnyphqBVP1WAtMn5QTAwqiV86kK1JOCrEQ1LJwj0v59IRGn6E9f2mu8/ujB\n'
        '7kehcXhwNJNePKN5QNsaNOYzq9JiamW9Pq9dTreIzIrhFvQLh58XzSmfnT+/+oTS\n'
        'tGn3OsaDlv9CXnl8Ac7qv0HqyXB4b1RRJ4lVHRL5DQKBgQDgNORqJGzTkPw7HUGL\n'
        'AuPOUgQLcFzvu1QW4IWmevHNu9LIMC+pjDttu16NnFNetk6ZfXJf7jvTS+Z7x+zf\n'
        'Try/3VN5WDfdvbWdf30bHJ4XZ37aDBlZOIiHTEZzsePFCAJlS/a1hWxKE3JLDtIl\n'
        '2tBHr84ok+BUngfqWc51mlDWmwKBgQC1iczqjKkeP5Ds5NqqsEZXOt8bU880SEUP\n'
        'vHqDVDu7Lif9QnqhsRIrQIGaJXySDtmzKQRf9c3dieIWwaDILVU4RqaFAs0rqVTk\n'
        'ClXOn7Hz7IBrDWBVSqi71hecnpcOlbV6RT6UX3Lg3gfO2HH/DyaG+nsow0GdDkzu\n'
        '/rGXjRyZhQKBgCYvm/+f+JEIDo2a7ADbGyWWvm2cU5fZFfdXgivaoLhjlwDVhCii\n'
        'Y7TKxs3jpCdrcXOe9A32q2XPdY/7exKFfIxJC+CM7+bqWrZaclpdw2dFD0vf56lU\n'
        'gZxZl145HAwA0zeheoFsGgd7zGmQOqaL4BF1le0/UmPXDo4RgaJyB/alAoGAXZLj\n'
        'Kj9I6QuQ81rfj73+8/WnjNl9Y5Cg8ISRjeI8S7Z17Gh496FjISJF66PI+yxmcKAC\n'
        '3kfATqJFBL/X1Xbwh2p7aPJRuWC2Hjlpk3DjdD0C0Kt7bVtncDLhxtxENsNaYOUS\n'
        'Zb5xY5Fu6uLMl9FCZa71DsTerErzwvlLpzeYd1UCgYAauZHg33QPjKB8VcgSYJRq\n'
        's/PvjpTmJPOLViRdI+n6PkEbL1bic6O94LukZu6tCTCAMB6oxHhR/Q/GULbW1cBx\n'
        'PL9Bqp5t67ryemvaFYQHhshCLbtinCb2RxSPEmBevLivJ7/JC6Y0reKO9qqtII6h\n'
        'Gqr6g/7G+Hu37k/pWnYSMQ==\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'ec_sec1_pem': (
        '-----BEGIN EC PRIVATE KEY-----\n'
        'MHcCAQEEIMLaa76iJu0b7aXS7mSH5E8pRv0HNgSDyJ4KFozDMQG6oAoGCCqGSM49\n'
        'AwEHoUQDQgAExT9BuSukKqZAoebRdX1csKyMv/QjoNOkAmBylnwgVQd6gZtZr6J1\n'
        '7R5vSIJqJzdu8Bde00hKZasUN6N7UcAa+w==\n'
        '-----END EC PRIVATE KEY-----\n'
    ),
    'ed25519_pkcs8_pem': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MC4CAQAwBQYDK2VwBCIEIKBqxjfH/Kl8VZad9xcjAgt2yuO/fMj+AFWj7DvI+cDF\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'ec384_pkcs8_pem': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDDW0XsuQCUTHZ9fn/t3\n'
        'SYBvzghOgWiQ3c7pnGs7Um+RD05q0UcUSdtusYiB3L6TK9ehZANiAARCABzab8pa\n'
        '73lfD5Hyoz9GYOJ0khdRkYzsoxVSgdoEZZtcdYCgfroN2sZGejnUFDacNqcySuvS\n'
        'JNlIor6VFoWKJFH8+zJxDLLvgXqKhtVc8oRri2QWt2HpW/jreihrsDc=\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'enc_pkcs8_pem': (
        '-----BEGIN ENCRYPTED PRIVATE KEY-----\n'
        'MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAgo0R3tywpT6wICCAAw\n'
        'DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEPj+2koXi/x/NnL8XZSSidAEgZC3\n'
        'wplAGuEKDTh79Zg7wMv1f5AG5tG3iaOXayfc0n0TRMFuKTX4tpYYaAm4VOA5n76H\n'
        '1CpW7RbOTgl9iphD4imVZo0XjTiMn9O/oFPfW6/K4ASL7zhvlX59B8tUJCYfee9W\n'
        'a9zntFMuosydfn0OxjbyajzlwiiCH6SEUTjXSujSdU5jA4/vVgdBIUjxHX3MBgU=\n'
        '-----END ENCRYPTED PRIVATE KEY-----\n'
    ),
    'dsa_pem': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIIBWwIBADCCATQGByqGSM44BAEwggEnAoGBANfMsJWfoZDqLBxvqzjihhDZjp5A\n'
        '+Vb37Pdu+vs2Hg6/ayy72f8TabS+pO6MkRJbwfB6hOkAOp8B4dHTS93TF5S1+g9n\n'
        'MaS2UtqZGf8KpYvHL9xfPcPNlI/GQoYJgBkZAig2ln3lDHahcZ60JpuI3VX7dvSW\n'
        'RIYfM/MdcySpOjjhAh0AtPywyKU7OcwrMF7cPuYcXmPzna6TeDyNT3eFIQKBgQCj\n'
        'zB1kTazqMATdQNU0lTX6xc1qHicLg8zdbswg9t4mNcHGBghXcU9Boxgil5bPlhyL\n'
        'z1GY5FE7Sb1daG8boQo4Oy+rCKOVkymT8dmgtNjL+Gpks48P3Sy5GTAbB2toV04n\n'
        'XHDPApqFRda1b500ZP05K6B6v9BbXJUbCajCVsSuvwQeAhwcw/7PYFLltxgySpYm\n'
        'QS1uk3A7txrjIcsftA+s\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'ssh_ed25519': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n'
        'QyNTUxOQAAACDXFMOJcfUVUKoJ1c9sYvvCa4Mn90+DauIUwlC18A0e1gAAAJibeXzum3l8\n'
        '7gAAAAtzc2gtZWQyNTUxOQAAACDXFMOJcfUVUKoJ1c9sYvvCa4Mn90+DauIUwlC18A0e1g\n'
        'AAAECfNFLlJb+E+JR4lcfPS3xT/dakdZIruNNE70MRb0bF19cUw4lx9RVQqgnVz2xi+8Jr\n'
        'gyf3T4Nq4hTCULXwDR7WAAAAE2RlcGxveUBjaS1ydW5uZXItMDcBAg==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ssh_ecdsa': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAaAAAABNlY2RzYS\n'
        '1zaGEyLW5pc3RwMjU2AAAACG5pc3RwMjU2AAAAQQRZx+FapmVvKe/DjkNreve1vISSV5mh\n'
        'YNqItIAsUucEous5N3QZ/+kMiOOyt+dBHlcIfCRtDb8Hek9QikpFKwZCAAAAqOMaG6jjGh\n'
        'uoAAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBFnH4VqmZW8p78OO\n'
        'Q2t697W8hJJXmaFg2oi0gCxS5wSi6zk3dBn/6QyI47K350EeVwh8JG0Nvwd6T1CKSkUrBk\n'
        'IAAAAgU77+UILCnSgGQQHOKwdmM9H+EsQYvf3wUhdZ10HwQQUAAAAKYmFja3VwQG5hcwEC\n'
        'AwQFBg==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ssh_ed25519_b': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n'
        'QyNTUxOQAAACA4FnZlsxNmpZjN8o+mGNhgbSn1O1yQrpSCxxWicThBcAAAAJDwC+Go8Avh\n'
        'qAAAAAtzc2gtZWQyNTUxOQAAACA4FnZlsxNmpZjN8o+mGNhgbSn1O1yQrpSCxxWicThBcA\n'
        'AAAEAGVkK3+Cs30RijyNVZUx5/Y2bYGXEiAx/A0GmZLDOpWTgWdmWzE2almM3yj6YY2GBt\n'
        'KfU7XJCulILHFaJxOEFwAAAAC29wc0BiYXN0aW9uAQI=\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ssh_rsa': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABFwAAAAdzc2gtcn\n'
        'NhAAAAAwEAAQAAAQEAlAlBNfEU8tuCAdZxp5xmQgUY6LR+1JlXdAizS+D5dvUMYmZgMrG7\n'
        'F6ysDGMeSl2GE3AjgfcNZfg7qnhIOZhMgjwgAkkznRdD6E2IzOKV7ANnJiB+T5sqsqXQUN\n'
        'BdYdmuHNNAcIdJ340crgCr0U3vVskyPm573ddNBzukdCZQCeRofAa9X8/YNyG31Oao1M0w\n'
        'w+I6B+t/XDfW6t9u+yHBqmS1W3lfg8vytGSZf9jEI1Q/OYwnbZ94ltWUKyLQnHufHOeBbn\n'
        'fXParmx+06fWQgpGY0M3zItfn+Z/+SkNmwQmHzOfCBk2QvSud16jzVycDfBLPFXWopdKvS\n'
        'RTItCzrCEwAAA8hvzdSXb83UlwAAAAdzc2gtcnNhAAABAQCUCUE18RTy24IB1nGnnGZCBR\n'
        'jotH7UmVd0CLNL4Pl29QxiZmAysbsXrKwMYx5KXYYTcCOB9w1l+DuqeEg5mEyCPCACSTOd\n'
        'F0PoTYjM4pXsA2cmIH5PmyqypdBQ0F1h2a4c00Bwh0nfjRyuAKvRTe9WyTI+bnvd100HO6\n'
        'R0JlAJ5Gh8Br1fz9g3IbfU5qjUzTDD4joH639cN9bq3277IcGqZLVbeV+Dy/K0ZJl/2MQj\n'
        'VD85jCdtn3iW1ZQrItCce58c54Fud9c9qubH7Tp9ZCCkZjQzfMi1+f5n/5KQ2bBCYfM58I\n'
        'GTZC9K53XqPNXJwN8Es8Vdail0q9JFMi0LOsITAAAAAwEAAQAAAQBBN3KLGRJpi1rTBG49\n'
        'sSE7pJM8sYfOkV99tveGTi6YwYwbLY7jxnjuDRweuOv3RwxyM8zwzK4SZjGjACqRdQ7/sQ\n'
        '1I9IbQhhdcmAvUd14lA7rFiTscRvegjHwhnioFmaii+k5BRNi+q6Qe5BzNsM/oI+sGphXb\n'
        'vaYpsZTZtqc8M8Bh3lAFW3CAQ25GyWhaFNpNbwixcToQqsDtW/3VS5R1ihS1naaa1ACv3v\n'
        'a5luR21X4QE0Mv8Z7p5kL70+8t4DgH+6mo9Izpvx9/UO8K+ixpMhTTpJ6GUSiou7gGucni\n'
        'HELG+vBVyvgbL7jxzgEoC5oZ+jkPoDDtYFJssMESagkBAAAAgByh6ZNVRmGEgEAPmYyOzg\n'
        'GjTr8+jvuYbyC6BnAzR9QZGFyb/hB7Wfo8EoSGKGfNriJVX7fvT12GXJyoM7Yobz4DjoGu\n'
        't36dqZthPl4I1Zrftgc/tV1zZl+bnVHxOq8GY32hJfDsmYgpgEO3sM/MdecfDYq0mdWPzR\n'
        '70734KQqZBAAAAgQDHLzRRLZBCi7QndvqYd5WcKrBXIjtn7i3UCFcCPR1S13GrKo4HJ7i4\n'
        'fo/mV7+fCWLxkHFrvCt543HUg3k/Kwda2tUIJ+YfyzJ7p/n9BNLjjc1PYoFKLjlbA1aP7u\n'
        '28yK7vq1zprahHXAJtqF9QloBQGohWQCxR3t0aqf9mh38r4wAAAIEAvkMdmH9SnSfhxDMm\n'
        '4CtN9Of9jcXAKZJ00spxV84tfO4PHBGwAdDzavp2Xs+8YXxzxzESnigDAe63H5wcGXplrD\n'
        '7GxdfbgbHHSSlPQXrBaHhJUtrUUdDjVX27YBn/GQkk0buRnP+GTHZzXBZkaPxg0Gh24XFt\n'
        'ydh5YrmZyoebSBEAAAANamVua2luc0BidWlsZAECAwQFBg==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'pgp_priv_asc': (
        '-----BEGIN PGP PRIVATE KEY BLOCK-----\n'
        '\n'
        'lFgEaxBMARYJKwYBBAHaRw8BAQdA115iQfxQJWvHnZH9BVbTNG61dqtHIisIai/j\n'
        'nEfhki8AAQDUQb1+wZPjWkmkgM59qAT6lffHOk+qSddZ58+3OZ/B2RMetCVSZWxl\n'
        'YXNlIFNpZ25pbmcgPHJlbGVhc2VAZXhhbXBsZS5vcmc+iJAEExYIADgWIQQeg0n1\n'
        'BJdsLMLqe3r99NNftmP3jgUCaxBMAQIbAwULCQgHAgYVCgkICwIEFgIDAQIeAQIX\n'
        'gAAKCRD99NNftmP3jgh3AQCuYpz5ep6cldGHllkgP9mwKSi5igajbIWsE74srBoQ\n'
        'agEAv9cvCXp6jXblYceQdis9l6dUIGFNVWMjmgds/W08XQ6cXQRrEEwBEgorBgEE\n'
        'AZdVAQUBAQdAgUEQianowfLo1jH6QKTD2QgT8KA0uTlEgt/bGEIwGDIDAQgHAAD/\n'
        'UNM/Vfa6FQXWSNKUd+uwoxRpwEA7lpGMJRpaFySRxCgPdYh4BBgWCAAgFiEEHoNJ\n'
        '9QSXbCzC6nt6/fTTX7Zj944FAmsQTAECGwwACgkQ/fTTX7Zj944bDwD+IXKYPynR\n'
        'RfM1OaRHniXct+pigWTt0yDax1MGFwCtcfUBAJW7ERY6hT4nlxzAyUXq6pWyWhg8\n'
        'u+SbC4lJpA9jLtIF\n'
        '=EJxN\n'
        '-----END PGP PRIVATE KEY BLOCK-----\n'
    ),
    'cert_pem': (
        '-----BEGIN CERTIFICATE-----\n'
        'MIICBDCCAYqgAwIBAgIUds8h9R05jtkRNz1m7y+JBXhBIa0wCgYIKoZIzj0EAwIw\n'
        'OTEdMBsGA1UEAwwUaW50ZXJuYWwuZXhhbXBsZS5vcmcxGDAWBgNVBAoMD0V4YW1w\n'
        'bGUgV2lkZ2V0czAeFw0yNjEyMDIxNjQ5MDVaFw0yNzEyMDIxNjQ5MDVaMDkxHTAb\n'
        'BgNVBAMMFGludGVybmFsLmV4YW1wbGUub3JnMRgwFgYDVQQKDA9FeGFtcGxlIFdp\n'
        'ZGdldHMwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAARCABzab8pa73lfD5Hyoz9GYOJ0\n'
        'khdRkYzsoxVSgdoEZZtcdYCgfroN2sZGejnUFDacNqcySuvSJNlIor6VFoWKJFH8\n'
        '+zJxDLLvgXqKhtVc8oRri2QWt2HpW/jreihrsDejUzBRMB0GA1UdDgQWBBRcsds4\n'
        'G85ajmn7B1jJdlW7/fZsSTAfBgNVHSMEGDAWgBRcsds4G85ajmn7B1jJdlW7/fZs\n'
        'STAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA2gAMGUCMEMQ55SqVNQTp0Zw\n'
        'XTli35sIOnXabCglSzqGh4WEirMn6eD8+cBYOmD/PY5uFHiIZwIxAOasGbkzmQ/O\n'
        'lfR/WJfyQJsTyoweGYqS14UbytCU206m8OOQKVglFLmVZLngeugx2Q==\n'
        '-----END CERTIFICATE-----\n'
    ),
    'csr_pem': (
        '-----BEGIN CERTIFICATE REQUEST-----\n'
        'MIGZME0CAQAwGjEYMBYGA1UEAwwPYXBpLmV4YW1wbGUubmV0MCowBQYDK2VwAyEA\n'
        'mqkhw28Q3QYTvLXGucsil9k8vh0DFgeO3U7kHbDF5WqgADAFBgMrZXADQQAHiG9S\n'
        'YyXNB/BXjPWX4wcdYFj3gGRx/h5gl6hEiU9ytkHD1AU4lWe6eK0teoxO6PMRWNWQ\n'
        'EVXBr1kggeK2YpID\n'
        '-----END CERTIFICATE REQUEST-----\n'
    ),
    'rsa_pub_pem': (
        '-----BEGIN PUBLIC KEY-----\n'
        'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnv4VRNoc2DFzsSJzOTyl\n'
        'XjmiB0Sqj0pF5WafurGl6jpKHNWGk6BV7+DDWQEycOBb+aHAjk5CFoNKkvDbbPvO\n'
        'uvBxUhNKF9S9h6VXuHunqTw0aPKgV/2y07/sqWPBMUhOvTalUZnFSqJHtq/9Qb2Y\n'
        'jKaOI0WI8cgXy8bJu7V0c5A4JotHW6tm8XQsMdhMRxBd+oAkWOaIliMROeyzmqgV\n'
        'jNzR8mva34ueKWsmAQL1CdUVaHJCXSnrqiVzNR86S6m6i2Ylh2lA84YZQKIN5axM\n'
        'MangAB2R9ilhPaXBm2hJL5G1/+Mxv4bhP6rzLI0qAjFSB9PgbXgDeIK5wbPLVDYh\n'
        'hwIDAQAB\n'
        '-----END PUBLIC KEY-----\n'
    ),
    'pgp_pub_asc': (
        '-----BEGIN PGP PUBLIC KEY BLOCK-----\n'
        '\n'
        'mDMEaxBMARYJKwYBBAHaRw8BAQdA115iQfxQJWvHnZH9BVbTNG61dqtHIisIai/j\n'
        'nEfhki+0JVJlbGVhc2UgU2lnbmluZyA8cmVsZWFzZUBleGFtcGxlLm9yZz6IkAQT\n'
        'FggAOBYhBB6DSfUEl2wswup7ev3001+2Y/eOBQJrEEwBAhsDBQsJCAcCBhUKCQgL\n'
        'AgQWAgMBAh4BAheAAAoJEP3001+2Y/eOCHcBAK5inPl6npyV0YeWWSA/2bApKLmK\n'
        'BqNshawTviysGhBqAQC/1y8JenqNduVhx5B2Kz2Xp1QgYU1VYyOaB2z9bTxdDrg4\n'
        'BGsQTAESCisGAQQBl1UBBQEBB0CBQRCJqejB8ujWMfpApMPZCBPwoDS5OUSC39sY\n'
        'QjAYMgMBCAeIeAQYFggAIBYhBB6DSfUEl2wswup7ev3001+2Y/eOBQJrEEwBAhsM\n'
        'AAoJEP3001+2Y/eOGw8A/iFymD8p0UXzNTmkR54l3LfqYoFk7dMg2sdTBhcArXH1\n'
        'AQCVuxEWOoU+J5ccwMlF6uqVsloYPLvkmwuJSaQPYy7SBQ==\n'
        '=lTzx\n'
        '-----END PGP PUBLIC KEY BLOCK-----\n'
    ),
    'ssh_ed25519_pub': (
        'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINcUw4lx9RVQqgnVz2xi+8Jrgyf3T4Nq4hTCULXwDR7W deploy@ci-runner-07\n'
    ),
    'ssh_ecdsa_pub': (
        'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBFnH4VqmZW8p78OOQ2t697W8hJJXmaFg2oi0gCxS5wSi6zk3dBn/6QyI47K350EeVwh8JG0Nvwd6T1CKSkUrBkI= backup@nas\n'
    ),
    'ssh_rsa_pub': (
        'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCUCUE18RTy24IB1nGnnGZCBRjotH7UmVd0CLNL4Pl29QxiZmAysbsXrKwMYx5KXYYTcCOB9w1l+DuqeEg5mEyCPCACSTOdF0PoTYjM4pXsA2cmIH5PmyqypdBQ0F1h2a4c00Bwh0nfjRyuAKvRTe9WyTI+bnvd100HO6R0JlAJ5Gh8Br1fz9g3IbfU5qjUzTDD4joH639cN9bq3277IcGqZLVbeV+Dy/K0ZJl/2MQjVD85jCdtn3iW1ZQrItCce58c54Fud9c9qubH7Tp9ZCCkZjQzfMi1+f5n/5KQ2bBCYfM58IGTZC9K53XqPNXJwN8Es8Vdail0q9JFMi0LOsIT jenkins@build\n'
    ),
    'ssh_ed25519_b_pub': (
        'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDgWdmWzE2almM3yj6YY2GBtKfU7XJCulILHFaJxOEFw ops@bastion\n'
    ),
}


# ---------------------------------------------------------------------------
# Public-by-design neighbours (left UNLABELLED inside positive records)
# ---------------------------------------------------------------------------
def nb_stripe_pk():
    return "STRIPE_PUBLISHABLE_KEY", "pk_live_51" + rs(AN, 97)


def nb_supabase_anon():
    return "NEXT_PUBLIC_SUPABASE_ANON_KEY", g_supabase_anon()


def nb_google_client_id():
    return "GOOGLE_CLIENT_ID", str(ri(10 ** 11, 10 ** 12 - 1)) + "-" + rs(LOAN, 32) + ".apps.googleusercontent.com"


def nb_sentry_dsn():
    return "SENTRY_DSN", "https://" + rs(HEX, 32) + "@o" + str(ri(100000, 999999)) + ".ingest.sentry.io/" + str(ri(1000000, 9999999))


def nb_twilio_sid():
    return "TWILIO_ACCOUNT_SID", "AC" + rs(HEX, 32)


def nb_mapbox_pk():
    return "NEXT_PUBLIC_MAPBOX_TOKEN", g_mapbox_public()


def nb_recaptcha():
    return "RECAPTCHA_SITE_KEY", "6L" + rs(AN + "-_", 38)


def nb_posthog():
    return "NEXT_PUBLIC_POSTHOG_KEY", "phc_" + rs(AN, 43)


def nb_algolia_search():
    return "ALGOLIA_SEARCH_ONLY_KEY", rs(HEX, 32)


def nb_razorpay_id():
    return "RAZORPAY_KEY_ID", "rzp_live_" + rs(AN, 14)


def nb_ld_client():
    return "LD_CLIENT_SIDE_ID", rs(HEX, 24)


def nb_firebase_web():
    return "NEXT_PUBLIC_FIREBASE_API_KEY", "AIza" + rs(AN + "-_", 35)


def nb_clerk_pk():
    return "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "pk_live_" + b64e(("clerk." + rs(LO, 8) + ".com$").encode()).rstrip("=")


def nb_auth0_client_id():
    return "AUTH0_CLIENT_ID", rs(AN, 32)


def nb_paystack_pk():
    return "PAYSTACK_PUBLIC_KEY", "pk_live_" + rs(HEX, 40)


def nb_sb_publishable():
    return "SUPABASE_PUBLISHABLE_KEY", "sb_publishable_" + rs(AN + "-_", 31)


NEIGHBOURS = [nb_stripe_pk, nb_supabase_anon, nb_google_client_id, nb_sentry_dsn, nb_twilio_sid, nb_mapbox_pk,
              nb_recaptcha, nb_posthog, nb_algolia_search, nb_razorpay_id, nb_ld_client, nb_firebase_web,
              nb_clerk_pk, nb_auth0_client_id, nb_paystack_pk, nb_sb_publishable]


def neighbour():
    return pick(NEIGHBOURS)()


# ---------------------------------------------------------------------------
# Generic containers: (name, bad_chars, template).  Placeholders:
#   ENV env camel Pascal kebab dot  - the variable name in several styles
#   V    - the labelled credential        DESC - vendor description
#   NBK/NBV - a public neighbour          TS/TS2/HOST/USER/IP/N/UUID/SHA/PID/REPO
# ---------------------------------------------------------------------------
SH_BAD = " $`\"'\\!&;|<>()*?[]{}~#"
DQ_BAD = "$`\"\\!@%"
SQ_BAD = "'\\"
XML_BAD = "&<>\"'"
URL_BAD = " +/=%$!~,&#?@"
WS_BAD = " \t"

GENERIC = []


def C(name, bad, template):
    GENERIC.append((name, bad, template))


C("dotenv", WS_BAD, "# ⟪DESC⟫ (prod)\nNODE_ENV=production\nPORT=8080\n⟪NBK⟫=⟪NBV⟫\n⟪ENV⟫=⟪V⟫\nLOG_LEVEL=info\n")
C("direnv_envrc", DQ_BAD, "use nix\nlayout python3\nexport AWS_REGION=eu-central-1\nexport ⟪ENV⟫=\"⟪V⟫\"\nwatch_file flake.lock\n")
C("yaml_config", "", "service:\n  name: billing-worker\n  replicas: 3\n  integrations:\n    ⟪env⟫: \"⟪V⟫\"\n    timeout_s: 30\n  public:\n    ⟪NBK⟫: \"⟪NBV⟫\"\n")
C("toml_config", "\"\\", "[server]\nbind = \"0.0.0.0:8443\"\n\n[integrations.primary]\nenabled = true\n⟪env⟫ = \"⟪V⟫\"\nretries = 4\n\n[frontend]\n⟪NBK⟫ = \"⟪NBV⟫\"\n")
C("ini_config", WS_BAD, "[general]\ndebug = false\n\n[credentials]\n⟪env⟫ = ⟪V⟫\nregion = us-east-1\n\n[web]\n⟪NBK⟫ = ⟪NBV⟫\n")
C("hcl_terraform_variable", "\"\\$", "variable \"⟪env⟫\" {\n  type        = string\n  description = \"⟪DESC⟫\"\n  default     = \"⟪V⟫\"\n}\n")
C("json_config", "\"\\", "{\n  \"env\": \"production\",\n  \"features\": {\"beta\": false},\n  \"⟪camel⟫\": \"⟪V⟫\",\n  \"⟪NBK⟫\": \"⟪NBV⟫\"\n}\n")
C("json5_config", "\"\\", "// ⟪DESC⟫\n{\n  region: 'eu',\n  ⟪camel⟫: \"⟪V⟫\", // rotate quarterly\n  verbose: true,\n}\n")
C("dotnet_app_config_xml", XML_BAD, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"Environment\" value=\"Production\" />\n    <add key=\"⟪Pascal⟫\" value=\"⟪V⟫\" />\n  </appSettings>\n</configuration>\n")
C("java_properties", WS_BAD, "spring.application.name=ledger\nserver.port=8081\napp.⟪dot⟫=⟪V⟫\nfrontend.⟪NBK⟫=⟪NBV⟫\nmanagement.endpoints.web.exposure.include=health\n")
C("apple_plist", XML_BAD, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>FieldApp</string>\n\t<key>⟪Pascal⟫</key>\n\t<string>⟪V⟫</string>\n</dict>\n</plist>\n")
C("docker_compose", "", "services:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    environment:\n      - TZ=UTC\n      - ⟪NBK⟫=⟪NBV⟫\n      - ⟪ENV⟫=⟪V⟫\n    ports: [\"8080:8080\"]\n")
C("k8s_secret_stringdata", "", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ⟪ENV⟫: \"⟪V⟫\"\n")
C("k8s_configmap", "", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: worker-env\ndata:\n  LOG_FORMAT: json\n  ⟪NBK⟫: \"⟪NBV⟫\"\n  ⟪ENV⟫: \"⟪V⟫\"\n")
C("helm_values", "", "image:\n  tag: v2.3.1\nenv:\n  - name: ⟪NBK⟫\n    value: \"⟪NBV⟫\"\n  - name: ⟪ENV⟫\n    value: \"⟪V⟫\"\nresources:\n  limits: {cpu: 500m}\n")
C("kustomize_secret_generator", WS_BAD, "secretGenerator:\n- name: app-secrets\n  literals:\n  - ⟪ENV⟫=⟪V⟫\n  - LOG_LEVEL=debug\ngeneratorOptions:\n  disableNameSuffixHash: true\n")
C("github_actions_workflow", "", "name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ⟪NBK⟫: ⟪NBV⟫\n      ⟪ENV⟫: ⟪V⟫   # TODO move to secrets\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n")
C("gitlab_ci_yaml", "", "variables:\n  DOCKER_DRIVER: overlay2\n  ⟪ENV⟫: \"⟪V⟫\"\n\nstages: [build, release]\nrelease:\n  stage: release\n  script: make release\n")
C("circleci_config", "", "version: 2.1\njobs:\n  publish:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n      ⟪ENV⟫: ⟪V⟫\n    steps: [checkout, run: npm run publish]\n")
C("azure_pipelines_yaml", "", "trigger: [main]\nvariables:\n  buildConfiguration: Release\n  ⟪ENV⟫: '⟪V⟫'\nsteps:\n- script: dotnet build --configuration $(buildConfiguration)\n")
C("bitbucket_pipelines", "", "pipelines:\n  default:\n    - step:\n        name: Upload\n        script:\n          - export ⟪ENV⟫=⟪V⟫\n          - ./upload.sh\n")
C("jenkinsfile_groovy", "'\\$", "pipeline {\n  agent any\n  environment {\n    ⟪ENV⟫ = '⟪V⟫'\n  }\n  stages {\n    stage('Ship') { steps { sh './ship.sh' } }\n  }\n}\n")
C("travis_yml", "", "language: python\npython: [\"3.12\"]\nenv:\n  global:\n    - ⟪ENV⟫=⟪V⟫\nscript: pytest -q\n")
C("drone_yml", "", "kind: pipeline\ntype: docker\nname: default\nsteps:\n- name: notify\n  image: alpine\n  environment:\n    ⟪ENV⟫: ⟪V⟫\n  commands: [./notify.sh]\n")
C("taskfile_yml", "", "version: '3'\nenv:\n  ⟪ENV⟫: ⟪V⟫\ntasks:\n  sync:\n    cmds:\n      - go run ./cmd/sync\n")
C("justfile", DQ_BAD, "set dotenv-load := false\nexport ⟪ENV⟫ := \"⟪V⟫\"\n\nsync:\n    cargo run --bin sync\n")
C("makefile", SH_BAD, "SHELL := /bin/bash\n⟪ENV⟫ ?= ⟪V⟫\n\n.PHONY: upload\nupload:\n\t./bin/upload --token $(⟪ENV⟫)\n")
C("serverless_yml", "", "service: thumbnails\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    ⟪NBK⟫: ⟪NBV⟫\n    ⟪ENV⟫: ⟪V⟫\nfunctions:\n  resize: {handler: handler.resize}\n")
C("netlify_toml", "\"\\", "[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[build.environment]\n  ⟪ENV⟫ = \"⟪V⟫\"\n")
C("fly_toml", "\"\\", "app = \"acme-api\"\nprimary_region = \"fra\"\n\n[env]\n  ⟪NBK⟫ = \"⟪NBV⟫\"\n  ⟪ENV⟫ = \"⟪V⟫\"\n\n[http_service]\n  internal_port = 8080\n")
C("gae_app_yaml", "", "runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\nenv_variables:\n  ⟪NBK⟫: \"⟪NBV⟫\"\n  ⟪ENV⟫: \"⟪V⟫\"\n")
C("pulumi_stack_config", "", "config:\n  aws:region: us-west-2\n  acme:⟪camel⟫: ⟪V⟫\n  acme:replicas: \"2\"\n")
C("terraform_tfvars", "\"\\$", "region       = \"eu-west-1\"\ninstance_type = \"t3.small\"\n⟪env⟫ = \"⟪V⟫\"\n# safe to expose (browser config)\n⟪NBK⟫ = \"⟪NBV⟫\"\n")
C("terraform_state_json", "\"\\", "{\n  \"version\": 4,\n  \"terraform_version\": \"1.7.5\",\n  \"resources\": [{\n    \"type\": \"null_resource\",\n    \"instances\": [{\"attributes\": {\"triggers\": {\"⟪env⟫\": \"⟪V⟫\"}}}]\n  }]\n}\n")
C("ansible_group_vars", "", "---\nntp_server: time.example.org\napp_port: 8443\n⟪env⟫: \"⟪V⟫\"\n")
C("vagrantfile_ruby", "\"\\#", "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"debian/bookworm64\"\n  config.vm.provision \"shell\", env: {\"⟪ENV⟫\" => \"⟪V⟫\"}, path: \"bootstrap.sh\"\nend\n")
C("cloud_init_user_data", "", "#cloud-config\npackage_update: true\nwrite_files:\n  - path: /etc/default/agent\n    permissions: '0600'\n    content: |\n      ⟪ENV⟫=⟪V⟫\nruncmd:\n  - systemctl restart agent\n")
C("systemd_unit", WS_BAD + "\"", "[Unit]\nDescription=Ingest worker\nAfter=network-online.target\n\n[Service]\nEnvironment=\"⟪ENV⟫=⟪V⟫\"\nExecStart=/usr/local/bin/ingest --queue default\nRestart=always\n")
C("crontab", SH_BAD, "MAILTO=\"\"\n# m h dom mon dow command\n*/15 * * * * ⟪ENV⟫=⟪V⟫ /opt/sync/bin/run >> /var/log/sync.log 2>&1\n")
C("supervisord_conf", WS_BAD + ",%\"", "[program:worker]\ncommand=/srv/app/venv/bin/python worker.py\nautorestart=true\nenvironment=⟪ENV⟫=\"⟪V⟫\",PYTHONUNBUFFERED=\"1\"\n")
C("nginx_conf", WS_BAD + "\";", "location /api/ {\n    proxy_pass https://upstream.internal;\n    proxy_set_header Authorization \"Bearer ⟪V⟫\";\n    proxy_set_header Host $host;\n}\n")
C("apache_conf", WS_BAD + "\"", "<VirtualHost *:443>\n    ServerName portal.example.com\n    SetEnv ⟪ENV⟫ ⟪V⟫\n    DocumentRoot /var/www/portal\n</VirtualHost>\n")
C("launchd_plist", XML_BAD, "<plist version=\"1.0\"><dict>\n  <key>Label</key><string>com.acme.sync</string>\n  <key>EnvironmentVariables</key>\n  <dict><key>⟪ENV⟫</key><string>⟪V⟫</string></dict>\n</dict></plist>\n")
C("php_fpm_pool_conf", WS_BAD + "\"", "[www]\nuser = www-data\npm = dynamic\nenv[⟪ENV⟫] = ⟪V⟫\nclear_env = no\n")
C("bash_history", SH_BAD, "cd ~/src/infra\ngit pull --rebase\nexport ⟪ENV⟫=⟪V⟫\n./scripts/bootstrap.sh --env prod\nhistory | tail\n")
C("zsh_history", SH_BAD, ": ⟪EPOCH⟫:0;ls -la\n: ⟪EPOCH2⟫:0;export ⟪ENV⟫='⟪V⟫'\n: ⟪EPOCH3⟫:0;make deploy\n")
C("fish_history", SH_BAD, "- cmd: cd projects/ingest\n  when: ⟪EPOCH⟫\n- cmd: set -gx ⟪ENV⟫ ⟪V⟫\n  when: ⟪EPOCH2⟫\n- cmd: cargo run --release\n  when: ⟪EPOCH3⟫\n")
C("powershell_history", "\"`$", "Get-Location\n$env:⟪ENV⟫ = \"⟪V⟫\"\n.\\tools\\publish.ps1 -Verbose\n")
C("windows_batch", WS_BAD + "%^&|<>\"", "@echo off\nREM nightly export\nset ⟪ENV⟫=⟪V⟫\ncall export.exe --quiet\n")
C("ci_log_docker_run", SH_BAD, "⟪TS⟫Z Step 7/9 : RUN ./smoke.sh\n+ docker run --rm -e ⟪ENV⟫=⟪V⟫ -e CI=true ghcr.io/acme/smoke:latest\nUnable to find image 'ghcr.io/acme/smoke:latest' locally\n")
C("docker_inspect_json", "\"\\", "[\n    {\n        \"Id\": \"⟪SHA64⟫\",\n        \"Config\": {\n            \"Hostname\": \"⟪SHORTID⟫\",\n            \"Env\": [\n                \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\",\n                \"⟪NBK⟫=⟪NBV⟫\",\n                \"⟪ENV⟫=⟪V⟫\",\n                \"LANG=C.UTF-8\"\n            ]\n        }\n    }\n]\n")
C("kubectl_describe_pod", "", "Name:         api-7d9c6b5f8-x2k4q\nNamespace:    prod\nContainers:\n  api:\n    Image:      registry.example.io/api:3.2.0\n    Environment:\n      PORT:                 8080\n      ⟪NBK⟫:  ⟪NBV⟫\n      ⟪ENV⟫:  ⟪V⟫\n    Mounts:       <none>\n")
C("kubectl_create_secret_cmd", SH_BAD, "$ kubectl -n prod create secret generic api-keys \\\n    --from-literal=⟪ENV⟫=⟪V⟫ \\\n    --dry-run=client -o yaml | kubectl apply -f -\nsecret/api-keys configured\n")
C("helm_install_cmd", SH_BAD + ",", "helm upgrade --install ingest charts/ingest \\\n  --namespace data --create-namespace \\\n  --set env.⟪ENV⟫=⟪V⟫ \\\n  --set replicaCount=2\n")
C("terraform_plan_output", "\"\\", "  # module.app.aws_lambda_function.handler will be updated in-place\n  ~ resource \"aws_lambda_function\" \"handler\" {\n      ~ environment {\n          ~ variables = {\n              + \"⟪ENV⟫\" = \"⟪V⟫\"\n                \"STAGE\"  = \"prod\"\n            }\n        }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n")
C("github_actions_log", "", "2025-03-11T09:14:02.1180000Z ##[group]Run ./scripts/release.sh\n2025-03-11T09:14:02.1181000Z ./scripts/release.sh\n2025-03-11T09:14:02.1182000Z shell: /usr/bin/bash -e {0}\n2025-03-11T09:14:02.1183000Z env:\n2025-03-11T09:14:02.1184000Z   ⟪ENV⟫: ⟪V⟫\n2025-03-11T09:14:02.1185000Z ##[endgroup]\n")
C("gitlab_ci_job_log", SH_BAD, "Running with gitlab-runner 17.2.0 (a4b3c2d1)\n  on docker-runner-3 zx8Yq1, system ID: s_0a1b2c3d4e5f\n$ echo \"using ⟪ENV⟫=⟪V⟫\"\nusing ⟪ENV⟫=⟪V⟫\n$ make publish\n")
C("jenkins_console_output", "'\\", "Started by user deploy-bot\n[Pipeline] sh\n+ curl -sS -X POST -H 'Authorization: Bearer ⟪V⟫' https://api.vendor.example/v1/deploys\n{\"status\":\"queued\"}\n[Pipeline] End of Pipeline\nFinished: SUCCESS\n")
C("circleci_step_output", "", "#!/bin/bash -eo pipefail\nenv | sort | grep -i -E 'token|key'\n⟪NBK⟫=⟪NBV⟫\n⟪ENV⟫=⟪V⟫\nCIRCLE_BRANCH=main\n\nExited with code exit status 0\n")
C("printenv_dump", "\n", "HOME=/home/runner\nHOSTNAME=⟪SHORTID⟫\n⟪NBK⟫=⟪NBV⟫\n⟪ENV⟫=⟪V⟫\nPATH=/usr/local/bin:/usr/bin:/bin\nSHLVL=1\n")
C("proc_environ_nul", "\n", "PATH=/usr/bin:/bin\x00HOSTNAME=worker-⟪N⟫\x00⟪ENV⟫=⟪V⟫\x00HOME=/root\x00")
C("ps_auxe_output", WS_BAD, "USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\napp     ⟪PID⟫  2.1  1.4 812344 98112 ?        Ssl  09:12   0:41 node server.js PATH=/usr/bin ⟪ENV⟫=⟪V⟫ NODE_ENV=production\n")
C("bash_declare_x", "\"\\$`", "declare -x HOME=\"/home/ci\"\ndeclare -x ⟪ENV⟫=\"⟪V⟫\"\ndeclare -x OLDPWD\ndeclare -x PWD=\"/builds/acme/api\"\n")
C("powershell_env_table", WS_BAD, "Name                           Value\n----                           -----\nCOMPUTERNAME                   BUILD-W11-04\n⟪ENV⟫           ⟪V⟫\nNUMBER_OF_PROCESSORS           8\n")
C("python_source", "\"\\", "import os\nimport requests\n\n# ⟪DESC⟫\n⟪ENV⟫ = \"⟪V⟫\"\n\ndef client():\n    s = requests.Session()\n    s.headers[\"Authorization\"] = f\"Bearer {⟪ENV⟫}\"\n    return s\n")
C("javascript_source", "'\\", "'use strict';\nconst axios = require('axios');\n\nconst ⟪camel⟫ = process.env.⟪ENV⟫ || '⟪V⟫';\nmodule.exports = axios.create({ headers: { Authorization: `Bearer ${⟪camel⟫}` } });\n")
C("typescript_source", "\"\\", "import { Client } from \"./client\";\n\nexport const config = {\n  ⟪camel⟫: \"⟪V⟫\" as const,\n  retries: 3,\n};\nexport const client = new Client(config.⟪camel⟫);\n")
C("go_source", "\"\\", "package config\n\nimport \"os\"\n\nconst default⟪Pascal⟫ = \"⟪V⟫\"\n\nfunc ⟪Pascal⟫() string {\n\tif v := os.Getenv(\"⟪ENV⟫\"); v != \"\" {\n\t\treturn v\n\t}\n\treturn default⟪Pascal⟫\n}\n")
C("rust_source", "\"\\", "use std::env;\n\nconst FALLBACK_⟪ENV⟫: &str = \"⟪V⟫\";\n\npub fn token() -> String {\n    env::var(\"⟪ENV⟫\").unwrap_or_else(|_| FALLBACK_⟪ENV⟫.to_string())\n}\n")
C("java_source", "\"\\", "package com.acme.integration;\n\npublic final class Credentials {\n    private Credentials() {}\n    public static final String ⟪ENV⟫ = \"⟪V⟫\";\n}\n")
C("kotlin_source", "\"\\$", "object ApiConfig {\n    const val BASE_URL = \"https://api.vendor.example\"\n    const val ⟪ENV⟫ = \"⟪V⟫\"\n}\n")
C("swift_source", "\"\\", "import Foundation\n\nenum Secrets {\n    static let ⟪camel⟫ = \"⟪V⟫\"\n}\n")
C("csharp_source", "\"\\", "namespace Acme.Billing\n{\n    internal static class Keys\n    {\n        internal const string ⟪Pascal⟫ = \"⟪V⟫\";\n    }\n}\n")
C("cpp_source", "\"\\", "#include <string>\n\nnamespace cfg {\nstatic const std::string k⟪Pascal⟫ = \"⟪V⟫\";\n}  // namespace cfg\n")
C("c_source", "\"\\", "#include <stdio.h>\n\n#define ⟪ENV⟫ \"⟪V⟫\"\n\nint main(void) {\n    printf(\"auth ok\\n\");\n    return 0;\n}\n")
C("ruby_source", "'\\", "# frozen_string_literal: true\n\nmodule Acme\n  ⟪ENV⟫ = ENV.fetch('⟪ENV⟫', '⟪V⟫')\nend\n")
C("php_source", "'\\", "<?php\n\nreturn [\n    'debug' => false,\n    '⟪env⟫' => '⟪V⟫',\n];\n")
C("lua_source", "\"\\", "local M = {}\n\nM.endpoint = \"https://api.vendor.example\"\nM.⟪env⟫ = \"⟪V⟫\"\n\nreturn M\n")
C("perl_source", "'\\", "use strict;\nuse warnings;\n\nmy $⟪env⟫ = '⟪V⟫';\nmy $ua = LWP::UserAgent->new;\n$ua->default_header('Authorization' => \"Bearer $⟪env⟫\");\n")
C("r_source", "\"\\", "library(httr)\n\nSys.setenv(⟪ENV⟫ = \"⟪V⟫\")\nres <- GET(\"https://api.vendor.example/v1/items\", add_headers(Authorization = paste(\"Bearer\", Sys.getenv(\"⟪ENV⟫\"))))\n")
C("julia_source", "\"\\$", "using HTTP\n\nconst ⟪ENV⟫ = \"⟪V⟫\"\nr = HTTP.get(\"https://api.vendor.example/v1/me\"; headers = [\"Authorization\" => \"Bearer \" * ⟪ENV⟫])\n")
C("zig_source", "\"\\", "const std = @import(\"std\");\n\npub const ⟪env⟫ = \"⟪V⟫\";\n\npub fn main() !void {\n    std.debug.print(\"starting\\n\", .{});\n}\n")
C("nim_source", "\"\\", "import httpclient\n\nconst ⟪camel⟫ = \"⟪V⟫\"\nlet client = newHttpClient(headers = newHttpHeaders({\"Authorization\": \"Bearer \" & ⟪camel⟫}))\n")
C("haskell_source", "\"\\", "module Config (⟪camel⟫) where\n\nimport Data.Text (Text)\n\n⟪camel⟫ :: Text\n⟪camel⟫ = \"⟪V⟫\"\n")
C("ocaml_source", "\"\\", "let ⟪env⟫ = \"⟪V⟫\"\n\nlet headers = [ (\"Authorization\", \"Bearer \" ^ ⟪env⟫) ]\n")
C("clojure_source", "\"\\", "(ns acme.config)\n\n(def ⟪kebab⟫ \"⟪V⟫\")\n\n(defn headers [] {\"Authorization\" (str \"Bearer \" ⟪kebab⟫)})\n")
C("scala_source", "\"\\$", "object Settings {\n  val ⟪camel⟫: String = sys.env.getOrElse(\"⟪ENV⟫\", \"⟪V⟫\")\n}\n")
C("gradle_groovy", "'\\$", "plugins { id 'java' }\n\next {\n    ⟪camel⟫ = '⟪V⟫'\n}\n\ntasks.register('publishDocs') { doLast { println 'ok' } }\n")
C("powershell_script", "'", "Set-StrictMode -Version Latest\n$⟪Pascal⟫ = '⟪V⟫'\n$headers = @{ Authorization = \"Bearer $⟪Pascal⟫\" }\nInvoke-RestMethod -Uri https://api.vendor.example/v1/ping -Headers $headers\n")
C("fish_config", SH_BAD, "if status is-interactive\n    set -gx EDITOR nvim\nend\nset -gx ⟪ENV⟫ ⟪V⟫\nfish_add_path ~/.cargo/bin\n")
C("nix_expression", "\"\\$", "{ pkgs, ... }:\n{\n  systemd.services.ingest.environment = {\n    ⟪ENV⟫ = \"⟪V⟫\";\n    RUST_LOG = \"info\";\n  };\n}\n")
C("dhall_config", "\"\\$", "let Config = { endpoint : Text, ⟪camel⟫ : Text }\n\nin  { endpoint = \"https://api.vendor.example\", ⟪camel⟫ = \"⟪V⟫\" } : Config\n")
C("jsonnet_config", "'\\", "local env = 'prod';\n{\n  name: 'ingest-' + env,\n  ⟪camel⟫: '⟪V⟫',\n}\n")
C("cue_config", "\"\\", "package deploy\n\nservice: {\n\tname: \"ingest\"\n\tenv: ⟪ENV⟫: \"⟪V⟫\"\n}\n")
C("elixir_config", "\"\\#", "import Config\n\nconfig :acme, Acme.Vendor,\n  ⟪env⟫: \"⟪V⟫\",\n  pool_size: 10\n")
C("erlang_sys_config", "\"\\", "[\n {acme, [\n   {endpoint, \"https://api.vendor.example\"},\n   {⟪env⟫, \"⟪V⟫\"}\n ]}\n].\n")
C("dart_source", "'\\$", "class Env {\n  static const String ⟪camel⟫ = '⟪V⟫';\n}\n")
C("crystal_source", "\"\\#", "require \"http/client\"\n\n⟪ENV⟫ = \"⟪V⟫\"\nHTTP::Client.get(\"https://api.vendor.example/v1/me\", headers: HTTP::Headers{\"Authorization\" => \"Bearer #{⟪ENV⟫}\"})\n")
C("fsharp_source", "\"\\", "module Config\n\nlet ⟪camel⟫ = \"⟪V⟫\"\nlet retries = 3\n")
C("vbnet_source", "\"", "Module Settings\n    Public Const ⟪Pascal⟫ As String = \"⟪V⟫\"\nEnd Module\n")
C("objective_c_source", "\"\\", "#import <Foundation/Foundation.h>\n\nstatic NSString * const k⟪Pascal⟫ = @\"⟪V⟫\";\n")
C("matlab_source", "'", "% fetch daily series\n⟪camel⟫ = '⟪V⟫';\nopts = weboptions('HeaderFields', {'Authorization', ['Bearer ' ⟪camel⟫]});\ndata = webread('https://api.vendor.example/v1/series', opts);\n")
C("tcl_source", "\"\\$[]", "package require http\nset ⟪env⟫ \"⟪V⟫\"\nset tok [http::geturl https://api.vendor.example/v1/me -headers [list Authorization \"Bearer $⟪env⟫\"]]\n")
C("racket_source", "\"\\", "#lang racket\n(define ⟪kebab⟫ \"⟪V⟫\")\n(provide ⟪kebab⟫)\n")
C("common_lisp_source", "\"\\", "(in-package :acme)\n(defparameter *⟪kebab⟫* \"⟪V⟫\")\n")
C("d_source", "\"\\", "module config;\nenum string ⟪camel⟫ = \"⟪V⟫\";\n")
C("gleam_source", "\"\\", "pub const ⟪env⟫ = \"⟪V⟫\"\n\npub fn headers() {\n  [#(\"authorization\", \"Bearer \" <> ⟪env⟫)]\n}\n")
C("applescript", "\"\\", "set ⟪camel⟫ to \"⟪V⟫\"\ndo shell script \"curl -s -H 'Authorization: Bearer \" & ⟪camel⟫ & \"' https://api.vendor.example/v1/me\"\n")
C("autohotkey_script", "\"`%;", "#Requires AutoHotkey v2.0\n⟪camel⟫ := \"⟪V⟫\"\nRun \"uploader.exe --token \" ⟪camel⟫\n")
C("vbscript", "\"", "Option Explicit\nDim ⟪camel⟫\n⟪camel⟫ = \"⟪V⟫\"\nWScript.Echo \"configured\"\n")
C("sql_settings_insert", "'", "INSERT INTO app_settings (name, value, updated_at)\nVALUES ('⟪env⟫', '⟪V⟫', now())\nON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value;\n")
C("jupyter_notebook_json", "\"\\", "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\n    \"import os\\n\",\n    \"os.environ[\\\"⟪ENV⟫\\\"] = \\\"⟪V⟫\\\"\\n\"\n   ]\n  }\n ],\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n")
C("rmarkdown_chunk", "\"\\", "---\ntitle: \"Weekly KPIs\"\noutput: html_document\n---\n\n```{r setup, include=FALSE}\nSys.setenv(⟪ENV⟫ = \"⟪V⟫\")\n```\n\nRevenue grew again this week.\n")
C("http_request_dump", WS_BAD, "GET /v1/accounts/me HTTP/1.1\r\nHost: api.vendor.example\r\nUser-Agent: python-requests/2.32.3\r\nAccept: */*\r\nAuthorization: Bearer ⟪V⟫\r\nConnection: keep-alive\r\n\r\n")
C("http_response_json", "\"\\", "HTTP/2 201\ncontent-type: application/json\nx-request-id: ⟪UUID⟫\n\n{\"id\":\"key_⟪N⟫\",\"name\":\"ci-deploy\",\"created\":⟪EPOCH⟫,\"secret\":\"⟪V⟫\",\"note\":\"store this now, it will not be shown again\"}\n")
C("har_entry", "\"\\", "{\"log\":{\"version\":\"1.2\",\"entries\":[{\"startedDateTime\":\"⟪TS⟫.120Z\",\"request\":{\"method\":\"POST\",\"url\":\"https://api.vendor.example/v2/jobs\",\"headers\":[{\"name\":\"content-type\",\"value\":\"application/json\"},{\"name\":\"x-api-key\",\"value\":\"⟪V⟫\"}]},\"response\":{\"status\":202}}]}}\n")
C("curl_verbose_output", WS_BAD, "*   Trying 203.0.113.20:443...\n* Connected to api.vendor.example (203.0.113.20) port 443\n> POST /v1/messages HTTP/2\n> Host: api.vendor.example\n> user-agent: curl/8.5.0\n> authorization: Bearer ⟪V⟫\n> content-type: application/json\n>\n< HTTP/2 200\n")
C("tcpdump_ascii", WS_BAD, "09:41:07.112233 IP 10.0.3.7.51514 > 10.0.9.2.8080: Flags [P.], seq 1:214, ack 1, win 502, length 213: HTTP: GET /internal/metrics HTTP/1.1\nE.....@.@...\n....GET /internal/metrics HTTP/1.1\nHost: 10.0.9.2:8080\nX-Api-Key: ⟪V⟫\nAccept: */*\n")
C("strace_output", "\"\\", "connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr(\"203.0.113.9\")}, 16) = 0\nwrite(5, \"POST /hook HTTP/1.1\\r\\nHost: hooks.vendor.example\\r\\nX-Auth-Token: ⟪V⟫\\r\\n\"..., 112) = 112\n")
C("slack_export_json", "\"\\", "[\n  {\"type\":\"message\",\"user\":\"U04ABCD12\",\"text\":\"can someone rotate this? I pasted it in the wrong channel :facepalm: ⟪V⟫\",\"ts\":\"⟪EPOCH⟫.002100\"}\n]\n")
C("discord_chat_log", "", "[⟪TS⟫] devon#4411: bot keeps crashing on startup\n[⟪TS2⟫] mira: did you set the env? mine is `⟪V⟫`\n[⟪TS2⟫] devon#4411: ty, trying\n")
C("irc_log", "", "[12:01] <kbaker> anyone know why the nightly upload fails?\n[12:02] <ops_lena> kbaker: the token in the wiki expired, use ⟪V⟫ for now\n[12:02] <kbaker> thx\n")
C("matrix_event_json", "\"\\", "{\"type\":\"m.room.message\",\"sender\":\"@nils:matrix.example.org\",\"content\":{\"msgtype\":\"m.text\",\"body\":\"staging creds for the demo: ⟪V⟫\"},\"origin_server_ts\":⟪EPOCH⟫000}\n")
C("teams_message_html", XML_BAD, "<div><p>Hi team, here is the key for the vendor sandbox migration:</p><p><code>⟪V⟫</code></p><p>please don't forward</p></div>\n")
C("email_eml", "", "From: Priya Natarajan <priya@example.com>\nTo: ops@example.com\nSubject: new integration key\nDate: Tue, 4 Mar 2025 10:22:31 +0100\nContent-Type: text/plain; charset=utf-8\n\nHi,\n\nthe ⟪DESC⟫ for production is below, please add it to the vault:\n\n⟪V⟫\n\nThanks,\nPriya\n")
C("github_issue_markdown", "", "### Bug report\n\nUpload fails with 401. Steps:\n\n```console\n$ ⟪ENV⟫=⟪V⟫ ./uploader --dry-run\nError: 401 Unauthorized\n```\n\n**Expected:** upload succeeds.\n")
C("pull_request_description", "", "## Summary\nSwitch the notifier to the new workspace.\n\n## Testing\nRan locally with `⟪ENV⟫=⟪V⟫` and got the message in #alerts.\n\n- [x] unit tests\n- [ ] docs\n")
C("gerrit_review_comment", "", "Patch Set 3:\n\n(1 comment)\n\nsrc/notify.py, line 12: Please don't hardcode `⟪V⟫` here, read it from the environment instead.\n")
C("git_commit_message", "", "commit ⟪SHA⟫\nAuthor: Tomás Ruiz <tomas@example.com>\nDate:   Wed Jan 8 17:03:11 2025 +0100\n\n    hotfix: use new ⟪DESC⟫\n\n    old one got revoked, new value is ⟪V⟫ (will move to vault later)\n")
C("diff_hunk", "", "diff --git a/config/settings.py b/config/settings.py\nindex 3f2a1b0..9c8d7e6 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -14,7 +14,7 @@ TIMEOUT = 30\n-⟪ENV⟫ = os.environ[\"⟪ENV⟫\"]\n+⟪ENV⟫ = \"⟪V⟫\"\n RETRIES = 3\n")
C("git_format_patch", "", "From ⟪SHA⟫ Mon Sep 17 00:00:00 2001\nFrom: Ana Lima <ana@example.org>\nSubject: [PATCH] wire up vendor client\n\n---\n src/client.js | 2 +-\n\n--- a/src/client.js\n+++ b/src/client.js\n@@ -1,3 +1,3 @@\n-const key = process.env.⟪ENV⟫;\n+const key = '⟪V⟫';\n--\n2.43.0\n")
C("json_structured_log", "\"\\", "{\"level\":\"debug\",\"ts\":\"⟪TS⟫.481Z\",\"logger\":\"http.client\",\"msg\":\"outgoing request\",\"method\":\"POST\",\"url\":\"https://api.vendor.example/v1/batch\",\"headers\":{\"Authorization\":\"Bearer ⟪V⟫\",\"Content-Type\":\"application/json\"}}\n")
C("logfmt_log", WS_BAD + "\"", "time=⟪TS⟫Z level=debug msg=\"config loaded\" source=env ⟪env⟫=⟪V⟫ region=eu-west-1\n")
C("syslog_rfc5424", WS_BAD, "<134>1 ⟪TS⟫.003Z web-03 billing 2231 ID47 [meta seq=\"88\"] startup: loaded ⟪env⟫=⟪V⟫ from /etc/billing/env\n")
C("journald_export", WS_BAD, "__REALTIME_TIMESTAMP=⟪EPOCH⟫123456\n_SYSTEMD_UNIT=ingest.service\nPRIORITY=7\nMESSAGE=ingest: using ⟪env⟫=⟪V⟫\n_HOSTNAME=worker-⟪N⟫\n")
C("windows_event_xml", XML_BAD, "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System><EventID>1000</EventID><Channel>Application</Channel></System><EventData><Data>SyncAgent started with ⟪Pascal⟫=⟪V⟫</Data></EventData></Event>\n")
C("python_traceback_locals", "'\\", "Traceback (most recent call last):\n  File \"/srv/app/sync.py\", line 88, in push\n    resp.raise_for_status()\n    ╭──── locals ────╮\n    │ url = 'https://api.vendor.example/v1/push' │\n    │ ⟪env⟫ = '⟪V⟫' │\n    ╰────────────────╯\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden\n")
C("java_stack_trace", WS_BAD, "2025-02-02 11:04:51.118 ERROR 1 --- [pool-3-thread-1] c.a.i.VendorClient : call failed\njava.lang.IllegalStateException: vendor rejected credentials ⟪V⟫\n\tat com.acme.integration.VendorClient.call(VendorClient.java:142)\n\tat com.acme.integration.Sync.run(Sync.java:57)\n")
C("node_error_dump", "'\\", "AxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12) {\n  code: 'ERR_BAD_REQUEST',\n  config: {\n    headers: { Accept: 'application/json', 'X-Api-Key': '⟪V⟫' },\n    method: 'get'\n  }\n}\n")
C("go_panic_dump", "\"\\", "panic: vendor: unauthorized\n\ngoroutine 1 [running]:\nmain.mustClient({0xc0000a2000, 0x1f}, {0x6e4b20, 0x2b})\n\t/src/cmd/sync/main.go:41 +0x1a5\n// client config: &{Endpoint:https://api.vendor.example Token:⟪V⟫ Timeout:30s}\nexit status 2\n")
C("core_dump_strings", WS_BAD, "$ strings -n 12 core.worker.⟪PID⟫ | grep -i -A1 key\nVENDOR_ENDPOINT=https://api.vendor.example\n⟪ENV⟫=⟪V⟫\nGLIBC_TUNABLES=glibc.malloc.arena_max=2\n")
C("gdb_info_locals", "\"\\", "(gdb) frame 2\n#2  0x000055555555a1c4 in vendor_auth (cfg=0x7fffffffd9a0) at auth.c:77\n(gdb) info locals\nretries = 3\ntoken = 0x5555555592a0 \"⟪V⟫\"\nrc = -1\n")
C("markdown_readme", "`", "# ingest-tools\n\n## Quick start\n\n```bash\nexport ⟪ENV⟫=⟪V⟫\nmake run\n```\n\nSee `docs/` for details.\n")
C("mediawiki_markup", "|", "== Staging access ==\n{| class=\"wikitable\"\n! Service !! Key\n|-\n| ⟪DESC⟫ || <code>⟪V⟫</code>\n|}\n")
C("latex_source", "\\{}%$&#_^~", "\\section{Setup}\nThe analysis scripts read the key from the environment; for the lab machines use\n\\texttt{⟪V⟫} and do not commit it.\n")
C("org_mode", "", "* Infra notes\n** TODO rotate vendor keys\n   :PROPERTIES:\n   :KEY:      ⟪V⟫\n   :END:\n")
C("restructuredtext", "", "Configuration\n=============\n\nSet the following in ``/etc/ingest.conf``::\n\n    ⟪env⟫ = ⟪V⟫\n\n.. note:: restart the service afterwards.\n")
C("asciidoc", "", "= Runbook\n\n== Credentials\n\n[source,shell]\n----\nexport ⟪ENV⟫=⟪V⟫\n----\n")
C("yaml_front_matter", "", "---\ntitle: Deploy notes\ndate: 2025-01-20\n⟪env⟫: ⟪V⟫\ntags: [ops]\n---\n\nDeployed 4.2.0 to prod without issues.\n")
C("confluence_storage_xml", XML_BAD, "<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">bash</ac:parameter><ac:plain-text-body><![CDATA[export ⟪ENV⟫=⟪V⟫]]></ac:plain-text-body></ac:structured-macro>\n")
C("jira_wiki_markup", "{}", "h3. Repro\n{code:bash}\ncurl -H \"Authorization: Bearer ⟪V⟫\" https://api.vendor.example/v1/me\n{code}\n*Result:* 500\n")
C("postman_collection_json", "\"\\", "{\"info\":{\"name\":\"Vendor API\",\"schema\":\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},\"auth\":{\"type\":\"bearer\",\"bearer\":[{\"key\":\"token\",\"value\":\"⟪V⟫\",\"type\":\"string\"}]},\"item\":[]}\n")
C("rest_client_http_file", WS_BAD, "@baseUrl = https://api.vendor.example\n@token = ⟪V⟫\n\n### list items\nGET {{baseUrl}}/v1/items\nAuthorization: Bearer {{token}}\n")
C("bruno_bru_file", WS_BAD, "meta {\n  name: list items\n  type: http\n  seq: 1\n}\n\nget {\n  url: https://api.vendor.example/v1/items\n}\n\nheaders {\n  X-Api-Key: ⟪V⟫\n}\n")
C("httpie_session_json", "\"\\", "{\n    \"__meta__\": {\"about\": \"HTTPie session file\", \"httpie\": \"3.2.2\"},\n    \"auth\": {\"type\": \"bearer\", \"raw_auth\": \"⟪V⟫\"},\n    \"cookies\": []\n}\n")
C("sentry_event_json", "\"\\", "{\"event_id\":\"⟪HEX32⟫\",\"level\":\"error\",\"message\":\"upstream 401\",\"extra\":{\"request_headers\":{\"x-api-key\":\"⟪V⟫\"}},\"platform\":\"python\"}\n")
C("redis_monitor_output", "\"\\", "1712311123.554021 [0 10.0.4.8:50122] \"SELECT\" \"2\"\n1712311123.554410 [2 10.0.4.8:50122] \"HSET\" \"integrations:vendor\" \"⟪env⟫\" \"⟪V⟫\"\n")
C("whatsapp_export", "", "12/03/2025, 21:14 - Jonas: still can't log into the dashboard\n12/03/2025, 21:16 - Carla: use the API key instead: ⟪V⟫\n12/03/2025, 21:16 - Jonas: 👍\n")
C("obsidian_note", "", "---\naliases: [vendor setup]\n---\n# Vendor setup\n\n- [[Accounts]]\n- key:: ⟪V⟫\n- rotated:: 2025-02-10\n")
C("csv_settings_export", ",\"\n", "name,value,updated_by\nregion,eu-west-1,terraform\n⟪env⟫,⟪V⟫,jdoe\nretries,3,terraform\n")
C("xlsx_shared_strings_xml", XML_BAD, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\" uniqueCount=\"4\"><si><t>System</t></si><si><t>Key</t></si><si><t>⟪DESC⟫</t></si><si><t>⟪V⟫</t></si></sst>\n")
C("docx_document_xml", XML_BAD, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Handover: the production key is </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>⟪V⟫</w:t></w:r></w:p></w:body></w:document>\n")
C("pdf_text_extraction", "", "Onboarding Checklist – Page 3 of 7\n\n4. Integration credentials\n   Key (prod): ⟪V⟫\n   Owner: Platform team\n\nCONFIDENTIAL – internal use only\n")
C("gradle_properties", WS_BAD, "org.gradle.jvmargs=-Xmx2g\nandroid.useAndroidX=true\n⟪camel⟫=⟪V⟫\n")
C("android_manifest_xml", XML_BAD, "<application android:label=\"@string/app_name\">\n    <meta-data\n        android:name=\"com.vendor.sdk.SECRET\"\n        android:value=\"⟪V⟫\" />\n</application>\n")
C("appsettings_json", "\"\\", "{\n  \"Logging\": {\"LogLevel\": {\"Default\": \"Information\"}},\n  \"Vendor\": {\n    \"BaseUrl\": \"https://api.vendor.example\",\n    \"⟪Pascal⟫\": \"⟪V⟫\",\n    \"⟪NBK⟫\": \"⟪NBV⟫\"\n  }\n}\n")
C("spring_application_yml", "", "spring:\n  profiles: prod\nvendor:\n  client:\n    ⟪kebab⟫: ⟪V⟫\n    connect-timeout: 5s\n  web:\n    ⟪NBK⟫: ⟪NBV⟫\n")
C("wp_config_php", "'\\", "<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( '⟪ENV⟫', '⟪V⟫' );\n$table_prefix = 'wp_';\n")
C("htaccess", WS_BAD + "\"", "RewriteEngine On\nSetEnv ⟪ENV⟫ ⟪V⟫\nRewriteRule ^api/(.*)$ index.php?route=$1 [QSA,L]\n")
C("heroku_config_output", WS_BAD, "=== acme-prod Config Vars\nDATABASE_URL:         postgres://…\n⟪NBK⟫: ⟪NBV⟫\n⟪ENV⟫:   ⟪V⟫\nWEB_CONCURRENCY:      2\n")
C("aws_ssm_get_parameter_json", "\"\\", "{\n    \"Parameter\": {\n        \"Name\": \"/prod/ingest/⟪env⟫\",\n        \"Type\": \"SecureString\",\n        \"Value\": \"⟪V⟫\",\n        \"Version\": 4,\n        \"ARN\": \"arn:aws:ssm:eu-west-1:⟪ACCT⟫:parameter/prod/ingest/⟪env⟫\"\n    }\n}\n")
C("vault_kv_get_output", WS_BAD, "====== Secret Path ======\nsecret/data/ingest\n\n======= Metadata =======\nKey              Value\n---              -----\nversion          7\n\n====== Data ======\nKey      Value\n---      -----\n⟪env⟫    ⟪V⟫\n")
C("doppler_secrets_table", WS_BAD + "│", "┌──────────────────┬──────────────────────────────┐\n│ NAME             │ VALUE                        │\n├──────────────────┼──────────────────────────────┤\n│ ⟪ENV⟫ │ ⟪V⟫ │\n└──────────────────┴──────────────────────────────┘\n")
C("onepassword_cli_output", WS_BAD, "ID:          ⟪ID26⟫\nTitle:       Vendor prod\nVault:       Infra\nFields:\n  username:    svc-vendor\n  credential:  ⟪V⟫\n")
C("telegram_export_json", "\"\\", "{\"name\":\"Ops chat\",\"messages\":[{\"id\":8812,\"type\":\"message\",\"date\":\"⟪TS⟫\",\"from\":\"Olek\",\"text\":\"ключ для стенда: ⟪V⟫\"}]}\n")
C("stackoverflow_question_md", "`", "I'm getting `403 Forbidden` from the API even though my key is valid.\n\n```python\nclient = Client(api_key=\"⟪V⟫\")\nclient.list()\n```\n\nWhat am I missing?\n")
C("pastebin_paste", "", "-- paste expires in 1 day --\nhost: api.vendor.example\nkey: ⟪V⟫\nnotes: for the load test on friday\n")
C("meeting_notes_txt", "", "Sprint sync 2025-02-18\nAttendees: AK, MB, RS\n- AK: vendor sandbox works, key is ⟪V⟫\n- MB: dashboards next week\n")
C("kdl_config", "\"\\", "service \"ingest\" {\n    replicas 2\n    env ⟪ENV⟫=\"⟪V⟫\"\n}\n")
C("edn_config", "\"\\", "{:service/name \"ingest\"\n :vendor/⟪kebab⟫ \"⟪V⟫\"\n :http/port 8080}\n")
C("starlark_bazel", "\"\\", "load(\"@rules_python//python:defs.bzl\", \"py_binary\")\n\npy_binary(\n    name = \"uploader\",\n    srcs = [\"uploader.py\"],\n    env = {\"⟪ENV⟫\": \"⟪V⟫\"},\n)\n")
C("dockerfile", SH_BAD, "FROM python:3.12-slim\nWORKDIR /app\nENV ⟪ENV⟫=⟪V⟫\nCOPY . .\nCMD [\"python\", \"main.py\"]\n")
C("cmake_lists", "\"\\$;", "cmake_minimum_required(VERSION 3.22)\nproject(agent CXX)\nadd_compile_definitions(⟪ENV⟫=\"⟪V⟫\")\nadd_executable(agent main.cpp)\n")
C("sbt_build", "\"\\$", "ThisBuild / scalaVersion := \"3.4.1\"\nenvVars in Test := Map(\"⟪ENV⟫\" -> \"⟪V⟫\")\n")
C("mix_exs_env", "\"\\#", "defmodule Acme.MixProject do\n  use Mix.Project\n  def project, do: [app: :acme, version: \"0.4.0\", test_env: %{\"⟪ENV⟫\" => \"⟪V⟫\"}]\nend\n")
C("cargo_config_toml", "\"\\", "[env]\n⟪ENV⟫ = \"⟪V⟫\"\nRUST_BACKTRACE = \"1\"\n")
C("pyproject_toml_tool", "\"\\", "[tool.pytest.ini_options]\nenv = [\n    \"⟪NBK⟫=⟪NBV⟫\",\n    \"⟪ENV⟫=⟪V⟫\",\n]\n")
C("package_json_scripts", "\"\\ ", "{\n  \"name\": \"site\",\n  \"scripts\": {\n    \"deploy\": \"⟪ENV⟫=⟪V⟫ node scripts/deploy.mjs\"\n  }\n}\n")
C("vscode_launch_json", "\"\\", "{\n  \"version\": \"0.2.0\",\n  \"configurations\": [{\n    \"type\": \"node\", \"request\": \"launch\", \"name\": \"server\",\n    \"env\": {\"⟪ENV⟫\": \"⟪V⟫\"}\n  }]\n}\n")
C("intellij_run_config_xml", XML_BAD, "<component name=\"ProjectRunConfigurationManager\">\n  <configuration name=\"Server\" type=\"Application\">\n    <envs>\n      <env name=\"⟪ENV⟫\" value=\"⟪V⟫\" />\n    </envs>\n  </configuration>\n</component>\n")
C("ecs_task_definition_json", "\"\\", "{\n  \"family\": \"worker\",\n  \"containerDefinitions\": [{\n    \"name\": \"worker\",\n    \"environment\": [{\"name\": \"⟪NBK⟫\", \"value\": \"⟪NBV⟫\"}, {\"name\": \"⟪ENV⟫\", \"value\": \"⟪V⟫\"}]\n  }]\n}\n")
C("cloudformation_yaml", "", "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Environment:\n        Variables:\n          ⟪NBK⟫: ⟪NBV⟫\n          ⟪ENV⟫: ⟪V⟫\n")
C("argo_workflow_yaml", "", "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nspec:\n  templates:\n  - name: main\n    container:\n      image: alpine:3.20\n      env:\n      - {name: ⟪ENV⟫, value: \"⟪V⟫\"}\n")
C("ansible_playbook_task", "", "- name: register agent\n  ansible.builtin.command: /opt/agent/bin/register --token {{ item }}\n  loop:\n    - \"⟪V⟫\"\n  no_log: false\n")
C("salt_state_sls", "", "agent-config:\n  file.managed:\n    - name: /etc/agent/agent.env\n    - contents: |\n        ⟪ENV⟫=⟪V⟫\n")
C("chef_attributes_rb", "'\\", "default['vendor']['endpoint'] = 'https://api.vendor.example'\ndefault['vendor']['⟪env⟫'] = '⟪V⟫'\n")
C("puppet_manifest", "'\\", "class profile::vendor {\n  file { '/etc/vendor.env':\n    content => \"⟪ENV⟫=${'⟪V⟫'}\\n\",\n    mode    => '0600',\n  }\n}\n")
C("graphql_request_json", "\"\\", "{\"operationName\":\"Connect\",\"variables\":{\"input\":{\"provider\":\"vendor\",\"apiKey\":\"⟪V⟫\"}},\"query\":\"mutation Connect($input: ConnectInput!) { connect(input: $input) { id } }\"}\n")
C("grpc_metadata_log", WS_BAD, "I0212 10:15:42.118  1 interceptor.go:61] outgoing metadata: map[:authority:[api.vendor.example] authorization:[Bearer ⟪V⟫] x-request-id:[⟪UUID⟫]]\n")
C("websocket_frame_log", "\"\\", "→ {\"op\":\"auth\",\"args\":[\"⟪V⟫\"]}\n← {\"op\":\"auth\",\"success\":true}\n→ {\"op\":\"subscribe\",\"args\":[\"orders\"]}\n")
C("mqtt_client_log", WS_BAD, "[2025-05-02 07:00:01] CONNECT client_id=sensor-gw-12 username=gateway password=⟪V⟫ keepalive=60\n[2025-05-02 07:00:01] CONNACK rc=0\n")
C("sqlite_history", "'", "select count(*) from events;\ninsert into creds(provider, token) values ('vendor', '⟪V⟫');\n.quit\n")
C("psql_output_table", "|", " provider |                 token                  | active\n----------+----------------------------------------+--------\n vendor   | ⟪V⟫ | t\n(1 row)\n")
C("mongo_shell_output", "\"\\", "test> db.integrations.findOne({provider: \"vendor\"})\n{\n  _id: ObjectId('⟪HEX24⟫'),\n  provider: 'vendor',\n  apiKey: '⟪V⟫'\n}\n")


# ---------------------------------------------------------------------------
# Pair every vendor token with one or two generic containers.
# ---------------------------------------------------------------------------
ANON_ONLY = ("discord_chat_log", "slack_export_json")


def names_for(env):
    parts = env.lower().split("_")
    camel = parts[0] + "".join(p.capitalize() for p in parts[1:])
    return {"ENV": env, "env": env.lower(), "camel": camel, "Pascal": camel[0].upper() + camel[1:],
            "kebab": "-".join(parts), "dot": ".".join(parts)}


def fillers():
    nk, nv = neighbour()
    return {"TS": ts(), "TS2": ts(), "EPOCH": str(epoch()), "EPOCH2": str(epoch()), "EPOCH3": str(epoch()),
            "SHA": rs(HEX, 40), "SHA64": rs(HEX, 64), "SHORTID": rs(HEX, 12), "N": str(ri(1, 99)),
            "PID": str(ri(1000, 65000)), "UUID": uuid4(), "HEX32": rs(HEX, 32), "HEX24": rs(HEX, 24),
            "ACCT": str(ri(10 ** 11, 10 ** 12 - 1)), "ID26": rs(LOAN, 26), "NBK": nk, "NBV": nv,
            "HOST": host(), "USER": user(), "IP": ip()}


def pair_vendors():
    order = list(range(len(GENERIC)))
    R.shuffle(order)
    cursor = 0
    for vi, (typ, env, gen, selfid, desc) in enumerate(VENDORS):
        want = 1
        got = 0
        tries = 0
        while got < want and tries < 3 * len(GENERIC):
            gi = order[cursor % len(order)]
            cursor += 1
            tries += 1
            cname, bad, tpl = GENERIC[gi]
            value = gen()
            if any(c in bad for c in value):
                continue
            if not selfid and cname in ANON_ONLY:
                continue
            if "\n" in value:
                continue
            kw = fillers()
            kw.update(names_for(env))
            kw["DESC"] = desc
            kw["V"] = S(value, typ)
            pos(cname, tpl, "p6 synthetic; %s in %s" % (desc, cname), **kw)
            got += 1


# ---------------------------------------------------------------------------
# Cloud key pairs (access-key id labelled only next to its secret)
# ---------------------------------------------------------------------------
def akia():
    return "AKIA" + rs(B32, 16)


def aws_secret():
    return rs(AN + "+/", 40)


def gen_cloud_pairs():
    a, s = akia(), aws_secret()
    pos("aws_credentials_file", "[default]\nregion = eu-west-1\n\n[prod-admin]\naws_access_key_id = ⟪A⟫\naws_secret_access_key = ⟪S⟫\n",
        "p6 synthetic; AWS key pair in ~/.aws/credentials", A=S(a, "aws_access_key_id"), S=S(s, "aws_secret_access_key"))
    a, s = akia(), aws_secret()
    pos("aws_console_credentials_csv", "User name,Password,Access key ID,Secret access key,Console login link\nci-deployer,,⟪A⟫,⟪S⟫,https://⟪ACCT⟫.signin.aws.amazon.com/console\n",
        "p6 synthetic; AWS console credentials.csv download", A=S(a, "aws_access_key_id"), S=S(s, "aws_secret_access_key"), ACCT=str(ri(10 ** 11, 10 ** 12 - 1)))
    a, s = akia(), aws_secret()
    pos("aws_cli_create_access_key_json", "$ aws iam create-access-key --user-name backup-bot\n{\n    \"AccessKey\": {\n        \"UserName\": \"backup-bot\",\n        \"AccessKeyId\": \"⟪A⟫\",\n        \"Status\": \"Active\",\n        \"SecretAccessKey\": \"⟪S⟫\",\n        \"CreateDate\": \"⟪TS⟫+00:00\"\n    }\n}\n",
        "p6 synthetic; aws iam create-access-key output", A=S(a, "aws_access_key_id"), S=S(s, "aws_secret_access_key"), TS=ts())
    a, s = akia(), rs(AN, 40)
    pos("s3cfg_ini", "[default]\naccess_key = ⟪A⟫\nsecret_key = ⟪S⟫\nhost_base = s3.amazonaws.com\nuse_https = True\n",
        "p6 synthetic; s3cmd ~/.s3cfg", A=S(a, "aws_access_key_id"), S=S(s, "aws_secret_access_key"))
    a, s = akia(), rs(AN, 40)
    pos("terraform_provider_block", "provider \"aws\" {\n  region     = \"us-east-2\"\n  access_key = \"⟪A⟫\"\n  secret_key = \"⟪S⟫\"\n}\n",
        "p6 synthetic; hardcoded AWS provider credentials", A=S(a, "aws_access_key_id"), S=S(s, "aws_secret_access_key"))
    a, s = akia(), rs(AN, 40)
    pos("rclone_conf", "[s3-archive]\ntype = s3\nprovider = AWS\naccess_key_id = ⟪A⟫\nsecret_access_key = ⟪S⟫\nregion = eu-central-1\n",
        "p6 synthetic; rclone remote", A=S(a, "aws_access_key_id"), S=S(s, "aws_secret_access_key"))
    asia = "ASIA" + rs(B32, 16)
    s = aws_secret()
    tok = g_aws_session()
    pos("aws_sts_assume_role_json", "{\n    \"Credentials\": {\n        \"AccessKeyId\": \"⟪A⟫\",\n        \"SecretAccessKey\": \"⟪S⟫\",\n        \"SessionToken\": \"⟪T⟫\",\n        \"Expiration\": \"⟪TS⟫+00:00\"\n    },\n    \"AssumedRoleUser\": {\"Arn\": \"arn:aws:sts::⟪ACCT⟫:assumed-role/deploy/ci\"}\n}\n",
        "p6 synthetic; STS temporary credentials", A=S(asia, "aws_temporary_access_key_id"), S=S(s, "aws_secret_access_key"),
        T=S(tok, "aws_session_token"), TS=ts(), ACCT=str(ri(10 ** 11, 10 ** 12 - 1)))
    a, s = "LTAI" + rs(AN, 20), rs(AN, 30)
    pos("aliyun_cli_config_json", "{\n\t\"current\": \"default\",\n\t\"profiles\": [{\n\t\t\"name\": \"default\",\n\t\t\"mode\": \"AK\",\n\t\t\"access_key_id\": \"⟪A⟫\",\n\t\t\"access_key_secret\": \"⟪S⟫\",\n\t\t\"region_id\": \"cn-hangzhou\"\n\t}]\n}\n",
        "p6 synthetic; Alibaba Cloud CLI config", A=S(a, "alibaba_access_key_id"), S=S(s, "alibaba_access_key_secret"))
    a, s = "AKID" + rs(AN, 32), rs(AN, 32)
    pos("python_source_sdk_init", "from tencentcloud.common import credential\n\ncred = credential.Credential(\"⟪A⟫\", \"⟪S⟫\")\n",
        "p6 synthetic; Tencent Cloud SDK credential", A=S(a, "tencent_secret_id"), S=S(s, "tencent_secret_key"))
    a, s = "SCW" + rs(UPAN, 17), uuid4()
    pos("scaleway_config_yaml", "access_key: ⟪A⟫\nsecret_key: ⟪S⟫\ndefault_organization_id: ⟪U⟫\ndefault_region: fr-par\n",
        "p6 synthetic; Scaleway CLI config", A=S(a, "scaleway_access_key"), S=S(s, "scaleway_secret_key"), U=uuid4())
    a, s = "GOOG1E" + rs(UPAN, 55), rs(AN + "+/", 40)
    pos("gcs_hmac_boto_config", "[Credentials]\ngs_access_key_id = ⟪A⟫\ngs_secret_access_key = ⟪S⟫\n\n[GSUtil]\ndefault_project_id = analytics-prod\n",
        "p6 synthetic; GCS HMAC interoperability keys in .boto", A=S(a, "gcs_hmac_access_id"), S=S(s, "gcs_hmac_secret"))
    a, s = "005" + rs(HEX, 22), "K005" + rs(AN + "+/", 27)
    pos("restic_env_file", "export RESTIC_REPOSITORY=b2:family-photos:/restic\nexport B2_ACCOUNT_ID=⟪A⟫\nexport B2_ACCOUNT_KEY=⟪S⟫\nexport RESTIC_PASSWORD_FILE=/root/.restic-pass\n",
        "p6 synthetic; Backblaze B2 application key", A=S(a, "backblaze_key_id"), S=S(s, "backblaze_application_key"))
    a, s = rs(HEX, 32), rs(HEX, 64)
    pos("wrangler_r2_env", "# R2 S3-compatible credentials (account ⟪ACC⟫)\nR2_ACCESS_KEY_ID=⟪A⟫\nR2_SECRET_ACCESS_KEY=⟪S⟫\n",
        "p6 synthetic; Cloudflare R2 token pair", A=S(a, "cloudflare_r2_access_key_id"), S=S(s, "cloudflare_r2_secret_access_key"), ACC=rs(HEX, 32))
    a, s = rs(UPAN, 20), rs(AN, 40)
    pos("minio_mc_config_json", "{\n\t\"version\": \"10\",\n\t\"aliases\": {\n\t\t\"lab\": {\n\t\t\t\"url\": \"https://minio.lab.example:9000\",\n\t\t\t\"accessKey\": \"⟪A⟫\",\n\t\t\t\"secretKey\": \"⟪S⟫\",\n\t\t\t\"api\": \"s3v4\",\n\t\t\t\"path\": \"auto\"\n\t\t}\n\t}\n}\n",
        "p6 synthetic; MinIO client alias", A=S(a, "minio_access_key"), S=S(s, "minio_secret_key"))
    sid, sec = "SK" + rs(HEX, 32), rs(AN, 32)
    pos("twilio_cli_profile_json", "{\n  \"profiles\": {\n    \"prod\": {\n      \"accountSid\": \"AC⟪ACH⟫\",\n      \"apiKey\": \"⟪A⟫\",\n      \"apiSecret\": \"⟪S⟫\"\n    }\n  }\n}\n",
        "p6 synthetic; Twilio API key SID + secret (AC account SID left unlabelled)", A=S(sid, "twilio_api_key_sid"), S=S(sec, "twilio_api_key_secret"), ACH=rs(HEX, 32))
    # Azure connection strings
    acct = rs(LO, 12)
    pos("azure_storage_connection_string", "\"ConnectionStrings\": {\n  \"Blob\": \"DefaultEndpointsProtocol=https;AccountName=⟪N⟫;AccountKey=⟪K⟫;EndpointSuffix=core.windows.net\"\n}\n",
        "p6 synthetic; Azure Storage connection string", N=acct, K=S(b64e(rbytes(64)), "azure_storage_account_key"))
    pos("azure_service_bus_connection_string", "ServiceBus__ConnectionString=Endpoint=sb://⟪N⟫.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=⟪K⟫\n",
        "p6 synthetic; Service Bus SAS key", N=rs(LO, 10), K=S(b64e(rbytes(32)), "azure_service_bus_shared_access_key"))
    pos("azure_cosmosdb_connection_string", "cosmos:\n  connection: \"AccountEndpoint=https://⟪N⟫.documents.azure.com:443/;AccountKey=⟪K⟫;\"\n",
        "p6 synthetic; Cosmos DB key", N=rs(LO, 10), K=S(b64e(rbytes(64)), "azure_cosmosdb_account_key"))
    pos("azure_iot_hub_connection_string", "const connStr = 'HostName=⟪N⟫.azure-devices.net;DeviceId=pump-17;SharedAccessKey=⟪K⟫';\n",
        "p6 synthetic; IoT Hub device key", N=rs(LO, 10), K=S(b64e(rbytes(32)), "azure_iot_device_key"))


# ---------------------------------------------------------------------------
# Private keys
# ---------------------------------------------------------------------------
def der_read(buf, i):
    tag = buf[i]
    ln = buf[i + 1]
    i += 2
    if ln & 0x80:
        n = ln & 0x7F
        ln = int.from_bytes(buf[i:i + n], "big")
        i += n
    return tag, buf[i:i + ln], i + ln


def ec_jwk():
    pem = KEYS["ec_sec1_pem"]
    der = base64.b64decode("".join(l for l in pem.splitlines() if not l.startswith("-----")))
    tag, seq, _ = der_read(der, 0)
    j = 0
    _, ver, j = der_read(seq, j)
    _, d, j = der_read(seq, j)
    _, oid, j = der_read(seq, j)
    _, pubw, j = der_read(seq, j)
    _, bits, _ = der_read(pubw, 0)
    pt = bits[1:]
    assert pt[0] == 4 and len(pt) == 65 and len(d) == 32
    return {"kty": "EC", "crv": "P-256", "x": b64u(pt[1:33]), "y": b64u(pt[33:]), "d": b64u(d)}


def PK(name):
    return KEYS[name].rstrip("\n")


def indent_block(k, ind):
    """PEM lines indented by `ind` spaces; the first line's indent stays outside the span."""
    return ("\n" + " " * ind).join(k.splitlines())


def gen_private_keys():
    k = PK("rsa_pkcs1_pem")
    pos("ssh_private_key_file", "⟪K⟫\n", "p6 synthetic; PKCS#1 RSA key file as committed (deploy/id_rsa)", K=S(k, "rsa_private_key"))
    k = PK("ssh_ed25519")
    pos("github_issue_paste", "I can't get the deploy step to authenticate, here is the key we use on the runner (it's only for staging):\n\n```\n⟪K⟫\n```\n\nany idea why `Permission denied (publickey)`?\n",
        "p6 synthetic; OpenSSH ed25519 key pasted in an issue", K=S(k, "openssh_private_key"))
    k = KEYS["rsa_pkcs8_pem"]
    esc = k.rstrip("\n").replace("\n", "\\n") + "\\n"
    pos("gcp_service_account_json", "{\n  \"type\": \"service_account\",\n  \"project_id\": \"analytics-prod-⟪N⟫\",\n  \"private_key_id\": \"⟪KID⟫\",\n  \"private_key\": \"⟪K⟫\",\n  \"client_email\": \"etl@analytics-prod-⟪N⟫.iam.gserviceaccount.com\",\n  \"client_id\": \"⟪CID⟫\",\n  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}\n",
        "p6 synthetic; GCP service-account key with JSON-escaped PEM (span as written, incl. trailing \\n escape)", K=S(esc, "gcp_service_account_private_key", plain=k),
        N=str(ri(100, 999)), KID=rs(HEX, 40), CID=str(ri(10 ** 20, 10 ** 21 - 1)))
    k = PK("ec_sec1_pem")
    pos("k8s_tls_secret_stringdata", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: |\n    ⟪CRT⟫\n  tls.key: |\n    ⟪K⟫\n",
        "p6 synthetic; EC key in YAML block scalar (indented); certificate unlabelled",
        CRT=indent_block(KEYS["cert_pem"], 4), K=S(indent_block(k, 4), "ec_private_key", plain=k))
    k = KEYS["rsa_pkcs8_b_pem"]
    pos("kubeconfig_yaml", "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.20.0.1:6443\n    certificate-authority-data: ⟪CA⟫\n  name: lab\nusers:\n- name: admin\n  user:\n    client-certificate-data: ⟪CC⟫\n    client-key-data: ⟪K⟫\ncurrent-context: admin@lab\n",
        "p6 synthetic; kubeconfig client-key-data (base64 of PEM); CA/cert data unlabelled",
        CA=b64e(KEYS["cert_pem"].encode()), CC=b64e(KEYS["csr_pem"].encode()), K=S(b64e(k.encode()), "kubeconfig_client_key_data", plain=k))
    k = PK("enc_pkcs8_pem")
    pos("nginx_ssl_key_file", "# /etc/nginx/ssl/shop.key  (ssl_password_file /etc/nginx/ssl/pass.txt)\n⟪K⟫\n",
        "p6 synthetic; encrypted PKCS#8 key (still private key material)", K=S(k, "encrypted_private_key"))
    k = PK("dsa_pem")
    pos("tar_extract_stdout", "$ tar -xOf etc-backup-2019.tar etc/ssh/ssh_host_dsa_key\n⟪K⟫\n$ \n",
        "p6 synthetic; DSA host key", K=S(k, "dsa_private_key"))
    k = PK("pgp_priv_asc")
    pos("email_mbox", "From ops@example.org Thu Feb 13 08:01:22 2025\nFrom: Release Bot <ops@example.org>\nTo: maintainers@example.org\nSubject: signing key backup\n\nAttached inline as requested, keep it offline.\n\n⟪K⟫\n",
        "p6 synthetic; PGP private key block in an mbox", K=S(k, "pgp_private_key_block"))
    k = PK("ed25519_pkcs8_pem")
    expr = " +\n        ".join('"' + l + '\\n"' for l in k.splitlines())
    pos("java_source_concat", "public class Signer {\n    private static final String KEY =\n        ⟪K⟫;\n}\n",
        "p6 synthetic; PKCS#8 ed25519 key written as Java string concatenation (span covers the expression)",
        K=S(expr, "pkcs8_private_key", plain=k + "\n"))
    k = PK("ssh_ecdsa")
    pos("ci_variable_dump", "$ env | grep -A6 SSH_PRIVATE_KEY\nSSH_PRIVATE_KEY=⟪K⟫\nSSH_KNOWN_HOSTS=gitlab.example.com\n",
        "p6 synthetic; OpenSSH ECDSA key in env dump", K=S(k, "openssh_private_key"))
    k = PK("ssh_rsa")
    pos("ansible_vars_yaml_block", "deploy_user: deploy\ndeploy_ssh_key: |\n  ⟪K⟫\ndeploy_known_hosts: github.com\n",
        "p6 synthetic; OpenSSH RSA key in Ansible vars block scalar", K=S(indent_block(k, 2), "openssh_private_key", plain=k))
    k = PK("ec384_pkcs8_pem")
    esc = k.replace("\n", "\\n")
    pos("dotenv_escaped_pem", "JWT_ALGORITHM=ES384\nJWT_PRIVATE_KEY=\"⟪K⟫\"\nJWT_ISSUER=https://auth.example.com\n",
        "p6 synthetic; PEM with literal \\n escapes in .env", K=S(esc, "pkcs8_private_key", plain=k))
    jwk = ec_jwk()
    pos("jwks_private_json", "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"sig-2025-01\",\"use\":\"sig\",\"x\":\"⟪X⟫\",\"y\":\"⟪Y⟫\",\"d\":\"⟪D⟫\"}]}\n",
        "p6 synthetic; private JWK (d labelled; x/y are the public part)", X=jwk["x"], Y=jwk["y"], D=S(jwk["d"], "jwk_private_key_d"))
    k = PK("ssh_ed25519_b")
    pos("terraform_output_raw", "$ terraform output -raw bastion_private_key\n⟪K⟫\n",
        "p6 synthetic; tls_private_key output", K=S(k, "openssh_private_key"))


# ---------------------------------------------------------------------------
# Passwords as CLI arguments (non key=value syntax)
# ---------------------------------------------------------------------------
def gen_cli_passwords():
    P = pw_safe
    items = [
        ("bash_history", "mysql -h ⟪H⟫ -u ⟪U⟫ -p⟪P⟫ billing < dump.sql\n", "mysql_password", "mysql -p<pw> (no space)"),
        ("ci_log_mysqldump", "+ mysqldump --single-transaction --user=⟪U⟫ --password=⟪P⟫ --host=⟪H⟫ shop > /backup/shop.sql\nmysqldump: [Warning] Using a password on the command line interface can be insecure.\n", "mysql_password", "mysqldump --password="),
        ("shell_script", "#!/bin/sh\nsshpass -p '⟪P⟫' ssh -o StrictHostKeyChecking=no ⟪U⟫@⟪H⟫ 'sudo systemctl restart app'\n", "ssh_password", "sshpass -p"),
        ("shell_session_transcript", "$ psql \"host=⟪H⟫ port=5432 dbname=ledger user=⟪U⟫ password=⟪P⟫ sslmode=require\"\npsql (16.2)\nledger=> \\dt\n", "postgresql_password", "psql conninfo"),
        ("redis_cli_history", "redis-cli -h ⟪H⟫ -p 6380 -a ⟪P⟫ --no-auth-warning INFO keyspace\n", "redis_password", "redis-cli -a"),
        ("runbook_markdown", "## Restore Mongo\n\n```\nmongorestore --host ⟪H⟫ -u ⟪U⟫ -p ⟪P⟫ --authenticationDatabase admin dump/\n```\n", "mongodb_password", "mongorestore -p"),
        ("cron_job_line", "0 3 * * * smbclient //fileserver/backup -U ⟪U⟫%⟪P⟫ -c 'prompt; mput *.tar.gz'\n", "smb_password", "smbclient -U user%pass"),
        ("stackoverflow_answer", "Try passing the credentials explicitly:\n\n    curl -u ⟪U⟫:⟪P⟫ https://jenkins.internal/api/json\n\nThat worked for me.\n", "http_basic_password", "curl -u user:pass"),
        ("dockerfile_run", "FROM debian:bookworm\nRUN wget --user=⟪U⟫ --password=⟪P⟫ https://artifacts.internal/tools/agent.deb && dpkg -i agent.deb\n", "http_basic_password", "wget --password="),
        ("systemd_exec_start", "[Service]\nExecStart=/usr/bin/rsync -a rsync://⟪U⟫@⟪H⟫/data /srv/mirror\nEnvironment=RSYNC_PASSWORD=⟪P⟫\n", "rsync_password", "RSYNC_PASSWORD env"),
        ("makefile", "cert.p12:\n\topenssl pkcs12 -export -in cert.pem -inkey key.pem -passin pass:⟪P⟫ -passout pass:⟪P2⟫ -out $@\n", "openssl_passphrase", "openssl -passin pass:"),
        ("bash_history", "7z a -t7z -mhe=on -p⟪P⟫ payroll-2024.7z payroll/\n", "archive_password", "7z -p"),
        ("powershell_history", "zip -r -P ⟪P⟫ handover.zip .\\handover\\\n", "archive_password", "zip -P"),
        ("forum_post", "The archive is protected, extract with\n\nunrar x -p⟪P⟫ release-assets.rar\n", "archive_password", "unrar -p"),
        ("ansible_shell_task", "- name: create basic-auth user\n  ansible.builtin.shell: htpasswd -b /etc/nginx/.htpasswd ⟪U⟫ ⟪P⟫\n", "htpasswd_password", "htpasswd -b"),
        ("ldap_debug_transcript", "$ ldapsearch -x -H ldaps://ldap.hq.example.com -D \"cn=⟪U⟫,ou=svc,dc=hq,dc=example,dc=com\" -w ⟪P⟫ -b \"dc=hq,dc=example,dc=com\" \"(uid=jdoe)\"\n# extended LDIF\n", "ldap_bind_password", "ldapsearch -w"),
        ("windows_cmd_transcript", "C:\\> net user ⟪U⟫ ⟪P⟫ /add /y\nThe command completed successfully.\n", "windows_account_password", "net user"),
        ("fstab_line", "//nas01/media  /mnt/media  cifs  username=⟪U⟫,password=⟪P⟫,uid=1000,iozone  0  0\n", "cifs_password", "mount options in fstab"),
        ("shell_script", "mount -t cifs //files/scans /mnt/scans -o username=⟪U⟫,password=⟪P⟫,vers=3.0\n", "cifs_password", "mount -o password="),
        ("github_actions_run_step", "      - name: Login\n        run: echo done && docker login registry.example.io -u ⟪U⟫ -p ⟪P⟫\n", "docker_registry_password", "docker login -p"),
        ("gitlab_ci_script", "deploy:\n  script:\n    - helm repo add internal https://charts.example.io --username ⟪U⟫ --password ⟪P⟫\n    - helm upgrade --install web internal/web\n", "helm_repo_password", "helm repo add --password"),
        ("readme_snippet", "Clone with:\n\n    git clone https://⟪U⟫:⟪P⟫@git.example.org/platform/infra.git\n", "git_https_password", "git clone https://user:pass@"),
        ("sqlcmd_batch", "sqlcmd -S tcp:⟪H⟫,1433 -U ⟪U⟫ -P ⟪P⟫ -d Reporting -i refresh.sql\n", "mssql_password", "sqlcmd -P"),
        ("rabbitmq_setup_script", "rabbitmqctl add_user ⟪U⟫ ⟪P⟫\nrabbitmqctl set_permissions -p / ⟪U⟫ \".*\" \".*\" \".*\"\n", "rabbitmq_password", "rabbitmqctl add_user"),
        ("android_build_log", "> Task :app:signReleaseBundle\n$ jarsigner -keystore release.jks -storepass ⟪P⟫ -keypass ⟪P2⟫ app-release.aab upload\n", "keystore_password", "jarsigner -storepass/-keypass"),
        ("gpg_batch_script", "gpg --batch --yes --pinentry-mode loopback --passphrase '⟪P⟫' -d secrets.tar.gpg | tar x\n", "gpg_passphrase", "gpg --passphrase"),
        ("rdp_launcher_script", "xfreerdp /v:⟪H⟫ /u:⟪U⟫ /p:⟪P⟫ /dynamic-resolution +clipboard\n", "rdp_password", "xfreerdp /p:"),
        ("oracle_sqlplus_history", "sqlplus ⟪U⟫/⟪P⟫@//⟪H⟫:1521/ORCLPDB1 @refresh_mv.sql\n", "oracle_password", "sqlplus user/pass@"),
        ("lftp_mirror_script", "lftp -u ⟪U⟫,⟪P⟫ sftp://⟪H⟫ -e 'mirror -R ./out /upload; bye'\n", "sftp_password", "lftp -u user,pass"),
        ("svn_checkout_log", "$ svn checkout --username ⟪U⟫ --password ⟪P⟫ --non-interactive https://svn.example.org/repos/legacy/trunk\nA    trunk/README\n", "svn_password", "svn --password"),
        ("maven_cli_ci", "mvn -B deploy -Drepo.username=⟪U⟫ -Drepo.password=⟪P⟫ -DskipTests\n", "maven_repository_password", "mvn -D...password="),
        ("nmcli_transcript", "$ nmcli device wifi connect \"Office-5G\" password ⟪P⟫\nDevice 'wlp2s0' successfully activated with 'a1f0...'.\n", "wifi_psk", "nmcli wifi password"),
        ("powershell_script", "$sec = ConvertTo-SecureString '⟪P⟫' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('CORP\\⟪U⟫', $sec)\nEnter-PSSession -ComputerName ⟪H⟫ -Credential $cred\n", "windows_account_password", "ConvertTo-SecureString -AsPlainText"),
        ("impacket_command", "python3 secretsdump.py 'CORP/⟪U⟫:⟪P⟫@⟪IP⟫'\n", "windows_account_password", "impacket target string"),
        ("cf_cli_history", "cf login -a https://api.sys.example.com -u ⟪U⟫ -p ⟪P⟫ -o platform -s prod\n", "cloudfoundry_password", "cf login -p"),
        ("oc_login_transcript", "$ oc login https://api.ocp.example.com:6443 -u ⟪U⟫ -p ⟪P⟫ --insecure-skip-tls-verify\nLogin successful.\n", "openshift_password", "oc login -p"),
        ("argocd_login_cmd", "argocd login argocd.example.com --username admin --password ⟪P⟫ --grpc-web\n", "argocd_admin_password", "argocd login --password"),
        ("etcdctl_command", "ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 --user root:⟪P⟫ get /registry --prefix --keys-only\n", "etcd_password", "etcdctl --user root:pass"),
        ("mosquitto_pub_cmd", "mosquitto_pub -h ⟪H⟫ -p 8883 -u sensor -P ⟪P⟫ -t plant/7/temp -m 21.4\n", "mqtt_password", "mosquitto_pub -P"),
        ("ipmitool_script", "ipmitool -I lanplus -H 10.1.0.41 -U ADMIN -P ⟪P⟫ chassis power cycle\n", "ipmi_password", "ipmitool -P"),
        ("vault_login_transcript", "$ vault login -method=userpass username=⟪U⟫ password=⟪P⟫\nSuccess! You are now authenticated.\n", "vault_userpass_password", "vault login userpass"),
        ("keytool_command", "keytool -importkeystore -srckeystore old.jks -srcstorepass ⟪P⟫ -destkeystore new.p12 -deststoretype PKCS12 -deststorepass ⟪P2⟫\n", "keystore_password", "keytool -storepass"),
        ("influx_cli_history", "influx -host ⟪H⟫ -username admin -password ⟪P⟫ -database telegraf -execute 'SHOW MEASUREMENTS'\n", "influxdb_password", "influx -password"),
        ("pip_install_log", "$ pip install --index-url https://⟪U⟫:⟪P⟫@pypi.internal.example/simple/ acme-sdk==2.4.0\nLooking in indexes: https://⟪U⟫:****@pypi.internal.example/simple/\n", "package_index_password", "pip --index-url with credentials (masked echo unlabelled)"),
        ("proxy_env_export", "export https_proxy=http://⟪U⟫:⟪P⟫@proxy.corp.example:3128\nexport no_proxy=localhost,.corp.example\n", "proxy_password", "proxy URL"),
    ]
    for cname, tpl, typ, how in items:
        p = P()
        kw = {"H": host(), "U": user(), "IP": ip(), "P": S(p, typ)}
        if "⟪P2⟫" in tpl:
            kw["P2"] = S(P(), typ)
        pos(cname, tpl, "p6 synthetic; password via " + how, **kw)


# ---------------------------------------------------------------------------
# Connection strings / DSNs (span = the password only)
# ---------------------------------------------------------------------------
def gen_connection_strings():
    P = pw_safe
    items = [
        ("dotenv", "DATABASE_URL=postgresql://⟪U⟫:⟪P⟫@⟪H⟫:5432/ledger?sslmode=require\n", "postgresql_password"),
        ("rails_database_yml", "production:\n  adapter: mysql2\n  url: mysql2://⟪U⟫:⟪P⟫@⟪H⟫/shop_production\n  pool: 10\n", "mysql_password"),
        ("python_source", "from pymongo import MongoClient\nclient = MongoClient(\"mongodb+srv://⟪U⟫:⟪P⟫@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority\")\n", "mongodb_password"),
        ("celery_config_py", "broker_url = 'amqp://⟪U⟫:⟪P⟫@mq.internal:5672/prod'\nresult_backend = 'redis://:⟪P2⟫@redis-cache.svc:6379/1'\n", "rabbitmq_password"),
        ("jdbc_properties", "jdbc.driver=com.microsoft.sqlserver.jdbc.SQLServerDriver\njdbc.url=jdbc:sqlserver://⟪H⟫:1433;databaseName=Reporting;user=⟪U⟫;password=⟪P⟫;encrypt=true\n", "mssql_password"),
        ("web_config_connection_strings", "<connectionStrings>\n  <add name=\"Default\" connectionString=\"Server=tcp:⟪H⟫,1433;Initial Catalog=Crm;User Id=⟪U⟫;Password=⟪P⟫;TrustServerCertificate=True\" providerName=\"System.Data.SqlClient\" />\n</connectionStrings>\n", "mssql_password"),
        ("odbc_connection_python", "conn = pyodbc.connect(\"Driver={ODBC Driver 18 for SQL Server};Server=⟪H⟫;Database=dw;UID=⟪U⟫;PWD=⟪P⟫;Encrypt=yes\")\n", "mssql_password"),
        ("sqlalchemy_url_python", "engine = create_engine(\"snowflake://⟪U⟫:⟪P⟫@xy12345.eu-central-1/ANALYTICS/PUBLIC?warehouse=COMPUTE_WH&role=LOADER\")\n", "snowflake_password"),
        ("clickhouse_dsn_go", "dsn := \"clickhouse://⟪U⟫:⟪P⟫@⟪H⟫:9440/events?secure=true\"\nconn, err := sql.Open(\"clickhouse\", dsn)\n", "clickhouse_password"),
        ("neo4j_config_js", "const driver = neo4j.driver('neo4j+s://graph.example.com', neo4j.auth.basic('neo4j', '⟪P⟫'))\n", "neo4j_password"),
        ("elasticsearch_url_logstash", "output {\n  elasticsearch {\n    hosts => [\"https://elastic:⟪P⟫@es.internal:9200\"]\n    index => \"app-%{+YYYY.MM.dd}\"\n  }\n}\n", "elasticsearch_password"),
        ("kafka_client_properties", "security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"⟪U⟫\" password=\"⟪P⟫\";\n", "kafka_sasl_password"),
        ("go_mysql_dsn", "db, err := sql.Open(\"mysql\", \"⟪U⟫:⟪P⟫@tcp(⟪H⟫:3306)/inventory?parseTime=true\")\n", "mysql_password"),
        ("php_pdo_source", "<?php\n$pdo = new PDO('pgsql:host=⟪H⟫;dbname=cms', '⟪U⟫', '⟪P⟫', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);\n", "postgresql_password"),
        ("sequelize_init_js", "const sequelize = new Sequelize('orders', '⟪U⟫', '⟪P⟫', { host: '⟪H⟫', dialect: 'mariadb' });\n", "mariadb_password"),
        ("oracle_tnsnames_jdbc", "spring.datasource.url=jdbc:oracle:thin:⟪U⟫/⟪P⟫@//⟪H⟫:1521/ORCLPDB1\n", "oracle_password"),
        ("couchdb_replication_json", "{\"source\":\"https://admin:⟪P⟫@couch-a.example.net/orders\",\"target\":\"orders_local\",\"continuous\":true}\n", "couchdb_password"),
        ("nats_url_yaml", "nats:\n  url: nats://⟪U⟫:⟪P⟫@nats.internal:4222\n", "nats_password"),
        ("mqtt_url_node_red", "[{\"id\":\"b1\",\"type\":\"mqtt-broker\",\"broker\":\"mqtts://⟪U⟫:⟪P⟫@broker.example.net:8883\"}]\n", "mqtt_password"),
        ("redis_url_sidekiq", "Sidekiq.configure_server do |config|\n  config.redis = { url: 'rediss://default:⟪P⟫@redis-cache.svc:6380/0' }\nend\n", "redis_password"),
        ("smtp_url_env", "MAILER_DSN=smtp://⟪U⟫%40example.com:⟪P⟫@smtp.mailhost.example:587\n", "smtp_password"),
        ("ftp_url_in_wget_log", "--2025-01-12 04:00:01--  ftp://⟪U⟫:⟪P⟫@ftp.partner.example/outgoing/prices.csv\n           => ‘prices.csv’\nResolving ftp.partner.example... 198.51.100.7\n", "ftp_password"),
        ("cassandra_yaml_client", "datastax-java-driver {\n  advanced.auth-provider {\n    class = PlainTextAuthProvider\n    username = ⟪U⟫\n    password = ⟪P⟫\n  }\n}\n", "cassandra_password"),
        ("prisma_schema_env", "datasource db {\n  provider = \"cockroachdb\"\n  url      = \"postgresql://⟪U⟫:⟪P⟫@free-tier.gcp-us-central1.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full\"\n}\n", "cockroachdb_password"),
        ("ldap_url_sssd_conf", "[domain/corp]\nid_provider = ldap\nldap_uri = ldaps://ldap.hq.example.com\nldap_default_bind_dn = cn=⟪U⟫,ou=svc,dc=corp\nldap_default_authtok = ⟪P⟫\n", "ldap_bind_password"),
    ]
    for cname, tpl, typ in items:
        kw = {"H": host(), "U": user(), "P": S(P(), typ)}
        if "⟪P2⟫" in tpl:
            kw["P2"] = S(P(), "redis_password")
        pos(cname, tpl, "p6 synthetic; password inside a connection string", **kw)
    # percent-encoded password in a URL
    raw = pw_human()
    enc = urllib.parse.quote(raw, safe="")
    pos("alembic_ini", "[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql+psycopg://⟪U⟫:⟪P⟫@⟪H⟫/warehouse\n",
        "p6 synthetic; percent-encoded password in URL (plain = decoded)", U=user(), H=host(),
        P=S(enc, "postgresql_password", plain=raw))


# ---------------------------------------------------------------------------
# Passwords in SQL / database DDL of several engines
# ---------------------------------------------------------------------------
def gen_sql_ddl():
    items = [
        ("flyway_migration_sql", "-- V3__reporting_role.sql\nCREATE ROLE reporting LOGIN PASSWORD '⟪P⟫' VALID UNTIL '2026-01-01';\nGRANT pg_read_all_data TO reporting;\n", "postgresql_password", "PostgreSQL CREATE ROLE ... PASSWORD"),
        ("psql_history", "ALTER USER ⟪U⟫ WITH PASSWORD '⟪P⟫';\n\\du\n", "postgresql_password", "PostgreSQL ALTER USER"),
        ("mysql_history_file", "CREATE\\040USER\\040'⟪U⟫'@'%'\\040IDENTIFIED\\040BY\\040'⟪P⟫';\nFLUSH\\040PRIVILEGES;\n", "mysql_password", "MySQL CREATE USER in ~/.mysql_history (\\040 escapes)"),
        ("mariadb_init_sql", "SET PASSWORD FOR 'root'@'localhost' = PASSWORD('⟪P⟫');\n", "mariadb_password", "MariaDB SET PASSWORD"),
        ("mssql_setup_sql", "CREATE LOGIN [svc_etl] WITH PASSWORD = N'⟪P⟫', CHECK_POLICY = OFF;\nGO\nALTER LOGIN sa WITH PASSWORD = '⟪P2⟫';\nGO\n", "mssql_password", "T-SQL CREATE/ALTER LOGIN"),
        ("oracle_sqlplus_script", "CREATE USER app_owner IDENTIFIED BY \"⟪P⟫\"\n  DEFAULT TABLESPACE users QUOTA UNLIMITED ON users;\n", "oracle_password", "Oracle IDENTIFIED BY"),
        ("snowflake_worksheet_sql", "CREATE USER loader PASSWORD = '⟪P⟫' DEFAULT_ROLE = LOADER MUST_CHANGE_PASSWORD = FALSE;\n", "snowflake_password", "Snowflake CREATE USER"),
        ("clickhouse_users_sql", "CREATE USER grafana IDENTIFIED WITH sha256_password BY '⟪P⟫' HOST ANY;\n", "clickhouse_password", "ClickHouse IDENTIFIED WITH ... BY"),
        ("redshift_admin_sql", "CREATE USER dbt_runner PASSWORD '⟪P⟫' CREATEDB;\n", "redshift_password", "Redshift CREATE USER"),
        ("cassandra_cqlsh_history", "CREATE ROLE analytics WITH PASSWORD = '⟪P⟫' AND LOGIN = true;\n", "cassandra_password", "CQL CREATE ROLE"),
        ("neo4j_cypher_shell", "neo4j@system> CREATE USER reader SET PASSWORD '⟪P⟫' CHANGE NOT REQUIRED;\n0 rows\n", "neo4j_password", "Cypher CREATE USER"),
        ("mongosh_script_js", "db.getSiblingDB('admin').createUser({\n  user: 'metrics',\n  pwd: '⟪P⟫',\n  roles: [{ role: 'clusterMonitor', db: 'admin' }]\n});\n", "mongodb_password", "MongoDB createUser pwd"),
        ("influxql_console", "> CREATE USER telegraf WITH PASSWORD '⟪P⟫'\n> GRANT WRITE ON metrics TO telegraf\n", "influxdb_password", "InfluxQL CREATE USER"),
        ("liquibase_changelog_xml", "<changeSet id=\"7\" author=\"ops\">\n  <sql>CREATE USER batch WITH PASSWORD '⟪P⟫'</sql>\n</changeSet>\n", "postgresql_password", "Liquibase raw SQL"),
    ]
    for cname, tpl, typ, how in items:
        kw = {"U": user(), "P": S(pw_safe(), typ)}
        if "⟪P2⟫" in tpl:
            kw["P2"] = S(pw_safe(), typ)
        pos(cname, tpl, "p6 synthetic; password in SQL/DDL (%s)" % how, **kw)


# ---------------------------------------------------------------------------
# Credential / config files
# ---------------------------------------------------------------------------
def gen_credential_files():
    P = pw_safe
    H = host
    U = user
    f = [
        ("pgpass_file", "# hostname:port:database:username:password\n⟪H⟫:5432:*:⟪U⟫:⟪P⟫\nlocalhost:5432:dev:dev:⟪P2⟫\n", "postgresql_password"),
        ("netrc_file", "machine ⟪H⟫\n  login ⟪U⟫\n  password ⟪P⟫\nmachine api.heroku.com login ops@example.com password ⟪T⟫\n", "netrc_password"),
        ("mysql_my_cnf", "[client]\nuser=⟪U⟫\npassword=\"⟪P⟫\"\nhost=⟪H⟫\n\n[mysqldump]\nsingle-transaction\n", "mysql_password"),
        ("git_credentials_file", "https://⟪U⟫:⟪T⟫@github.com\nhttps://oauth2:⟪P⟫@gitlab.example.org\n", "git_https_password"),
        ("pypirc_file", "[distutils]\nindex-servers =\n    pypi\n    internal\n\n[internal]\nrepository = https://pypi.internal.example/\nusername = ⟪U⟫\npassword = ⟪P⟫\n", "package_index_password"),
        ("npmrc_file", "registry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.example.io/\n//npm.pkg.example.io/:_auth=⟪B⟫\nalways-auth=true\n", "npm_basic_auth"),
        ("maven_settings_xml", "<settings>\n  <servers>\n    <server>\n      <id>internal-releases</id>\n      <username>⟪U⟫</username>\n      <password>⟪P⟫</password>\n    </server>\n  </servers>\n</settings>\n", "maven_repository_password"),
        ("nuget_config", "<configuration>\n  <packageSourceCredentials>\n    <internal>\n      <add key=\"Username\" value=\"⟪U⟫\" />\n      <add key=\"ClearTextPassword\" value=\"⟪P⟫\" />\n    </internal>\n  </packageSourceCredentials>\n</configuration>\n", "nuget_feed_password"),
        ("openvpn_auth_user_pass", "⟪U⟫\n⟪P⟫\n", "vpn_password"),
        ("wpa_supplicant_conf", "ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\ncountry=DE\n\nnetwork={\n\tssid=\"Buero-2OG\"\n\tpsk=\"⟪P⟫\"\n\tkey_mgmt=WPA-PSK\n}\n", "wifi_psk"),
        ("networkmanager_keyfile", "[connection]\nid=Warehouse\ntype=wifi\n\n[wifi]\nssid=Warehouse\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=⟪P⟫\n", "wifi_psk"),
        ("cifs_credentials_file", "username=⟪U⟫\npassword=⟪P⟫\ndomain=CORP\n", "cifs_password"),
        ("msmtprc", "defaults\ntls on\n\naccount work\nhost smtp.mailhost.example\nport 587\nauth on\nuser ⟪U⟫@example.com\npassword ⟪P⟫\nfrom ⟪U⟫@example.com\n", "smtp_password"),
        ("muttrc", "set imap_user = \"⟪U⟫@example.com\"\nset imap_pass = \"⟪P⟫\"\nset folder = \"imaps://imap.example.com:993\"\nset smtp_url = \"smtps://⟪U⟫@smtp.mailhost.example\"\n", "imap_password"),
        ("offlineimaprc", "[Repository Remote]\ntype = IMAP\nremotehost = imap.example.com\nremoteuser = ⟪U⟫\nremotepass = ⟪P⟫\nsslcacertfile = /etc/ssl/certs/ca-certificates.crt\n", "imap_password"),
        ("fetchmailrc", "poll pop.example.com protocol pop3\n    user \"⟪U⟫\" there with password \"⟪P⟫\" is \"⟪U⟫\" here\n    ssl\n", "pop3_password"),
        ("dovecot_passwd_file", "⟪U⟫:{PLAIN}⟪P⟫::::::\nsupport:{PLAIN}⟪P2⟫::::::\n", "imap_password"),
        ("proftpd_conf", "<IfModule mod_sql.c>\n  SQLBackend mysql\n  SQLConnectInfo proftpd@⟪H⟫ proftpd ⟪P⟫\n  SQLAuthTypes Crypt\n</IfModule>\n", "mysql_password"),
        ("vsftpd_virtual_users_txt", "uploader\n⟪P⟫\nscanner\n⟪P2⟫\n", "ftp_password"),
        ("mosquitto_passwd_plaintext", "# converted with mosquitto_passwd -U before deploy\nsensor-gw:⟪P⟫\ndashboard:⟪P2⟫\n", "mqtt_password"),
        ("jenkins_credentials_xml", "<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>nexus-deploy</id>\n  <description>Nexus deploy user</description>\n  <username>⟪U⟫</username>\n  <password>⟪P⟫</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n", "jenkins_credential_password"),
        ("ansible_inventory_ini", "[windows]\nwin-app-01 ansible_host=10.4.0.11\n\n[windows:vars]\nansible_user=Administrator\nansible_password=⟪P⟫\nansible_connection=winrm\n", "windows_account_password"),
        ("ansible_inventory_yaml", "all:\n  hosts:\n    db1:\n      ansible_host: 10.4.1.5\n      ansible_become_password: ⟪P⟫\n", "sudo_password"),
        ("chef_data_bag_json", "{\n  \"id\": \"mysql\",\n  \"root_password\": \"⟪P⟫\",\n  \"repl_password\": \"⟪P2⟫\"\n}\n", "mysql_password"),
        ("puppet_hiera_yaml", "---\nprofile::postgres::superuser: postgres\nprofile::postgres::superuser_password: '⟪P⟫'\nprofile::postgres::listen: '*'\n", "postgresql_password"),
        ("salt_pillar_sls", "mysql:\n  server:\n    root_password: ⟪P⟫\n  user:\n    app:\n      password: ⟪P2⟫\n      host: '%'\n", "mysql_password"),
        ("docker_config_json", "{\n\t\"auths\": {\n\t\t\"registry.example.io\": {\n\t\t\t\"auth\": \"⟪B⟫\"\n\t\t}\n\t},\n\t\"credsStore\": \"\"\n}\n", "docker_registry_auth"),
        ("composer_auth_json", "{\n    \"http-basic\": {\n        \"repo.packagist.com\": {\"username\": \"token\", \"password\": \"⟪P⟫\"}\n    }\n}\n", "composer_repository_password"),
        ("bundler_config", "---\nBUNDLE_PATH: \"vendor/bundle\"\nBUNDLE_GEMS__CONTRIBSYS__COM: \"⟪SQ⟫\"\n", "sidekiq_enterprise_credential"),
        ("cargo_credentials_toml", "[registry]\ntoken = \"⟪CT⟫\"\n\n[registries.internal]\ntoken = \"Bearer ⟪P⟫\"\n", "crates_io_token"),
        ("gem_credentials_yaml", "---\n:rubygems_api_key: ⟪GT⟫\n", "rubygems_api_key"),
        ("yarnrc_yml", "nodeLinker: node-modules\nnpmScopes:\n  acme:\n    npmRegistryServer: \"https://npm.pkg.example.io\"\n    npmAuthToken: \"⟪NT⟫\"\n", "npm_access_token"),
        ("pip_conf", "[global]\nindex-url = https://⟪U⟫:⟪P⟫@nexus.example.org/repository/pypi-all/simple\ntimeout = 60\n", "package_index_password"),
        ("terraformrc_hcl", "credentials \"app.terraform.io\" {\n  token = \"⟪TF⟫\"\n}\n", "terraform_cloud_token"),
        ("filezilla_sitemanager_xml", "<FileZilla3 version=\"3.66.4\">\n  <Servers>\n    <Server>\n      <Host>⟪H⟫</Host>\n      <Port>21</Port>\n      <User>⟪U⟫</User>\n      <Pass encoding=\"base64\">⟪FZ⟫</Pass>\n    </Server>\n  </Servers>\n</FileZilla3>\n", "ftp_password"),
        ("postfix_sasl_passwd", "[smtp.mailhost.example]:587 ⟪U⟫@example.com:⟪P⟫\n", "smtp_password"),
        ("sendmail_authinfo", "AuthInfo:smtp.mailhost.example \"U:⟪U⟫\" \"I:⟪U⟫\" \"P:⟪P⟫\" \"M:PLAIN\"\n", "smtp_password"),
        ("exim_passwd_client", "# host:user:password\n*.mailhost.example:⟪U⟫:⟪P⟫\n", "smtp_password"),
        ("ssmtp_conf", "root=postmaster\nmailhub=smtp.mailhost.example:465\nAuthUser=⟪U⟫@example.com\nAuthPass=⟪P⟫\nUseTLS=YES\n", "smtp_password"),
        ("nagios_resource_cfg", "$USER1$=/usr/lib/nagios/plugins\n$USER3$=⟪U⟫\n$USER4$=⟪P⟫\n", "monitoring_check_password"),
        ("zabbix_server_conf", "DBHost=⟪H⟫\nDBName=zabbix\nDBUser=zabbix\nDBPassword=⟪P⟫\n", "mysql_password"),
        ("grafana_ini", "[security]\nadmin_user = admin\nadmin_password = ⟪P⟫\nsecret_key = ⟪P2⟫\n", "grafana_admin_password"),
        ("pgbouncer_userlist", "\"⟪U⟫\" \"⟪P⟫\"\n\"stats\" \"⟪P2⟫\"\n", "postgresql_password"),
        ("redis_conf", "bind 0.0.0.0\nprotected-mode yes\nport 6379\nrequirepass ⟪P⟫\nmasterauth ⟪P2⟫\n", "redis_password"),
        ("rabbitmq_conf", "listeners.tcp.default = 5672\ndefault_user = ⟪U⟫\ndefault_pass = ⟪P⟫\n", "rabbitmq_password"),
        ("kibana_yml", "server.host: \"0.0.0.0\"\nelasticsearch.hosts: [\"https://es.internal:9200\"]\nelasticsearch.username: \"kibana_system\"\nelasticsearch.password: \"⟪P⟫\"\n", "elasticsearch_password"),
        ("telegraf_conf", "[[outputs.influxdb]]\n  urls = [\"https://influx.internal:8086\"]\n  database = \"metrics\"\n  username = \"telegraf\"\n  password = \"⟪P⟫\"\n", "influxdb_password"),
        ("prometheus_scrape_config", "scrape_configs:\n  - job_name: federate\n    basic_auth:\n      username: prom\n      password: ⟪P⟫\n    static_configs:\n      - targets: ['prom-eu.internal:9090']\n", "http_basic_password"),
        ("alertmanager_yml", "global:\n  smtp_smarthost: 'smtp.mailhost.example:587'\n  smtp_auth_username: 'alerts@example.com'\n  smtp_auth_password: '⟪P⟫'\n", "smtp_password"),
        ("haproxy_cfg_userlist", "userlist stats-users\n    user admin insecure-password ⟪P⟫\n\nlisten stats\n    bind :8404\n    stats enable\n", "haproxy_stats_password"),
        ("slapd_conf", "database mdb\nsuffix \"dc=corp,dc=example\"\nrootdn \"cn=Manager,dc=corp,dc=example\"\nrootpw ⟪P⟫\n", "ldap_bind_password"),
        ("tomcat_users_xml", "<tomcat-users>\n  <role rolename=\"manager-gui\"/>\n  <user username=\"⟪U⟫\" password=\"⟪P⟫\" roles=\"manager-gui,admin-gui\"/>\n</tomcat-users>\n", "tomcat_manager_password"),
        ("jetty_realm_properties", "# username: password[,rolename ...]\n⟪U⟫: ⟪P⟫,admin,user\n", "jetty_realm_password"),
        ("weblogic_boot_properties", "username=weblogic\npassword=⟪P⟫\n", "weblogic_admin_password"),
        ("airflow_cfg", "[database]\nsql_alchemy_conn = postgresql+psycopg2://airflow:⟪P⟫@⟪H⟫/airflow\n\n[core]\nfernet_key = ⟪FK⟫\n", "postgresql_password"),
        ("gitlab_rb", "external_url 'https://gitlab.example.org'\ngitlab_rails['db_password'] = '⟪P⟫'\ngitlab_rails['smtp_password'] = '⟪P2⟫'\n", "postgresql_password"),
        ("nextcloud_config_php", "<?php\n$CONFIG = array (\n  'passwordsalt' => '⟪SALT⟫',\n  'secret' => '⟪SEC⟫',\n  'dbtype' => 'mysql',\n  'dbuser' => 'nextcloud',\n  'dbpassword' => '⟪P⟫',\n);\n", "nextcloud_password_salt"),
        ("odoo_conf", "[options]\nadmin_passwd = ⟪P⟫\ndb_host = ⟪H⟫\ndb_user = odoo\ndb_password = ⟪P2⟫\n", "odoo_master_password"),
        ("keycloak_realm_export_json", "{\n  \"realm\": \"corp\",\n  \"clients\": [{\n    \"clientId\": \"grafana\",\n    \"secret\": \"⟪KC⟫\",\n    \"redirectUris\": [\"https://grafana.example.com/*\"]\n  }]\n}\n", "keycloak_client_secret"),
        ("snmpd_conf", "agentAddress udp:161\nrocommunity ⟪C⟫ 10.0.0.0/8\ncreateUser monitor SHA \"⟪P⟫\" AES \"⟪P2⟫\"\n", "snmp_community_string"),
        ("ipsec_secrets", "# /etc/ipsec.secrets\n203.0.113.10 198.51.100.20 : PSK \"⟪P⟫\"\n", "ipsec_psk"),
        ("wireguard_conf", "[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ⟪WG⟫\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ⟪WGP⟫\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n", "wireguard_private_key"),
        ("freeradius_clients_conf", "client office-ap {\n    ipaddr = 10.10.0.0/24\n    secret = ⟪P⟫\n    shortname = office\n}\n", "radius_shared_secret"),
        ("cisco_ios_running_config", "hostname edge-rtr-1\n!\nusername netadmin privilege 15 password 0 ⟪P⟫\nenable secret 0 ⟪P2⟫\n!\nrouter bgp 65010\n neighbor 198.51.100.1 password ⟪P3⟫\n", "network_device_password"),
        ("keepalived_conf", "vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n    virtual_router_id 51\n    authentication {\n        auth_type PASS\n        auth_pass ⟪P⟫\n    }\n}\n", "vrrp_auth_password"),
        ("ceph_keyring", "[client.rbd-mirror]\n\tkey = ⟪CK⟫\n\tcaps mon = \"profile rbd-mirror\"\n", "ceph_keyring_key"),
        ("hostapd_conf", "interface=wlan0\nssid=Lab-IoT\nwpa=2\nwpa_key_mgmt=WPA-PSK\nwpa_passphrase=⟪P⟫\n", "wifi_psk"),
        ("openwrt_uci_wireless", "config wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption mode 'ap'\n\toption ssid 'Guest'\n\toption encryption 'psk2'\n\toption key '⟪P⟫'\n", "wifi_psk"),
        ("mikrotik_export", "/interface wireless security-profiles\nset [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=⟪P⟫\n", "wifi_psk"),
    ]
    for cname, tpl, typ in f:
        p = P()
        kw = {"H": H(), "U": U(), "P": S(p, typ)}
        if "⟪P2⟫" in tpl:
            kw["P2"] = S(P(), {"grafana_ini": "grafana_secret_key", "odoo_conf": "postgresql_password",
                               "snmpd_conf": "snmpv3_privacy_password", "cisco_ios_running_config": "cisco_enable_secret",
                               "gitlab_rb": "smtp_password", "chef_data_bag_json": "mysql_replication_password",
                               "redis_conf": "redis_replication_password", "pgbouncer_userlist": "pgbouncer_stats_password"}.get(cname, typ))
        if "⟪P3⟫" in tpl:
            kw["P3"] = S(P(), "bgp_md5_password")
        if "⟪T⟫" in tpl:
            kw["T"] = S(crc_token("ghp_") if cname == "git_credentials_file" else uuid4(), "github_pat_classic" if cname == "git_credentials_file" else "heroku_api_key_legacy")
        if "⟪B⟫" in tpl:
            up = U() + ":" + P()
            kw["B"] = S(b64e(up.encode()), typ, plain=up)
            del kw["P"]
        if "⟪SQ⟫" in tpl:
            kw["SQ"] = S(rs(HEX, 8) + ":" + rs(HEX, 8), typ)
            del kw["P"]
        if "⟪CT⟫" in tpl:
            kw["CT"] = S("cio" + rs(AN, 32), typ)
            kw["P"] = S(rs(AN, 40), "private_registry_token")
        if "⟪GT⟫" in tpl:
            kw["GT"] = S("rubygems_" + rs(HEX, 48), typ)
            del kw["P"]
        if "⟪NT⟫" in tpl:
            kw["NT"] = S(crc_token("npm_"), typ)
            del kw["P"]
        if "⟪TF⟫" in tpl:
            kw["TF"] = S(rs(AN, 14) + ".atlasv1." + rs(AN, 67), typ)
            del kw["P"]
        if "⟪FZ⟫" in tpl:
            raw = pw_random()
            kw["FZ"] = S(b64e(raw.encode()), typ, plain=raw)
            del kw["P"]
        if "⟪FK⟫" in tpl:
            kw["FK"] = S(b64u(rbytes(32)) + "=", "airflow_fernet_key")
        if "⟪SALT⟫" in tpl:
            kw["SALT"] = S(rs(AN + "+/", 30), typ)
            kw["SEC"] = S(rs(AN + "+/", 48), "nextcloud_secret")
        if "⟪KC⟫" in tpl:
            kw["KC"] = S(rs(AN, 32), typ)
            del kw["P"]
        if "⟪C⟫" in tpl:
            kw["C"] = S(pw_safe(12), typ)
            kw["P"] = S(pw_safe(), "snmpv3_auth_password")
        if "⟪WG⟫" in tpl:
            kw["WG"] = S(b64e(rbytes(32)), typ)
            kw["WGP"] = b64e(rbytes(32))
            del kw["P"]
        if "⟪CK⟫" in tpl:
            kw["CK"] = S("AQ" + b64e(rbytes(28))[2:], typ)
            del kw["P"]
        pos(cname, tpl, "p6 synthetic; credential in %s" % cname, **kw)


# ---------------------------------------------------------------------------
# Tables, query strings, form bodies, next-line values
# ---------------------------------------------------------------------------
def gen_tables_and_forms():
    rows = [(pick(["VPN", "Wiki", "NAS", "Printer admin", "Router", "Jira svc"]), user(), S(pw_any(), "password")) for _ in range(3)]
    # CSV
    pos("csv_password_export", "url,username,password,extra,name\nhttps://wiki.example.com/login,⟪U1⟫,⟪P1⟫,,Wiki\nhttps://nas01:5001,⟪U2⟫,⟪P2⟫,,NAS\n",
        "p6 synthetic; browser password-manager CSV export", U1=user(), U2=user(), P1=S(pw_random(), "password"), P2=S(pw_random(), "password"))
    pos("tsv_inventory", "host\tip\tuser\tpass\tnotes\nsw-core-1\t10.0.0.2\tadmin\t⟪P1⟫\tHP 5130\nups-rack4\t10.0.0.40\tapc\t⟪P2⟫\tchanged 2024-11\n",
        "p6 synthetic; TSV device inventory", P1=S(pw_safe(), "network_device_password"), P2=S(pw_safe(), "network_device_password"))
    pos("markdown_table", "| System | Login | Password |\n|---|---|---|\n| Grafana | admin | `⟪P1⟫` |\n| Portainer | admin | `⟪P2⟫` |\n",
        "p6 synthetic; Markdown table", P1=S(pw_random(), "grafana_admin_password"), P2=S(pw_random(), "portainer_admin_password"))
    pos("html_table", "<table>\n<tr><th>Account</th><th>User</th><th>Password</th></tr>\n<tr><td>Hosting panel</td><td>client417</td><td>⟪P1⟫</td></tr>\n</table>\n",
        "p6 synthetic; HTML table", P1=S(pw_safe(), "hosting_panel_password"))
    pos("org_table", "| service  | user  | secret |\n|----------+-------+--------|\n| mailcow  | admin | ⟪P1⟫ |\n| unifi    | ubnt  | ⟪P2⟫ |\n",
        "p6 synthetic; org-mode table", P1=S(pw_safe(), "mail_admin_password"), P2=S(pw_safe(), "network_device_password"))
    pos("asciidoc_table", "[cols=\"1,1,2\"]\n|===\n|Env |User |Password\n\n|staging\n|app\n|⟪P1⟫\n|===\n",
        "p6 synthetic; AsciiDoc table (value on its own line)", P1=S(pw_safe(), "database_password"))
    pos("confluence_wiki_table", "||Host||User||Password||\n|db-staging|root|⟪P1⟫|\n",
        "p6 synthetic; Confluence wiki-markup table", P1=S(pw_safe(), "mysql_password"))
    pos("rst_grid_table", "+----------+--------+------------------------+\n| Service  | User   | Password               |\n+==========+========+========================+\n| pgAdmin  | admin  | ⟪P1⟫ |\n+----------+--------+------------------------+\n",
        "p6 synthetic; reStructuredText grid table", P1=S(pw_safe(22), "pgadmin_password"))
    pos("latex_tabular", "\\begin{tabular}{lll}\nDienst & Benutzer & Passwort \\\\\n\\hline\nLabor-PC & praktikum & ⟪P1⟫ \\\\\n\\end{tabular}\n",
        "p6 synthetic; LaTeX tabular", P1=S(pw_safe(), "workstation_password"))
    # query strings / form bodies
    t = rs(HEX, 32)
    pos("nginx_access_log", "203.0.113.77 - - [12/Feb/2025:10:22:01 +0000] \"GET /api/v2/export?format=csv&api_key=⟪K⟫ HTTP/1.1\" 200 48213 \"-\" \"curl/8.4.0\"\n",
        "p6 synthetic; API key in query string", K=S(t, "api_key"))
    pos("apache_access_log", "198.51.100.23 - - [03/Mar/2025:07:14:55 +0100] \"GET /cgi-bin/login.cgi?user=admin&pass=⟪P⟫&lang=en HTTP/1.1\" 302 0\n",
        "p6 synthetic; password in query string", P=S(pw_safe(), "web_login_password"))
    raw = pw_human()
    pos("http_form_post_dump", "POST /login HTTP/1.1\r\nHost: intranet.example.com\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 71\r\n\r\ncsrfmiddlewaretoken=⟪CSRF⟫&username=⟪U⟫&password=⟪P⟫&next=%2F\n",
        "p6 synthetic; url-encoded form body (span = encoded value, plain = decoded); csrf token unlabelled",
        CSRF=rs(AN, 64), U=user(), P=S(urllib.parse.quote_plus(raw), "web_login_password", plain=raw))
    pos("soap_envelope_xml", "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">\n <soapenv:Header>\n  <wsse:Security>\n   <wsse:UsernameToken>\n    <wsse:Username>⟪U⟫</wsse:Username>\n    <wsse:Password Type=\"#PasswordText\">⟪P⟫</wsse:Password>\n   </wsse:UsernameToken>\n  </wsse:Security>\n </soapenv:Header>\n</soapenv:Envelope>\n",
        "p6 synthetic; WS-Security UsernameToken", U=user(), P=S(pw_safe(), "soap_service_password"))
    pos("xmlrpc_request", "<?xml version=\"1.0\"?>\n<methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>editor</string></value></param><param><value><string>⟪P⟫</string></value></param></params></methodCall>\n",
        "p6 synthetic; XML-RPC positional password", P=S(pw_safe(), "wordpress_password"))
    pos("websocket_url_log", "connecting to wss://stream.vendor.example/v1/ws?access_token=⟪T⟫&symbols=BTC-USD\n",
        "p6 synthetic; access_token query parameter", T=S(rs(AN, 48), "api_access_token"))
    # values on the next line
    pos("handover_note_txt", "Admin console\nURL: https://console.example.net\nUser: admin\nPassword:\n    ⟪P⟫\n\n(change after first login)\n",
        "p6 synthetic; password on next line", P=S(pw_any(), "admin_console_password"))
    pos("yaml_block_scalar_secret", "smtp:\n  user: noreply@example.com\n  password: >-\n    ⟪P⟫\n",
        "p6 synthetic; YAML folded scalar value on next line", P=S(pw_random(), "smtp_password"))
    pos("keepass_text_export", "Title:    Firewall\nUsername: fwadmin\nPassword:\n⟪P⟫\nURL:      https://10.0.0.1\nNotes:\n",
        "p6 synthetic; KeePass text export", P=S(pw_random(), "firewall_admin_password"))
    pos("form_printout_two_column", "Kennung            Passwort\n--------------     ----------------\nlabor07            \n                   ⟪P⟫\n",
        "p6 synthetic; value below its label in a printout", P=S(pw_safe(), "workstation_password"))


# ---------------------------------------------------------------------------
# Framework / application secrets
# ---------------------------------------------------------------------------
DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


def gen_framework_secrets():
    dj = rs(DJANGO_CHARS.replace("'", ""), 50)
    pos("django_settings_py", "BASE_DIR = Path(__file__).resolve().parent.parent\n\n# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = '⟪K⟫'\n\nDEBUG = False\n",
        "p6 synthetic; Django SECRET_KEY", K=S(dj, "django_secret_key"))
    pos("rails_master_key_file", "⟪K⟫\n", "p6 synthetic; config/master.key content", K=S(rs(HEX, 32), "rails_master_key"))
    pos("rails_secrets_yml", "production:\n  secret_key_base: ⟪K⟫\n", "p6 synthetic; Rails secret_key_base", K=S(rs(HEX, 128), "rails_secret_key_base"))
    pos("laravel_env", "APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=⟪K⟫\nAPP_DEBUG=false\n", "p6 synthetic; Laravel APP_KEY (span includes base64: prefix as the framework reads it)",
        K=S("base64:" + b64e(rbytes(32)), "laravel_app_key"))
    fl = rbytes(24).hex()
    pos("flask_app_py", "app = Flask(__name__)\napp.config.update(\n    SECRET_KEY=\"⟪K⟫\",\n    SESSION_COOKIE_SECURE=True,\n)\n",
        "p6 synthetic; Flask SECRET_KEY", K=S(fl, "flask_secret_key"))
    raw = rbytes(16)
    lit = "".join("\\x%02x" % c for c in raw)
    pos("flask_bytes_literal", "app.secret_key = b'⟪K⟫'\n", "p6 synthetic; Flask secret as bytes literal (plain = hex of bytes)",
        K=S(lit, "flask_secret_key", plain=raw.hex()))
    pos("symfony_env_local", "###> symfony/framework-bundle ###\nAPP_ENV=prod\nAPP_SECRET=⟪K⟫\n###< symfony/framework-bundle ###\n",
        "p6 synthetic; Symfony APP_SECRET", K=S(rs(HEX, 32), "symfony_app_secret"))
    pos("phoenix_prod_secret_exs", "import Config\n\nconfig :shop, ShopWeb.Endpoint,\n  secret_key_base: \"⟪K⟫\"\n",
        "p6 synthetic; Phoenix secret_key_base", K=S(rs(AN + "+/", 64), "phoenix_secret_key_base"))
    pos("nextauth_env", "NEXTAUTH_URL=https://app.example.com\nNEXTAUTH_SECRET=⟪K⟫\n⟪NBK⟫=⟪NBV⟫\n",
        "p6 synthetic; NextAuth secret + unlabelled Google client id", K=S(b64e(rbytes(32)), "nextauth_secret"), NBK="GOOGLE_ID", NBV=nb_google_client_id()[1])
    pos("authjs_env", "AUTH_SECRET=\"⟪K⟫\" # Added by `npx auth`. Read more: https://cli.authjs.dev\n",
        "p6 synthetic; Auth.js AUTH_SECRET", K=S(b64e(rbytes(32)), "authjs_secret"))
    pos("express_app_js", "app.use(session({\n  secret: '⟪K⟫',\n  resave: false,\n  saveUninitialized: false,\n  cookie: { secure: true }\n}));\n",
        "p6 synthetic; express-session secret", K=S(pw_human(), "express_session_secret"))
    pos("jhipster_application_yml", "jhipster:\n  security:\n    authentication:\n      jwt:\n        base64-secret: ⟪K⟫\n        token-validity-in-seconds: 86400\n",
        "p6 synthetic; JHipster JWT base64 secret", K=S(b64e(rbytes(64)), "jwt_signing_secret"))
    pos("aspnet_machinekey_web_config", "<system.web>\n  <machineKey validationKey=\"⟪V⟫\" decryptionKey=\"⟪D⟫\" validation=\"HMACSHA256\" decryption=\"AES\" />\n</system.web>\n",
        "p6 synthetic; ASP.NET machineKey", V=S(rs(HEXU, 128), "aspnet_machine_validation_key"), D=S(rs(HEXU, 64), "aspnet_machine_decryption_key"))
    wp = rs(AN + "!#$%()*+,-.:;<=>?@[]^_`{|}~ ", 64)
    pos("wordpress_salts_php", "define( 'AUTH_KEY',         '⟪A⟫' );\ndefine( 'SECURE_AUTH_KEY',  '⟪B⟫' );\n",
        "p6 synthetic; WordPress auth salts", A=S(wp, "wordpress_auth_salt"), B=S(rs(AN + "!#$%()*+,-.:;<=>?@[]^_{|}~", 64), "wordpress_auth_salt"))
    pos("drupal_settings_php", "$settings['hash_salt'] = '⟪K⟫';\n$settings['update_free_access'] = FALSE;\n",
        "p6 synthetic; Drupal hash_salt", K=S(b64u(rbytes(55)), "drupal_hash_salt"))
    pos("strapi_env", "HOST=0.0.0.0\nPORT=1337\nAPP_KEYS=⟪A⟫,⟪B⟫\nAPI_TOKEN_SALT=⟪C⟫\nADMIN_JWT_SECRET=⟪D⟫\n",
        "p6 synthetic; Strapi secrets", A=S(b64e(rbytes(16)), "strapi_app_key"), B=S(b64e(rbytes(16)), "strapi_app_key"),
        C=S(b64e(rbytes(16)), "strapi_api_token_salt"), D=S(b64e(rbytes(16)), "strapi_admin_jwt_secret"))
    pos("magento_env_php", "return [\n    'crypt' => [\n        'key' => '⟪K⟫'\n    ],\n    'db' => ['connection' => ['default' => ['password' => '⟪P⟫']]],\n];\n",
        "p6 synthetic; Magento crypt key and DB password", K=S(rs(HEX, 32), "magento_crypt_key"), P=S(pw_safe(), "mysql_password"))
    pos("superset_config_py", "SECRET_KEY = '⟪K⟫'\nSQLALCHEMY_DATABASE_URI = 'sqlite:////var/lib/superset/superset.db'\n",
        "p6 synthetic; Superset SECRET_KEY", K=S(b64e(rbytes(42)), "superset_secret_key"))
    pos("gitea_app_ini", "[security]\nINSTALL_LOCK = true\nSECRET_KEY = ⟪K⟫\nINTERNAL_TOKEN = ⟪T⟫\n",
        "p6 synthetic; Gitea SECRET_KEY + INTERNAL_TOKEN (JWT)", K=S(rs(AN, 64), "gitea_secret_key"),
        T=S(jwt_hs256({"nbf": epoch()}, rs(AN, 32)), "gitea_internal_token"))
    pos("hasura_env", "HASURA_GRAPHQL_ADMIN_SECRET=⟪A⟫\nHASURA_GRAPHQL_JWT_SECRET={\"type\":\"HS256\",\"key\":\"⟪K⟫\"}\n",
        "p6 synthetic; Hasura admin + JWT secret", A=S(pw_random(32, AN), "hasura_admin_secret"), K=S(rs(AN, 48), "jwt_signing_secret"))
    pos("postgrest_conf", "db-uri = \"postgres://authenticator@localhost:5432/app\"\ndb-anon-role = \"web_anon\"\njwt-secret = \"⟪K⟫\"\n",
        "p6 synthetic; PostgREST jwt-secret", K=S(rs(AN, 40), "jwt_signing_secret"))
    pos("n8n_docker_env", "N8N_HOST=automation.example.com\nN8N_ENCRYPTION_KEY=⟪K⟫\nGENERIC_TIMEZONE=Europe/Berlin\n",
        "p6 synthetic; n8n encryption key", K=S(rs(AN, 32), "n8n_encryption_key"))
    pos("mastodon_env_production", "LOCAL_DOMAIN=social.example\nSECRET_KEY_BASE=⟪K⟫\nOTP_SECRET=⟪O⟫\n",
        "p6 synthetic; Mastodon secrets", K=S(rs(HEX, 128), "rails_secret_key_base"), O=S(rs(HEX, 128), "mastodon_otp_secret"))
    pos("play_application_conf", "play.http.secret.key = \"⟪K⟫\"\nplay.filters.hosts.allowed = [\".example.com\"]\n",
        "p6 synthetic; Play Framework secret", K=S(rs(AN, 48), "play_secret_key"))
    pos("yii_web_config_php", "'request' => [\n    'cookieValidationKey' => '⟪K⟫',\n],\n",
        "p6 synthetic; Yii cookieValidationKey", K=S(rs(AN + "-_", 32), "yii_cookie_validation_key"))
    pos("codeigniter_env", "encryption.key = hex2bin:⟪K⟫\napp.baseURL = 'https://shop.example.com/'\n",
        "p6 synthetic; CodeIgniter encryption key", K=S(rs(HEX, 64), "codeigniter_encryption_key"))
    pos("jasypt_spring_properties", "jasypt.encryptor.password=⟪K⟫\nspring.datasource.password=ENC(⟪CT⟫)\n",
        "p6 synthetic; jasypt master password labelled; ENC() ciphertext left unlabelled", K=S(pw_human(), "jasypt_encryptor_password"), CT=b64e(rbytes(32)))
    pos("metabase_env", "MB_DB_TYPE=postgres\nMB_ENCRYPTION_SECRET_KEY=⟪K⟫\n", "p6 synthetic; Metabase encryption key", K=S(b64e(rbytes(32)), "metabase_encryption_key"))
    pos("k8s_encryption_configuration", "apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n  - resources: [secrets]\n    providers:\n      - aescbc:\n          keys:\n            - name: key1\n              secret: ⟪K⟫\n      - identity: {}\n",
        "p6 synthetic; kube-apiserver at-rest encryption key", K=S(b64e(rbytes(32)), "k8s_encryption_key"))
    pos("consul_server_hcl", "server = true\nbootstrap_expect = 3\nencrypt = \"⟪K⟫\"\nacl { enabled = true }\n",
        "p6 synthetic; Consul gossip encryption key", K=S(b64e(rbytes(32)), "consul_gossip_key"))
    pos("vault_operator_init_output", "Unseal Key 1: ⟪U1⟫\nUnseal Key 2: ⟪U2⟫\nUnseal Key 3: ⟪U3⟫\n\nInitial Root Token: ⟪T⟫\n\nVault initialized with 3 key shares and a key threshold of 2.\n",
        "p6 synthetic; Vault unseal keys + root token", U1=S(b64e(rbytes(33)), "vault_unseal_key"), U2=S(b64e(rbytes(33)), "vault_unseal_key"),
        U3=S(b64e(rbytes(33)), "vault_unseal_key"), T=S(g_hvs(), "vault_service_token"))
    pos("docker_swarm_init_output", "Swarm initialized: current node (⟪NID⟫) is now a manager.\n\nTo add a worker to this swarm, run the following command:\n\n    docker swarm join --token ⟪T⟫ 10.0.0.5:2377\n",
        "p6 synthetic; swarm join token", NID=rs(LOAN, 25), T=S("SWMTKN-1-" + rs(LOAN, 50) + "-" + rs(LOAN, 25), "docker_swarm_join_token"))
    pos("k3s_install_history", "curl -sfL https://get.k3s.io | K3S_URL=https://10.0.0.10:6443 K3S_TOKEN=⟪T⟫ sh -\n",
        "p6 synthetic; k3s node token", T=S("K10" + rs(HEX, 64) + "::server:" + rs(HEX, 32), "k3s_node_token"))
    pos("kubeadm_init_output", "You can now join any number of machines by running the following on each node as root:\n\n  kubeadm join 10.0.0.10:6443 --token ⟪T⟫ \\\n\t--discovery-token-ca-cert-hash sha256:⟪H⟫\n",
        "p6 synthetic; kubeadm bootstrap token (CA cert hash unlabelled)", T=S(rs(LOAN, 6) + "." + rs(LOAN, 16), "kubeadm_bootstrap_token"), H=rs(HEX, 64))
    pos("tailscale_up_history", "sudo tailscale up --authkey=⟪T⟫ --advertise-tags=tag:server\n",
        "p6 synthetic; Tailscale auth key", T=S("tskey-auth-k" + rs(AN, 10) + "CNTRL-" + rs(AN, 33), "tailscale_auth_key"))
    pos("ngrok_yml", "version: \"2\"\nauthtoken: ⟪T⟫\ntunnels:\n  web:\n    proto: http\n    addr: 3000\n",
        "p6 synthetic; ngrok authtoken", T=S("2" + rs(AN, 26) + "_" + rs(AN, 21), "ngrok_authtoken"))
    cf = b64e(jdump({"a": rs(HEX, 32), "t": uuid4(), "s": b64e(rbytes(32))}).encode())
    pos("cloudflared_service_install", "sudo cloudflared service install ⟪T⟫\n", "p6 synthetic; Cloudflare tunnel token",
        T=S(cf, "cloudflare_tunnel_token"))
    pos("proxmox_api_curl", "curl -k -H 'Authorization: PVEAPIToken=automation@pve!terraform=⟪T⟫' https://pve01:8006/api2/json/nodes\n",
        "p6 synthetic; Proxmox API token secret (token id unlabelled)", T=S(uuid4(), "proxmox_api_token_secret"))
    pos("home_assistant_secrets_yaml", "# Use this file to store secrets like usernames and passwords.\nlong_lived_token: ⟪T⟫\nmqtt_password: ⟪P⟫\n",
        "p6 synthetic; Home Assistant secrets.yaml", T=S(jwt_hs256({"iss": rs(HEX, 32), "iat": epoch(), "exp": epoch() + 315360000}, rs(AN, 32)), "home_assistant_token"),
        P=S(pw_safe(), "mqtt_password"))
    pos("sonarr_config_xml", "<Config>\n  <Port>8989</Port>\n  <ApiKey>⟪T⟫</ApiKey>\n  <AuthenticationMethod>Forms</AuthenticationMethod>\n</Config>\n",
        "p6 synthetic; *arr ApiKey", T=S(rs(HEX, 32), "sonarr_api_key"))
    pos("plex_url_log", "GET https://192.168.1.20:32400/library/sections?X-Plex-Token=⟪T⟫ 200\n",
        "p6 synthetic; Plex token in URL", T=S(rs(AN + "-_", 20), "plex_token"))
    pos("truenas_api_script", "TOKEN='⟪T⟫'\ncurl -H \"Authorization: Bearer $TOKEN\" https://truenas.lan/api/v2.0/pool\n",
        "p6 synthetic; TrueNAS API key", T=S(str(ri(1, 9)) + "-" + rs(AN, 64), "truenas_api_key"))
    pos("nextcloud_app_password_note", "Nextcloud sync client on the laptop uses the app password ⟪T⟫ (created 2025-03-02).\n",
        "p6 synthetic; Nextcloud app password", T=S("-".join(rs(AN, 5) for _ in range(5)), "nextcloud_app_password"))
    pos("thunderbird_setup_note", "Für Thunderbird ein App-Passwort bei Google erzeugen: ⟪T⟫ (Leerzeichen egal)\n",
        "p6 synthetic; Google app password shown in 4x4 groups (span includes the spaces as written)",
        T=S(" ".join(rs(LO, 4) for _ in range(4)), "google_app_password"))
    pos("apple_app_specific_password_note", "iCloud calendar sync (DAVx5): user anna@example.com, password ⟪T⟫\n",
        "p6 synthetic; Apple app-specific password", T=S("-".join(rs(LO, 4) for _ in range(4)), "apple_app_specific_password"))


# ---------------------------------------------------------------------------
# Webhooks, signed URLs, cookies, OTP, licences, JWT
# ---------------------------------------------------------------------------
def gen_webhooks_etc():
    sl = "https://hooks.slack.com/services/T" + rs(UPAN, 10) + "/B" + rs(UPAN, 10) + "/" + rs(AN, 24)
    pos("python_source", "import requests\n\nWEBHOOK = \"⟪W⟫\"\nrequests.post(WEBHOOK, json={\"text\": \"backup finished\"})\n",
        "p6 synthetic; Slack incoming webhook (labelled in full)", W=S(sl, "slack_webhook_url"))
    sl = "https://hooks.slack.com/services/T" + rs(UPAN, 9) + "/B" + rs(UPAN, 11) + "/" + rs(AN, 24)
    pos("alertmanager_slack_config", "receivers:\n- name: oncall\n  slack_configs:\n  - api_url: ⟪W⟫\n    channel: '#alerts'\n",
        "p6 synthetic; Slack webhook in Alertmanager", W=S(sl, "slack_webhook_url"))
    dw = "https://discord.com/api/webhooks/" + str(ri(10 ** 17, 10 ** 19 - 1)) + "/" + rs(AN + "-_", 68)
    pos("github_actions_workflow", "      - name: notify\n        run: |\n          curl -H 'Content-Type: application/json' -d '{\"content\":\"deployed\"}' ⟪W⟫\n",
        "p6 synthetic; Discord webhook", W=S(dw, "discord_webhook_url"))
    dw = "https://discordapp.com/api/webhooks/" + str(ri(10 ** 17, 10 ** 19 - 1)) + "/" + rs(AN + "-_", 68)
    pos("uptime_kuma_backup_json", "{\"notificationList\":[{\"name\":\"discord\",\"config\":\"{\\\"discordWebhookUrl\\\":\\\"⟪W⟫\\\",\\\"type\\\":\\\"discord\\\"}\"}]}\n",
        "p6 synthetic; Discord webhook in doubly-encoded JSON", W=S(dw, "discord_webhook_url"))
    tw = "https://" + rs(LO, 8) + ".webhook.office.com/webhookb2/" + uuid4() + "@" + uuid4() + "/IncomingWebhook/" + rs(HEX, 32) + "/" + uuid4()
    pos("powershell_script", "$hook = '⟪W⟫'\nInvoke-RestMethod -Method Post -Uri $hook -Body (@{text='Nightly job failed'} | ConvertTo-Json) -ContentType 'application/json'\n",
        "p6 synthetic; Teams incoming webhook", W=S(tw, "teams_webhook_url"))
    gc = "https://chat.googleapis.com/v1/spaces/AAAA" + rs(AN + "-_", 7) + "/messages?key=AIza" + rs(AN + "-_", 35) + "&token=" + rs(AN + "-_", 43) + "%3D"
    pos("apps_script_source", "function notify(msg) {\n  UrlFetchApp.fetch('⟪W⟫', {method: 'post', contentType: 'application/json', payload: JSON.stringify({text: msg})});\n}\n",
        "p6 synthetic; Google Chat webhook", W=S(gc, "google_chat_webhook_url"))
    ding = "https://oapi.dingtalk.com/robot/send?access_token=" + rs(HEX, 64)
    pos("java_properties", "alert.dingtalk.webhook=⟪W⟫\nalert.dingtalk.secret=⟪S⟫\n", "p6 synthetic; DingTalk robot webhook + signing secret",
        W=S(ding, "dingtalk_webhook_url"), S=S("SEC" + rs(HEX, 64), "dingtalk_signing_secret"))
    fs = "https://open.feishu.cn/open-apis/bot/v2/hook/" + uuid4()
    pos("go_source", "const larkHook = \"⟪W⟫\"\n", "p6 synthetic; Feishu/Lark bot webhook", W=S(fs, "feishu_webhook_url"))
    wc = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + uuid4()
    pos("shell_script", "curl '⟪W⟫' -H 'Content-Type: application/json' -d '{\"msgtype\":\"text\",\"text\":{\"content\":\"disk full\"}}'\n",
        "p6 synthetic; WeCom bot webhook", W=S(wc, "wecom_webhook_url"))
    zp = "https://hooks.zapier.com/hooks/catch/" + str(ri(1000000, 9999999)) + "/" + rs(LOAN, 7) + "/"
    pos("webflow_form_settings_json", "{\"form\":\"contact\",\"webhook\":\"⟪W⟫\"}\n", "p6 synthetic; Zapier catch hook", W=S(zp, "zapier_webhook_url"))
    mm = "https://chat.example.org/hooks/" + rs(LOAN, 26)
    pos("gitlab_integration_yaml", "mattermost:\n  webhook: ⟪W⟫\n  channel: deployments\n", "p6 synthetic; Mattermost incoming webhook", W=S(mm, "mattermost_webhook_url"))
    # signed URLs: only the signature / security token labelled
    sig = rs(HEX, 64)
    pos("s3_presigned_url_in_chat", "here's the export, link valid 7 days: https://reports-prod.s3.eu-west-1.amazonaws.com/q4.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA⟪KID⟫%2F20250110%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20250110T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=⟪S⟫\n",
        "p6 synthetic; S3 presigned URL (only signature labelled; access-key id not next to its secret)", KID=rs(B32, 16), S=S(sig, "aws_presigned_url_signature"))
    stok = g_aws_session()
    enc = urllib.parse.quote(stok, safe="")
    pos("browser_devtools_copy", "fetch(\"https://uploads.s3.amazonaws.com/u/77/avatar.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA⟪KID⟫%2F20250301%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250301T120000Z&X-Amz-Expires=900&X-Amz-Security-Token=⟪T⟫&X-Amz-SignedHeaders=host&X-Amz-Signature=⟪S⟫\")\n",
        "p6 synthetic; presigned URL with STS session token (token and signature labelled)", KID=rs(B32, 16),
        T=S(enc, "aws_session_token", plain=stok), S=S(rs(HEX, 64), "aws_presigned_url_signature"))
    pos("gcs_signed_url_log", "INFO generated download link https://storage.googleapis.com/exports-prod/dump.sql.gz?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=signer%40proj.iam.gserviceaccount.com%2F20250204%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20250204T090000Z&X-Goog-Expires=3600&X-Goog-SignedHeaders=host&X-Goog-Signature=⟪S⟫\n",
        "p6 synthetic; GCS V4 signed URL", S=S(rs(HEX, 512), "gcs_signed_url_signature"))
    sas = b64e(rbytes(32))
    pos("azure_sas_url_email", "Upload here (expires Friday):\nhttps://partnerdrop.blob.core.windows.net/inbox?sp=racwl&st=2025-02-03T08:00:00Z&se=2025-02-07T17:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=⟪S⟫\n",
        "p6 synthetic; Azure SAS (sig is percent-encoded base64)", S=S(urllib.parse.quote(sas, safe=""), "azure_sas_signature", plain=sas))
    pos("cloudfront_signed_url", "<video src=\"https://d111111abcdef8.cloudfront.net/course/ep1.mp4?Expires=1740000000&amp;Signature=⟪S⟫&amp;Key-Pair-Id=K⟪KP⟫\"></video>\n",
        "p6 synthetic; CloudFront signed URL (Key-Pair-Id unlabelled)", S=S(rs(AN + "-_~", 172), "cloudfront_url_signature"), KP=rs(UPAN, 13))
    pos("oss_signed_url_log", "download: https://bucket-cn.oss-cn-shanghai.aliyuncs.com/a.zip?OSSAccessKeyId=LTAI⟪ID⟫&Expires=1739999999&Signature=⟪S⟫\n",
        "p6 synthetic; Alibaba OSS signed URL", ID=rs(AN, 20), S=S(urllib.parse.quote(b64e(rbytes(20)), safe=""), "oss_url_signature"))
    # cookies (value labelled, not name); CSRF tokens unlabelled
    pos("http_request_cookie_django", "GET /admin/ HTTP/1.1\r\nHost: shop.example.com\r\nCookie: csrftoken=⟪C⟫; sessionid=⟪S⟫\r\n\r\n",
        "p6 synthetic; Django session cookie (csrftoken unlabelled)", C=rs(AN, 32), S=S(rs(LOAN, 32), "session_cookie"))
    pos("curl_command_cookie", "curl 'https://app.example.com/api/me' -H 'cookie: _app_session=⟪S⟫; _ga=GA1.1.⟪GA⟫'\n",
        "p6 synthetic; Rails session cookie copied as curl", S=S(b64u(rbytes(120)) + "--" + rs(HEX, 40), "session_cookie"), GA=str(ri(10 ** 8, 10 ** 9)) + "." + str(epoch()))
    sv = "s:" + rs(AN + "-_", 32) + "." + b64e(rbytes(32)).rstrip("=")
    pos("har_cookie_entry", "{\"name\":\"connect.sid\",\"value\":\"⟪S⟫\",\"path\":\"/\",\"httpOnly\":true,\"secure\":true}\n",
        "p6 synthetic; express signed session cookie (percent-encoded)", S=S(urllib.parse.quote(sv, safe=""), "session_cookie", plain=sv))
    pos("set_cookie_response", "HTTP/1.1 302 Found\r\nLocation: /dashboard\r\nSet-Cookie: PHPSESSID=⟪S⟫; path=/; HttpOnly\r\nSet-Cookie: XSRF-TOKEN=⟪X⟫; path=/\r\n\r\n",
        "p6 synthetic; PHP session cookie (XSRF unlabelled)", S=S(rs(LOAN, 26), "session_cookie"), X=b64e(rbytes(40)))
    pos("playwright_storage_state_json", "{\"cookies\":[{\"name\":\"__Secure-next-auth.session-token\",\"value\":\"⟪S⟫\",\"domain\":\"app.example.com\",\"path\":\"/\",\"httpOnly\":true}],\"origins\":[]}\n",
        "p6 synthetic; NextAuth JWE session cookie", S=S("eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.." + b64u(rbytes(12)) + "." + b64u(rbytes(300)) + "." + b64u(rbytes(16)), "session_cookie"))
    pos("gitlab_session_cookie_log", "Cookie: _gitlab_session=⟪S⟫; event_filter=all\n", "p6 synthetic; GitLab session cookie", S=S(rs(HEX, 32), "session_cookie"))
    # OTP seeds
    pos("otpauth_uri_in_notes", "Backup of 2FA for the registrar account:\notpauth://totp/Registrar:ops%40example.com?secret=⟪S⟫&issuer=Registrar&digits=6\n",
        "p6 synthetic; TOTP seed in otpauth URI", S=S(rs(B32, 32), "totp_seed"))
    grp = " ".join(rs(B32.lower(), 4) for _ in range(8))
    pos("authenticator_setup_text", "Can't scan the QR code? Enter this key in your app:\n⟪S⟫\nTime based: Yes\n",
        "p6 synthetic; TOTP key shown in lowercase groups (span as written)", S=S(grp, "totp_seed", plain=grp.replace(" ", "").upper()))
    pos("python_source", "import pyotp\n\ntotp = pyotp.TOTP(\"⟪S⟫\")\nprint(totp.now())\n", "p6 synthetic; TOTP seed in code", S=S(rs(B32, 16), "totp_seed"))
    codes = [rs(LOAN, 5) + "-" + rs(LOAN, 5) for _ in range(4)]
    pos("recovery_codes_txt", "GitHub recovery codes\n\n⟪A⟫\n⟪B⟫\n⟪C⟫\n⟪D⟫\n\nKeep these somewhere safe.\n",
        "p6 synthetic; 2FA recovery codes", A=S(codes[0], "mfa_recovery_code"), B=S(codes[1], "mfa_recovery_code"),
        C=S(codes[2], "mfa_recovery_code"), D=S(codes[3], "mfa_recovery_code"))
    # Wi-Fi extras
    ssid = pick(["Cafe-Gast", "FRITZ!Box 7590 QX", "Lab-IoT", "Home_5G"])
    pos("wifi_qr_payload", "WIFI:T:WPA;S:⟪SSID⟫;P:⟪P⟫;;\n", "p6 synthetic; Wi-Fi QR code payload", SSID=ssid, P=S(pw_safe(), "wifi_psk"))
    pos("netsh_wlan_show_profile", "Security settings\n-----------------\n    Authentication         : WPA2-Personal\n    Cipher                 : CCMP\n    Security key           : Present\n    Key Content            : ⟪P⟫\n",
        "p6 synthetic; netsh wlan show profile key=clear", P=S(pw_human(), "wifi_psk"))
    # SMTP extras
    pos("django_settings_email", "EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'\nEMAIL_HOST = 'smtp.mailhost.example'\nEMAIL_HOST_USER = 'noreply@example.com'\nEMAIL_HOST_PASSWORD = '⟪P⟫'\n",
        "p6 synthetic; Django SMTP password", P=S(pw_random(), "smtp_password"))
    pos("phpmailer_source", "$mail->isSMTP();\n$mail->Host = 'smtp.mailhost.example';\n$mail->SMTPAuth = true;\n$mail->Username = 'shop@example.com';\n$mail->Password = '⟪P⟫';\n",
        "p6 synthetic; PHPMailer password", P=S(pw_random(), "smtp_password"))
    pos("nodemailer_source", "const transporter = nodemailer.createTransport({\n  host: 'smtp.mailhost.example', port: 465, secure: true,\n  auth: { user: 'alerts@example.com', pass: '⟪P⟫' },\n});\n",
        "p6 synthetic; Nodemailer auth", P=S(pw_random(), "smtp_password"))
    # licences
    pk = "-".join(rs("BCDFGHJKMPQRTVWXY2346789", 5) for _ in range(5))
    pos("it_asset_spreadsheet_csv", "asset,os,product_key,owner\nLT-0442,Windows 11 Pro,⟪K⟫,finance\n", "p6 synthetic; Windows product key", K=S(pk, "windows_product_key"))
    pos("npmrc_fontawesome", "@fortawesome:registry=https://npm.fontawesome.com/\n//npm.fontawesome.com/:_authToken=⟪K⟫\n",
        "p6 synthetic; Font Awesome Pro package token", K=S(uuid4().upper(), "fontawesome_package_token"))
    pos("geoip_conf", "AccountID ⟪ACC⟫\nLicenseKey ⟪K⟫\nEditionIDs GeoLite2-Country GeoLite2-City\n",
        "p6 synthetic; MaxMind licence key (account id unlabelled)", ACC=str(ri(100000, 999999)), K=S(rs(AN, 6) + "_" + rs(AN, 29) + "_mmk", "maxmind_license_key"))
    lic = "[v3]_[0102]_" + b64e(("Acme Corp;ag-grid;" + uuid4()).encode()).rstrip("=") + rs(HEX, 32)
    pos("ag_grid_license_ts", "import { LicenseManager } from 'ag-grid-enterprise';\nLicenseManager.setLicenseKey('⟪K⟫');\n",
        "p6 synthetic; commercial JS grid licence key", K=S(lic, "software_license_key"))
    pos("unity_ci_env", "UNITY_SERIAL=⟪K⟫\nUNITY_EMAIL=build@example.com\nUNITY_PASSWORD=⟪P⟫\n",
        "p6 synthetic; Unity serial + account password", K=S("SC-" + "-".join(rs(UPAN, 4) for _ in range(5)), "unity_serial"), P=S(pw_random(), "unity_account_password"))
    lines = "\n".join(" ".join(rs(HEXU, 8) for _ in range(4)) for _ in range(6))
    block = "----- BEGIN LICENSE -----\nAcme Studios\n10 User License\nEA7E-" + str(ri(100000, 999999)) + "\n" + lines + "\n------ END LICENSE ------"
    pos("licence_email_txt", "Thanks for your purchase! Your licence:\n\n⟪K⟫\n", "p6 synthetic; editor licence block (span covers block)", K=S(block, "software_license_key"))
    # JWT secrets and bearer JWTs
    pos("node_source_jwt_sign", "const jwt = require('jsonwebtoken');\nconst token = jwt.sign({ sub: user.id }, '⟪K⟫', { expiresIn: '1h' });\n",
        "p6 synthetic; inline JWT signing secret", K=S(pw_human() + rs(AN, 8), "jwt_signing_secret"))
    pos("python_source_pyjwt", "import jwt\n\nencoded = jwt.encode({\"uid\": 42}, \"⟪K⟫\", algorithm=\"HS256\")\n",
        "p6 synthetic; PyJWT secret", K=S(rs(HEX, 64), "jwt_signing_secret"))
    pos("go_source_jwt", "var signingKey = []byte(\"⟪K⟫\")\n\nfunc sign(c jwt.Claims) (string, error) {\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(signingKey)\n}\n",
        "p6 synthetic; Go []byte signing key", K=S(rs(AN, 40), "jwt_signing_secret"))
    sec = rs(AN, 32)
    tok = jwt_hs256({"sub": str(ri(1000, 99999)), "name": "Ana Lima", "role": "admin", "iat": epoch(), "exp": epoch() + 3600}, sec)
    pos("http_request_dump", "PATCH /api/users/77 HTTP/1.1\r\nHost: admin.example.com\r\nAuthorization: Bearer ⟪T⟫\r\nContent-Type: application/json\r\n\r\n{\"role\":\"viewer\"}\n",
        "p6 synthetic; user access JWT (HS256, really signed)", T=S(tok, "jwt_access_token"))
    pos("k8s_sa_token_mount_cat", "$ kubectl exec -it deploy/ci-runner -- cat /var/run/secrets/kubernetes.io/serviceaccount/token\n⟪T⟫\n",
        "p6 synthetic; Kubernetes service-account token", T=S(g_k8s_sa(), "kubernetes_sa_token"))
    rt = rs(AN, 64)
    at = rs(AN + "-._~", 80)
    pos("oauth_token_response_json", "{\"access_token\":\"⟪A⟫\",\"token_type\":\"Bearer\",\"expires_in\":3599,\"refresh_token\":\"⟪R⟫\",\"scope\":\"read write\"}\n",
        "p6 synthetic; OAuth token response", A=S(at, "oauth_access_token"), R=S(rt, "oauth_refresh_token"))
    up = user() + ":" + pw_safe()
    pos("http_basic_auth_header", "GET /nexus/service/rest/v1/status HTTP/1.1\r\nHost: nexus.example.org\r\nAuthorization: Basic ⟪B⟫\r\n\r\n",
        "p6 synthetic; HTTP Basic credentials (plain = user:password)", B=S(b64e(up.encode()), "http_basic_auth", plain=up))
    pos("git_credential_fill_output", "$ printf 'protocol=https\\nhost=github.com\\n' | git credential fill\nprotocol=https\nhost=github.com\nusername=ci-bot\npassword=⟪T⟫\n",
        "p6 synthetic; git credential helper output", T=S(crc_token("ghp_"), "github_pat_classic"))


# ---------------------------------------------------------------------------
# Generic secrets recognisable only by their name (many naming styles and
# spoken languages; human-chosen and random values)
# ---------------------------------------------------------------------------
GENERIC_NAMES = [
    ("DB_PASS", "password"), ("dbPassword", "password"), ("DatabasePassword", "password"),
    ("database-password", "password"), ("database.password", "password"), ("Database Password", "password"),
    ("APP__DB__PASSWORD", "password"), ("db_passwd", "password"), ("PWD_PROD", "password"),
    ("strPassword", "password"), ("m_password", "password"), ("root_pw", "password"),
    ("passphrase", "generic_passphrase"), ("Kennwort", "password"), ("passwort", "password"),
    ("mot_de_passe", "password"), ("contraseña", "password"), ("senha", "password"),
    ("wachtwoord", "password"), ("hasło", "password"), ("heslo", "password"),
    ("lösenord", "password"), ("salasana", "password"), ("parola_d_ordine", "password"),
    ("пароль", "password"), ("パスワード", "password"), ("密码", "password"),
    ("비밀번호", "password"), ("كلمة_المرور", "password"), ("סיסמה", "password"),
    ("şifre", "password"), ("jelszó", "password"), ("mật_khẩu", "password"),
    ("kata_sandi", "password"), ("κωδικός", "password"), ("adgangskode", "password"),
    ("lozinka", "password"), ("slaptažodis", "password"),
    ("api_secret", "generic_secret"), ("clientSecret", "generic_secret"), ("X-Auth-Token", "generic_token"),
    ("shared_secret", "generic_secret"), ("signing_key", "generic_secret"), ("encryption_key", "generic_secret"),
    ("private_token", "generic_token"), ("secretKey", "generic_secret"), ("clave_secreta", "generic_secret"),
    ("geheimer_schluessel", "generic_secret"), ("cle_api", "generic_api_key"), ("chiave_segreta", "generic_secret"),
    ("токен_доступа", "generic_token"), ("アクセストークン", "generic_token"), ("访问令牌", "generic_token"),
    ("bearerToken", "generic_token"), ("AUTH_TOKEN", "generic_token"), ("hmacKey", "generic_secret"),
    ("webhook_secret", "generic_secret"), ("session_secret", "generic_secret"), ("apiKey", "generic_api_key"),
]

GENERIC_SYNTAX = [
    ("yaml_config", "# settings\n⟪K⟫: \"⟪V⟫\"\nenabled: true\n"),
    ("json_config", "{\"service\": \"intranet\", \"⟪K⟫\": \"⟪V⟫\"}\n"),
    ("ini_config", "[auth]\n⟪K⟫ = ⟪V⟫\n"),
    ("toml_quoted_key", "[secrets]\n\"⟪K⟫\" = \"⟪V⟫\"\n"),
    ("xml_entry_attribute", "<entry key=\"⟪K⟫\" value=\"⟪V⟫\"/>\n"),
    ("markdown_bold_label", "**⟪K⟫:** `⟪V⟫`\n"),
    ("html_definition_list", "<dl><dt>⟪K⟫</dt><dd>⟪V⟫</dd></dl>\n"),
    ("python_dict_literal", "CONFIG = {\"host\": \"10.1.2.3\", \"⟪K⟫\": \"⟪V⟫\"}\n"),
    ("php_array", "$cfg = ['host' => 'localhost', '⟪K⟫' => '⟪V⟫'];\n"),
    ("lua_table", "local cfg = { host = \"localhost\", [\"⟪K⟫\"] = \"⟪V⟫\" }\n"),
    ("ruby_hash", "SETTINGS = { \"⟪K⟫\" => \"⟪V⟫\", \"timeout\" => 5 }.freeze\n"),
    ("go_map_literal", "var cfg = map[string]string{\n\t\"⟪K⟫\": \"⟪V⟫\",\n}\n"),
    ("sql_key_value_insert", "INSERT INTO config (k, v) VALUES ('⟪K⟫', '⟪V⟫');\n"),
    ("hcl_map", "locals {\n  settings = {\n    \"⟪K⟫\" = \"⟪V⟫\"\n  }\n}\n"),
    ("yaml_flow_mapping", "auth: {user: svc, ⟪K⟫: \"⟪V⟫\"}\n"),
    ("csv_key_value", "key,value\n\"⟪K⟫\",\"⟪V⟫\"\n"),
    ("windows_registry_reg", "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\Agent]\n\"⟪K⟫\"=\"⟪V⟫\"\n"),
    ("nextstep_plist_defaults", "{\n    \"⟪K⟫\" = \"⟪V⟫\";\n    LastSync = \"2025-01-03\";\n}\n"),
    ("hocon_config", "app {\n  \"⟪K⟫\" : \"⟪V⟫\"\n}\n"),
    ("tab_separated_kv", "⟪K⟫\t⟪V⟫\n"),
    ("ldif_entry", "dn: cn=agent,ou=apps,dc=corp\nobjectClass: applicationProcess\n⟪K⟫: ⟪V⟫\n"),
    ("nestedtext", "server:\n    host: 10.1.2.3\n    ⟪K⟫: ⟪V⟫\n"),
    ("java_annotation", "@Value(\"${agent.url}\") String url;\n@Credential(name = \"⟪K⟫\", value = \"⟪V⟫\")\nString unused;\n"),
    ("kotlin_map_of", "val settings = mapOf(\"⟪K⟫\" to \"⟪V⟫\")\n"),
    ("swift_dictionary", "let cfg: [String: String] = [\"⟪K⟫\": \"⟪V⟫\"]\n"),
    ("elixir_keyword_map", "%{\"⟪K⟫\" => \"⟪V⟫\", \"pool\" => 5}\n"),
    ("r_list", "cfg <- list(host = \"db\", `⟪K⟫` = \"⟪V⟫\")\n"),
    ("powershell_hashtable", "$cfg = @{ Host = 'db'; '⟪K⟫' = '⟪V⟫' }\n"),
    ("perl_hash", "my %cfg = (host => 'db', '⟪K⟫' => '⟪V⟫');\n"),
    ("cue_struct", "config: {\n\t\"⟪K⟫\": \"⟪V⟫\"\n}\n"),
]


def gen_generic_names():
    for i, (name, typ) in enumerate(GENERIC_NAMES):
        cname, tpl = GENERIC_SYNTAX[i % len(GENERIC_SYNTAX)]
        if "xml" in cname or "html" in cname or "reg" in cname or "ldif" in cname:
            v = pw_random()
        elif typ == "password" and i % 2 == 0:
            v = pw_human()
        elif typ in ("generic_token", "generic_api_key"):
            v = rs(AN, ri(24, 48))
        elif typ == "generic_passphrase":
            v = " ".join(pick(_WORDS).lower() for _ in range(4))
        else:
            v = pw_random(ri(20, 40), AN + "!#%*_-+=.")
        pos(cname, tpl, "p6 synthetic; secret identified only by its name %r" % name, K=name, V=S(v, typ))


# ---------------------------------------------------------------------------
# Prose in ~25 spoken languages
# ---------------------------------------------------------------------------
PROSE = [
    ("en", "Hey, the Wi-Fi in the new office is \"Guest-3F\", password is ⟪P⟫ - it changes every month.", "wifi_psk"),
    ("en", "⟪P⟫ is the root password for the old Synology, don't ask me why it's still set.", "password"),
    ("de", "Hallo Jan, die Zugangsdaten für das Testsystem:\nLogin: admin / ⟪P⟫\nBitte nach dem ersten Login ändern.", "password"),
    ("de", "Das neue Passwort lautet „⟪P⟫“ – gilt ab Montag für den VPN-Zugang.", "vpn_password"),
    ("fr", "Salut ! Le mot de passe du serveur FTP a changé, le nouveau c'est ⟪P⟫.", "ftp_password"),
    ("fr", "Identifiants pour la démo :\n- utilisateur : demo\n- mot de passe : ⟪P⟫\n- URL : https://demo.example.fr", "password"),
    ("es", "Te paso la clave del router (⟪P⟫), cámbiala cuando puedas.", "network_device_password"),
    ("es", "contraseña:\n⟪P⟫\n(la de siempre no funciona)", "password"),
    ("it", "Ciao Marco, per accedere al gestionale usa utente amministrazione e password ⟪P⟫.", "password"),
    ("it", "La nuova password è «⟪P⟫», mi raccomando non condividerla.", "password"),
    ("pt", "Oi! A senha do Wi-Fi da casa de praia é ⟪P⟫ 😉", "wifi_psk"),
    ("pt", "Acesso ao servidor:\n• usuário: deploy\n• senha: ⟪P⟫", "ssh_password"),
    ("nl", "Het wachtwoord voor de gedeelde mailbox is nu ⟪P⟫, het oude werkt niet meer.", "imap_password"),
    ("nl", "pw ⟪P⟫ (tijdelijk)", "password"),
    ("pl", "Hasło do panelu to \"⟪P⟫\" — zmień je po zalogowaniu.", "password"),
    ("pl", "⟪P⟫ – to jest nowe hasło do skrzynki serwisowej.", "imap_password"),
    ("cs", "Ahoj, heslo k routeru je ⟪P⟫, jméno admin.", "network_device_password"),
    ("cs", "Nové heslo: ⟪P⟫ (platí do konce měsíce)", "password"),
    ("sv", "Lösenordet till gäst-wifit är ⟪P⟫.", "wifi_psk"),
    ("sv", "inlogg: kassa / ⟪P⟫", "password"),
    ("fi", "Palvelimen salasana on ⟪P⟫, älä jaa sitä eteenpäin.", "password"),
    ("fi", "Uusi salasana on \"⟪P⟫\".", "password"),
    ("tr", "Sunucu şifresi ⟪P⟫, kullanıcı adı root.", "ssh_password"),
    ("tr", "Yeni wifi şifresi: ⟪P⟫", "wifi_psk"),
    ("ru", "Пароль от сервера — ⟪P⟫, логин root.", "ssh_password"),
    ("ru", "Новый пароль для почты: «⟪P⟫». Старый больше не работает.", "imap_password"),
    ("uk", "Пароль до Wi-Fi в офісі: ⟪P⟫", "wifi_psk"),
    ("uk", "логін: buh / ⟪P⟫", "password"),
    ("el", "Ο κωδικός για το ρούτερ είναι ⟪P⟫.", "network_device_password"),
    ("el", "Νέος κωδικός πρόσβασης (⟪P⟫) για το σύστημα κρατήσεων.", "password"),
    ("ja", "サーバーのパスワードは「⟪P⟫」です。", "password"),
    ("ja", "新しいパスワード：⟪P⟫（来週まで有効）", "password"),
    ("zh", "服务器密码是 ⟪P⟫，用户名 root。", "ssh_password"),
    ("zh", "WiFi 密码：⟪P⟫", "wifi_psk"),
    ("ko", "서버 비밀번호는 ⟪P⟫ 입니다.", "password"),
    ("ko", "새 비밀번호: \"⟪P⟫\" (다음 주에 변경 예정)", "password"),
    ("ar", "كلمة المرور الجديدة هي ⟪P⟫", "password"),
    ("ar", "اسم المستخدم: admin\nكلمة السر: ⟪P⟫", "password"),
    ("he", "הסיסמה לשרת היא ⟪P⟫", "password"),
    ("he", "סיסמה חדשה: ⟪P⟫ (זמנית)", "password"),
    ("hi", "सर्वर का पासवर्ड ⟪P⟫ है।", "password"),
    ("hi", "वाई-फाई पासवर्ड: ⟪P⟫", "wifi_psk"),
    ("vi", "Mật khẩu wifi là ⟪P⟫ nhé.", "wifi_psk"),
    ("vi", "Tài khoản: ketoan / mật khẩu: ⟪P⟫", "password"),
    ("id", "Password server-nya ⟪P⟫ ya, jangan disebar.", "password"),
    ("id", "kata sandi baru: ⟪P⟫", "password"),
    ("th", "รหัสผ่านเซิร์ฟเวอร์คือ ⟪P⟫", "password"),
    ("hu", "A jelszó a routerhez: ⟪P⟫", "network_device_password"),
    ("ro", "Parola nouă pentru contul de test este ⟪P⟫.", "password"),
    ("da", "Koden til netværket er ⟪P⟫", "wifi_psk"),
    ("no", "Passordet til NAS-en er ⟪P⟫ – bytt det etter oppsett.", "password"),
]


def prose_wrap(i, text):
    """Return (container, template) wrapping a prose message; escaping is applied to the template text."""
    w = i % 17
    if w == 0:
        return "chat_message_plain", "[%02d:%02d] %s: %s\n" % (ri(7, 22), ri(0, 59), pick(["Lena", "Omar", "Yuki", "Pavel", "Inês"]), text), "any"
    if w == 1:
        return "email_body", "Subject: Re: access\nFrom: it-helpdesk@example.com\n\n%s\n\n-- \nIT Helpdesk\n" % text, "any"
    if w == 2:
        return "sms_backup_xml", "<smses count=\"1\"><sms protocol=\"0\" address=\"+4915112345678\" date=\"%d000\" type=\"1\" body=\"%s\" /></smses>\n" % (epoch(), html.escape(text).replace("\n", "&#10;")), "xml"
    if w == 3:
        return "ics_calendar_event", "BEGIN:VEVENT\nSUMMARY:Onboarding\nDESCRIPTION:%s\nEND:VEVENT\n" % text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"), "ics"
    if w == 4:
        return "signal_export_json", json.dumps({"conversation": "Family", "messages": [{"body": text, "sent_at": epoch() * 1000}]}, ensure_ascii=False) + "\n", "json"
    if w == 5:
        return "support_ticket", "Ticket #%d – Status: open\nCustomer wrote:\n> %s\n" % (ri(10000, 99999), text.replace("\n", "\n> ")), "any"
    if w == 6:
        return "voicemail_transcript", "Voicemail from +44 20 7946 0%03d (00:41):\n\"%s\"\n" % (ri(0, 999), text), "any"
    if w == 7:
        return "sticky_note_ocr", "%s\n" % text, "any"
    if w == 8:
        return "forum_post_bbcode", "[quote=admin]%s[/quote]\n" % text, "any"
    if w == 9:
        return "line_chat_export", "%d.%02d.%02d Mon\n10:12\tKenji\t%s\n" % (2025, ri(1, 12), ri(1, 28), text.replace("\n", " ")), "any"
    if w == 10:
        return "kakaotalk_export_csv", "Date,User,Message\n2025-02-%02d 09:15:00,Minji,\"%s\"\n" % (ri(1, 28), text.replace("\"", "\"\"")), "csv"
    if w == 11:
        return "wechat_export_txt", "2025-03-%02d 14:02:11 张伟\n%s\n" % (ri(1, 28), text), "any"
    if w == 12:
        return "mastodon_dm_json", json.dumps({"type": "Note", "visibility": "direct", "content": "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"}, ensure_ascii=False) + "\n", "jsonxml"
    if w == 13:
        return "git_commit_message", "commit %s\nAuthor: dev <dev@example.com>\n\n    wip\n\n    %s\n" % (rs(HEX, 40), text.replace("\n", "\n    ")), "any"
    if w == 14:
        return "handwritten_note_transcription", "[scan p.2, handwriting]\n%s\n" % text, "any"
    if w == 15:
        return "viber_chat_export", "[%s] Oksana: %s\n" % (ts(), text), "any"
    return "teams_chat_export_html", "<div class=\"message\"><span class=\"from\">Ravi</span><p>%s</p></div>\n" % html.escape(text, quote=False).replace("\n", "<br>"), "xmltext"


def gen_prose():
    for i, (lang, text, typ) in enumerate(PROSE):
        cname, tpl, esc = prose_wrap(i, text)
        while True:
            if esc in ("xml", "jsonxml", "xmltext", "ics", "csv", "json"):
                p = pw_safe()
            else:
                p = pw_human() if i % 2 == 0 else pw_random(ri(10, 16))
            if p[-1] not in ".,;:!?-_" and p[0] not in ".,;:!?-_\"'(":
                break
        pos(cname, tpl, "p6 synthetic; prose (%s)" % lang, P=S(p, typ))


# ---------------------------------------------------------------------------
# Evasions: self-identifying credentials, encoded so that the encoding is
# what makes them hard.  Every span carries `plain`; decode(encoding, value)
# must give back plain (checked in check_all()).
# ---------------------------------------------------------------------------
HOMO = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ", "j": "ј",
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
        "Y": "Υ", "Z": "Ζ", "N": "Ν", "I": "Ι"}
HOMO_BACK = {v: k for k, v in HOMO.items()}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069"]


def evasion_tokens():
    """Self-identifying vendor generators whose values are plain [A-Za-z0-9_.-] tokens of 20-120 chars."""
    out = []
    for typ, env, gen, selfid, desc in VENDORS:
        if not selfid:
            continue
        v = gen()
        if re.fullmatch(r"[A-Za-z0-9_\-.]+", v) and 20 <= len(v) <= 120:
            out.append((typ, env, gen))
    return out


def _strip(v, chars):
    return "".join(c for c in v if c not in chars)


def decode(enc, v):
    if enc == "base64":
        return base64.b64decode(v).decode()
    if enc == "base64_env_assignment":
        return base64.b64decode(v).decode().split("=", 1)[1].strip()
    if enc == "double_base64":
        return base64.b64decode(base64.b64decode(v)).decode()
    if enc == "hex":
        return bytes.fromhex(v).decode()
    if enc == "base32":
        return base64.b32decode(v).decode()
    if enc == "url_percent":
        return urllib.parse.unquote(v)
    if enc == "json_unicode_escape":
        return json.loads('"' + v + '"')
    if enc in ("html_entities_decimal", "html_entities_hex"):
        return html.unescape(v)
    if enc == "fullwidth":
        return unicodedata.normalize("NFKC", v)
    if enc == "zero_width":
        return _strip(v, ZW)
    if enc == "bidi_controls":
        if v.startswith("\u202e") and v.endswith("\u202c"):
            return v[1:-1][::-1]
        return _strip(v, BIDI)
    if enc == "string_concat":
        return "".join(a or b for a, b in re.findall(r"\"([^\"]*)\"|'([^']*)'", v))
    if enc == "reversed":
        return v[::-1]
    if enc == "char_code_array":
        return "".join(chr(int(x, 0)) for x in re.findall(r"0x[0-9a-fA-F]+|\d+", v))
    if enc == "hex_escape":
        return re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), v)
    if enc == "split_two_lines":
        return re.sub(r"(?:\\|=)?\r?\n[ \t>#]*", "", v)
    if enc == "spaced_letters":
        return v.replace(" ", "")
    if enc == "homoglyph":
        return "".join(HOMO_BACK.get(c, c) for c in v)
    raise ValueError(enc)


def ev(enc, container, template, tok_typ, value, plain, note):
    text, spans = fill(template, {**_EVKW, "V": S(value, tok_typ, plain=plain)})
    EVA.append({"container": container, "encoding": enc, "text": text, "spans": spans,
                "source": "p6 synthetic evasion; %s; %s" % (enc, note)})


_EVKW = {}


def gen_evasions():
    toks = evasion_tokens()
    R.shuffle(toks)
    ti = [0]

    def nxt():
        typ, env, gen = toks[ti[0] % len(toks)]
        ti[0] += 1
        while True:
            v = gen()
            if re.fullmatch(r"[A-Za-z0-9_\-.]+", v) and "=" not in v:
                return typ, env, v

    def run(enc, contexts, encode):
        for cname, tpl in contexts:
            typ, env, tok = nxt()
            _EVKW.clear()
            _EVKW.update(names_for(env))
            _EVKW.update({"TS": ts(), "N": str(ri(2, 90))})
            val = encode(tok, env)
            ev(enc, cname, tpl, typ, val, tok, "%s encoded" % typ)

    run("base64", [
        ("k8s_secret_data_yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: vendor\ndata:\n  ⟪ENV⟫: ⟪V⟫\n"),
        ("json_config", "{\"vendor\": {\"tokenB64\": \"⟪V⟫\"}}\n"),
        ("dotenv", "⟪ENV⟫_B64=⟪V⟫\n"),
        ("go_source", "var encoded = \"⟪V⟫\" // base64.StdEncoding\n"),
        ("json_structured_log", "{\"level\":\"debug\",\"msg\":\"loaded blob\",\"blob\":\"⟪V⟫\"}\n"),
        ("terraform_state_json", "{\"attributes\":{\"content_base64\":\"⟪V⟫\"}}\n"),
    ], lambda t, e: b64e(t.encode()))
    run("base64_env_assignment", [
        ("github_actions_workflow", "      - run: echo \"⟪V⟫\" | base64 -d > .env\n"),
        ("gitlab_ci_yaml", "variables:\n  ENV_FILE_B64: \"⟪V⟫\"\n"),
        ("dockerfile", "ARG ENV_B64=⟪V⟫\nRUN echo $ENV_B64 | base64 -d > /app/.env\n"),
        ("helm_values", "envFile: ⟪V⟫\n"),
        ("bash_history", "echo ⟪V⟫ | base64 --decode >> ~/.bashrc\n"),
        ("ansible_group_vars", "app_env_b64: \"⟪V⟫\"\n"),
    ], lambda t, e: b64e(("%s=%s\n" % (e, t)).encode()))
    run("double_base64", [
        ("yaml_config", "payload: ⟪V⟫   # b64(b64(token))\n"),
        ("python_source", "TOKEN = b64decode(b64decode(\"⟪V⟫\")).decode()\n"),
        ("javascript_source", "const k = atob(atob('⟪V⟫'));\n"),
        ("ini_config", "[x]\nblob = ⟪V⟫\n"),
        ("java_properties", "vendor.token.obf=⟪V⟫\n"),
        ("csv_settings_export", "name,value\nvendor_blob,⟪V⟫\n"),
    ], lambda t, e: b64e(b64e(t.encode()).encode()))
    run("hex", [
        ("ini_config", "[vendor]\ntoken_hex = ⟪V⟫\n"),
        ("python_source", "TOKEN = bytes.fromhex(\"⟪V⟫\").decode()\n"),
        ("rust_source", "const TOKEN_HEX: &str = \"⟪V⟫\";\n"),
        ("logfmt_log", "level=debug msg=\"auth header\" raw=⟪V⟫\n"),
        ("sql_settings_insert", "INSERT INTO kv VALUES ('vendor', decode('⟪V⟫', 'hex'));\n"),
        ("kotlin_source", "val tokenHex = \"⟪V⟫\"\n"),
    ], lambda t, e: t.encode().hex() if R.random() < 0.6 else t.encode().hex().upper())
    run("base32", [
        ("yaml_config", "vendor:\n  token_b32: ⟪V⟫\n"),
        ("go_source", "tok, _ := base32.StdEncoding.DecodeString(\"⟪V⟫\")\n"),
        ("dotenv", "VENDOR_TOKEN_B32=⟪V⟫\n"),
        ("toml_config", "[vendor]\nkey32 = \"⟪V⟫\"\n"),
        ("python_source", "key = base64.b32decode('⟪V⟫')\n"),
        ("json_config", "{\"k\":\"⟪V⟫\"}\n"),
    ], lambda t, e: base64.b32encode(t.encode()).decode())
    run("url_percent", [
        ("nginx_access_log", "10.0.0.8 - - [01/Mar/2025:10:00:00 +0000] \"GET /cb?t=⟪V⟫ HTTP/1.1\" 200 12\n"),
        ("http_form_post_dump", "POST /connect HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nprovider=vendor&credential=⟪V⟫\n"),
        ("har_entry", "{\"request\":{\"url\":\"https://app.example.com/oauth/cb?token=⟪V⟫\"}}\n"),
        ("markdown_readme", "[open dashboard](https://dash.example.com/#key=⟪V⟫)\n"),
        ("javascript_source", "const k = decodeURIComponent('⟪V⟫');\n"),
        ("apache_access_log", "203.0.113.4 - - [02/Mar/2025:11:11:11 +0000] \"POST /hook?auth=⟪V⟫ HTTP/1.1\" 204 -\n"),
    ], lambda t, e: "".join("%%%02X" % ord(c) for c in t) if R.random() < 0.5 else "".join(("%%%02x" % ord(c)) if (i % 2 == 0) else c for i, c in enumerate(t)))
    run("json_unicode_escape", [
        ("json_config", "{\"vendor\":{\"apiKey\":\"⟪V⟫\"}}\n"),
        ("har_entry", "{\"name\":\"authorization\",\"value\":\"⟪V⟫\"}\n"),
        ("jupyter_notebook_json", "{\"cells\":[{\"cell_type\":\"code\",\"source\":[\"KEY = \\\"⟪V⟫\\\"\"]}]}\n"),
        ("slack_export_json", "[{\"type\":\"message\",\"text\":\"⟪V⟫\"}]\n"),
        ("vscode_launch_json", "{\"env\":{\"⟪ENV⟫\":\"⟪V⟫\"}}\n"),
        ("terraform_state_json", "{\"outputs\":{\"token\":{\"value\":\"⟪V⟫\",\"sensitive\":true}}}\n"),
    ], lambda t, e: "".join("\\u%04x" % ord(c) if (R.random() < 0.8) else c for c in t))
    run("html_entities_decimal", [
        ("html_page", "<input type=\"hidden\" name=\"k\" value=\"⟪V⟫\">\n"),
        ("confluence_storage_xml", "<p>Key: ⟪V⟫</p>\n"),
        ("rss_feed_xml", "<item><description>token ⟪V⟫</description></item>\n"),
        ("email_html_body", "<html><body><p>Your key: <b>⟪V⟫</b></p></body></html>\n"),
        ("svg_metadata", "<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>⟪V⟫</desc></svg>\n"),
        ("xml_config", "<settings><token>⟪V⟫</token></settings>\n"),
    ], lambda t, e: "".join("&#%d;" % ord(c) for c in t))
    run("html_entities_hex", [
        ("html_page", "<meta name=\"x-key\" content=\"⟪V⟫\">\n"),
        ("teams_message_html", "<div>new token: ⟪V⟫</div>\n"),
        ("docx_document_xml", "<w:t>⟪V⟫</w:t>\n"),
        ("maven_settings_xml", "<server><id>x</id><password>⟪V⟫</password></server>\n"),
        ("xlsx_shared_strings_xml", "<si><t>⟪V⟫</t></si>\n"),
        ("android_manifest_xml", "<meta-data android:name=\"key\" android:value=\"⟪V⟫\"/>\n"),
    ], lambda t, e: "".join(("&#x%x;" if R.random() < 0.5 else "&#x%X;") % ord(c) for c in t))
    run("fullwidth", [
        ("chat_message_plain", "[09:10] Sato: トークンはこれです → ⟪V⟫\n"),
        ("email_body", "新しいキー：⟪V⟫\nよろしくお願いします。\n"),
        ("markdown_readme", "API キー: ⟪V⟫\n"),
        ("wechat_export_txt", "2025-01-03 10:00:00 王芳\n密钥 ⟪V⟫\n"),
        ("pdf_text_extraction", "認証情報 ⟪V⟫\n"),
        ("yaml_config", "token: ⟪V⟫\n"),
    ], lambda t, e: "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in t))

    def zw(t, e):
        s = list(t)
        k = ri(2, 5)
        for _ in range(k):
            s.insert(ri(1, len(s) - 1), pick(ZW))
        return "".join(s)
    run("zero_width", [
        ("slack_export_json", "[{\"text\":\"here you go ⟪V⟫\"}]\n"),
        ("python_source", "TOKEN = \"⟪V⟫\"\n"),
        ("dotenv", "⟪ENV⟫=⟪V⟫\n"),
        ("github_issue_markdown", "Repro uses `⟪V⟫`\n"),
        ("discord_chat_log", "[⟪TS⟫] ash: ⟪V⟫\n"),
        ("yaml_config", "⟪env⟫: ⟪V⟫\n"),
    ], zw)

    def bidi(t, e):
        if R.random() < 0.5:
            return "\u202e" + t[::-1] + "\u202c"
        s = list(t)
        for _ in range(ri(2, 4)):
            s.insert(ri(1, len(s) - 1), pick(BIDI))
        return "".join(s)
    run("bidi_controls", [
        ("javascript_source", "const key = \"⟪V⟫\";\n"),
        ("chat_message_plain", "[11:00] Noor: ⟪V⟫\n"),
        ("dotenv", "⟪ENV⟫=⟪V⟫\n"),
        ("markdown_readme", "token: ⟪V⟫\n"),
        ("go_source", "const tok = \"⟪V⟫\"\n"),
        ("email_body", "Key follows:\n⟪V⟫\n"),
    ], bidi)

    def concat(style):
        def f(t, e):
            n = ri(2, 4)
            cuts = sorted(R.sample(range(3, len(t) - 2), n - 1))
            parts = [t[i:j] for i, j in zip([0] + cuts, cuts + [len(t)])]
            if style == "py":
                return " + ".join('"%s"' % p for p in parts)
            if style == "js":
                return " + ".join("'%s'" % p for p in parts)
            if style == "php":
                return " . ".join("'%s'" % p for p in parts)
            if style == "lua":
                return " .. ".join('"%s"' % p for p in parts)
            if style == "sql":
                return " || ".join("'%s'" % p for p in parts)
            if style == "vb":
                return " & ".join('"%s"' % p for p in parts)
            if style == "c":
                return " ".join('"%s"' % p for p in parts)
            if style == "sh":
                return "".join('"%s"' % p for p in parts)
            raise ValueError(style)
        return f
    for cname, tpl, style in [("python_source", "API_KEY = ⟪V⟫\n", "py"), ("javascript_source", "const apiKey = ⟪V⟫;\n", "js"),
                              ("php_source", "$key = ⟪V⟫;\n", "php"), ("lua_source", "local key = ⟪V⟫\n", "lua"),
                              ("sql_settings_insert", "UPDATE cfg SET v = ⟪V⟫ WHERE k = 'token';\n", "sql"),
                              ("c_source", "static const char *tok = ⟪V⟫;\n", "c")]:
        run("string_concat", [(cname, tpl)], concat(style))
    run("reversed", [
        ("python_source", "TOKEN = \"⟪V⟫\"[::-1]\n"),
        ("javascript_source", "const t = '⟪V⟫'.split('').reverse().join('');\n"),
        ("php_source", "$t = strrev('⟪V⟫');\n"),
        ("ruby_source", "TOKEN = '⟪V⟫'.reverse\n"),
        ("bash_history", "export T=$(echo ⟪V⟫ | rev)\n"),
        ("powershell_script", "$t = -join ('⟪V⟫'[-1..-100])\n"),
    ], lambda t, e: t[::-1])

    def codes(style):
        def f(t, e):
            if style == "hexlist":
                return "{" + ", ".join("0x%02x" % ord(c) for c in t) + "}"
            return "[" + ", ".join(str(ord(c)) for c in t) + "]"
        return f
    for cname, tpl, style in [("javascript_source", "const k = String.fromCharCode(...⟪V⟫);\n", "dec"),
                              ("python_source", "k = ''.join(map(chr, ⟪V⟫))\n", "dec"),
                              ("c_source", "static const unsigned char k[] = ⟪V⟫;\n", "hexlist"),
                              ("java_source", "byte[] k = new byte[] ⟪V⟫;\n", "hexlist"),
                              ("json_config", "{\"k\": ⟪V⟫}\n", "dec"),
                              ("powershell_script", "$k = -join (⟪V⟫ | % { [char]$_ })\n", "dec")]:
        run("char_code_array", [(cname, tpl)], codes(style))
    run("hex_escape", [
        ("python_source", "TOKEN = \"⟪V⟫\"\n"),
        ("c_source", "const char *t = \"⟪V⟫\";\n"),
        ("javascript_source", "const t = '⟪V⟫';\n"),
        ("bash_history", "export T=$'⟪V⟫'\n"),
        ("php_source", "$t = \"⟪V⟫\";\n"),
        ("perl_source", "my $t = \"⟪V⟫\";\n"),
    ], lambda t, e: "".join("\\x%02x" % ord(c) for c in t))

    def split(kind):
        def f(t, e):
            k = ri(6, len(t) - 6)
            if kind == "wrap":
                return t[:k] + "\n" + t[k:]
            if kind == "indent":
                return t[:k] + "\n    " + t[k:]
            if kind == "backslash":
                return t[:k] + "\\\n" + t[k:]
            if kind == "qp":
                return t[:k] + "=\n" + t[k:]
            if kind == "quote":
                return t[:k] + "\n> " + t[k:]
            raise ValueError(kind)
        return f
    for cname, tpl, kind in [("email_quoted_printable", "Content-Transfer-Encoding: quoted-printable\n\nYour token is ⟪V⟫\n", "qp"),
                             ("ci_log_wrapped", "⟪TS⟫Z [deploy] using token ⟪V⟫ for upload\n", "wrap"),
                             ("bash_history", "export ⟪ENV⟫=\"⟪V⟫\"\n", "backslash"),
                             ("markdown_list_wrapped", "- deploy token: ⟪V⟫\n", "indent"),
                             ("email_body", "> the key is ⟪V⟫\n", "quote"),
                             ("terminal_80col_wrap", "$ cat creds.txt\n⟪V⟫\n$ ", "wrap")]:
        run("split_two_lines", [(cname, tpl)], split(kind))
    run("spaced_letters", [
        ("chat_message_plain", "[14:02] Abebe: ⟪V⟫ (spaces so the bot doesn't eat it)\n"),
        ("email_body", "Token (remove spaces): ⟪V⟫\n"),
        ("pastebin_paste", "⟪V⟫\n"),
        ("sticky_note_ocr", "key ⟪V⟫\n"),
        ("irc_log", "[10:00] <ana> ⟪V⟫\n"),
        ("pdf_text_extraction", "Schlüssel: ⟪V⟫\n"),
    ], lambda t, e: " ".join(t))

    def homo(t, e):
        s = list(t)
        idx = [i for i, c in enumerate(s) if c in HOMO]
        R.shuffle(idx)
        n = max(1, len(idx) // 2)
        for i in idx[:n]:
            s[i] = HOMO[s[i]]
        return "".join(s)
    run("homoglyph", [
        ("dotenv", "⟪ENV⟫=⟪V⟫\n"),
        ("python_source", "KEY = \"⟪V⟫\"\n"),
        ("yaml_config", "⟪env⟫: ⟪V⟫\n"),
        ("chat_message_plain", "[08:30] Ivan: ⟪V⟫\n"),
        ("json_config", "{\"token\": \"⟪V⟫\"}\n"),
        ("markdown_readme", "`⟪V⟫`\n"),
    ], homo)


# ---------------------------------------------------------------------------
# Hard negatives
# ---------------------------------------------------------------------------
def N(cls, container, template, note, **kw):
    neg(cls, container, template, "p6 synthetic negative; " + note, **kw)


def doc_akia():
    return "AKIA" + rs(B32, 9) + "EXAMPLE"


def gen_negatives():
    # 1. documentation / RFC examples ---------------------------------------
    c = "documentation_example"
    N(c, "aws_docs_markdown", "To configure the CLI, run `aws configure` and enter, for example:\n\n```\nAWS Access Key ID [None]: ⟪A⟫\nAWS Secret Access Key [None]: ⟪S⟫\nDefault region name [None]: us-west-2\n```\n",
      "AWS-docs style ...EXAMPLE key pair", A=doc_akia(), S=rs(AN + "/", 30) + "EXAMPLEKEY")
    N(c, "sdk_readme_rst", "Credentials can be passed explicitly::\n\n    client = boto3.client('s3', aws_access_key_id='⟪A⟫', aws_secret_access_key='⟪S⟫')\n\nbut environment variables are preferred.\n",
      "EXAMPLE-suffixed keys in SDK docs", A=doc_akia(), S=rs(AN + "/", 30) + "EXAMPLEKEY")
    N(c, "terraform_docs_markdown", "```hcl\nprovider \"aws\" {\n  access_key = \"⟪A⟫\"\n  secret_key = \"⟪S⟫\"\n}\n```\n> Hard-coded credentials are not recommended.\n",
      "provider docs with EXAMPLE keys", A=doc_akia(), S=rs(AN + "/", 30) + "EXAMPLEKEY")
    jwtio = jwt_hs256({"sub": "1234567890", "name": "John Doe", "iat": 1516239022}, "your-256-bit-secret")
    N(c, "blog_post_markdown", "A JWT has three parts. Paste this sample into the debugger at jwt.io to see them:\n\n    ⟪J⟫\n\nThe signature is verified with the secret `your-256-bit-secret`.\n",
      "jwt.io sample token (computed from the documented inputs)", J=jwtio)
    N(c, "rfc_text", "   Authorization: Basic ⟪B⟫\n\n   where the user-id is \"Aladdin\" and the password is \"open sesame\".\n",
      "RFC 7617 example (computed)", B=b64e(b"Aladdin:open sesame"))
    N(c, "rfc_text", "     HTTP/1.1 200 OK\n     Content-Type: application/json;charset=UTF-8\n     Cache-Control: no-store\n\n     {\n       \"access_token\":\"2YotnFZFEjr1zCsicMWpAA\",\n       \"token_type\":\"example\",\n       \"expires_in\":3600,\n       \"refresh_token\":\"tGzv3JOkF0XG5Qx2TlKWIA\"\n     }\n",
      "RFC 6749 section 5.1 example response")
    N(c, "rfc_text", "     GET /resource HTTP/1.1\n     Host: server.example.com\n     Authorization: Bearer mF_9.B5f-4.1JqM\n",
      "RFC 6750 example bearer token")
    N(c, "rfc_test_vectors", "Appendix D - HOTP Algorithm: Test Values\n\n   The following test data uses the ASCII string\n   \"12345678901234567890\" for the secret:\n\n   Secret = 0x⟪H⟫\n",
      "RFC 4226 test secret", H=b"12345678901234567890".hex())
    N(c, "api_docs_stripe_style", "```bash\ncurl https://api.stripe.com/v1/charges \\\n  -u ⟪K⟫: \\\n  -d amount=2000\n```\n\n// This is a public sample test API key. Don’t submit any personally identifiable information in requests made with this key.\n",
      "docs-style test-mode sample key with explicit public-sample notice", K="sk_test_" + rs(AN, 24))
    N(c, "man_page_roff", ".SH EXAMPLES\n.nf\nmysql \\-u root \\-p\\fIpassword\\fR db_name\n.fi\n.PP\nReplace \\fIpassword\\fR with the account password.\n", "man page with placeholder word")
    N(c, "openapi_spec_yaml", "components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n  examples:\n    key:\n      value: \"YOUR_API_KEY\"\n", "OpenAPI security scheme")
    N(c, "rfc_text", "   The following is an example of a JWS Protected Header:\n\n     {\"typ\":\"JWT\",\r\n      \"alg\":\"HS256\"}\n\n   Encoding this as BASE64URL gives: ⟪H⟫\n",
      "RFC 7515-style header encoding", H=b64u(b'{"typ":"JWT",\r\n "alg":"HS256"}'))
    N(c, "github_docs_markdown", "Personal access tokens (classic) start with `ghp_`, fine-grained tokens with `github_pat_`. Never share them.\n", "prefix documentation")
    N(c, "vendor_docs_html", "<p>Your key will look like <code>sk-proj-...</code>. Set it as <code>OPENAI_API_KEY</code>.</p>\n", "prefix with ellipsis in docs")
    # 2. placeholders and templates ----------------------------------------
    c = "placeholder_template"
    for cont, tpl in [
        ("dotenv_example", "# copy to .env and fill in\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nOPENAI_API_KEY=<your-openai-key>\nDB_PASSWORD=changeme\n"),
        ("helm_values", "auth:\n  password: \"{{ .Values.global.dbPassword }}\"\n  token: ${API_TOKEN}\n"),
        ("github_actions_workflow", "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_URL }}\n"),
        ("windows_batch", "set DB_PASSWORD=%DB_PASSWORD%\nset API_KEY=%1\n"),
        ("ansible_group_vars", "db_password: \"{{ vault_db_password }}\"\napi_key: \"{{ lookup('env', 'API_KEY') }}\"\n"),
        ("python_source", "API_KEY = os.environ[\"API_KEY\"]  # e.g. \"xxxxxxxxxxxxxxxxxxxxxxxx\"\nPASSWORD = getpass.getpass()\n"),
        ("readme_markdown", "Set `GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` before running.\n"),
        ("docker_compose", "environment:\n  POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set me}\n  REDIS_PASSWORD: ${REDIS_PASSWORD:-}\n"),
        ("terraform_tfvars_example", "db_password = \"REPLACE_ME\"\napi_token   = \"<token>\"\n"),
        ("k8s_secret_template", "stringData:\n  password: <base64-encoded-password>\n  token: TODO\n"),
        ("java_properties", "db.password=${DB_PASSWORD}\napi.secret=@api.secret@\n"),
        ("jinja_template", "password = {{ password }}\nsecret_key = {{ secret_key | default('') }}\n"),
        ("shell_script", "read -rsp 'Password: ' PASSWORD\nexport PGPASSWORD=\"$PASSWORD\"\n"),
        ("json_config", "{\"apiKey\": \"YOUR_API_KEY_HERE\", \"secret\": \"your-secret\", \"password\": \"********\"}\n"),
        ("nginx_conf", "proxy_set_header Authorization \"Bearer $http_x_upstream_token\";\n"),
        ("go_source", "token := os.Getenv(\"VAULT_TOKEN\") // hvs.xxxxxxxx\n"),
        ("sql_settings_insert", "INSERT INTO users (name, password) VALUES (:name, :password_hash);\n"),
        ("spring_application_yml", "spring:\n  datasource:\n    password: ${SPRING_DATASOURCE_PASSWORD:}\n"),
    ]:
        N(c, cont, tpl, "placeholders / template variables")
    # 3. publishable / public-by-design ---------------------------------------
    c = "publishable_public_key"
    N(c, "html_page", "<script src=\"https://js.stripe.com/v3/\"></script>\n<script>const stripe = Stripe('⟪K⟫');</script>\n", "Stripe publishable key", K="pk_live_51" + rs(AN, 97))
    N(c, "javascript_source", "mapboxgl.accessToken = '⟪K⟫';\nconst map = new mapboxgl.Map({container: 'map'});\n", "Mapbox public token", K=g_mapbox_public())
    N(c, "javascript_source", "const firebaseConfig = {\n  apiKey: \"⟪K⟫\",\n  authDomain: \"shop-⟪N⟫.firebaseapp.com\",\n  projectId: \"shop-⟪N⟫\",\n  appId: \"1:⟪P⟫:web:⟪A⟫\"\n};\n",
      "Firebase web config", K="AIza" + rs(AN + "-_", 35), N=str(ri(1000, 9999)), P=str(ri(10 ** 11, 10 ** 12)), A=rs(HEX, 22))
    N(c, "html_page", "<div class=\"g-recaptcha\" data-sitekey=\"⟪K⟫\"></div>\n", "reCAPTCHA site key", K="6L" + rs(AN + "-_", 38))
    N(c, "javascript_source", "const client = algoliasearch('⟪APP⟫', '⟪K⟫'); // search-only key\n", "Algolia search-only key", APP=rs(UPAN, 10), K=rs(HEX, 32))
    N(c, "python_source", "sentry_sdk.init(dsn=\"https://⟪K⟫@o⟪O⟫.ingest.sentry.io/⟪P⟫\", traces_sample_rate=0.1)\n", "Sentry DSN", K=rs(HEX, 32), O=str(ri(10 ** 5, 10 ** 6)), P=str(ri(10 ** 6, 10 ** 7)))
    N(c, "dotenv", "NEXT_PUBLIC_SUPABASE_URL=https://⟪R⟫.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=⟪K⟫\n", "Supabase anon key", R=rs(LO, 20), K=g_supabase_anon())
    N(c, "json_config", "{\"web\":{\"client_id\":\"⟪K⟫\",\"project_id\":\"crm-app\",\"auth_uri\":\"https://accounts.google.com/o/oauth2/auth\",\"redirect_uris\":[\"https://crm.example.com/cb\"]}}\n",
      "Google OAuth client id (no secret)", K=nb_google_client_id()[1])
    N(c, "dotenv", "NEXT_PUBLIC_POSTHOG_KEY=⟪K⟫\nNEXT_PUBLIC_POSTHOG_HOST=https://eu.i.posthog.com\n", "PostHog project key", K="phc_" + rs(AN, 43))
    N(c, "dotenv", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=⟪K⟫\n", "Clerk publishable key", K=nb_clerk_pk()[1])
    N(c, "javascript_source", "const supabase = createClient(url, '⟪K⟫')\n", "Supabase publishable key", K="sb_publishable_" + rs(AN + "-_", 31))
    N(c, "html_page", "<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA⟪K⟫\"></div>\n", "Turnstile site key", K=rs(AN + "-_", 14))
    N(c, "html_page", "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-⟪K⟫\"></script>\n", "GA measurement id", K=rs(UPAN, 10))
    N(c, "yaml_config", "oauth:\n  github:\n    client_id: Iv1.⟪K⟫\n    callback: https://ci.example.com/auth/github\n", "GitHub App client id", K=rs(HEX, 16))
    N(c, "appsettings_json", "{\"AzureAd\":{\"Instance\":\"https://login.microsoftonline.com/\",\"TenantId\":\"⟪T⟫\",\"ClientId\":\"⟪C⟫\"}}\n", "Entra tenant/client ids", T=uuid4(), C=uuid4())
    N(c, "javascript_source", "const checkout = await AdyenCheckout({ clientKey: 'live_⟪K⟫', environment: 'live' });\n", "Adyen client key (public)", K=rs(UPAN, 32))
    N(c, "swift_source", "let config = PaymentSheet.Configuration()\nStripeAPI.defaultPublishableKey = \"⟪K⟫\"\n", "Stripe test publishable key in iOS app", K="pk_test_" + rs(AN, 99))
    N(c, "kotlin_source", "Razorpay checkout = new Razorpay(\"⟪K⟫\")\n", "Razorpay key id", K="rzp_live_" + rs(AN, 14))
    N(c, "dotenv", "PAYSTACK_PUBLIC_KEY=⟪K⟫\nLD_CLIENT_SIDE_ID=⟪L⟫\n", "public payment key + LD client id", K="pk_live_" + rs(HEX, 40), L=rs(HEX, 24))
    N(c, "html_page", "<script src=\"https://maps.googleapis.com/maps/api/js?key=⟪K⟫&callback=initMap\" async></script>\n", "browser Maps JS key (referrer-restricted, public by design)", K="AIza" + rs(AN + "-_", 35))
    # 4. secret-manager references -----------------------------------------
    c = "secret_manager_reference"
    for cont, tpl in [
        ("dotenv_1password", "DATABASE_PASSWORD=op://Production/Postgres/password\nSTRIPE_SECRET_KEY=op://Production/Stripe/credential\n"),
        ("yaml_config", "db_password: vault:secret/data/prod/db#password\n"),
        ("github_actions_workflow", "      - run: ./deploy.sh\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n"),
        ("cloudformation_yaml", "MasterUserPassword: '{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-1:⟪A⟫:secret:prod/rds-⟪S⟫:SecretString:password}}'\n"),
        ("ecs_task_definition_json", "{\"secrets\":[{\"name\":\"DB_PASSWORD\",\"valueFrom\":\"arn:aws:secretsmanager:us-east-1:⟪A⟫:secret:db-pass-⟪S⟫\"}]}\n"),
        ("azure_app_settings", "DbPassword=@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/DbPassword/)\n"),
        ("gcp_cloud_run_yaml", "env:\n- name: API_KEY\n  valueFrom:\n    secretKeyRef:\n      key: latest\n      name: projects/⟪N⟫/secrets/api-key\n"),
        ("k8s_deployment_yaml", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n"),
        ("external_secret_yaml", "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n  - secretKey: token\n    remoteRef:\n      key: prod/vendor\n      property: api_token\n"),
        ("jenkinsfile_groovy", "withCredentials([string(credentialsId: 'sonar-token', variable: 'SONAR_TOKEN')]) {\n  sh 'mvn sonar:sonar -Dsonar.login=$SONAR_TOKEN'\n}\n"),
        ("docker_compose", "secrets:\n  db_password:\n    file: ./secrets/db_password.txt\nservices:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n"),
        ("ansible_playbook_task", "- set_fact:\n    db_pass: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/db:password') }}\"\n"),
        ("berglas_env", "API_KEY=berglas://my-secrets-bucket/api-key\nSM_REF=sm://my-project/db-password\n"),
        ("aws_ssm_reference", "DB_PASSWORD={{resolve:ssm-secure:/prod/db/password:3}}\n"),
        ("serverless_yml", "environment:\n  STRIPE_KEY: ${ssm:/prod/stripe/secret}\n  SENTRY: ${env:SENTRY_DSN}\n"),
        ("doppler_cli_history", "doppler run --project api --config prd -- npm start\n"),
        ("spring_application_yml", "spring:\n  cloud:\n    vault:\n      uri: https://vault.internal:8200\n      authentication: KUBERNETES\ndb:\n  password: ${vault.db.password}\n"),
        ("sops_config_yaml", "creation_rules:\n  - path_regex: secrets/.*\\.yaml\n    kms: arn:aws:kms:eu-west-1:⟪A⟫:key/⟪U⟫\n"),
    ]:
        N(c, cont, tpl, "reference to a secret store, not a secret", A=str(ri(10 ** 11, 10 ** 12 - 1)), S=rs(AN, 6), N=str(ri(10 ** 11, 10 ** 12)), U=uuid4())
    # 5. hashes / digests --------------------------------------------------
    c = "hash_digest"
    N(c, "sha256sums_file", "⟪A⟫  app-linux-amd64.tar.gz\n⟪B⟫  app-darwin-arm64.tar.gz\n", "release checksums", A=rs(HEX, 64), B=rs(HEX, 64))
    N(c, "package_lock_json", "\"node_modules/lodash\": {\n  \"version\": \"4.17.21\",\n  \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n  \"integrity\": \"sha512-⟪I⟫\"\n}\n", "npm integrity", I=b64e(rbytes(64)))
    N(c, "go_sum", "github.com/pkg/errors v0.9.1 h1:⟪A⟫\ngithub.com/pkg/errors v0.9.1/go.mod h1:⟪B⟫\n", "go.sum", A=b64e(rbytes(32)), B=b64e(rbytes(32)))
    N(c, "cargo_lock", "[[package]]\nname = \"serde\"\nversion = \"1.0.203\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"⟪A⟫\"\n", "Cargo.lock checksum", A=rs(HEX, 64))
    N(c, "requirements_txt_hashes", "requests==2.32.3 \\\n    --hash=sha256:⟪A⟫ \\\n    --hash=sha256:⟪B⟫\n", "pip hashes", A=rs(HEX, 64), B=rs(HEX, 64))
    N(c, "git_lfs_pointer", "version https://git-lfs.github.com/spec/v1\noid sha256:⟪A⟫\nsize 18446\n", "LFS pointer", A=rs(HEX, 64))
    N(c, "ssh_keygen_fingerprint", "256 SHA256:⟪A⟫ deploy@ci-runner (ED25519)\n", "SSH key fingerprint", A=b64e(rbytes(32)).rstrip("="))
    N(c, "openssl_x509_output", "SHA256 Fingerprint=⟪A⟫\n", "certificate fingerprint", A=":".join(rs(HEXU, 2) for _ in range(32)))
    N(c, "md5sum_output", "⟪A⟫  backup-2025-01-01.sql.gz\n", "md5", A=rs(HEX, 32))
    N(c, "gpg_list_keys", "pub   ed25519 2024-03-01 [SC]\n      ⟪A⟫\nuid           [ultimate] Release Signing <release@example.org>\n", "PGP fingerprint", A=rs(HEXU, 40))
    N(c, "terraform_lock_hcl", "provider \"registry.terraform.io/hashicorp/aws\" {\n  version = \"5.42.0\"\n  hashes = [\n    \"h1:⟪A⟫\",\n    \"zh:⟪B⟫\",\n  ]\n}\n", "provider hashes", A=b64e(rbytes(32)), B=rs(HEX, 64))
    N(c, "django_migration_log", "password_hash_check: pbkdf2 iterations=870000 digest=sha256 result_len=32\ncontent_hash=⟪A⟫\n", "content hash next to secret-ish words", A=rs(HEX, 64))
    N(c, "bazel_workspace", "http_archive(\n    name = \"rules_go\",\n    sha256 = \"⟪A⟫\",\n    urls = [\"https://github.com/bazelbuild/rules_go/releases/download/v0.46.0/rules_go-v0.46.0.zip\"],\n)\n", "bazel sha256", A=rs(HEX, 64))
    N(c, "nix_flake_lock", "\"nixpkgs\": {\"locked\": {\"narHash\": \"sha256-⟪A⟫\", \"rev\": \"⟪B⟫\", \"type\": \"github\"}}\n", "flake.lock", A=b64e(rbytes(32)), B=rs(HEX, 40))
    N(c, "subresource_manifest_json", "{\"main.js\": \"sha384-⟪A⟫\"}\n", "SRI manifest", A=b64e(rbytes(48)))
    # 6. UUIDs / request ids ----------------------------------------------
    c = "uuid_request_id"
    N(c, "http_response_headers", "HTTP/2 200\nx-request-id: ⟪A⟫\nx-amzn-trace-id: Root=1-⟪T⟫-⟪B⟫\ntraceparent: 00-⟪C⟫-⟪D⟫-01\n", "request/trace ids", A=uuid4(), T=rs(HEX, 8), B=rs(HEX, 24), C=rs(HEX, 32), D=rs(HEX, 16))
    N(c, "json_structured_log", "{\"level\":\"info\",\"msg\":\"token refreshed\",\"request_id\":\"⟪A⟫\",\"session_id_hash\":\"⟪B⟫\",\"user_id\":⟪N⟫}\n", "ids near the word token", A=uuid4(), B=rs(HEX, 16), N=str(ri(1, 99999)))
    N(c, "kubectl_get_pod_yaml", "metadata:\n  name: api-7d9c6b5f8-x2k4q\n  uid: ⟪A⟫\n  resourceVersion: \"⟪N⟫\"\n", "k8s uid", A=uuid4(), N=str(ri(10 ** 6, 10 ** 8)))
    N(c, "azure_cli_output_json", "{\"id\":\"/subscriptions/⟪A⟫/resourceGroups/rg-prod\",\"tenantId\":\"⟪B⟫\",\"name\":\"rg-prod\"}\n", "subscription/tenant ids", A=uuid4(), B=uuid4())
    N(c, "stripe_webhook_event_json", "{\"id\":\"evt_⟪A⟫\",\"object\":\"event\",\"data\":{\"object\":{\"id\":\"pi_⟪B⟫\",\"customer\":\"cus_⟪C⟫\",\"client_secret\":null}}}\n", "Stripe object ids", A=rs(AN, 24), B=rs(AN, 24), C=rs(AN, 14))
    N(c, "mongo_shell_output", "{ _id: ObjectId('⟪A⟫'), apiKeyId: '⟪B⟫', lastUsed: ISODate('⟪T⟫Z') }\n", "ObjectId and key id", A=rs(HEX, 24), B=uuid4(), T=ts())
    N(c, "aws_cli_output_json", "{\"InstanceId\":\"i-⟪A⟫\",\"ImageId\":\"ami-⟪B⟫\",\"KeyName\":\"deploy-key\",\"SubnetId\":\"subnet-⟪C⟫\"}\n", "AWS resource ids", A=rs(HEX, 17), B=rs(HEX, 17), C=rs(HEX, 17))
    N(c, "twilio_message_json", "{\"sid\":\"SM⟪A⟫\",\"account_sid\":\"AC⟪B⟫\",\"messaging_service_sid\":\"MG⟪C⟫\",\"status\":\"delivered\"}\n", "Twilio SIDs", A=rs(HEX, 32), B=rs(HEX, 32), C=rs(HEX, 32))
    N(c, "sentry_issue_url", "https://acme.sentry.io/issues/⟪N⟫/events/⟪A⟫/\n", "Sentry event id", N=str(ri(10 ** 9, 10 ** 10)), A=rs(HEX, 32))
    N(c, "idempotency_header_dump", "POST /v1/payouts HTTP/1.1\nIdempotency-Key: ⟪A⟫\nX-Correlation-ID: ⟪B⟫\n", "idempotency/correlation keys", A=uuid4(), B=rs(AN, 26))
    N(c, "slack_api_response_json", "{\"ok\":true,\"channel\":\"C0⟪A⟫\",\"ts\":\"⟪E⟫.000200\",\"message\":{\"bot_id\":\"B0⟪B⟫\",\"team\":\"T0⟪C⟫\"}}\n", "Slack ids", A=rs(UPAN, 9), B=rs(UPAN, 9), C=rs(UPAN, 9), E=str(epoch()))
    N(c, "ulid_log", "job=⟪A⟫ state=succeeded secret_name=db-password version_id=⟪B⟫\n", "ULID and version ids next to secret words", A=rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26), B=uuid4())
    # 7. image digests ------------------------------------------------------
    c = "image_digest"
    N(c, "docker_pull_output", "latest: Pulling from library/nginx\nDigest: sha256:⟪A⟫\nStatus: Downloaded newer image for nginx:latest\n", "docker pull digest", A=rs(HEX, 64))
    N(c, "dockerfile", "FROM python:3.12-slim@sha256:⟪A⟫\n", "pinned base image", A=rs(HEX, 64))
    N(c, "kubectl_get_pod_yaml", "containerStatuses:\n- image: registry.example.io/api:3.2.0\n  imageID: registry.example.io/api@sha256:⟪A⟫\n  containerID: containerd://⟪B⟫\n", "imageID/containerID", A=rs(HEX, 64), B=rs(HEX, 64))
    N(c, "cosign_verify_output", "[{\"critical\":{\"image\":{\"docker-manifest-digest\":\"sha256:⟪A⟫\"},\"type\":\"cosign container image signature\"}}]\n", "cosign", A=rs(HEX, 64))
    N(c, "helm_values", "image:\n  repository: ghcr.io/acme/worker\n  digest: sha256:⟪A⟫\n", "helm digest", A=rs(HEX, 64))
    N(c, "oci_index_json", "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"sha256:⟪A⟫\",\"size\":1234}]}\n", "OCI index", A=rs(HEX, 64))
    N(c, "docker_images_output", "REPOSITORY   TAG     IMAGE ID       CREATED       SIZE\napi          3.2.0   ⟪A⟫   2 days ago    182MB\n", "image id", A=rs(HEX, 12))
    N(c, "github_actions_log", "2025-03-11T09:20:00.0000000Z #12 pushing manifest for ghcr.io/acme/api:sha-⟪S⟫@sha256:⟪A⟫\n", "buildx push", S=rs(HEX, 7), A=rs(HEX, 64))
    # 8. base64 that is not a secret ------------------------------------------
    c = "base64_not_secret"
    N(c, "html_page", "<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ⟪A⟫\">\n", "data URI image", A=b64e(rbytes(90)))
    N(c, "k8s_configmap", "apiVersion: v1\nkind: ConfigMap\nbinaryData:\n  favicon.ico: ⟪A⟫\n", "binaryData", A=b64e(rbytes(120)))
    N(c, "javascript_source", "//# sourceMappingURL=data:application/json;base64,⟪A⟫\n", "inline source map", A=b64e(jdump({"version": 3, "sources": ["app.ts"], "mappings": "AAAA,SAAS" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ,;", 40)}).encode()))
    N(c, "email_eml", "Content-Type: application/pdf; name=\"invoice.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjcKJeLjz9MK⟪A⟫\n", "PDF attachment", A=b64e(rbytes(57)))
    N(c, "json_config", "{\"featureFlags\":\"⟪A⟫\"}\n", "base64 of non-secret JSON", A=b64e(jdump({"darkMode": True, "beta": ["search", "export"]}).encode()))
    N(c, "saml_metadata_xml", "<md:EntityDescriptor entityID=\"https://idp.example.com\"><md:IDPSSODescriptor><md:KeyDescriptor use=\"signing\"><ds:X509Certificate>⟪A⟫</ds:X509Certificate></md:KeyDescriptor></md:IDPSSODescriptor></md:EntityDescriptor>\n", "SAML signing cert", A="".join(KEYS["cert_pem"].splitlines()[1:-1]))
    N(c, "protobuf_debug_log", "rpc=GetFeed payload_b64=⟪A⟫ bytes=48\n", "serialized protobuf", A=b64e(rbytes(48)))
    N(c, "jwt_header_only_doc", "Header: ⟪A⟫ (decodes to {\"alg\":\"RS256\",\"typ\":\"JWT\"})\n", "JWT header alone", A=b64u(jdump({"alg": "RS256", "typ": "JWT"}).encode()))
    N(c, "css_source", "@font-face { font-family: 'Icons'; src: url(data:font/woff2;base64,d09GMgABAAAAA⟪A⟫) format('woff2'); }\n", "font data URI", A=b64e(rbytes(96)))
    N(c, "wireshark_export", "Frame 12: 98 bytes on wire\nData (56 bytes) base64: ⟪A⟫\n", "packet payload", A=b64e(rbytes(56)))
    N(c, "grafana_dashboard_json", "{\"panels\":[{\"type\":\"text\",\"options\":{\"content\":\"⟪A⟫\",\"mode\":\"markdown\"}}]}\n", "base64 markdown content", A=b64e("## Latency\nSee runbook section 3.".encode()))
    # 9. masked values ------------------------------------------------------
    c = "masked_value"
    N(c, "github_actions_log", "2025-03-11T09:14:02Z   NPM_TOKEN: ***\n2025-03-11T09:14:03Z npm publish --access public\n", "masked in Actions log")
    N(c, "stripe_dashboard_text", "Secret key   sk_live_…⟪A⟫   Last used 2 hours ago   [Reveal]\n", "truncated key", A=rs(AN, 4))
    N(c, "cli_output", "Token: ghp_************************************⟪A⟫\n", "masked GitHub token", A=rs(AN, 4))
    N(c, "json_structured_log", "{\"msg\":\"connecting\",\"dsn\":\"postgres://app:[REDACTED]@db:5432/app\"}\n", "redacted")
    N(c, "heroku_config_output", "=== app Config Vars\nDATABASE_URL: postgres://u:••••••••@host/db\nSECRET_KEY_BASE: ********\n", "bullets")
    N(c, "git_filter_repo_output", "password=***REMOVED***\napi_key=***REMOVED***\n", "BFG replacement marker")
    N(c, "aws_cli_output_json", "{\"AccessKeyMetadata\":[{\"AccessKeyId\":\"AKIA****************\",\"Status\":\"Active\"}]}\n", "masked key id")
    N(c, "support_ticket", "Customer shared their key ending in …⟪A⟫; I asked them to rotate it.\n", "last-4 only", A=rs(AN, 4))
    N(c, "vercel_env_ls_output", "name                 value               environments\nDATABASE_URL         Encrypted           Production\nOPENAI_API_KEY       Encrypted           Production, Preview\n", "encrypted marker")
    N(c, "kubectl_describe_secret", "Name:         db-credentials\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  8 bytes\n", "describe shows sizes only")
    N(c, "terraform_plan_output", "      + password = (sensitive value)\n      + token    = (sensitive value)\n", "sensitive marker")
    N(c, "slack_export_json", "[{\"text\":\"new key is sk-proj-...xyz, I'll DM you the full one\"}]\n", "elided key in chat")
    N(c, "mysql_cli_output", "Enter password: ********\nWelcome to the MySQL monitor.\n", "prompt with asterisks")
    # 10. prose about passwords without any password ------------------------
    c = "prose_no_password"
    for cont, tpl in [
        ("email_body", "Hi,\n\nyour password will expire in 7 days. Please choose a new password with at least 12 characters.\n"),
        ("chat_message_plain", "[10:12] Tom: I forgot my password again, can you reset it?\n"),
        ("support_ticket", "User cannot log in: \"invalid password\". Reset link sent.\n"),
        ("security_policy_markdown", "## Passwords\n- Minimum length: 14\n- Rotation: only on compromise\n- Never share your password or API token in chat.\n"),
        ("html_page", "<label for=\"pw\">Password</label><input id=\"pw\" type=\"password\" name=\"password\" autocomplete=\"current-password\">\n"),
        ("python_source", "if not check_password(user, password):\n    raise AuthError(\"wrong password\")\n"),
        ("de_email_body", "Bitte geben Sie Ihr Passwort niemals telefonisch weiter.\n"),
        ("fr_chat", "J'ai changé le mot de passe du wifi, je te l'envoie par SMS.\n"),
        ("es_forum", "¿Alguien sabe cómo recuperar la contraseña del router sin resetearlo?\n"),
        ("ja_chat", "パスワードを忘れたので、リセットをお願いします。\n"),
        ("ru_chat", "Пароль поменял, новый скажу лично.\n"),
        ("i18n_po_file", "msgid \"Password\"\nmsgstr \"Passwort\"\n\nmsgid \"Enter your API token\"\nmsgstr \"Geben Sie Ihr API-Token ein\"\n"),
        ("react_component_tsx", "<input type=\"password\" placeholder=\"Enter password\" value={password} onChange={e => setPassword(e.target.value)} />\n"),
        ("changelog_markdown", "### Fixed\n- Password reset emails were not sent when the token had expired.\n- Rotate API keys from the settings page.\n"),
        ("sql_ddl", "CREATE TABLE users (\n  id bigserial PRIMARY KEY,\n  password_hash text NOT NULL,\n  api_token_digest bytea\n);\n"),
    ]:
        N(c, cont, tpl, "talks about passwords/tokens, contains none")
    # 11. visibly fake fixtures --------------------------------------------
    c = "fake_fixture"
    for cont, tpl in [
        ("python_test_source", "def test_login(client):\n    resp = client.post('/login', data={'user': 'alice', 'password': 'not-a-real-password'})\n    assert resp.status_code == 200\n"),
        ("javascript_test_source", "const FAKE_TOKEN = 'xoxb-fake-token-for-tests';\nit('posts', () => expect(post(FAKE_TOKEN)).resolves.toBeOk());\n"),
        ("go_test_source", "func TestAuth(t *testing.T) {\n\ttok := \"ghp_000000000000000000000000000000000000\"\n\tif _, err := parse(tok); err == nil { t.Fatal(\"expected checksum error\") }\n}\n"),
        ("ruby_spec", "let(:api_key) { 'dummy-api-key' }\nlet(:secret) { 'test-secret' }\n"),
        ("vcr_cassette_yaml", "request:\n  headers:\n    Authorization:\n    - Bearer <REDACTED_TOKEN>\n"),
        ("java_test_source", "private static final String TEST_PASSWORD = \"password\";\nprivate static final String MOCK_KEY = \"mock-key-123\";\n"),
        ("fixtures_json", "{\"users\":[{\"name\":\"test\",\"password\":\"test\"},{\"name\":\"demo\",\"password\":\"demo\"}]}\n"),
        ("pytest_conftest", "os.environ.setdefault(\"STRIPE_SECRET_KEY\", \"sk_test_fake\")\nos.environ.setdefault(\"AWS_ACCESS_KEY_ID\", \"testing\")\nos.environ.setdefault(\"AWS_SECRET_ACCESS_KEY\", \"testing\")\n"),
        ("docker_compose_dev", "environment:\n  POSTGRES_PASSWORD: postgres\n  POSTGRES_USER: postgres\n"),
        ("localstack_env", "AWS_ACCESS_KEY_ID=test\nAWS_SECRET_ACCESS_KEY=test\nAWS_ENDPOINT_URL=http://localhost:4566\n"),
        ("rust_test_source", "#[test]\nfn rejects_bad_prefix() {\n    assert!(parse(\"sk-ant-api03-FAKEFAKEFAKE\").is_err());\n}\n"),
        ("php_test_source", "$this->post('/login', ['email' => 'user@example.com', 'password' => 'secret'])->assertRedirect('/home');\n"),
        ("csharp_test_source", "var options = new Options { ApiKey = \"00000000-0000-0000-0000-000000000000\" };\n"),
        ("storybook_story_tsx", "export const Filled = { args: { token: 'abc123', password: 'hunter2' } };\n"),
        ("mock_server_yaml", "responses:\n  - path: /oauth/token\n    body: {access_token: example-access-token, refresh_token: example-refresh-token}\n"),
    ]:
        N(c, cont, tpl, "visibly fake test fixture")
    # 12. high-entropy non-secrets -----------------------------------------
    c = "high_entropy_non_secret"
    N(c, "git_log_oneline", "⟪A⟫ Merge pull request #812 from acme/fix-token-refresh\n⟪B⟫ rotate secrets docs\n", "commit SHAs", A=rs(HEX, 40), B=rs(HEX, 40))
    N(c, "html_page", "<script nonce=\"⟪N⟫\">window.__BOOT__=1</script>\n", "CSP nonce", N=b64e(rbytes(16)))
    N(c, "http_response_headers", "content-security-policy: script-src 'nonce-⟪N⟫' 'strict-dynamic'; object-src 'none'\n", "CSP header nonce", N=b64e(rbytes(18)))
    N(c, "html_page", "<script src=\"https://cdn.example.net/lib.min.js\" integrity=\"sha384-⟪I⟫\" crossorigin=\"anonymous\"></script>\n", "SRI integrity", I=b64e(rbytes(48)))
    N(c, "webpack_manifest_json", "{\"main.js\":\"/static/js/main.⟪A⟫.js\",\"vendor.js\":\"/static/js/vendor.⟪B⟫.chunk.js\"}\n", "content-hashed filenames", A=rs(HEX, 8), B=rs(HEX, 20))
    N(c, "http_response_headers", "etag: W/\"⟪A⟫\"\nx-cache-key: ⟪B⟫\n", "ETag", A=rs(HEX, 32), B=rs(HEX, 40))
    N(c, "ethereum_tx_json", "{\"from\":\"0x⟪A⟫\",\"to\":\"0x⟪B⟫\",\"hash\":\"0x⟪C⟫\"}\n", "public addresses / tx hash", A=rs(HEX, 40), B=rs(HEX, 40), C=rs(HEX, 64))
    N(c, "nix_store_path_log", "building '/nix/store/⟪A⟫-python3-3.12.4.drv'...\n", "Nix store hash", A=rs("0123456789abcdfghijklmnpqrsvwxyz", 32))
    N(c, "oauth_authorize_url", "https://auth.example.com/authorize?response_type=code&client_id=web&state=⟪S⟫&code_challenge=⟪C⟫&code_challenge_method=S256\n", "PKCE challenge/state", S=rs(AN, 32), C=b64u(rbytes(32)))
    N(c, "ipfs_cid_text", "pinned: bafybei⟪A⟫\n", "IPFS CID", A=rs("abcdefghijklmnopqrstuvwxyz234567", 52))
    N(c, "youtube_links_md", "- https://www.youtube.com/watch?v=⟪A⟫\n- https://youtu.be/⟪B⟫\n", "video ids", A=rs(AN + "-_", 11), B=rs(AN + "-_", 11))
    N(c, "android_signing_report", "Variant: release\nSHA1: ⟪A⟫\nSHA-256: ⟪B⟫\n", "app signing cert fingerprints", A=":".join(rs(HEXU, 2) for _ in range(20)), B=":".join(rs(HEXU, 2) for _ in range(32)))
    N(c, "solana_wallet_txt", "Deposit address: ⟪A⟫\n", "public base58 address", A=rs("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 44))
    N(c, "go_build_info", "build\tvcs.revision=⟪A⟫\nbuild\tvcs.time=⟪T⟫Z\nbuild\tvcs.modified=false\n", "vcs revision", A=rs(HEX, 40), T=ts())
    N(c, "cache_key_ci_yaml", "cache:\n  key: deps-⟪A⟫\n  paths: [node_modules]\n", "cache key", A=rs(HEX, 64))
    N(c, "random_seed_config", "seed: ⟪A⟫\nshuffle_salt_public: ⟪B⟫\n", "seeds/salts that are public config", A=str(ri(10 ** 9, 10 ** 10)), B=rs(HEX, 16))
    N(c, "wasm_hash_log", "compiled module hash=⟪A⟫ size=1.4MB\n", "module hash", A=rs(HEX, 64))
    # 13. public keys / certificates --------------------------------------
    c = "public_key_certificate"
    N(c, "pem_certificate_file", "⟪A⟫", "certificate", A=KEYS["cert_pem"])
    N(c, "pem_public_key_file", "⟪A⟫", "RSA public key", A=KEYS["rsa_pub_pem"])
    N(c, "authorized_keys", "⟪A⟫⟪B⟫", "authorized_keys", A=KEYS["ssh_ed25519_pub"], B=KEYS["ssh_rsa_pub"])
    N(c, "known_hosts", "github.com ⟪A⟫", "known_hosts line", A=" ".join(KEYS["ssh_ecdsa_pub"].split()[:2]) + "\n")
    N(c, "pgp_public_key_block", "⟪A⟫", "PGP public key", A=KEYS["pgp_pub_asc"])
    N(c, "csr_file", "⟪A⟫", "certificate signing request", A=KEYS["csr_pem"])
    jw = ec_jwk()
    N(c, "jwks_public_json", "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"sig-2025-01\",\"x\":\"⟪X⟫\",\"y\":\"⟪Y⟫\"}]}\n", "public JWKS (no d)", X=jw["x"], Y=jw["y"])
    N(c, "age_recipients_txt", "# backup recipients\nage1⟪A⟫\n", "age public key", A=rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))
    N(c, "wireguard_peer_conf", "[Peer]\nPublicKey = ⟪A⟫\nAllowedIPs = 10.8.0.3/32\n", "WireGuard public key", A=b64e(rbytes(32)))
    N(c, "dns_zone_file", "sel1._domainkey IN TXT ( \"v=DKIM1; k=rsa; \" \"p=⟪A⟫\" )\n", "DKIM public key", A="".join(KEYS["rsa_pub_pem"].splitlines()[1:-1]))
    N(c, "github_deploy_keys_api_json", "[{\"id\":⟪N⟫,\"key\":\"⟪A⟫\",\"title\":\"ci\",\"read_only\":true}]\n", "deploy key (public)", N=str(ri(10 ** 7, 10 ** 8)), A=KEYS["ssh_ed25519_b_pub"].strip())
    N(c, "minisign_pub", "untrusted comment: minisign public key ⟪K⟫\nRWQ⟪A⟫\n", "minisign public key", K=rs(HEXU, 16), A=b64e(rbytes(39)))
    N(c, "nginx_conf", "ssl_certificate     /etc/ssl/certs/shop.crt;\nssl_certificate_key /etc/ssl/private/shop.key;\nssl_trusted_certificate /etc/ssl/certs/chain.pem;\n", "paths to key files, no key material")
    N(c, "k8s_tls_secret_cert_only", "data:\n  ca.crt: ⟪A⟫\n", "CA cert only", A=b64e(KEYS["cert_pem"].encode()))
    # 14. empty password fields --------------------------------------------
    c = "empty_password"
    for cont, tpl in [
        ("dotenv", "DB_USER=app\nDB_PASSWORD=\nREDIS_PASSWORD=\n"),
        ("yaml_config", "smtp:\n  user: noreply\n  password: \"\"\n  token: null\n"),
        ("json_config", "{\"username\": \"guest\", \"password\": \"\", \"apiKey\": null}\n"),
        ("xml_config", "<datasource><user>sa</user><password></password></datasource>\n"),
        ("python_source", "conn = psycopg.connect(host=\"localhost\", user=\"dev\", password=\"\")\n"),
        ("ini_config", "[client]\nuser=root\npassword=\n"),
        ("docker_compose", "environment:\n  MYSQL_ALLOW_EMPTY_PASSWORD: \"yes\"\n  MYSQL_ROOT_PASSWORD: \"\"\n"),
        ("ansible_inventory_ini", "[lab]\npi ansible_user=pi ansible_password=''\n"),
        ("php_source", "'password' => '',\n'secret' => env('APP_SECRET', ''),\n"),
        ("toml_config", "[auth]\npassword = ''\ntoken = \"\"\n"),
        ("go_source", "cfg := Config{User: \"root\", Password: \"\"}\n"),
        ("shell_script", "mysql -u root --password= -e 'SHOW DATABASES'\n"),
    ]:
        N(c, cont, tpl, "empty or null credential field")
    # 15. timestamps / versions next to secret words -----------------------
    c = "version_timestamp_near_secret_word"
    for cont, tpl in [
        ("yaml_config", "token_expiry: ⟪T⟫Z\npassword_changed_at: ⟪E⟫\nsecret_version: 12\n"),
        ("dotenv", "TOKEN_TTL=3600\nPASSWORD_MIN_LENGTH=14\nSECRET_ROTATION_DAYS=90\n"),
        ("json_structured_log", "{\"msg\":\"api key rotated\",\"key_id\":⟪N⟫,\"rotated_at\":\"⟪T⟫Z\",\"next_rotation\":\"⟪T2⟫Z\"}\n"),
        ("package_json", "{\"dependencies\":{\"jsonwebtoken\":\"9.0.2\",\"passport\":\"0.7.0\",\"bcrypt\":\"5.1.1\"}}\n"),
        ("requirements_txt", "django-secret-key-rotation==1.4.0\nPyJWT==2.8.0\npasslib==1.7.4\n"),
        ("logfmt_log", "time=⟪T⟫Z msg=\"password reset requested\" attempts=3 lockout_seconds=900\n"),
        ("ini_config", "[auth]\ntoken_lifetime = 86400\nrefresh_token_lifetime = 2592000\npassword_hash_iterations = 600000\n"),
        ("k8s_secret_metadata", "metadata:\n  name: api-token\n  creationTimestamp: \"⟪T⟫Z\"\n  resourceVersion: \"⟪N⟫\"\n"),
        ("changelog_markdown", "## 4.18.2 - 2025-01-14\n- bump `secret-manager` to 2.7.1\n- token cache TTL now 300s\n"),
        ("java_properties", "security.jwt.token.expire-length=3600000\nsecurity.password.bcrypt.strength=12\n"),
        ("csv_audit_export", "event,key_id,timestamp\napi_key.created,⟪N⟫,⟪E⟫\npassword.changed,,⟪E2⟫\n"),
        ("sql_ddl", "ALTER TABLE api_keys ADD COLUMN expires_at timestamptz DEFAULT now() + interval '90 days';\n"),
    ]:
        N(c, cont, tpl, "secret words next to numbers/dates only", T=ts(), T2=ts(), E=str(epoch()), E2=str(epoch()), N=str(ri(1, 99999)))
    # 16. ciphertext / hashes of secrets -------------------------------------
    c = "ciphertext_or_password_hash"
    N(c, "sops_yaml", "db:\n    password: ENC[AES256_GCM,data:⟪D⟫,iv:⟪I⟫,tag:⟪T⟫,type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1⟪R⟫\n", "SOPS ciphertext",
      D=b64e(rbytes(18)), I=b64e(rbytes(32)), T=b64e(rbytes(16)), R=rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))
    hexlines = "\n".join(rs(HEX, 80) for _ in range(5))
    N(c, "ansible_vault_file", "$ANSIBLE_VAULT;1.1;AES256\n⟪H⟫\n", "Ansible Vault", H=hexlines)
    N(c, "ansible_group_vars", "db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          ⟪A⟫\n          ⟪B⟫\n", "inline vault", A=rs(HEX, 80), B=rs(HEX, 64))
    N(c, "sealed_secret_yaml", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: AgB⟪A⟫\n", "SealedSecret", A=b64e(rbytes(300)))
    N(c, "sql_users_dump", "INSERT INTO users VALUES (1,'alice','$2b$12$⟪A⟫');\n", "bcrypt hash", A=rs(AN + "./", 53))
    N(c, "python_source", "stored = \"$argon2id$v=19$m=65536,t=3,p=4$⟪S⟫$⟪H⟫\"\n", "argon2 hash", S=b64e(rbytes(16)).rstrip("="), H=b64e(rbytes(32)).rstrip("="))
    N(c, "etc_shadow", "deploy:$6$⟪S⟫$⟪H⟫:19800:0:99999:7:::\n", "sha512-crypt", S=rs(AN + "./", 16), H=rs(AN + "./", 86))
    N(c, "jenkins_credentials_xml", "<password>{AQAAABAAAAAw⟪A⟫}</password>\n", "Jenkins-encrypted value", A=b64e(rbytes(60)))
    N(c, "age_encrypted_file", "-----BEGIN AGE ENCRYPTED FILE-----\n⟪A⟫\n⟪B⟫\n-----END AGE ENCRYPTED FILE-----\n", "age armor", A=b64e(rbytes(48)), B=b64e(rbytes(30)))
    N(c, "pgp_message_block", "-----BEGIN PGP MESSAGE-----\n\n⟪A⟫\n=⟪C⟫\n-----END PGP MESSAGE-----\n", "PGP message", A=b64e(rbytes(48)), C=b64e(rbytes(3)))
    N(c, "kms_encrypt_output_json", "{\"CiphertextBlob\":\"AQICAH⟪A⟫\",\"KeyId\":\"arn:aws:kms:eu-west-1:⟪N⟫:key/⟪U⟫\"}\n", "KMS ciphertext", A=b64e(rbytes(150)), N=str(ri(10 ** 11, 10 ** 12)), U=uuid4())
    N(c, "rails_credentials_yml_enc", "⟪A⟫--⟪B⟫--⟪C⟫\n", "Rails encrypted credentials", A=b64e(rbytes(120)), B=b64e(rbytes(12)), C=b64e(rbytes(16)))
    N(c, "vault_transit_output", "Key           Value\n---           -----\nciphertext    vault:v1:⟪A⟫\n", "Vault transit ciphertext", A=b64e(rbytes(40)))
    N(c, "htpasswd_file", "admin:$apr1$⟪S⟫$⟪H⟫\nops:{SHA}⟪X⟫\n", "htpasswd hashes", S=rs(AN, 8), H=rs(AN + "./", 22), X=b64e(rbytes(20)))
    N(c, "django_dumpdata_json", "{\"model\":\"auth.user\",\"fields\":{\"username\":\"admin\",\"password\":\"pbkdf2_sha256$870000$⟪S⟫$⟪H⟫\"}}\n", "Django password hash", S=rs(AN, 22), H=b64e(rbytes(32)))
    N(c, "mosquitto_passwd_hashed", "sensor-gw:$7$101$⟪S⟫$⟪H⟫\n", "mosquitto hashed passwd", S=b64e(rbytes(12)), H=b64e(rbytes(64)))
    N(c, "postgres_pg_authid_dump", "rolname | rolpassword\napp     | SCRAM-SHA-256$4096:⟪S⟫$⟪A⟫:⟪B⟫\n", "SCRAM verifier", S=b64e(rbytes(16)), A=b64e(rbytes(32)), B=b64e(rbytes(32)))
    N(c, "cisco_ios_running_config", "enable secret 9 $9$⟪S⟫$⟪H⟫\nusername admin privilege 15 secret 8 $8$⟪S2⟫$⟪H2⟫\n", "Cisco type 8/9 hashes",
      S=rs(AN + "./", 14), H=rs(AN + "./", 43), S2=rs(AN + "./", 14), H2=rs(AN + "./", 43))
    N(c, "jasypt_spring_properties", "spring.datasource.password=ENC(⟪A⟫)\n", "jasypt ciphertext (master password absent)", A=b64e(rbytes(48)))
    N(c, "mysql_user_table", "| app  | % | *⟪A⟫ |\n", "mysql_native_password hash", A=rs(HEXU, 40))


def gen_negatives_more():
    c = "documentation_example"
    N(c, "aws_docs_markdown", "Example policy output:\n\n    \"AccessKeyId\": \"⟪A⟫\",\n    \"SecretAccessKey\": \"⟪S⟫\"\n\nThese example values are not real.\n", "EXAMPLE pair in JSON docs", A=doc_akia(), S=rs(AN + "/", 30) + "EXAMPLEKEY")
    N(c, "rfc_text", "   For example, if the user name is \"Mufasa\" and the password is \"Circle Of Life\", then\n   HA1 = MD5(\"Mufasa:http-auth@example.org:Circle of Life\") = ⟪H⟫\n",
      "RFC 7616-style digest example (computed)", H=hashlib.md5(b"Mufasa:http-auth@example.org:Circle of Life").hexdigest())
    N(c, "rfc_test_vectors", "   Secret (SHA256 mode) = ⟪H⟫\n   Time (sec) 59 -> TOTP 46119246\n", "RFC 6238 SHA256 seed (computed)", H=b"12345678901234567890123456789012".hex())
    N(c, "python_docs_rst", ".. code-block:: python\n\n   >>> import hmac, hashlib\n   >>> hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.sha256).hexdigest()\n   '⟪H⟫'\n",
      "HMAC doc example (computed)", H=hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256).hexdigest())
    N(c, "k8s_docs_markdown", "```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: mysecret\ntype: Opaque\ndata:\n  username: ⟪U⟫\n  password: ⟪P⟫\n```\nThe values are base64 of `admin` and `1f2d1e2e67df`.\n",
      "Kubernetes docs sample secret (computed)", U=b64e(b"admin"), P=b64e(b"1f2d1e2e67df"))
    N(c, "slack_docs_markdown", "Incoming webhook URLs look like `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`.\n", "zeroed sample webhook")
    N(c, "docker_docs_markdown", "```console\n$ echo \"$MY_PASSWORD\" | docker login --username foo --password-stdin\n```\n", "password via stdin in docs")
    c = "placeholder_template"
    for cont, tpl in [
        ("env_sample_file", "# .env.sample\nSENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSLACK_BOT_TOKEN=xoxb-your-bot-token\n"),
        ("cookiecutter_json", "{\"project_name\": \"demo\", \"secret_key\": \"{{ random_ascii_string(50) }}\", \"db_password\": \"{{ cookiecutter.db_password }}\"}\n"),
        ("powershell_script", "$cred = Get-Credential -UserName 'CORP\\svc' -Message 'Enter password'\n"),
        ("curl_docs_snippet", "curl -H \"Authorization: Bearer $TOKEN\" -u \"$USER:$PASS\" https://api.example.com\n"),
        ("xml_config", "<password>${env.DB_PASSWORD}</password>\n<apiKey>[[API_KEY]]</apiKey>\n"),
    ]:
        N(c, cont, tpl, "placeholders / template variables")
    c = "publishable_public_key"
    N(c, "html_page", "<div class=\"h-captcha\" data-sitekey=\"⟪K⟫\"></div>\n", "hCaptcha site key", K=uuid4())
    N(c, "javascript_source", "window.intercomSettings = { api_base: 'https://api-iam.intercom.io', app_id: '⟪K⟫' };\n", "Intercom app id", K=rs(LOAN, 8))
    N(c, "android_strings_xml", "<string name=\"google_maps_key\" translatable=\"false\">⟪K⟫</string>\n<string name=\"facebook_app_id\">⟪F⟫</string>\n", "mobile SDK ids (public, restricted)", K="AIza" + rs(AN + "-_", 35), F=str(ri(10 ** 14, 10 ** 15)))
    N(c, "javascript_source", "braintree.client.create({ authorization: 'production_⟪A⟫_⟪B⟫' });\n", "Braintree tokenization key (client-side by design)", A=rs(LOAN, 8), B=rs(LOAN, 16))
    c = "secret_manager_reference"
    N(c, "terraform_source", "data \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id = \"arn:aws:secretsmanager:eu-west-1:⟪A⟫:secret:prod/db-⟪S⟫\"\n}\npassword = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)[\"password\"]\n",
      "Terraform reads secret by ARN", A=str(ri(10 ** 11, 10 ** 12 - 1)), S=rs(AN, 6))
    N(c, "gitlab_ci_yaml", "deploy:\n  secrets:\n    DATABASE_PASSWORD:\n      vault: production/db/password@ops\n  script: ./deploy.sh\n", "GitLab CI vault secret")
    N(c, "infisical_cli_history", "infisical run --env=prod --path=/api -- node server.js\n", "Infisical runner")
    c = "hash_digest"
    N(c, "sha1sum_output", "⟪A⟫  firmware-v2.1.bin\n", "sha1", A=rs(HEX, 40))
    N(c, "maven_sha1_file", "⟪A⟫\n", "maven .sha1 file", A=rs(HEX, 40))
    N(c, "composer_lock_json", "{\"name\":\"monolog/monolog\",\"dist\":{\"type\":\"zip\",\"shasum\":\"⟪A⟫\",\"reference\":\"⟪B⟫\"}}\n", "composer refs", A=rs(HEX, 40), B=rs(HEX, 40))
    N(c, "password_breach_check_log", "hibp range query prefix=⟪P⟫ matches=0 (k-anonymity; no password stored)\n", "HIBP prefix", P=rs(HEXU, 5))
    c = "uuid_request_id"
    N(c, "github_webhook_headers", "X-GitHub-Delivery: ⟪A⟫\nX-GitHub-Event: push\nX-Hub-Signature-256: sha256=⟪S⟫\n", "delivery id + HMAC signature (not the secret)", A=uuid4(), S=rs(HEX, 64))
    N(c, "stripe_signature_header", "Stripe-Signature: t=⟪E⟫,v1=⟪S⟫\n", "webhook signature header (derived value, not the secret)", E=str(epoch()), S=rs(HEX, 64))
    N(c, "opentelemetry_span_json", "{\"traceId\":\"⟪A⟫\",\"spanId\":\"⟪B⟫\",\"name\":\"auth.verify_token\",\"attributes\":{\"token.type\":\"bearer\"}}\n", "trace ids near auth words", A=rs(HEX, 32), B=rs(HEX, 16))
    N(c, "azure_devops_build_log", "##[section]Starting: Build\nAgent machine name: 'fv-az⟪N⟫'\nBuild id: ⟪B⟫  Job id: ⟪J⟫\n", "job ids", N=str(ri(100, 999)), B=str(ri(10 ** 5, 10 ** 6)), J=uuid4())
    N(c, "cloudtrail_event_json", "{\"eventName\":\"GetSecretValue\",\"requestID\":\"⟪A⟫\",\"eventID\":\"⟪B⟫\",\"requestParameters\":{\"secretId\":\"prod/db\"}}\n", "CloudTrail ids", A=uuid4(), B=uuid4())
    N(c, "apple_developer_ids", "TEAM_ID=⟪T⟫\nBUNDLE_ID=com.acme.field\nKEY_ID=⟪K⟫\n", "Apple team/key ids (the .p8 key itself is absent)", T=rs(UPAN, 10), K=rs(UPAN, 10))
    c = "image_digest"
    N(c, "docker_buildx_output", "#15 exporting manifest sha256:⟪A⟫ done\n#15 exporting config sha256:⟪B⟫ done\n", "buildx export", A=rs(HEX, 64), B=rs(HEX, 64))
    N(c, "kustomization_yaml", "images:\n- name: api\n  newName: ghcr.io/acme/api\n  digest: sha256:⟪A⟫\n", "kustomize digest", A=rs(HEX, 64))
    N(c, "renovate_pr_body", "| Package | Update | Change |\n|---|---|---|\n| node | digest | `⟪A⟫` -> `⟪B⟫` |\n", "digest update table", A=rs(HEX, 7), B=rs(HEX, 7))
    N(c, "skopeo_inspect_json", "{\"Name\":\"quay.io/acme/worker\",\"Digest\":\"sha256:⟪A⟫\",\"Layers\":[\"sha256:⟪B⟫\"]}\n", "skopeo", A=rs(HEX, 64), B=rs(HEX, 64))
    N(c, "containerd_ctr_output", "REF                          TYPE                                    DIGEST\ndocker.io/library/redis:7    application/vnd.oci.image.index.v1+json sha256:⟪A⟫\n", "ctr images", A=rs(HEX, 64))
    N(c, "podman_ps_json", "[{\"Id\":\"⟪A⟫\",\"ImageID\":\"⟪B⟫\",\"Names\":[\"web\"]}]\n", "podman ids", A=rs(HEX, 64), B=rs(HEX, 64))
    c = "base64_not_secret"
    N(c, "eml_inline_image", "Content-Type: image/gif\nContent-Transfer-Encoding: base64\n\nR0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==\n", "1x1 gif")
    N(c, "yaml_config", "banner_b64: ⟪A⟫\n", "base64 of a banner text", A=b64e("Welcome to the staging environment. Be nice.".encode()))
    N(c, "kubeconfig_yaml", "clusters:\n- cluster:\n    certificate-authority-data: ⟪A⟫\n    server: https://10.0.0.1:6443\n", "CA data only (public)", A=b64e(KEYS["cert_pem"].encode()))
    N(c, "protobuf_descriptor_ts", "const FILE_DESCRIPTOR = \"⟪A⟫\";\n", "serialized descriptor", A=b64e(rbytes(140)))
    N(c, "github_api_contents_json", "{\"name\":\"README.md\",\"encoding\":\"base64\",\"content\":\"⟪A⟫\"}\n", "file contents API", A=b64e("# Project\n\nBuild with make.\n".encode()))
    N(c, "webauthn_attestation_json", "{\"id\":\"⟪A⟫\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"⟪B⟫\"}}\n", "WebAuthn public credential id / client data", A=b64u(rbytes(64)), B=b64u(jdump({"type": "webauthn.create", "challenge": b64u(rbytes(32)), "origin": "https://example.com"}).encode()))
    N(c, "terraform_state_json", "{\"attributes\":{\"user_data_base64\":\"⟪A⟫\"}}\n", "cloud-init user data without secrets", A=b64e("#cloud-config\npackage_update: true\npackages: [nginx]\n".encode()))
    c = "masked_value"
    N(c, "gitlab_ci_job_log", "$ echo $DEPLOY_TOKEN\n[MASKED]\n", "GitLab masked variable")
    N(c, "circleci_step_output", "Using token ****************a1b2\n", "masked with last 4", )
    N(c, "aws_console_text", "Secret access key: ****************************************  Show\n", "console masked")
    N(c, "azure_cli_output_json", "{\"password\": null, \"passwordCredentials\": [{\"hint\": \"⟪H⟫\", \"keyId\": \"⟪K⟫\"}]}\n", "Entra secret hint + key id", H=rs(AN, 3), K=uuid4())
    N(c, "doppler_secrets_table", "│ STRIPE_SECRET_KEY │ sk_live_51••••••••••••••• │\n", "masked table")
    c = "public_key_certificate"
    N(c, "ssh_ca_pub", "@cert-authority *.corp.example ⟪A⟫", "SSH CA line", A=KEYS["ssh_ecdsa_pub"])
    N(c, "gpg_armor_in_readme", "Import our release key:\n\n```\n⟪A⟫```\n", "PGP public block in README", A=KEYS["pgp_pub_asc"])
    N(c, "x5c_jwks_json", "{\"keys\":[{\"kty\":\"EC\",\"use\":\"sig\",\"x5c\":[\"⟪A⟫\"]}]}\n", "x5c certificate chain", A="".join(KEYS["cert_pem"].splitlines()[1:-1]))
    N(c, "tor_onion_hostname", "⟪A⟫.onion\n", "onion address (public)", A=rs("abcdefghijklmnopqrstuvwxyz234567", 56))
    c = "empty_password"
    for cont, tpl in [("netrc_file", "machine ci.example.org login anonymous password \"\"\n"),
                      ("pgpass_file", "localhost:5432:*:postgres:\n"),
                      ("wpa_supplicant_conf", "network={\n\tssid=\"OpenCafe\"\n\tkey_mgmt=NONE\n}\n"),
                      ("ruby_source", "Redis.new(url: ENV.fetch('REDIS_URL'), password: nil)\n")]:
        N(c, cont, tpl, "empty credential")
    c = "version_timestamp_near_secret_word"
    for cont, tpl in [("gemfile_lock", "    devise (4.9.4)\n    jwt (2.8.2)\n    bcrypt (3.1.20)\n"),
                      ("helm_chart_yaml", "apiVersion: v2\nname: vault-secrets-operator\nversion: 0.9.1\nappVersion: \"0.9.1\"\n"),
                      ("openssl_version_output", "OpenSSL 3.0.13 30 Jan 2024 (Library: OpenSSL 3.0.13 30 Jan 2024)\nsecret-key cache: disabled\n"),
                      ("cron_schedule_yaml", "rotate_api_keys:\n  schedule: \"0 3 1 * *\"\n  keep_versions: 2\n")]:
        N(c, cont, tpl, "secret words near versions/dates")
    c = "prose_no_password"
    for cont, tpl in [("it_email_body", "La password deve contenere almeno una lettera maiuscola e un numero.\n"),
                      ("pt_chat", "Esqueci a senha do e-mail, alguém pode me ajudar?\n"),
                      ("zh_chat", "请不要在群里发送密码或访问令牌。\n"),
                      ("ar_notice", "لا تشارك كلمة المرور مع أي شخص.\n"),
                      ("ko_notice", "비밀번호는 90일마다 변경해야 합니다.\n"),
                      ("pl_forum", "Zmieniłem hasło, ale aplikacja dalej pyta o stare.\n")]:
        N(c, cont, tpl, "multilingual prose without a password")
    c = "fake_fixture"
    for cont, tpl in [("python_test_source", "@mock.patch.dict(os.environ, {\"OPENAI_API_KEY\": \"sk-test-dummy\"})\ndef test_client(): ...\n"),
                      ("terraform_test_tfvars", "db_password = \"test-password-do-not-use\"\n"),
                      ("moto_fixture_py", "@pytest.fixture\ndef aws_credentials():\n    os.environ[\"AWS_ACCESS_KEY_ID\"] = \"testing\"\n    os.environ[\"AWS_SESSION_TOKEN\"] = \"testing\"\n"),
                      ("elixir_test_exs", "config :acme, Acme.Vendor, api_key: \"fake-key\"\n"),
                      ("kotlin_test_source", "val token = \"xoxb-0000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX\"\n")]:
        N(c, cont, tpl, "visibly fake fixture")
    c = "high_entropy_non_secret"
    N(c, "git_rebase_todo", "pick ⟪A⟫ add token refresh\npick ⟪B⟫ fix password reset email\n", "short SHAs near secret words", A=rs(HEX, 7), B=rs(HEX, 7))
    N(c, "bitcoin_invoice_txt", "Pay to: bc1q⟪A⟫\nAmount: 0.0021 BTC\n", "public bech32 address", A=rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38))
    N(c, "s3_object_listing", "2025-02-01 10:00:01   1048576 uploads/⟪A⟫/⟪B⟫.jpg\n", "random object keys", A=uuid4(), B=rs(HEX, 32))
    c = "ciphertext_or_password_hash"
    N(c, "fortigate_config", "config system admin\n    edit \"admin\"\n        set password ENC ⟪A⟫\n    next\nend\n", "FortiOS ENC value", A=b64e(rbytes(60)))
    N(c, "juniper_config", "system {\n    root-authentication {\n        encrypted-password \"$6$⟪S⟫$⟪H⟫\";\n    }\n}\n", "Junos encrypted-password", S=rs(AN + "./", 8), H=rs(AN + "./", 86))


# ---------------------------------------------------------------------------
# Assembly, checks, output
# ---------------------------------------------------------------------------
CRC_TYPES = ("github_pat_classic", "github_oauth_token", "github_user_to_server_token", "github_server_to_server_token",
             "github_refresh_token", "npm_access_token")
SELF_ID_TYPES = tuple(v[0] for v in VENDORS if v[3])


def reset():
    R.seed(SEED)
    del POS[:], EVA[:], NEG[:], _USED_PW[:]


# Container-name canonicalisation: specialised generators name the case, the corpus
# records the kind of container.
CANON = {
    'python_source_sdk_init': 'python_source',
    'python_source_pyjwt': 'python_source',
    'celery_config_py': 'python_source',
    'odbc_connection_python': 'python_source',
    'sqlalchemy_url_python': 'python_source',
    'python_dict_literal': 'python_source',
    'flask_app_py': 'python_source',
    'flask_bytes_literal': 'python_source',
    'node_source_jwt_sign': 'javascript_source',
    'express_app_js': 'javascript_source',
    'neo4j_config_js': 'javascript_source',
    'sequelize_init_js': 'javascript_source',
    'nodemailer_source': 'javascript_source',
    'go_source_jwt': 'go_source',
    'go_mysql_dsn': 'go_source',
    'clickhouse_dsn_go': 'go_source',
    'go_map_literal': 'go_source',
    'java_source_concat': 'java_source',
    'java_annotation': 'java_source',
    'php_pdo_source': 'php_source',
    'phpmailer_source': 'php_source',
    'php_array': 'php_source',
    'github_issue_paste': 'github_issue_markdown',
    'stackoverflow_answer': 'stackoverflow_post_markdown',
    'stackoverflow_question_md': 'stackoverflow_post_markdown',
    'readme_snippet': 'markdown_readme',
    'markdown_bold_label': 'markdown_readme',
    'ci_variable_dump': 'shell_session_transcript',
    'terraform_output_raw': 'shell_session_transcript',
    'tar_extract_stdout': 'shell_session_transcript',
    'k8s_sa_token_mount_cat': 'shell_session_transcript',
    'ldap_debug_transcript': 'shell_session_transcript',
    'nmcli_transcript': 'shell_session_transcript',
    'oc_login_transcript': 'shell_session_transcript',
    'vault_login_transcript': 'shell_session_transcript',
    'svn_checkout_log': 'shell_session_transcript',
    'cf_cli_history': 'bash_history',
    'influx_cli_history': 'bash_history',
    'oracle_sqlplus_history': 'bash_history',
    'k3s_install_history': 'bash_history',
    'tailscale_up_history': 'bash_history',
    'gpg_batch_script': 'shell_script',
    'lftp_mirror_script': 'shell_script',
    'rdp_launcher_script': 'shell_script',
    'ipmitool_script': 'shell_script',
    'rabbitmq_setup_script': 'shell_script',
    'truenas_api_script': 'shell_script',
    'proxmox_api_curl': 'shell_script',
    'argocd_login_cmd': 'shell_script',
    'etcdctl_command': 'shell_script',
    'impacket_command': 'shell_script',
    'keytool_command': 'shell_script',
    'mosquitto_pub_cmd': 'shell_script',
    'cloudflared_service_install': 'shell_script',
    'sqlcmd_batch': 'shell_script',
    'curl_command_cookie': 'shell_script',
    'authjs_env': 'dotenv',
    'hasura_env': 'dotenv',
    'laravel_env': 'dotenv',
    'metabase_env': 'dotenv',
    'n8n_docker_env': 'dotenv',
    'nextauth_env': 'dotenv',
    'strapi_env': 'dotenv',
    'symfony_env_local': 'dotenv',
    'unity_ci_env': 'dotenv',
    'wrangler_r2_env': 'dotenv',
    'smtp_url_env': 'dotenv',
    'dotenv_escaped_pem': 'dotenv',
    'mastodon_env_production': 'dotenv',
    'codeigniter_env': 'dotenv',
    'proxy_env_export': 'shell_env_file',
    'restic_env_file': 'shell_env_file',
    'scaleway_config_yaml': 'yaml_config',
    'home_assistant_secrets_yaml': 'yaml_config',
    'nats_url_yaml': 'yaml_config',
    'gitlab_integration_yaml': 'yaml_config',
    'yaml_block_scalar_secret': 'yaml_config',
    'ngrok_yml': 'yaml_config',
    'yaml_flow_mapping': 'yaml_config',
    'alertmanager_slack_config': 'alertmanager_yml',
    'jhipster_application_yml': 'spring_application_yml',
    'aliyun_cli_config_json': 'json_config',
    'minio_mc_config_json': 'json_config',
    'twilio_cli_profile_json': 'json_config',
    'uptime_kuma_backup_json': 'json_config',
    'webflow_form_settings_json': 'json_config',
    'couchdb_replication_json': 'json_config',
    'http_request_cookie_django': 'http_request_dump',
    'http_basic_auth_header': 'http_request_dump',
    'set_cookie_response': 'http_response_dump',
    'http_response_json': 'http_response_dump',
    'har_cookie_entry': 'har_entry',
    'licence_email_txt': 'email_body',
    'azure_sas_url_email': 'email_body',
    's3_presigned_url_in_chat': 'chat_message_plain',
    'handover_note_txt': 'plain_text_note',
    'thunderbird_setup_note': 'plain_text_note',
    'apple_app_specific_password_note': 'plain_text_note',
    'nextcloud_app_password_note': 'plain_text_note',
    'otpauth_uri_in_notes': 'plain_text_note',
    'meeting_notes_txt': 'plain_text_note',
    'gcs_signed_url_log': 'application_log_text',
    'oss_signed_url_log': 'application_log_text',
    'plex_url_log': 'application_log_text',
    'gitlab_session_cookie_log': 'application_log_text',
    'websocket_url_log': 'application_log_text',
    'ci_log_docker_run': 'ci_build_log',
    'ci_log_mysqldump': 'ci_build_log',
    'android_build_log': 'ci_build_log',
    'maven_cli_ci': 'ci_build_log',
    'pip_install_log': 'ci_build_log',
    'github_actions_run_step': 'github_actions_workflow',
    'gitlab_ci_script': 'gitlab_ci_yaml',
    'cron_job_line': 'crontab',
    'fstab_line': 'fstab',
    'systemd_exec_start': 'systemd_unit',
    'dockerfile_run': 'dockerfile',
    'it_asset_spreadsheet_csv': 'csv_file',
    'csv_password_export': 'csv_file',
    'csv_key_value': 'csv_file',
    'csv_settings_export': 'csv_file',
    'tsv_inventory': 'tsv_file',
    'tab_separated_kv': 'tsv_file',
    'k8s_tls_secret_stringdata': 'k8s_secret_stringdata',
    'vault_operator_init_output': 'cli_command_output',
    'docker_swarm_init_output': 'cli_command_output',
    'kubeadm_init_output': 'cli_command_output',
    'aws_cli_create_access_key_json': 'aws_cli_json_output',
    'aws_sts_assume_role_json': 'aws_cli_json_output',
    'aws_ssm_get_parameter_json': 'aws_cli_json_output',
    'cloudfront_signed_url': 'html_page',
    'forum_post_bbcode': 'forum_post',
    'cue_struct': 'cue_config',
    'hcl_map': 'terraform_hcl',
    'terraform_provider_block': 'terraform_hcl',
    'hcl_terraform_variable': 'terraform_hcl',
    'phoenix_prod_secret_exs': 'elixir_config',
    'elixir_keyword_map': 'elixir_source',
    'kotlin_map_of': 'kotlin_source',
    'swift_dictionary': 'swift_source',
    'ruby_hash': 'ruby_source',
    'lua_table': 'lua_source',
    'perl_hash': 'perl_source',
    'r_list': 'r_source',
    'powershell_hashtable': 'powershell_script',
    'sql_key_value_insert': 'sql_statement',
    'sql_settings_insert': 'sql_statement',
    'toml_quoted_key': 'toml_config',
    'wordpress_salts_php': 'wp_config_php',
}


def generate():
    reset()
    pair_vendors()
    gen_cloud_pairs()
    gen_private_keys()
    gen_cli_passwords()
    gen_connection_strings()
    gen_sql_ddl()
    gen_credential_files()
    gen_tables_and_forms()
    gen_framework_secrets()
    gen_webhooks_etc()
    gen_generic_names()
    gen_prose()
    gen_evasions()
    gen_negatives()
    gen_negatives_more()
    pos_out, eva_out, neg_out = [], [], []
    for i, r in enumerate(POS, 1):
        sp = sorted(r["spans"], key=lambda s: s["start"])
        pos_out.append({"id": "p6-pos-%04d" % i, "type": sp[0]["type"], "container": CANON.get(r["container"], r["container"]), "text": r["text"],
                        "secrets": sp, "source": r["source"]})
    for i, r in enumerate(EVA, 1):
        sp = sorted(r["spans"], key=lambda s: s["start"])
        eva_out.append({"id": "p6-eva-%04d" % i, "type": sp[0]["type"], "container": CANON.get(r["container"], r["container"]), "encoding": r["encoding"],
                        "text": r["text"], "secrets": sp, "source": r["source"]})
    for i, r in enumerate(NEG, 1):
        neg_out.append({"id": "p6-neg-%04d" % i, "class": r["class"], "container": CANON.get(r["container"], r["container"]), "text": r["text"],
                        "source": r["source"]})
    return pos_out, eva_out, neg_out


def _plain_decodes(value, plain):
    """True if `plain` is a recognised decoding of the positive span `value`."""
    cands = [value]
    for f in (lambda v: base64.b64decode(v, validate=True).decode(),
              lambda v: urllib.parse.unquote(v),
              lambda v: urllib.parse.unquote_plus(v),
              lambda v: json.loads('"' + v + '"'),
              lambda v: re.sub(r"\n[ ]+", "\n", v),
              lambda v: bytes(int(h, 16) for h in re.findall(r"\\x([0-9a-f]{2})", v)).hex(),
              lambda v: v.replace(" ", "").upper(),
              lambda v: "".join(a or b for a, b in re.findall(r"\"([^\"]*)\"|'([^']*)'", v)).replace("\\n", "\n")):
        try:
            cands.append(f(value))
        except Exception:
            pass
    return plain in cands or plain.rstrip("\n") in [c.rstrip("\n") for c in cands]


def check_all(pos_out, eva_out, neg_out):
    problems = []

    def bad(msg):
        problems.append(msg)

    allvals = {}
    for rec in pos_out + eva_out:
        t = rec["text"]
        sp = rec["secrets"]
        if not sp:
            bad("%s: no spans" % rec["id"])
            continue
        if rec["type"] != sp[0]["type"]:
            bad("%s: record type != first span type" % rec["id"])
        prev_end = -1
        for s in sp:
            if not (0 <= s["start"] < s["end"] <= len(t)):
                bad("%s: span out of range" % rec["id"])
            if t[s["start"]:s["end"]] != s["value"]:
                bad("%s: offset mismatch" % rec["id"])
            if s["start"] < prev_end:
                bad("%s: overlapping spans" % rec["id"])
            prev_end = s["end"]
            if s["value"] != s["value"].strip():
                bad("%s: span has surrounding whitespace" % rec["id"])
            if s["type"] in CRC_TYPES:
                tok = s.get("plain", s["value"]) if rec["id"].startswith("p6-eva") else s["value"]
                if not crc_ok(tok):
                    bad("%s: bad CRC checksum %s" % (rec["id"], tok))
            allvals.setdefault(s["value"], []).append(rec["id"])
        for s in sp:
            v = s["value"]
            if len(v) >= 6:
                n_spans = sum(1 for x in sp if x["value"] == v)
                if t.count(v) != n_spans:
                    bad("%s: value %r occurs unlabelled in text" % (rec["id"], v[:30]))
        if "⟪" in t or "⟫" in t:
            bad("%s: unfilled placeholder" % rec["id"])
        types = [s["type"] for s in sp]
        if "aws_access_key_id" in types and "aws_secret_access_key" not in types:
            bad("%s: AKIA labelled without its secret" % rec["id"])
    for rec in pos_out:
        for s in rec["secrets"]:
            if "plain" in s and not _plain_decodes(s["value"], s["plain"]):
                bad("%s: plain does not decode from value" % rec["id"])
    for rec in eva_out:
        for s in rec["secrets"]:
            if "plain" not in s:
                bad("%s: evasion span without plain" % rec["id"])
                continue
            try:
                dec = decode(rec["encoding"], s["value"])
            except Exception as e:  # pragma: no cover
                bad("%s: decode error %s" % (rec["id"], e))
                continue
            if dec != s["plain"]:
                bad("%s: decode(%s) != plain" % (rec["id"], rec["encoding"]))
            if s["value"] == s["plain"]:
                bad("%s: evasion value not encoded" % rec["id"])
            if s["type"] not in SELF_ID_TYPES:
                bad("%s: evasion uses a non-self-identifying type" % rec["id"])
            allvals.setdefault(s["plain"], []).append(rec["id"])
    for v, ids in allvals.items():
        if len(set(ids)) > 1 and len(v) >= 8:
            bad("value reused across records %s" % ids[:3])
    negtext = "\n".join(r["text"] for r in neg_out)
    for v in allvals:
        if len(v) >= 8 and v in negtext:
            bad("positive value %r appears in negatives" % v[:30])
    for r in neg_out:
        if "⟪" in r["text"] or "⟫" in r["text"]:
            bad("%s: unfilled placeholder" % r["id"])
        for m in re.finditer(r"\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b", r["text"]):
            if crc_ok(m.group(0)):
                bad("%s: negative contains a checksum-valid token" % r["id"])
        if re.search(r"\bAKIA[A-Z2-7]{16}\b", r["text"]) and "EXAMPLE" not in r["text"]:
            bad("%s: negative contains a non-EXAMPLE AKIA id" % r["id"])
    for rec in pos_out + eva_out + neg_out:
        if json.loads(json.dumps(rec, ensure_ascii=False)) != rec:
            bad("%s: JSON round trip" % rec["id"])
    encs = {}
    for r in eva_out:
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    for e, n in encs.items():
        if n < 5:
            bad("encoding %s has only %d records" % (e, n))
    ptypes = sorted({s["type"] for r in pos_out for s in r["secrets"]})
    pconts = sorted({r["container"] for r in pos_out})
    if not 550 <= len(pos_out) <= 600:
        bad("positive count %d outside 550-600" % len(pos_out))
    if not 105 <= len(eva_out) <= 120:
        bad("evasion count %d outside 105-120" % len(eva_out))
    if not 280 <= len(neg_out) <= 320:
        bad("negative count %d outside 280-320" % len(neg_out))
    if len(ptypes) < 180:
        bad("only %d distinct credential types" % len(ptypes))
    if len(pconts) < 150:
        bad("only %d distinct positive containers" % len(pconts))
    return problems


def summary(pos_out, eva_out, neg_out):
    ptypes = {s["type"] for r in pos_out for s in r["secrets"]}
    etypes = {s["type"] for r in eva_out for s in r["secrets"]}
    pconts = {r["container"] for r in pos_out}
    allconts = pconts | {r["container"] for r in eva_out} | {r["container"] for r in neg_out}
    lines = [
        "positives: %d records, %d spans, %d distinct types, %d distinct containers" % (
            len(pos_out), sum(len(r["secrets"]) for r in pos_out), len(ptypes), len(pconts)),
        "evasions:  %d records, %d spans, %d encodings, %d types, %d containers" % (
            len(eva_out), sum(len(r["secrets"]) for r in eva_out), len({r["encoding"] for r in eva_out}), len(etypes),
            len({r["container"] for r in eva_out})),
        "negatives: %d records, %d classes, %d containers" % (
            len(neg_out), len({r["class"] for r in neg_out}), len({r["container"] for r in neg_out})),
        "all types (pos+eva): %d; all containers (all files): %d" % (len(ptypes | etypes), len(allconts)),
    ]
    enc = {}
    for r in eva_out:
        enc[r["encoding"]] = enc.get(r["encoding"], 0) + 1
    lines.append("encodings: " + ", ".join("%s=%d" % kv for kv in sorted(enc.items())))
    cls = {}
    for r in neg_out:
        cls[r["class"]] = cls.get(r["class"], 0) + 1
    lines.append("negative classes: " + ", ".join("%s=%d" % kv for kv in sorted(cls.items())))
    return "\n".join(lines)


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main():
    pos_out, eva_out, neg_out = generate()
    problems = check_all(pos_out, eva_out, neg_out)
    blobs = [serialise(x) for x in (pos_out, eva_out, neg_out)]
    again = [serialise(x) for x in generate()]
    if again != blobs:
        problems.append("second in-process generation differs (non-determinism)")
    if problems:
        for p in problems[:60]:
            print("CHECK FAILED:", p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    for name, blob in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), blobs):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(blob)
    print(summary(pos_out, eva_out, neg_out))
    for name, blob in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), blobs):
        print("%-16s sha256=%s" % (name, hashlib.sha256(blob.encode("utf-8")).hexdigest()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
