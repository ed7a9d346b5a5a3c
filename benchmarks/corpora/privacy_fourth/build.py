#!/usr/bin/env python3
"""privacy_fourth corpus builder.

Held-out evaluation corpus for a credential detector.  Python 3.11 standard
library only; deterministic (seeded PRNG, no hash-ordered iteration); every
credential-shaped value is generated here -- none is real.

Run:  python3 build.py        (writes secrets.jsonl, evasions.jsonl,
                               negatives.jsonl, README.md next to this file)
"""
import base64
import binascii
import codecs
import hashlib
import hmac
import html
import json
import os
import re
import random
import struct
import sys
import unicodedata
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(0x50F4)          # one master stream, consumed in fixed order

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
HX = "0123456789abcdef"
HXU = "0123456789ABCDEF"
AN = UP + LO + DG
ANL = LO + DG
ANU = UP + DG
B62 = DG + UP + LO                 # base62 alphabet used by GitHub/npm checksums
B64 = UP + LO + DG + "+/"
B64U = UP + LO + DG + "-_"
B32 = UP + "234567"


def rs(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return seq[R.randrange(len(seq))]


def rint(a, b):
    return R.randint(a, b)


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def b64(b):
    return base64.b64encode(b if isinstance(b, bytes) else b.encode()).decode()


def b64u(b, pad=False):
    s = base64.urlsafe_b64encode(b if isinstance(b, bytes) else b.encode()).decode()
    return s if pad else s.rstrip("=")


def uuid4():
    h = rs(32, HX)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ---------------------------------------------------------------- checksums
def base62(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_like(prefix):
    body = rs(30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def gh_like_ok(tok):
    pre, _, rest = tok.partition("_")
    body, cs = rest[:-6], rest[-6:]
    return len(rest) == 36 and base62(zlib.crc32(body.encode()) & 0xFFFFFFFF) == cs


def grafana_sa():
    body = "glsa_" + rs(32)
    return body + "_" + struct.pack("<I", zlib.crc32(body.encode()) & 0xFFFFFFFF).hex()


def grafana_sa_ok(t):
    return struct.pack("<I", zlib.crc32(t[:37].encode()) & 0xFFFFFFFF).hex() == t[38:]


def crc_tail(body):
    return body + format(zlib.crc32(body.encode()) & 0xFFFFFFFF, "08X")


def crc_tail_ok(t):
    return int(t[-8:], 16) == zlib.crc32(t[:-8].encode()) & 0xFFFFFFFF


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def bech32_encode(hrp, data8):
    acc = bits = 0
    data = []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    pm = _bech_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    cs = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + cs)


def bech32_ok(s):
    s = s.lower()
    hrp, _, d = s.rpartition("1")
    return _bech_polymod(_hrp_expand(hrp) + [BECH.index(c) for c in d]) == 1


# ---------------------------------------------------------------- JWT
def jwt(payload, alg="HS256", key=None, kid=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if kid:
        hdr["kid"] = kid
    h = b64u(json.dumps(hdr, separators=(",", ":")))
    p = b64u(json.dumps(payload, separators=(",", ":")))
    if alg == "HS256":
        sig = hmac.new((key or rs(32)).encode(), f"{h}.{p}".encode(), hashlib.sha256).digest()
    else:
        sig = rbytes(256)
    return f"{h}.{p}.{b64u(sig)}"


def ts():
    return 1700000000 + rint(0, 40000000)


# ---------------------------------------------------------------- generators
def g_aws_id(p="AKIA"):
    return p + rs(16, UP + "234567")


def g_aws_secret():
    return rs(40, AN + "+/")


def g_aws_session():
    return "IQoJb3JpZ2luX2Vj" + rs(rint(300, 380), AN + "+/") + "="


def g_openai():
    return "sk-proj-" + rs(74, AN + "-_") + "T3BlbkFJ" + rs(74, AN + "-_")


def g_anthropic(kind="api03"):
    return f"sk-ant-{kind}-" + rs(93, AN + "-_") + "AA"


def g_azdo():
    return rs(52) + "JQQJ99" + "BA" + pick("ABCD") + "A" * 14 + "S" + "AZDO" + rs(4)


def g_atlassian():
    return crc_tail("ATATT3xFfGF0" + rs(171, AN + "-_") + "=")


def g_bitbucket_app():
    return crc_tail("ATBB" + rs(24))


def g_age():
    return bech32_encode("age-secret-key-", rbytes(32)).upper()


def g_slack(kind):
    if kind == "xoxb":
        return f"xoxb-{rs(11, DG)}-{rs(13, DG)}-{rs(24)}"
    if kind == "xoxp":
        return f"xoxp-{rs(11, DG)}-{rs(12, DG)}-{rs(13, DG)}-{rs(32, HX)}"
    if kind == "xapp":
        return f"xapp-1-A{rs(10, ANU)}-{rs(13, DG)}-{rs(64, HX)}"
    return f"xoxe.xoxp-1-{rs(164, AN)}"


def g_discord_bot():
    uid = str(rint(10 ** 17, 10 ** 18 * 1.2))
    return b64(uid).rstrip("=") + "." + rs(6, AN + "-_") + "." + rs(38, AN + "-_")


def g_telegram():
    return f"{rint(10 ** 9, 8 * 10 ** 9)}:AA{rs(33, AN + '-_')}"


def g_fcm():
    return f"AAAA{rs(7, AN + '-_')}:APA91b{rs(134, AN + '-_')}"


def g_groq():
    return "gsk_" + rs(20) + "WGdyb3FY" + rs(24)


def g_jwt_user():
    return jwt({"sub": uuid4(), "iss": pick(["https://auth.acme-internal.net/", "api-gateway", "https://login.nimbus.io"]),
                "iat": ts(), "exp": ts() + 3600, "scope": pick(["read write", "admin", "orders:read"])})


def g_supabase_service():
    ref = rs(20, LO)
    return jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": ts(), "exp": ts() + 315360000})


def g_supabase_anon():
    ref = rs(20, LO)
    return jwt({"iss": "supabase", "ref": ref, "role": "anon", "iat": ts(), "exp": ts() + 315360000})


def g_k8s_sa():
    return jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": pick(["prod", "payments", "kube-system"]),
                "kubernetes.io/serviceaccount/service-account.name": pick(["ci-deployer", "argo-sync", "backup"]),
                "sub": "system:serviceaccount:prod:ci-deployer"}, alg="RS256", kid=rs(43, B64U))


def g_mapbox_sk():
    return "sk.eyJ1Ijoi" + rs(rint(40, 60), AN) + "." + rs(22, AN + "-_")


def g_mapbox_pk():
    return "pk.eyJ1Ijoi" + rs(50, AN) + "." + rs(22, AN + "-_")


def g_ya29():
    return "ya29.a0" + rs(150, AN + "-_")


def g_google_refresh():
    return "1//0" + rs(99, AN + "-_")


def g_vault_hvs():
    return "hvs.CAESI" + rs(86, AN + "-_")


def g_vault_hvb():
    return "hvb.AAAAAQ" + rs(140, AN + "-_")


def g_tf_cloud():
    return rs(14, ANL) + ".atlasv1." + rs(67, AN)


def g_azure_storage():
    return b64(rbytes(64))


def g_azure_ad_secret():
    return rs(3, AN) + pick(DG) + "Q~" + rs(34, AN + "_~.-")


def g_elastic_apikey():
    return b64(f"{rs(20, AN + '-_')}:{rs(22, AN + '-_')}")


def g_braintree():
    return f"access_token$production${rs(16, ANL)}${rs(32, HX)}"


def g_ngrok():
    return "2" + rs(26) + "_" + rs(21)


def g_human_pw():
    w1 = pick(["Summer", "Falcon", "Orchid", "Tiger", "Marble", "Copper", "Winter", "Harbor", "Maple", "Raven",
               "Lotus", "Comet", "Pepper", "Velvet", "Cobalt", "Bishop", "Zebra", "Dragon", "Nimbus", "Quartz"])
    w2 = pick(["river", "stone", "kite", "lamp", "rocket", "garden", "coffee", "pilot", "anchor", "tango",
               "violet", "crane", "bridge", "meadow", "ember", "canyon", "pixel", "walrus", "saffron", "glacier"])
    return pick([f"{w1}{w2.capitalize()}{rint(1, 99)}{pick('!@#$%&*?')}",
                 f"{w1}{pick('!@#_-.')}{rint(1990, 2026)}",
                 f"{w1.lower()}-{w2}-{rint(10, 999)}",
                 f"{w1[0]}{w2}{pick('@#!')}{rint(100, 9999)}{pick(['', 'x', 'Q'])}",
                 f"{pick(['P', 'p'])}@ss{w2}{rint(1, 99)}{pick('!?#')}",
                 f"{w2.capitalize()}{pick('$%&')}{w1}{rint(1, 9)}"])


def g_rand_pw(n=None):
    return rs(n or rint(14, 24), AN + "!#%*+-=?@^_~")


def g_app_password():
    return " ".join(rs(4, LO) for _ in range(4))


def g_wg():
    k = bytearray(rbytes(32))
    k[0] &= 248
    k[31] = (k[31] & 127) | 64
    return b64(bytes(k))


def g_fernet():
    return b64u(rbytes(32), pad=True)


def g_django():
    return "django-insecure-" + rs(50, LO + DG + "!@#$%^&*(-_=+)") if R.random() < 0.3 else rs(50, LO + DG + "!@#$%^&*(-_=+)")


def g_hex(n):
    return rs(n, HX)


def g_totp():
    return rs(32, B32)


# Vendor catalogue --------------------------------------------------------
# type, generator, env names, usage, reference, recognisable-without-context
VENDORS = []


def V(typ, gen, names, use=None, ref="", bare=True):
    VENDORS.append({"type": typ, "gen": gen, "names": names, "use": use, "ref": ref, "bare": bare})


GL = "gitleaks rule "
KF = "kingfisher rule "
TH = "trufflehog detector "
V("github-pat", lambda: gh_like("ghp_"), ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"], ("token", "api.github.com", "/user/repos"), GL + "github-pat; GitHub token-format blog (CRC32/base62 checksum)")
V("github-oauth-token", lambda: gh_like("gho_"), ["GITHUB_OAUTH_TOKEN", "GH_OAUTH"], ("bearer", "api.github.com", "/user"), GL + "github-oauth")
V("github-user-to-server-token", lambda: gh_like("ghu_"), ["GITHUB_USER_TOKEN"], ("bearer", "api.github.com", "/user/installations"), GL + "github-app-token")
V("github-app-installation-token", lambda: gh_like("ghs_"), ["GITHUB_APP_TOKEN", "GH_INSTALLATION_TOKEN"], ("bearer", "api.github.com", "/repos/acme/infra/contents"), GL + "github-app-token")
V("github-refresh-token", lambda: gh_like("ghr_"), ["GITHUB_REFRESH_TOKEN"], ("form", "github.com", "/login/oauth/access_token", "refresh_token"), GL + "github-refresh-token")
V("github-fine-grained-pat", lambda: "github_pat_" + rs(22, AN) + "_" + rs(59, AN), ["GITHUB_TOKEN", "GH_PAT"], ("bearer", "api.github.com", "/repos/acme/web/actions/runs"), GL + "github-fine-grained-pat")
V("gitlab-pat", lambda: "glpat-" + rs(20, AN + "-_"), ["GITLAB_TOKEN", "CI_PUSH_TOKEN", "GL_TOKEN"], ("header", "gitlab.com", "/api/v4/projects", "PRIVATE-TOKEN", "{}"), GL + "gitlab-pat")
V("gitlab-runner-token", lambda: "glrt-" + rs(20, AN + "-_"), ["RUNNER_TOKEN", "CI_SERVER_TOKEN"], ("cli", "gitlab-runner register --url https://gitlab.acme.dev --token {}"), GL + "gitlab-runner-authentication-token")
V("gitlab-deploy-token", lambda: "gldt-" + rs(20, AN + "-_"), ["GITLAB_DEPLOY_TOKEN"], ("basic-pass", "registry.gitlab.com", "/v2/", "gitlab+deploy-token-41"), GL + "gitlab-deploy-token")
V("gitlab-pipeline-trigger-token", lambda: "glptt-" + rs(40, HX), ["TRIGGER_TOKEN"], ("form", "gitlab.com", "/api/v4/projects/4411/trigger/pipeline", "token"), GL + "gitlab-ptt")
V("gitlab-feed-token", lambda: "glft-" + rs(20, AN + "-_"), ["GITLAB_FEED_TOKEN"], ("query", "gitlab.acme.dev", "/dashboard/issues.atom", "feed_token"), GL + "gitlab-feed-token")
V("gitlab-oauth-app-secret", lambda: "gloas-" + rs(64, AN + "-_"), ["GITLAB_APP_SECRET"], None, GL + "gitlab-oauth-app-secret")
V("gitlab-agent-token", lambda: "glagent-" + rs(50, AN + "-_"), ["KAS_AGENT_TOKEN"], ("cli", "helm upgrade --install gitlab-agent gitlab/gitlab-agent --set config.token={}"), GL + "gitlab-kubernetes-agent-token")
V("gitlab-cicd-job-token", lambda: "glcbt-" + rs(2, AN) + "_" + rs(20, AN + "-_"), ["CI_JOB_TOKEN"], ("header", "gitlab.acme.dev", "/api/v4/jobs/88120/artifacts", "JOB-TOKEN", "{}"), GL + "gitlab-cicd-job-token")
V("npm-access-token", lambda: gh_like("npm_"), ["NPM_TOKEN", "NODE_AUTH_TOKEN"], ("bearer", "registry.npmjs.org", "/-/whoami"), GL + "npm-access-token; npm token-format blog (CRC32)")
V("pypi-upload-token", lambda: "pypi-AgEIcHlwaS5vcmcCJ" + rs(rint(140, 180), AN + "-_"), ["PYPI_TOKEN", "TWINE_PASSWORD", "UV_PUBLISH_TOKEN"], None, GL + "pypi-upload-token")
V("rubygems-api-key", lambda: "rubygems_" + rs(48, HX), ["GEM_HOST_API_KEY", "RUBYGEMS_API_KEY"], ("header", "rubygems.org", "/api/v1/gems", "Authorization", "{}"), GL + "rubygems-api-token")
V("nuget-api-key", lambda: "oy2" + rs(43, ANL), ["NUGET_API_KEY"], ("cli", "dotnet nuget push bin/Release/Acme.Core.4.2.0.nupkg --api-key {} --source https://api.nuget.org/v3/index.json"), TH + "nugetapikey")
V("clojars-token", lambda: "CLOJARS_" + rs(60, ANL), ["CLOJARS_PASSWORD"], None, GL + "clojars-api-token")
V("crates-io-token", lambda: "cio" + rs(32, AN), ["CARGO_REGISTRY_TOKEN"], ("cli", "cargo login {}"), KF + "cratesio (shape guessed)")
V("dockerhub-pat", lambda: "dckr_pat_" + rs(27, AN + "-_"), ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], ("cli", "echo {} | docker login -u acmebuild --password-stdin"), KF + "docker hub pat")
V("artifactory-api-key", lambda: "AKCp" + rs(69, AN), ["ARTIFACTORY_API_KEY", "JFROG_API_KEY"], ("header", "acme.jfrog.io", "/artifactory/api/repositories", "X-JFrog-Art-Api", "{}"), GL + "artifactory-api-key")
V("artifactory-reference-token", lambda: "cmVmdGtuOjAxOjE3" + rs(48, AN), ["JFROG_ACCESS_TOKEN"], ("bearer", "acme.jfrog.io", "/artifactory/api/system/ping"), GL + "artifactory-reference-token")
V("sonarqube-token", lambda: "squ_" + rs(40, HX), ["SONAR_TOKEN"], ("cli", "mvn -B verify sonar:sonar -Dsonar.host.url=https://sonar.acme.dev -Dsonar.token={}"), GL + "sonar-api-token")
V("buildkite-agent-token", lambda: "bkua_" + rs(40, HX), ["BUILDKITE_API_TOKEN"], ("bearer", "api.buildkite.com", "/v2/organizations/acme/pipelines"), KF + "buildkite (prefix bkua_)")
V("circleci-token", lambda: "CCIPAT_" + rs(22, AN) + "_" + rs(40, HX), ["CIRCLE_TOKEN", "CIRCLECI_TOKEN"], ("header", "circleci.com", "/api/v2/me", "Circle-Token", "{}"), KF + "circleci personal token (shape partly guessed)")
V("travis-ci-token", lambda: rs(22, AN), ["TRAVIS_API_TOKEN"], ("header", "api.travis-ci.com", "/user", "Authorization", "token {}"), GL + "travisci-access-token", bare=False)
V("octopus-deploy-api-key", lambda: "API-" + rs(26, ANU), ["OCTOPUS_API_KEY"], ("header", "deploy.acme.dev", "/api/projects", "X-Octopus-ApiKey", "{}"), GL + "octopus-deploy-api-key")
V("pulumi-access-token", lambda: "pul-" + rs(40, HX), ["PULUMI_ACCESS_TOKEN"], ("header", "api.pulumi.com", "/api/user", "Authorization", "token {}"), GL + "pulumi-api-token")
V("terraform-cloud-token", lambda: g_tf_cloud(), ["TFE_TOKEN", "TF_TOKEN_app_terraform_io"], ("bearer", "app.terraform.io", "/api/v2/account/details"), GL + "hashicorp-tf-api-token")
V("vault-service-token", g_vault_hvs, ["VAULT_TOKEN"], ("header", "vault.acme.internal:8200", "/v1/secret/data/payments", "X-Vault-Token", "{}"), GL + "vault-service-token")
V("vault-batch-token", g_vault_hvb, ["VAULT_TOKEN"], ("header", "vault.acme.internal:8200", "/v1/kv/data/ci", "X-Vault-Token", "{}"), GL + "vault-batch-token")
V("doppler-service-token", lambda: "dp.st.prd." + rs(43, AN), ["DOPPLER_TOKEN"], ("cli", "doppler run --token {} -- ./bin/server"), KF + "doppler service token; docs.doppler.com auth-token-formats")
V("doppler-personal-token", lambda: "dp.pt." + rs(43, AN), ["DOPPLER_TOKEN"], ("basic-user", "api.doppler.com", "/v3/me"), GL + "doppler-api-token")
V("tailscale-auth-key", lambda: "tskey-auth-k" + rs(10, AN) + "CNTRL-" + rs(33, AN), ["TS_AUTHKEY", "TAILSCALE_AUTHKEY"], ("cli", "tailscale up --ssh --auth-key={} --advertise-tags=tag:ci"), KF + "tailscale (shape partly guessed)")
V("tailscale-api-key", lambda: "tskey-api-k" + rs(10, AN) + "CNTRL-" + rs(33, AN), ["TAILSCALE_API_KEY"], ("bearer", "api.tailscale.com", "/api/v2/tailnet/-/devices"), KF + "tailscale (shape partly guessed)")
V("1password-service-account-token", lambda: "ops_eyJ" + rs(260, AN + "+/") + "=", ["OP_SERVICE_ACCOUNT_TOKEN"], None, GL + "1password-service-account-token")
V("1password-secret-key", lambda: f"A3-{rs(6, ANU)}-{rs(6, ANU)}-{rs(5, ANU)}-{rs(5, ANU)}-{rs(5, ANU)}-{rs(5, ANU)}", ["OP_SECRET_KEY"], None, GL + "1password-secret-key")
V("age-secret-key", g_age, ["SOPS_AGE_KEY"], None, GL + "age-secret-key; age spec (bech32 with checksum)")
V("aws-secret-access-key", g_aws_secret, ["AWS_SECRET_ACCESS_KEY"], None, GL + "aws-access-token; AWS IAM docs", bare=False)
V("gcp-api-key", lambda: "AIza" + rs(35, AN + "-_"), ["GOOGLE_API_KEY", "GEMINI_API_KEY", "MAPS_SERVER_KEY"], ("query", "generativelanguage.googleapis.com", "/v1beta/models/gemini-1.5-flash:generateContent", "key"), GL + "gcp-api-key")
V("gcp-oauth-client-secret", lambda: "GOCSPX-" + rs(28, AN + "-_"), ["GOOGLE_CLIENT_SECRET"], None, KF + "google oauth client secret")
V("google-oauth-refresh-token", g_google_refresh, ["GOOGLE_REFRESH_TOKEN"], ("form", "oauth2.googleapis.com", "/token", "refresh_token"), TH + "googleoauth2 (1// refresh)")
V("google-oauth-access-token", g_ya29, ["GOOGLE_ACCESS_TOKEN"], ("bearer", "www.googleapis.com", "/drive/v3/files"), KF + "google oauth access token ya29.")
V("azure-storage-account-key", g_azure_storage, ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY"], None, KF + "azure storage; Azure docs (64-byte base64 key)", bare=False)
V("azure-ad-client-secret", g_azure_ad_secret, ["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET"], ("form", "login.microsoftonline.com", "/72f988bf-0000-4000-8000-2d7cd011db47/oauth2/v2.0/token", "client_secret"), GL + "azure-ad-client-secret")
V("azure-devops-pat", g_azdo, ["AZURE_DEVOPS_EXT_PAT", "AZDO_PAT", "SYSTEM_ACCESSTOKEN"], ("basic-pass", "dev.azure.com", "/acme/_apis/projects", ""), KF + "azure devops pat; MS release notes (84 chars, AZDO signature) -- fixed infix guessed")
V("azure-openai-api-key", lambda: rs(32, HX), ["AZURE_OPENAI_API_KEY"], ("header", "acme-eastus.openai.azure.com", "/openai/deployments/gpt4o/chat/completions?api-version=2024-06-01", "api-key", "{}"), KF + "azure openai", bare=False)
V("digitalocean-pat", lambda: "dop_v1_" + rs(64, HX), ["DIGITALOCEAN_TOKEN", "DO_TOKEN"], ("bearer", "api.digitalocean.com", "/v2/droplets"), GL + "digitalocean-pat")
V("digitalocean-oauth-token", lambda: "doo_v1_" + rs(64, HX), ["DIGITALOCEAN_ACCESS_TOKEN"], ("bearer", "api.digitalocean.com", "/v2/account"), GL + "digitalocean-access-token")
V("linode-token", lambda: rs(64, HX), ["LINODE_TOKEN", "LINODE_CLI_TOKEN"], ("bearer", "api.linode.com", "/v4/linode/instances"), TH + "linode", bare=False)
V("hetzner-cloud-token", lambda: rs(64, AN), ["HCLOUD_TOKEN"], ("bearer", "api.hetzner.cloud", "/v1/servers"), TH + "hetzner", bare=False)
V("vultr-api-key", lambda: rs(36, ANU), ["VULTR_API_KEY"], ("bearer", "api.vultr.com", "/v2/instances"), TH + "vultr", bare=False)
V("scaleway-secret-key", uuid4, ["SCW_SECRET_KEY"], ("header", "api.scaleway.com", "/instance/v1/zones/fr-par-1/servers", "X-Auth-Token", "{}"), KF + "scaleway (UUID secret, needs name)", bare=False)
V("ibm-cloud-api-key", lambda: rs(44, AN + "-_"), ["IBMCLOUD_API_KEY", "IC_API_KEY"], ("form", "iam.cloud.ibm.com", "/identity/token", "apikey"), TH + "ibmclouduserkey", bare=False)
V("cloudflare-api-token", lambda: rs(40, AN + "-_"), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], ("bearer", "api.cloudflare.com", "/client/v4/user/tokens/verify"), GL + "cloudflare-api-key", bare=False)
V("cloudflare-global-api-key", lambda: rs(37, HX), ["CLOUDFLARE_API_KEY", "CF_API_KEY"], ("header", "api.cloudflare.com", "/client/v4/zones", "X-Auth-Key", "{}"), GL + "cloudflare-global-api-key", bare=False)
V("cloudflare-origin-ca-key", lambda: "v1.0-" + rs(24, HX) + "-" + rs(146, HX), ["CF_ORIGIN_CA_KEY"], ("header", "api.cloudflare.com", "/client/v4/certificates", "X-Auth-User-Service-Key", "{}"), GL + "cloudflare-origin-ca-key")
V("flyio-token", lambda: "fo1_" + rs(43, AN + "-_"), ["FLY_API_TOKEN"], ("cli", "flyctl deploy --remote-only --access-token {}"), GL + "flyio-access-token")
V("heroku-api-key-v2", lambda: "HRKU-AA" + rs(58, AN + "-_"), ["HEROKU_API_KEY"], ("bearer", "api.heroku.com", "/apps"), GL + "heroku-api-key-v2")
V("heroku-api-key", uuid4, ["HEROKU_API_KEY"], ("bearer", "api.heroku.com", "/account"), GL + "heroku-api-key (UUID, needs name)", bare=False)
V("vercel-token", lambda: rs(24, AN), ["VERCEL_TOKEN"], ("cli", "vercel deploy --prod --token {}"), TH + "vercel", bare=False)
V("netlify-token", lambda: "nfp_" + rs(36, AN), ["NETLIFY_AUTH_TOKEN"], ("bearer", "api.netlify.com", "/api/v1/sites"), GL + "netlify-access-token (nfp_ prefix guessed)")
V("render-api-key", lambda: "rnd_" + rs(32, AN), ["RENDER_API_KEY"], ("bearer", "api.render.com", "/v1/services"), KF + "render (shape guessed)")
V("supabase-service-role-key", g_supabase_service, ["SUPABASE_SERVICE_ROLE_KEY"], ("header", "xyzcompany.supabase.co", "/rest/v1/profiles?select=*", "apikey", "{}"), "Supabase docs: service_role JWT is secret (anon is public)", bare=False)
V("supabase-access-token", lambda: "sbp_" + rs(40, HX), ["SUPABASE_ACCESS_TOKEN"], ("bearer", "api.supabase.com", "/v1/projects"), KF + "supabase sbp_")
V("planetscale-token", lambda: "pscale_tkn_" + rs(43, AN + "_"), ["PLANETSCALE_SERVICE_TOKEN"], None, GL + "planetscale-api-token")
V("planetscale-password", lambda: "pscale_pw_" + rs(43, AN + "_"), ["DATABASE_PASSWORD"], None, GL + "planetscale-password")
V("databricks-token", lambda: "dapi" + rs(32, HX), ["DATABRICKS_TOKEN"], ("bearer", "adb-5531203301.7.azuredatabricks.net", "/api/2.0/clusters/list"), GL + "databricks-api-token")
V("clickhouse-cloud-secret", lambda: "4b1d" + rs(38, AN), ["CLICKHOUSE_KEY_SECRET"], None, GL + "clickhouse-cloud-api-secret-key")
V("confluent-api-secret", lambda: rs(64, AN + "+/"), ["CONFLUENT_CLOUD_API_SECRET", "KAFKA_API_SECRET"], None, GL + "confluent-secret-key", bare=False)
V("mongodb-atlas-private-key", uuid4, ["MONGODB_ATLAS_PRIVATE_KEY"], None, KF + "mongodb atlas api key (private part UUID)", bare=False)
V("pinecone-api-key", lambda: "pcsk_" + rs(6, AN) + "_" + rs(63, AN), ["PINECONE_API_KEY"], ("header", "api.pinecone.io", "/indexes", "Api-Key", "{}"), KF + "pinecone (shape guessed)")
V("elastic-api-key", g_elastic_apikey, ["ELASTIC_API_KEY", "ES_API_KEY"], ("header", "acme.es.us-east-1.aws.found.io:9243", "/_cluster/health", "Authorization", "ApiKey {}"), "Elastic docs: ApiKey base64(id:api_key)", bare=False)
V("slack-bot-token", lambda: g_slack("xoxb"), ["SLACK_BOT_TOKEN", "SLACK_TOKEN"], ("bearer", "slack.com", "/api/chat.postMessage"), GL + "slack-bot-token")
V("slack-user-token", lambda: g_slack("xoxp"), ["SLACK_USER_TOKEN"], ("bearer", "slack.com", "/api/users.list"), GL + "slack-user-token")
V("slack-app-token", lambda: g_slack("xapp"), ["SLACK_APP_TOKEN"], ("bearer", "slack.com", "/api/apps.connections.open"), GL + "slack-app-token")
V("slack-config-token", lambda: g_slack("xoxe"), ["SLACK_CONFIG_TOKEN"], None, GL + "slack-config-access-token")
V("slack-signing-secret", lambda: rs(32, HX), ["SLACK_SIGNING_SECRET"], None, TH + "slack signing secret (needs name)", bare=False)
V("discord-bot-token", g_discord_bot, ["DISCORD_BOT_TOKEN", "DISCORD_TOKEN"], ("header", "discord.com", "/api/v10/users/@me", "Authorization", "Bot {}"), "CredSweeper Discord Bot Token (base64 user id)")
V("telegram-bot-token", g_telegram, ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"], ("url", "https://api.telegram.org/bot{}/getUpdates"), GL + "telegram-bot-api-token")
V("twilio-api-key-secret", lambda: rs(32, AN), ["TWILIO_API_SECRET"], None, TH + "twilio (API key secret, needs name)", bare=False)
V("twilio-api-key", lambda: "SK" + rs(32, HX), ["TWILIO_API_KEY"], None, GL + "twilio-api-key")
V("twilio-auth-token", lambda: rs(32, HX), ["TWILIO_AUTH_TOKEN"], ("basic-pass", "api.twilio.com", "/2010-04-01/Accounts.json", "AC" + "4f1c2e0a9b7d6c5e8f3a2b1c0d9e8f7a"), TH + "twilio", bare=False)
V("sendgrid-api-key", lambda: "SG." + rs(22, AN + "-_") + "." + rs(43, AN + "-_"), ["SENDGRID_API_KEY"], ("bearer", "api.sendgrid.com", "/v3/mail/send"), GL + "sendgrid-api-token")
V("mailgun-api-key", lambda: "key-" + rs(32, HX), ["MAILGUN_API_KEY"], ("basic-pass", "api.mailgun.net", "/v3/mg.acme.io/messages", "api"), GL + "mailgun-private-api-token")
V("mailchimp-api-key", lambda: rs(32, HX) + "-us" + str(rint(2, 21)), ["MAILCHIMP_API_KEY"], ("basic-pass", "us14.api.mailchimp.com", "/3.0/lists", "anystring"), GL + "mailchimp-api-key")
V("brevo-api-key", lambda: "xkeysib-" + rs(64, HX) + "-" + rs(16, AN), ["BREVO_API_KEY", "SENDINBLUE_API_KEY"], ("header", "api.brevo.com", "/v3/account", "api-key", "{}"), GL + "sendinblue-api-token")
V("postmark-server-token", uuid4, ["POSTMARK_SERVER_TOKEN"], ("header", "api.postmarkapp.com", "/email", "X-Postmark-Server-Token", "{}"), TH + "postmark (UUID, needs name)", bare=False)
V("stripe-secret-key", lambda: "sk_live_" + rs(99, AN), ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"], ("basic-user", "api.stripe.com", "/v1/charges"), GL + "stripe-access-token")
V("stripe-restricted-key", lambda: "rk_live_" + rs(99, AN), ["STRIPE_RESTRICTED_KEY"], ("bearer", "api.stripe.com", "/v1/customers"), GL + "stripe-access-token")
V("stripe-webhook-secret", lambda: "whsec_" + rs(32, AN), ["STRIPE_WEBHOOK_SECRET"], None, KF + "stripe webhook signing secret")
V("paystack-secret-key", lambda: "sk_live_" + rs(40, HX), ["PAYSTACK_SECRET_KEY"], ("bearer", "api.paystack.co", "/transaction"), KF + "paystack")
V("braintree-access-token", g_braintree, ["BRAINTREE_ACCESS_TOKEN"], None, KF + "paypal braintree access token")
V("square-access-token", lambda: "EAAA" + rs(60, AN + "-_"), ["SQUARE_ACCESS_TOKEN"], ("bearer", "connect.squareup.com", "/v2/locations"), GL + "square-access-token")
V("square-oauth-secret", lambda: "sq0csp-" + rs(43, AN + "-_"), ["SQUARE_APP_SECRET"], None, TH + "square oauth secret sq0csp-")
V("shopify-access-token", lambda: "shpat_" + rs(32, HX), ["SHOPIFY_ACCESS_TOKEN"], ("header", "acme-store.myshopify.com", "/admin/api/2024-07/products.json", "X-Shopify-Access-Token", "{}"), GL + "shopify-access-token")
V("shopify-shared-secret", lambda: "shpss_" + rs(32, HX), ["SHOPIFY_API_SECRET"], None, GL + "shopify-shared-secret")
V("shopify-custom-app-token", lambda: "shpca_" + rs(32, HX), ["SHOPIFY_CUSTOM_TOKEN"], ("header", "acme-eu.myshopify.com", "/admin/api/2024-07/orders.json", "X-Shopify-Access-Token", "{}"), GL + "shopify-custom-access-token")
V("plaid-secret", lambda: rs(30, HX), ["PLAID_SECRET"], None, GL + "plaid-secret-key", bare=False)
V("plaid-access-token", lambda: "access-production-" + uuid4(), ["PLAID_ACCESS_TOKEN"], None, GL + "plaid-api-token")
V("flutterwave-secret-key", lambda: "FLWSECK_TEST-" + rs(32, HX) + "-X", ["FLW_SECRET_KEY"], ("bearer", "api.flutterwave.com", "/v3/transactions"), GL + "flutterwave-secret-key")
V("gocardless-token", lambda: "live_" + rs(40, AN + "-_"), ["GOCARDLESS_ACCESS_TOKEN"], ("bearer", "api.gocardless.com", "/customers"), GL + "gocardless-api-token", bare=False)
V("easypost-api-key", lambda: "EZAK" + rs(54, AN), ["EASYPOST_API_KEY"], ("basic-user", "api.easypost.com", "/v2/shipments"), GL + "easypost-api-token")
V("shippo-token", lambda: "shippo_live_" + rs(40, HX), ["SHIPPO_API_TOKEN"], ("header", "api.goshippo.com", "/shipments/", "Authorization", "ShippoToken {}"), GL + "shippo-api-token")
V("duffel-token", lambda: "duffel_live_" + rs(43, AN + "-_"), ["DUFFEL_ACCESS_TOKEN"], ("bearer", "api.duffel.com", "/air/offer_requests"), GL + "duffel-api-token")
V("openai-api-key", g_openai, ["OPENAI_API_KEY"], ("bearer", "api.openai.com", "/v1/chat/completions"), GL + "openai-api-key (T3BlbkFJ marker)")
V("openai-legacy-key", lambda: "sk-" + rs(20) + "T3BlbkFJ" + rs(20), ["OPENAI_KEY"], ("bearer", "api.openai.com", "/v1/models"), GL + "openai-api-key (legacy)")
V("anthropic-api-key", g_anthropic, ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"], ("header", "api.anthropic.com", "/v1/messages", "x-api-key", "{}"), GL + "anthropic-api-key")
V("anthropic-admin-key", lambda: g_anthropic("admin01"), ["ANTHROPIC_ADMIN_KEY"], ("header", "api.anthropic.com", "/v1/organizations/users", "x-api-key", "{}"), GL + "anthropic-admin-api-key")
V("huggingface-token", lambda: "hf_" + rs(34, UP + LO), ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"], ("bearer", "huggingface.co", "/api/whoami-v2"), GL + "huggingface-access-token")
V("huggingface-org-token", lambda: "api_org_" + rs(34, UP + LO), ["HF_ORG_TOKEN"], None, GL + "huggingface-organization-api-token")
V("groq-api-key", g_groq, ["GROQ_API_KEY"], ("bearer", "api.groq.com", "/openai/v1/chat/completions"), KF + "groq (gsk_ + base64 'groq' marker)")
V("replicate-api-token", lambda: "r8_" + rs(37, AN), ["REPLICATE_API_TOKEN"], ("bearer", "api.replicate.com", "/v1/predictions"), KF + "replicate r8_")
V("cohere-api-key", lambda: rs(40, AN), ["COHERE_API_KEY", "CO_API_KEY"], ("bearer", "api.cohere.com", "/v1/chat"), GL + "cohere-api-token", bare=False)
V("mistral-api-key", lambda: rs(32, AN), ["MISTRAL_API_KEY"], ("bearer", "api.mistral.ai", "/v1/chat/completions"), KF + "mistral (32 alnum, needs name)", bare=False)
V("perplexity-api-key", lambda: "pplx-" + rs(48, AN), ["PERPLEXITY_API_KEY", "PPLX_API_KEY"], ("bearer", "api.perplexity.ai", "/chat/completions"), GL + "perplexity-api-key")
V("openrouter-api-key", lambda: "sk-or-v1-" + rs(64, HX), ["OPENROUTER_API_KEY"], ("bearer", "openrouter.ai", "/api/v1/chat/completions"), KF + "openrouter")
V("deepseek-api-key", lambda: "sk-" + rs(32, HX), ["DEEPSEEK_API_KEY"], ("bearer", "api.deepseek.com", "/chat/completions"), KF + "deepseek (sk- + 32 hex)", bare=False)
V("xai-api-key", lambda: "xai-" + rs(80, AN), ["XAI_API_KEY"], ("bearer", "api.x.ai", "/v1/chat/completions"), KF + "xai (length guessed)")
V("together-api-key", lambda: rs(64, HX), ["TOGETHER_API_KEY"], ("bearer", "api.together.xyz", "/v1/models"), TH + "together (needs name)", bare=False)
V("langsmith-api-key", lambda: "lsv2_pt_" + rs(32, HX) + "_" + rs(10, HX), ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"], ("header", "api.smith.langchain.com", "/api/v1/sessions", "x-api-key", "{}"), KF + "langsmith (shape guessed)")
V("wandb-api-key", lambda: rs(40, HX), ["WANDB_API_KEY"], None, TH + "wandb (needs name)", bare=False)
V("elevenlabs-api-key", lambda: "sk_" + rs(48, HX), ["ELEVENLABS_API_KEY", "XI_API_KEY"], ("header", "api.elevenlabs.io", "/v1/voices", "xi-api-key", "{}"), KF + "elevenlabs (shape guessed)")
V("assemblyai-api-key", lambda: rs(32, HX), ["ASSEMBLYAI_API_KEY"], ("header", "api.assemblyai.com", "/v2/transcript", "authorization", "{}"), TH + "assemblyai (needs name)", bare=False)
V("deepgram-api-key", lambda: rs(40, HX), ["DEEPGRAM_API_KEY"], ("header", "api.deepgram.com", "/v1/listen", "Authorization", "Token {}"), TH + "deepgram (needs name)", bare=False)
V("notion-token", lambda: "ntn_" + rs(11, DG) + rs(35, AN), ["NOTION_TOKEN", "NOTION_API_KEY"], ("bearer", "api.notion.com", "/v1/databases/query"), GL + "notion-api-token")
V("notion-legacy-secret", lambda: "secret_" + rs(43, AN), ["NOTION_SECRET"], ("bearer", "api.notion.com", "/v1/users"), KF + "notion integration secret_")
V("linear-api-key", lambda: "lin_api_" + rs(40, AN), ["LINEAR_API_KEY"], ("header", "api.linear.app", "/graphql", "Authorization", "{}"), GL + "linear-api-key")
V("asana-pat", lambda: f"2/{rs(16, DG)}/{rs(16, DG)}:{rs(32, HX)}", ["ASANA_ACCESS_TOKEN"], ("bearer", "app.asana.com", "/api/1.0/users/me"), KF + "asana pat (shape guessed)")
V("airtable-pat", lambda: "pat" + rs(14, AN) + "." + rs(64, HX), ["AIRTABLE_TOKEN", "AIRTABLE_API_KEY"], ("bearer", "api.airtable.com", "/v0/meta/bases"), GL + "airtable-personnal-access-token")
V("atlassian-api-token", g_atlassian, ["JIRA_API_TOKEN", "CONFLUENCE_TOKEN", "ATLASSIAN_TOKEN"], ("basic-pass", "acme.atlassian.net", "/rest/api/3/myself", "ci-bot@acme.io"), GL + "atlassian-api-token; CredSweeper CRC32 tail check")
V("bitbucket-app-password", g_bitbucket_app, ["BITBUCKET_APP_PASSWORD"], ("basic-pass", "api.bitbucket.org", "/2.0/repositories/acme", "acme-ci"), "CredSweeper Atlassian/Bitbucket CRC32 tail check (length guessed)")
V("hubspot-private-app-token", lambda: "pat-na1-" + uuid4(), ["HUBSPOT_ACCESS_TOKEN"], ("bearer", "api.hubapi.com", "/crm/v3/objects/contacts"), KF + "hubspot pat-na1-")
V("intercom-access-token", lambda: "dG9rOj" + rs(54, AN + "="), ["INTERCOM_ACCESS_TOKEN"], ("bearer", "api.intercom.io", "/contacts"), GL + "intercom-api-key", bare=False)
V("zendesk-api-token", lambda: rs(40, AN), ["ZENDESK_API_TOKEN"], ("basic-pass", "acme.zendesk.com", "/api/v2/tickets.json", "ops@acme.io/token"), GL + "zendesk-secret-key", bare=False)
V("freshdesk-api-key", lambda: rs(20, AN), ["FRESHDESK_API_KEY"], ("basic-user", "acme.freshdesk.com", "/api/v2/tickets"), TH + "freshdesk", bare=False)
V("typeform-token", lambda: "tfp_" + rs(59, AN + "-_"), ["TYPEFORM_TOKEN"], ("bearer", "api.typeform.com", "/forms"), GL + "typeform-api-token")
V("figma-pat", lambda: "figd_" + rs(40, AN + "-_"), ["FIGMA_TOKEN"], ("header", "api.figma.com", "/v1/me", "X-Figma-Token", "{}"), KF + "figma figd_")
V("dropbox-short-lived-token", lambda: "sl.B" + rs(134, AN + "-_"), ["DROPBOX_ACCESS_TOKEN"], ("bearer", "api.dropboxapi.com", "/2/files/list_folder"), GL + "dropbox-short-lived-api-token")
V("contentful-pat", lambda: "CFPAT-" + rs(43, AN + "-_"), ["CONTENTFUL_MANAGEMENT_TOKEN"], ("bearer", "api.contentful.com", "/spaces"), KF + "contentful CFPAT-")
V("algolia-admin-key", lambda: rs(32, HX), ["ALGOLIA_ADMIN_API_KEY"], ("header", "ACMEAPP01-dsn.algolia.net", "/1/indexes", "X-Algolia-API-Key", "{}"), GL + "algolia-api-key (admin key is secret; search key is public)", bare=False)
V("mapbox-secret-token", g_mapbox_sk, ["MAPBOX_SECRET_TOKEN", "MAPBOX_DOWNLOADS_TOKEN"], ("query", "api.mapbox.com", "/tokens/v2/acme", "access_token"), "Mapbox docs: sk. tokens secret, pk. public")
V("twitter-bearer-token", lambda: "A" * 22 + rs(90, AN + "%"), ["TWITTER_BEARER_TOKEN", "X_BEARER_TOKEN"], ("bearer", "api.twitter.com", "/2/tweets/search/recent"), GL + "twitter-bearer-token")
V("twitter-api-secret", lambda: rs(50, AN), ["TWITTER_API_SECRET", "TWITTER_CONSUMER_SECRET"], None, GL + "twitter-api-secret", bare=False)
V("facebook-page-token", lambda: "EAAC" + rs(180, AN), ["FB_PAGE_ACCESS_TOKEN"], ("query", "graph.facebook.com", "/v19.0/me/accounts", "access_token"), GL + "facebook-page-access-token")
V("facebook-app-secret", lambda: rs(32, HX), ["FACEBOOK_APP_SECRET", "FB_APP_SECRET"], None, GL + "facebook-secret", bare=False)
V("okta-api-token", lambda: "00" + rs(40, AN + "-_"), ["OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN"], ("header", "acme.okta.com", "/api/v1/users", "Authorization", "SSWS {}"), GL + "okta-access-token", bare=False)
V("auth0-client-secret", lambda: rs(64, AN + "-_"), ["AUTH0_CLIENT_SECRET"], ("form", "acme.eu.auth0.com", "/oauth/token", "client_secret"), TH + "auth0 client secret (needs name)", bare=False)
V("launchdarkly-sdk-key", lambda: "sdk-" + uuid4(), ["LAUNCHDARKLY_SDK_KEY", "LD_SDK_KEY"], None, KF + "launchdarkly sdk-")
V("launchdarkly-api-token", lambda: "api-" + uuid4(), ["LD_API_TOKEN"], ("header", "app.launchdarkly.com", "/api/v2/flags/default", "Authorization", "{}"), KF + "launchdarkly api-")
V("segment-write-key", lambda: rs(32, AN), ["SEGMENT_WRITE_KEY"], None, TH + "segment (server-side write key; needs name)", bare=False)
V("posthog-personal-api-key", lambda: "phx_" + rs(43, AN), ["POSTHOG_PERSONAL_API_KEY"], ("bearer", "eu.posthog.com", "/api/projects/"), KF + "posthog phx_ (phc_ project keys are public)")
V("statsig-server-secret", lambda: "secret-" + rs(43, AN), ["STATSIG_SERVER_SECRET"], None, KF + "statsig server secret (client- keys are public)")
V("firebase-cloud-messaging-key", g_fcm, ["FCM_SERVER_KEY"], ("header", "fcm.googleapis.com", "/fcm/send", "Authorization", "key={}"), KF + "firebase cloud messaging server key")
V("datadog-api-key", lambda: rs(32, HX), ["DD_API_KEY", "DATADOG_API_KEY"], ("header", "api.datadoghq.com", "/api/v1/validate", "DD-API-KEY", "{}"), GL + "datadog-access-token", bare=False)
V("datadog-app-key", lambda: rs(40, HX), ["DD_APP_KEY", "DATADOG_APP_KEY"], ("header", "api.datadoghq.eu", "/api/v1/monitor", "DD-APPLICATION-KEY", "{}"), GL + "datadog-access-token", bare=False)
V("newrelic-user-api-key", lambda: "NRAK-" + rs(27, ANU), ["NEW_RELIC_API_KEY"], ("header", "api.newrelic.com", "/graphql", "API-Key", "{}"), GL + "new-relic-user-api-key")
V("newrelic-license-key", lambda: rs(36, HX) + "NRAL", ["NEW_RELIC_LICENSE_KEY", "NRIA_LICENSE_KEY"], None, KF + "new relic ingest license key (...NRAL)")
V("newrelic-insert-key", lambda: "NRII-" + rs(32, AN + "-_"), ["NEW_RELIC_INSERT_KEY"], ("header", "insights-collector.newrelic.com", "/v1/accounts/3312207/events", "X-Insert-Key", "{}"), GL + "new-relic-insert-key")
V("dynatrace-api-token", lambda: "dt0c01." + rs(24, ANU) + "." + rs(64, ANU), ["DT_API_TOKEN", "DYNATRACE_API_TOKEN"], ("header", "abc12345.live.dynatrace.com", "/api/v2/metrics/ingest", "Authorization", "Api-Token {}"), GL + "dynatrace-api-token")
V("splunk-hec-token", uuid4, ["SPLUNK_HEC_TOKEN"], ("header", "splunk.acme.internal:8088", "/services/collector/event", "Authorization", "Splunk {}"), TH + "splunk HEC (UUID after 'Splunk' scheme)", bare=False)
V("sentry-user-token", lambda: "sntryu_" + rs(64, HX), ["SENTRY_AUTH_TOKEN"], ("bearer", "sentry.io", "/api/0/projects/"), GL + "sentry-user-token")
V("grafana-service-account-token", grafana_sa, ["GRAFANA_TOKEN", "GF_SA_TOKEN"], ("bearer", "grafana.acme.internal", "/api/dashboards/uid/ops"), GL + "grafana-service-account-token; CredSweeper CRC32 check")
V("grafana-cloud-token", lambda: "glc_eyJvIjoi" + rs(120, AN + "+/") + "==", ["GRAFANA_CLOUD_API_KEY"], ("bearer", "grafana.com", "/api/instances"), GL + "grafana-cloud-api-token")
V("honeycomb-api-key", lambda: "hcaik_" + rs(58, ANL), ["HONEYCOMB_API_KEY"], ("header", "api.honeycomb.io", "/1/auth", "X-Honeycomb-Team", "{}"), KF + "honeycomb ingest key (shape guessed)")
V("rollbar-access-token", lambda: rs(32, HX), ["ROLLBAR_ACCESS_TOKEN"], ("header", "api.rollbar.com", "/api/1/item/", "X-Rollbar-Access-Token", "{}"), TH + "rollbar (needs name)", bare=False)
V("pagerduty-api-key", lambda: "u+" + rs(18, AN + "_-"), ["PAGERDUTY_TOKEN"], ("header", "api.pagerduty.com", "/incidents", "Authorization", "Token token={}"), TH + "pagerduty (u+ user key)", bare=False)
V("opsgenie-api-key", uuid4, ["OPSGENIE_API_KEY"], ("header", "api.opsgenie.com", "/v2/alerts", "Authorization", "GenieKey {}"), TH + "opsgenie (UUID after GenieKey)", bare=False)
V("sumologic-access-key", lambda: rs(64, AN), ["SUMO_ACCESS_KEY"], None, GL + "sumologic-access-token", bare=False)
V("postman-api-key", lambda: "PMAK-" + rs(24, HX) + "-" + rs(34, HX), ["POSTMAN_API_KEY"], ("header", "api.getpostman.com", "/collections", "X-Api-Key", "{}"), GL + "postman-api-token")
V("snyk-token", uuid4, ["SNYK_TOKEN"], ("header", "api.snyk.io", "/rest/self?version=2024-06-10", "Authorization", "token {}"), GL + "snyk-api-token (UUID, needs name)", bare=False)
V("codecov-token", uuid4, ["CODECOV_TOKEN"], ("cli", "codecov upload-process -t {} -f coverage.xml"), GL + "codecov-access-token (UUID, needs name)", bare=False)
V("readme-api-key", lambda: "rdme_" + rs(70, ANL), ["README_API_KEY"], None, GL + "readme-api-token")
V("prefect-api-key", lambda: "pnu_" + rs(36, AN), ["PREFECT_API_KEY"], None, GL + "prefect-api-token")
V("harness-pat", lambda: "pat." + rs(22, AN + "-_") + "." + rs(24, AN) + "." + rs(20, AN), ["HARNESS_API_KEY"], ("header", "app.harness.io", "/ng/api/user/currentUser", "x-api-key", "{}"), GL + "harness-api-key")
V("scalingo-token", lambda: "tk-us-" + rs(48, AN + "-_"), ["SCALINGO_API_TOKEN"], None, GL + "scalingo-api-token")
V("frameio-token", lambda: "fio-u-" + rs(64, AN + "-_"), ["FRAMEIO_TOKEN"], ("bearer", "api.frame.io", "/v2/me"), GL + "frameio-api-token")
V("infracost-api-key", lambda: "ico-" + rs(32, AN), ["INFRACOST_API_KEY"], None, GL + "infracost-api-token")
V("maxmind-license-key", lambda: rs(6, AN) + "_" + rs(29, AN) + "_mmk", ["MAXMIND_LICENSE_KEY"], ("query", "download.maxmind.com", "/app/geoip_download?edition_id=GeoLite2-City&suffix=tar.gz", "license_key"), GL + "maxmind-license-key")
V("settlemint-pat", lambda: "sm_pat_" + rs(16, AN), ["SETTLEMINT_ACCESS_TOKEN"], None, GL + "settlemint-personal-access-token")
V("yandex-api-key", lambda: "AQVN" + rs(36, AN + "-_"), ["YC_API_KEY", "YANDEX_API_KEY"], ("header", "llm.api.cloud.yandex.net", "/foundationModels/v1/completion", "Authorization", "Api-Key {}"), GL + "yandex-api-key")
V("alibaba-secret-key", lambda: rs(30, AN), ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"], None, GL + "alibaba-secret-key", bare=False)
V("ngrok-authtoken", g_ngrok, ["NGROK_AUTHTOKEN"], ("cli", "ngrok config add-authtoken {}"), KF + "ngrok (shape guessed)", bare=False)
V("pusher-app-secret", lambda: rs(20, HX), ["PUSHER_APP_SECRET"], None, TH + "pusher (needs name)", bare=False)
V("cloudinary-api-secret", lambda: rs(27, AN + "-_"), ["CLOUDINARY_API_SECRET"], None, TH + "cloudinary (needs name)", bare=False)
V("binance-api-secret", lambda: rs(64, AN), ["BINANCE_API_SECRET", "BINANCE_SECRET"], None, "secrets-patterns-db binance (needs name)", bare=False)
V("spotify-client-secret", lambda: rs(32, HX), ["SPOTIFY_CLIENT_SECRET"], ("form", "accounts.spotify.com", "/api/token", "client_secret"), TH + "spotify (needs name)", bare=False)
V("twitch-client-secret", lambda: rs(30, ANL), ["TWITCH_CLIENT_SECRET"], ("form", "id.twitch.tv", "/oauth2/token", "client_secret"), GL + "twitch-api-token", bare=False)
V("zoom-client-secret", lambda: rs(32, AN), ["ZOOM_CLIENT_SECRET"], None, TH + "zoom (needs name)", bare=False)
V("jenkins-api-token", lambda: "11" + rs(32, HX), ["JENKINS_API_TOKEN", "JENKINS_TOKEN"], ("basic-pass", "jenkins.acme.internal", "/job/deploy/buildWithParameters", "release-bot"), KF + "jenkins api token (11 + 32 hex)", bare=False)
V("kubernetes-sa-token", g_k8s_sa, ["KUBE_TOKEN", "K8S_TOKEN"], ("bearer", "10.96.0.1:443", "/api/v1/namespaces/prod/secrets"), "Kubernetes docs: service-account JWT", bare=True)
V("jwt-access-token", g_jwt_user, ["ACCESS_TOKEN", "API_JWT"], ("bearer", "api.acme-internal.net", "/v2/orders"), GL + "jwt", bare=True)
V("sidekiq-enterprise-credentials", lambda: rs(8, HX) + ":" + rs(8, HX), ["BUNDLE_ENTERPRISE__CONTRIBSYS__COM"], None, GL + "sidekiq-secret")

VBY = {v["type"]: v for v in VENDORS}
KEYS = {
    'rsa1_pem': (
        '-----BEGIN RSA PRIVATE KEY-----\n'
        'MIIEpAIBAAKCAQEAym8TQmkt8DWRF0dB+dFDXJhPjKo4kFK+T0sPisbaK9whC7EJ\n'
        'H5lWG/DTTMwNT+vJt4jBudWSkqPaRJPYK4t2U9/+D9MKg3JPgsZ3qu/nnysimLvf\n'
        'DW4/3acFz/2jL0+Kqghw7MlmxJbNfHsiaxyhxWXsFUetKiBB9FbXNdySNPteNV/l\n'
        'wY+WjuHoxCO0Qz01q7SUngOCBnDYlq2v89NE4A2wDO04KfE9GMpzEkutERgqUYcQ\n'
        'ceRr4/yBXSQFVmLqjZWsmgaCexeoa8GqqUtcSIJaS4icBtSP//g812nlt9OwzaIw\n'
        'iid3Z4UwYswaJxPLlwQ82S57J4An71TjWYlwZwIDAQABAoIBABFxu++jn61M+GlQ\n'
        'nytXcJ4Yk/ZTrtclAjhUCA1V8HQKHqDiyx35eTWkLZk3FkiWUYYq10Lb2CshyovR\n'
        'T7YE6Rf2O+8CKSxFm/txfdtxm/yX233c5q5CG2fO3k3blgXcLV9UpeKJwnzbX+7D\n'
        'r6YaTAh2LX9x80ani/dxyk7eaIz/GwbL4hdvDCh6kqhrtDSIJKHI4cG3vrrp/C1q\n'
        '898/3T+NOUPdY2bwdkijN6QmfeKC21p93djCt1Ps96MZkL4P1mEHELmtIG9PXNVg\n'
        '96hjkXm4Rh73WuY3bwOjBDrXaVCe4uUHy88pYn4tmMsLRSO0UgZ/iTIgLrFT3np5\n'
        'ZxW77oECgYEA8F9RS3fH/CjuNyJh87uI5Rg10QFKralGV7hyK6+ZElDFMMiSjDJB\n'
        'QOAZd13SXXUDDceI5B44UDz6Yl3gWVBdjY4DalxHgu9klSJAcBxcwLO9OKqWdHqD\n'
        '01PHfUq0E6eRB/XG3Q/v24fUSVVv4D9iaQnLbIjuK2qXi4Fi2QrhFOcCgYEA15hS\n'
        'a8+QdIvzUzXPac2zT2DQ2r+gN8PUCFz9yXnXffJrtDsZlrc2Q79SHjT6UWZsd9cQ\n'
        '8m9X4ZnlBDoSEM78qaJrzsCqTNX7R3kzZVNgKj5cMzp6oDxFQhMzc4+JdVE7RSTi\n'
        '1d7XL3b5orBAAAUi7Plxq9DP4RCVqpRYXp1N2IECgYBz/utyKcl+LBpYzOTMA7Ha\n'
        'LEa8J41sJIXniwC9iC2sIwIluoTN1uqabgqcCdCcfP0ORz4OJ28xeVuy4G6Fazza\n'
        'NK/9Qa7YxsGZHkBOWcGA1Lv5fojAiObYslNQaR5hZbmdR8PBphEvtWqCQRKN+sh4\n'
        'u9tI8wNMPFIJZlTXPGLF/QKBgQDAfrVgo2Q0W1y3d/0oV8x43FW+aohQIh4oFXdX\n'
        's90vDAsUUgxn4E+oL6PParfxhATm/3SXMckCmpi7rGnC7jzz7Rxa7vVfQ1NnnpTA\n'
        'LLBZJ3LFHrqsZQPlmiU/UfKGeC/2bZfHI394Vr9PfhS2r99ePN48bWWea2Nmeatp\n'
        'VwRRgQKBgQDS6UEGsgi9xS2eY2V0kgbqU9QrM40SlSKnbHj+W+Elv3L2lnrcNB+6\n'
        'le65NN/jHHy47t/cQjo89JhEA3CC9U2xENODFhtWTk8E7xdpWxODAtZLU7xBrEO3\n'
        'cqPpZfWAO4IxBqE6Y4AGqxBbnabCiFVQ1YCwWPMOEKktKxu0LaM6Ww==\n'
        '-----END RSA PRIVATE KEY-----\n'
    ),
    'rsa_p8_pem': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCqL/nSP0WHgkJc\n'
        '6BhqZdhJzuNMY7bV4wMLEV2vNZ8DpXByYr00ml+3yEneSMj63D7qUTA3x37xh+IO\n'
        '5JpwQY+YFSNrSHwM4o4vpMhgRjXrs5NzRvkWhfc9pVNYGeeLp/FZhg78WFC13V3A\n'
        '+20sBHxNT8kwZ+YfS+mTpkKRoh1Fb+ghWrMl9IL6zODAB8QmnI6rkiwZUgOhwTQw\n'
        'CZcf++2XKG2nJmLSf9nqXBx5y1yERuOZ41NsJVcmRe74gXu4NVkOHvMf2BNoNrqo\n'
        'Z91OahCuJRmkHwSn5gOtXnwmiBD5wG9YT39EvcPImTu9FMcjvKJN3LK/bA2uDyQu\n'
        'KE8/JcRHAgMBAAECggEASZ74bMW3L8AfMi6rBTfqgT9Q36ZRHSSXl+2av+Ur1Tl3\n'
        's9vX6o4PcyLfJZwJ6U9mnhmiCLcxyI1WMsgcsQwDcLBQQqQ4GaDWDnEzx0YIJF7q\n'
        'HdepgF9SjaXbsISAQE9V3jrad7pCq/HHkWiSmRSVqyIlL936VDaUJC2rpXFiRTtH\n'
        'rpFBjnAfJGlzBqUbOSZxQ06KSIuQUUVIQ7OK+0wRa4RJ0AKluboRtNhlifykz4uh\n'
        '4BzZ90BpGpumvmBeJdRfYU/ezynutLYFdXgyasDPNKzHR83uoj/dEGIG1KHBdnyM\n'
        'I+li/jDjj0/vnvYujZyrnpZOuo+oIfbSiDJzv28daQKBgQDTWaXIBmuV73ZJlU39\n'
        '7RtrAlKyt4YEdc7wlBoTgq1QA5CrX8vdSUEAt3qINUtvU7vlU15NhvPmDrOPfycR\n'
        '1XK7F9UwQ3NMOT/6VRofb10Y5tlDpNuKFFAoykWoN4ZumzXmLY1VDu5xlThzXOxb\n'
        '628Gz3SJL61moqef/CjOE0/ReQKBgQDOJCQcTo+CCmOoPvb/aaZkgtUUVmg5FNe3\n'
        'UmqhLNAnyUcZ/wnjP65vYQgbH+CrWyHzNjNf6aQ1Jb3kvYzG+PJBqXy6mlMk3K/E\n'
        'LBTLzyyXN93d21mdsRzoIIoi/QB38xO/Ubn2T4KBs0R5jiKQFy8rmAjAGU+EJvfi\n'
        'nrefh9CTvwKBgGQGAVdw8mm7MpgQeSC7nkY+izTZdiuWNaHV9aFWLv+3MDhq1eic\n'
        'So80RmFAF7tQPZSCqBa4z6UJQCGhY7Qk+G9jEBoPUfm4/nZS4FIQOlcWqaxB0US/\n'
        '6E/lqqG55X1jJ1cQJ9shfedzX4v5ZkL6YUkv1U83qTDxubMVe5pLuXLBAoGBAMDI\n'
        'V+UJK3ioEq9Dw2b1/SC+oluUu3+2mE7fis0Uxc6PlCkhtLOL2KxdCGGlnE1kuwlj\n'
        'RQSL0n/Jvh9vjXp/UsBJq1YwAVXV9aL2vrQkGkWJf7p96v9opeoIlGdISOnksDEa\n'
        'U1mg3iJB7uXnITe0Fu8kDfrpMM4cS3LqkDtnno6tAoGAQZwsBRc0P+t1B02j7ek/\n'
        'ifsPlgKChIpKc2IMMcfSK0FT9FtcdiLm2rbcbW3RtWWVKx4huPjLa4L/mo8Gh1SB\n'
        'sO76nfBW9bRuZrhC0bU5RkDeFf0fzySQUZwkgJpJ1OuDNcYldggu/lfgXg7eoncA\n'
        'iEFIJGFHsdg9seBKI8Ano+8=\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'rsa_gcp_pem': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDCFSB4iDxycnj0\n'
        'VorZh2XJyUm4Q7yVNGno1/UO/sva1Hw/9q27vdreACEcJzMfd41B7ETOeBcWSPW/\n'
        'XbxWhjlKXgStIYgIpDvwdQjfhRaVjqDR3kVNWT94l3T9a9dsf2sE95Dqg2VTg/v7\n'
        'hi4pMoX6OUsIF/N7I3w67VD6Jq6ZAqn6bCewNcdLfX7h6TUH9EX23cUK6ReHDaAf\n'
        'YDj5YvmESMxVVmkw8F4TnF1/K8x2nem2PKJhhP2OF/Fce0EZtudqdCmxazr4JNBI\n'
        '3t4mlpZ2haR7tjMiLUvSORKS9EKRmj/j0JwAS8IGBJbo4gewxiImIvSf16MdaA1I\n'
        'ZdNM9in7AgMBAAECggEAWKu6WBc2NruiE0/uxA+eK6DxM2SPJkP6F02DQsSacnIe\n'
        'CkMzgNDuy/qXJfuq2bePLA08KnCna6EN1c6Hm6hbSGTIEil9syUF1YhC84wkk1PE\n'
        'md3JH9ukqf3Yj2fT1lgolu5coShDBPMKDxJwyJWyrG28oAgBT8MYoPuHwaImpvTK\n'
        '8k80BVyvlmFdAiZWC2BOnMXrrsF5FjpgQ84ES5M/Ivr/cUtdXxYTduAzxFArAi4V\n'
        'LbNpSkDwVavQcVZUoZFT1ZGTMHG3ilhEuOJbneFp/vhBylPpa2y6YehNG3KGLo5I\n'
        'dowGFWqQTPHEg7kxe1Q3gIGwMlsUJbBnTmIS9ND8sQKBgQDfbmy3/umykE94m7qx\n'
        'oUT0u4+N3i3a29lg9ew3czLRuvNYc/CSIOC911BA/1CiGNZoMc3FsfNXxL7vHDxG\n'
        'w/M9zgrY+VLl/8hBLLjCDcUfjxzDTQk3Y1J5Gkqrs6MZv+Fhxf8XVYZDAJkwF4BY\n'
        'U7Qbzi0mAK1RgI7u4q/C/9go7QKBgQDeX4UnQNfltwQ0LImnNdyzOJCk4XuTeDNA\n'
        'L7WQwUWGJAv0VMNEbcFSUjAUUkTQOw67VVXakX0SVJKIAyRe98AYBCkVDtnvZbLn\n'
        'TOzWpyXEZYj8hRDqlURY4KPN3brbJJ4dbf6wuIOdBK8EwVyUOMmQ7kGwj18RMQM1\n'
        'spAKHuFJhwKBgAF6x7mINJ/8GKqhzWCzwrMkMtUrrX4Piqb7ue68EpAU/tuNGQC+\n'
        'uv5G2L81caFBLNpPyh8PCJ+CLAmFVFjbn1a/cI7zR7tCMF9OHoMaeD23QueAMRlu\n'
        'zPMEW447iE75WFK/busGo/b5oAoTfcQX+c9dVCs2Qe+SPGAUnDlcXGAZAoGBAJNU\n'
        '3Ca2upRTHrDmtUkY0aHYn1Tuo+5/3Azxzy0aMFMAvP7jzgAfa8977qj4HOmNx2Ps\n'
        '1RYcAK7NY8xDsKxPH3GKCCIQleocCl1fRSeu1MH7t7f+/cc+oGr2YvD5sFyTNUMw\n'
        'Zmd1yJWWzdKrvgfiXAHvKYyuYQFF5OeF6BMchI0vAoGAHgnO3WLDyhkp51cHyyO2\n'
        'TnzBeA1cXxJv0KpbMlWWw2oJUUx8g5LR4s6+r3937i2mf57sWdIT59UlULMRAui/\n'
        'ti4YoLJ1Fw2QoRAEFj//3m0iHzRphz4ySEqjUN0vlq22eWIYd5nHaONvO+cBScF9\n'
        'ey7SFpvse3DRx8MrdP+uZow=\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'rsa_gcp2_pem': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCri2Ex0jLfpOGS\n'
        'ai/LvSz0H+/ObxFUMKllT0lZqL5MvHNXhvBiS9uc7MIe7OrmoXTXAb3spn0n6VN7\n'
        'HlIrbSstYs7+UILFi70e3GOUXCb2AzYyrJ+/xih3pb/DbMhuewCdUbCBPLPyfaae\n'
        'wBKaqQ4rGhlbMC+nrDMwA5i2SU4J70zdnJC90OsDN0hy9f7bzS+2jivUgQX0dzte\n'
        'aPvTo3O1n9I2zHzBI3cD0yiIzQG+QG2grPmo6GMM6ZI2yf2SUlFbJoEg3ovfq7mY\n'
        'FsiiNjIi/NqrF548qX6CDMrl5tVaRpmBIXXJyAkReO3BptF5/Z0djYm10y/nAe8B\n'
        'ujz2eiJPAgMBAAECggEAQvx82j8aJZHVkd6MRnNbVAMKmiJt8mHELC7vVicaFI38\n'
        'PmAPi1rS6a7cSMY8Hg5LOVBRUVFcCxNGSYv4C0QoeaMdcFqRDkH4ek4WRo9LmYJ8\n'
        'jgIxqWngUIR1YwMeK2I1xbjqAzVokVb2kwQu350HTtZ0s1KYMVIBdQzae8gZRLA9\n'
        'Np0y4ieSseKiknHouiVEzkdske61SFHoNz/xq9uTCMj2TvCXlrNmrLRmYb/cC7TJ\n'
        'NA4XJiDf6+hL+rjzTMXqe21XbX8xLFP4u643Fbvu7Rtx/PcuSKwZghckQQ5CZiVs\n'
        '+53CEWbUMxtK2x5aPcpd9sUOniwVxjNfet7qutBWLQKBgQDUUbHIDQ0Vpamvyt/J\n'
        'hvFG5zZrJykMMuVU2LcDR6n39R9l88svtkXtevHFvX3F1tqmWzDU9djsOQYhKZff\n'
        'BPc/85QSPAx9wSE4UsToO+GRSXYeh6o/Q/zGGXJKPnOLcB7FXn98AwJJlMWg+9Z1\n'
        '/woCdHPQ8crhojRMC88jhSkYNQKBgQDO1jAKvm9YzzuI1J3htAK6UGNpvBStFdxr\n'
        'fB2MIfylQdRihPzsmPUpTTrYQbYexgh+SzV6VKio12rc2iZHuoYI4iEkWw7/qg+X\n'
        '8mC4BZaZPy0k60gqh8sah39OGbAqFcWVsbKjrmfH4Ws9yJuUyvog9rndtKpR7+dS\n'
        'wvUcmKyI8wKBgAmctTbAWIJNYLRDtAP0pwG1wAHz4OjbeQRxVz+/w9Mk9snv0pgT\n'
        'YXER6tYv8Py+8GEtqbVKeAqhvkRMFMMU/3iWt3Jn44zh7HYXUTDOXTTtpXpWW//H\n'
        'PS9ewYzY7PQ4HDyFPbJIlJbuNFBIdnobFMHtsbyY5b13UXTL6BHMmoKtAoGAMTl+\n'
        'U4BA5aTkKUtYi7eYkpjBIA/X5911CMuQCKKqCvZgwlWeD/zTE9JCd+cjna1Jpizl\n'
        '/Egbn5ss3oS4aYe1kHWop4tYRXZGocXYSNNjpPMJHmk0UpLgvl6S6JZqe4mU7WxN\n'
        '9HB0WHiIWjrc9AtefevaDi6J/lgW+HZXeUfIgAsCgYBaDK2lF7yKyzp2CBUJ86AS\n'
        'iY+T4b1g+FoxhePE1kOQzKZeJ8NdIGdeAgDVjulBgQRQ4Li2kvg23mv2ipD1r3hS\n'
        '7RDN4I0nNsYxZMNTRDnOFCB1W4M4RUY/XpAAnJP4AXHPukJGoe0ISTIuNbG0jo70\n'
        '3iwsHkpx/pgDwbLP6VHv0w==\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'ec1_pem': (
        '-----BEGIN EC PRIVATE KEY-----\n'
        'MHcCAQEEIDWGz0kP9wv2rd/aUFzzrRQXsSdvDEJoffVfPhCpj9/HoAoGCCqGSM49\n'
        'AwEHoUQDQgAEWXMCRNUIYRDIF8w0BQcSdxIRDi9rDfk/jRm2aqUC/HWpNtrVHOpk\n'
        'SHKsMBqvX/HkY1xWZB8fqjLpD8i5ovZ53A==\n'
        '-----END EC PRIVATE KEY-----\n'
    ),
    'ec2_pem': (
        '-----BEGIN EC PRIVATE KEY-----\n'
        'MIGkAgEBBDCxUW/V5+LRLcDNNvJVWbK2g0L1/v5lzpt4OlQH+VDxn2a2lT1BxJft\n'
        'yZb7i482jlqgBwYFK4EEACKhZANiAARaIJuunvt9+ERLEX36DjU0cLRF0LHsIpda\n'
        'HM1fi5o2uyzDvClftvGnC/yaTP47Fh0aKNjADfkENyEXZALzA9uYRMI3yvVf/7dN\n'
        'AVO3MDoJsmhbcVzpIy7AzoV/2WfXFgQ=\n'
        '-----END EC PRIVATE KEY-----\n'
    ),
    'ec_p8_pem': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg6HlhjWZVA1dtKVV5\n'
        'C8q4rigq1mfqY/HP7D3CzJIHlWOhRANCAARuMLu4wzSKcJoRmeEWBNlpJtpIypzd\n'
        'z6jFlEIwvnhxIw6WWVotHSSJ+cZ9T9Wa1Uya5gQq47vemdScBRGLCSgQ\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'ed_p8_pem': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MC4CAQAwBQYDK2VwBCIEIJRAvVmr90hYt3Wj0cwMETK3kfMgfEZAg0oN4yDZ2/MM\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'rsa_enc_pem': (
        '-----BEGIN ENCRYPTED PRIVATE KEY-----\n'
        'MIIFLTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI8q9oT/WRN10CAggA\n'
        'MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBDP444r/oaEw9n813wPu8CYBIIE\n'
        '0H3gqTyMaiO3fPdjLqwvZ9vsgYSkGbIPQgk8A+HQcWcUuup5hjQ4+tZFyXb358Fg\n'
        'LU/09ynXV6nFDEX4yAHGlgYwC+ZzVBlZZ78FwLUq3O5yr+qpO6hOMZrhBRs9/2y+\n'
        'E3sAyPhID2VNi7YyVivMPyzwdgPKiYc1hu0XsBSBfoAlzVpbRhw4CFWHno3iFQB1\n'
        'bqJ4bL99yd+1T+dj1i7TAtg681oiH6Eggtbr9+tzzMByQAQpnHKuBEMBfTHc5/CJ\n'
        'd9JtB7LQeXJ6ozAgd/QbVgrwq//ekYBfg6mXY21+irbbi4eLyu03tQkeW+lxmo57\n'
        'xxIpIWamcVta7mBeg/mTHTf0BvSi1ShrLyDZX93WDipztm+mP8IQVFItXyhEPI7A\n'
        'zCgStOQqvn/2Plb9uYZkBHf7TEp+cNOtLwtj7cPSCHxO8JOsO195LKL5+Ylbf0Pe\n'
        'bLVDwDKESCXxd3YzEJ5O9NNJwWfhygUPWzXCwMoLESqDePnbLubKaQgr8PlOGxCi\n'
        'IplDKSkOmbJqcewt/sSJ02jv/h2b3zTx9rEiDSRoxqxxoZZg+hLLYS3097dFCbDZ\n'
        '07C+AXGyKjSp3iGcV+Bnsu2PzT8a4Qnmwdia0EXRLcdGkyBvcxeLcxSoGiQV74VO\n'
        'MYjK9/uuJ7HsQc0n3OjCB0OW48EHKQ8F8z221bhAU3CHJg2OVWKuG0P/4z++98I1\n'
        '3D/9Irz1vI8deDorxhQNx2l3C14R9cDyIr0tQgi3onDR95nLQre3LxsUvxnqzgLz\n'
        'gK5tRAVEWim3MPVpIWZ6CuLMSYNG/xA7MVOkiOEK+9Wezg6vktBh5Jp+moTmc0fy\n'
        'p6yW4gL5UaSh10/6tR+ccliWdh8CZj7/rHXz7ITcCu2OeBIdh+To1CAaOCWVKzUE\n'
        '6Cw37eAkHzoJ5idtkq9YvcPn0lIloNOq55VLpgzg34taiAqDH5V0UEEBNKReUTOh\n'
        '3txu7Hh/LkKzBtAl6R1LxjpVFEhy7+ZHpjGzLBlix4dvh8dxTo6UaQm5VyNvP3JM\n'
        'xw3Ery/q8ttaG8n7syPSd7PV0Hj6fJgN1hWdK9mR5rMZEO8VwYvvCc1EcfTGKpB+\n'
        'ZtXd8QqrcaL0M7+dRpm96ovxYZ4GtwV1z6T+kpr6DSI/JZTA4HU7evpWB+JINJl5\n'
        'Ud8+IEG+jJ51dgMa14rIhy5Vok/Pi86WEc9eWTHzBagDIKE0GplU/UBV6Gl6EmTJ\n'
        'OtomkjID+XT8EaTzaApvcvqSxIFjoEl7d+FGpBvpVSXDWeHXnF+Jb5I6TBBl/IEY\n'
        'mFKx29Iu86IqI1KHVagQpR+HYsl9MQuuCcThemI0zg8H0fHs8JN3AOFs2FbnfDsv\n'
        'pLUBX8lxmQqs2AwZ29ugohqfVRqrfZ/QqsWICzTDOWplu18M3Y8XH888si0gYbPn\n'
        'TbUOmmWefjP/0slnuGnzg5oaQ3giPdCtay7SH/nxuItmoHJ2mYSmH97Ml65VpMcy\n'
        'oCx108EeRTcG+doPuT2C88Rwdcz0Z1C5RzdlGXI80fY6PPNpPhrzamOfKPe2oL7E\n'
        'AmLdgz9Bvx+jbic0YVNbVFVBEyoguYbOD0AxMOhQbB9rx7U0zShh3zE7yKgULRqQ\n'
        'tLMX5VvgsCD1yXcFnbO/hBqd/b2+K77CLqC36wtx4smB\n'
        '-----END ENCRYPTED PRIVATE KEY-----\n'
    ),
    'ec_tls_pem': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgfxT5cXaOJ360gNg0\n'
        'SGiKFXBdhJiuGe3Z9phAnDT2Cz2hRANCAASpjIWAAJii+0VaeiAVrtVOMu069waN\n'
        'OpdBDJO8GyjOg9qDUdTkVxCSpc5kjOHn+0t6/ERF/0ql/eukjchnUtY3\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'ec_tls_crt': (
        '-----BEGIN CERTIFICATE-----\n'
        'MIIBkzCCATmgAwIBAgIUQfGvaSBMjy5X3n3g1alxzNIVwZIwCgYIKoZIzj0EAwIw\n'
        'HzEdMBsGA1UEAwwUYXBpLmludGVybmFsLmV4YW1wbGUwHhcNMjYxMjAyMTM0NzI4\n'
        'WhcNMjcxMjAyMTM0NzI4WjAfMR0wGwYDVQQDDBRhcGkuaW50ZXJuYWwuZXhhbXBs\n'
        'ZTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABKmMhYAAmKL7RVp6IBWu1U4y7Tr3\n'
        'Bo06l0EMk7wbKM6D2oNR1ORXEJKlzmSM4ef7S3r8REX/SqX966SNyGdS1jejUzBR\n'
        'MB0GA1UdDgQWBBSFWzA9Bg8cQsimDuNIJZ/3Qkqk7TAfBgNVHSMEGDAWgBSFWzA9\n'
        'Bg8cQsimDuNIJZ/3Qkqk7TAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gA\n'
        'MEUCIBPqAy5T1L9KMhRdmR0I8gR39qifTerXH4+/wRMIUJKSAiEAo5/wgg5vPrfa\n'
        'blCZIVHo24JdWLLmAyc0o3FCAAY2MUg=\n'
        '-----END CERTIFICATE-----\n'
    ),
    'ec_pub_pem': (
        '-----BEGIN PUBLIC KEY-----\n'
        'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEHbgBnqCvPzrMSS0Q7dpP5A+PEaXG\n'
        '+0ZaCGqV8tiosUhswJMA1TevqL8BsvsI2pofVHyfMOuPPUyN92NPvhuYgQ==\n'
        '-----END PUBLIC KEY-----\n'
    ),
    'ca_crt': (
        '-----BEGIN CERTIFICATE-----\n'
        'MIIBijCCAS+gAwIBAgIUHVv1/5v3M8kP/8zj7hwOWUNiPMswCgYIKoZIzj0EAwIw\n'
        'GjEYMBYGA1UEAwwPY2EuZXhhbXBsZS50ZXN0MB4XDTI2MTIwMjEzNDcyOFoXDTM2\n'
        'MTEyOTEzNDcyOFowGjEYMBYGA1UEAwwPY2EuZXhhbXBsZS50ZXN0MFkwEwYHKoZI\n'
        'zj0CAQYIKoZIzj0DAQcDQgAEHbgBnqCvPzrMSS0Q7dpP5A+PEaXG+0ZaCGqV8tio\n'
        'sUhswJMA1TevqL8BsvsI2pofVHyfMOuPPUyN92NPvhuYgaNTMFEwHQYDVR0OBBYE\n'
        'FHrOPlMfw0tXx2I2CshtfmdN5K84MB8GA1UdIwQYMBaAFHrOPlMfw0tXx2I2Csht\n'
        'fmdN5K84MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhAJliR5VW\n'
        'RINTwgSEDF8lszelUYoC7F3kOWoYjeEf8RLKAiEAplV5mij2OTL+n/eBv6WBJp6U\n'
        'YF+XxoZ0v2GBPvpOpXI=\n'
        '-----END CERTIFICATE-----\n'
    ),
    'ssh_ed1': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n'
        'QyNTUxOQAAACArF0zs5srlNEE7pnmBMfFDxquH+X2//n053T2K69anpwAAAJjvuhob77oa\n'
        'GwAAAAtzc2gtZWQyNTUxOQAAACArF0zs5srlNEE7pnmBMfFDxquH+X2//n053T2K69anpw\n'
        'AAAEDTyvAfbUXcmO41diufrfkLKR9qU9X2ePv3tlj18eT9OSsXTOzmyuU0QTumeYEx8UPG\n'
        'q4f5fb/+fTndPYrr1qenAAAADmRlcGxveUBidWlsZC0xAQIDBAUGBw==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ssh_ed2': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n'
        'QyNTUxOQAAACBclcsNKaFk/G1zId+rFcGvLqtZzsolIN6iz2OWIxmtRAAAAJjecRSG3nEU\n'
        'hgAAAAtzc2gtZWQyNTUxOQAAACBclcsNKaFk/G1zId+rFcGvLqtZzsolIN6iz2OWIxmtRA\n'
        'AAAEDzf3WBA2pbwU61nARKgWUYkUPTeDKDqSmA91XGdakuG1yVyw0poWT8bXMh36sVwa8u\n'
        'q1nOyiUg3qLPY5YjGa1EAAAADmRlcGxveUBidWlsZC0yAQIDBAUGBw==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ssh_ed3': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n'
        'QyNTUxOQAAACDavM68/dUd96AgTIMwOZ5L6WvdYHoqbLnfQ9iYcdBV+AAAAJiZC0+4mQtP\n'
        'uAAAAAtzc2gtZWQyNTUxOQAAACDavM68/dUd96AgTIMwOZ5L6WvdYHoqbLnfQ9iYcdBV+A\n'
        'AAAEBj6n8cEf7zBRNwqrTb9C7AceGC/TgYuSOHdH+0FCRcatq8zrz91R33oCBMgzA5nkvp\n'
        'a91geipsud9D2Jhx0FX4AAAADmRlcGxveUBidWlsZC0zAQIDBAUGBw==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ssh_ed4': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n'
        'QyNTUxOQAAACB9aVejvrg66lyiqMbvxtG6hXE7PcPNlc9kyTx0MKjCCQAAAJjvO73a7zu9\n'
        '2gAAAAtzc2gtZWQyNTUxOQAAACB9aVejvrg66lyiqMbvxtG6hXE7PcPNlc9kyTx0MKjCCQ\n'
        'AAAECj3ecIsINwtf4RIaoLoV0OvsMXVkawd/ZAHcfczZ631X1pV6O+uDrqXKKoxu/G0bqF\n'
        'cTs9w82Vz2TJPHQwqMIJAAAADmRlcGxveUBidWlsZC00AQIDBAUGBw==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ssh_rsa': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABFwAAAAdzc2gtcn\n'
        'NhAAAAAwEAAQAAAQEAxkPEznYkwtJeaKoY+XTEO+CM0dbBFosVoNOtRSy0menZUys1o1LO\n'
        'sSXjLGqShfQUNwLALZK/aa+URYGPilqDPurg0xzqAmaa6/S66IN3RzVSTpuhhn3odar/f4\n'
        '1d2sbO1OAUAfFzqNVnJbhvVKZRWlZnPT/zANDLtVS1lGMnOOxSZTOvXIQIjv40N/IWYr4f\n'
        'rD46C2BfTMw/veWSoedDaUoIxBXFZ3D9oyISi8JcjzlUAEQ8wGuiEIXCPRI+Y03XzngwtA\n'
        'bCpYEDKV+XEKk2p5zt4Anj5BdDFa9UxI6P7k8lU+hSbSSSvGkJkgsMo/YREMZ5DV5grCnS\n'
        '02RtcIA+dQAAA8gihq9HIoavRwAAAAdzc2gtcnNhAAABAQDGQ8TOdiTC0l5oqhj5dMQ74I\n'
        'zR1sEWixWg061FLLSZ6dlTKzWjUs6xJeMsapKF9BQ3AsAtkr9pr5RFgY+KWoM+6uDTHOoC\n'
        'Zprr9Lrog3dHNVJOm6GGfeh1qv9/jV3axs7U4BQB8XOo1WcluG9UplFaVmc9P/MA0Mu1VL\n'
        'WUYyc47FJlM69chAiO/jQ38hZivh+sPjoLYF9MzD+95ZKh50NpSgjEFcVncP2jIhKLwlyP\n'
        'OVQARDzAa6IQhcI9Ej5jTdfOeDC0BsKlgQMpX5cQqTannO3gCePkF0MVr1TEjo/uTyVT6F\n'
        'JtJJK8aQmSCwyj9hEQxnkNXmCsKdLTZG1wgD51AAAAAwEAAQAAAQAZSEoKqUPTI4AOKRFf\n'
        'OisjQZAOMCxWOMKMzCwZGUl8eQwRZX4FB4m7oEu2/cNqg9n8u9k61oREhgh1JpTh0odQWM\n'
        '5LotvFFkV6LQPqo4fB068Hvs6Ft9I9XbgQEWcJqiF07DrQ6/PQ8J74eeuZ0qL8JJmB/4DN\n'
        'i/1LcHO+lOL1sz+PwnirMFdhnUi5lCMwuQxZ3yYdVYLtjwMSvWvRi3GcUK4lQj0HbL5ht/\n'
        'FHRrGyIjnNsqH/u3vMsc+qGx83jKTN0myKVFRIK81TKHpGB8vcnmJ9TeOJ1/HC8U0d+QXs\n'
        'YOQP/rKxaMPWvY39emDSCsuhVgoOYfAvQvSdJ455ItkPAAAAgQCK8xIGlW60NGLgf3/e3t\n'
        'C1dZTl69d9r0cpMXLtvuazVLsQm/RTcwDOyZFI2JhNIjHoXWP7UHu6Z2x11EAxApvH6JZR\n'
        'obbmNgExcIVsA2wqFMBoqkl2vttFtPZhfw8EtIyhpEXlvTyJhnnjiBhgURV8z/yRVRg0bx\n'
        '8NHkMnCJSfEwAAAIEA6udKoCENot6ozH5HHBvNcYA7pxov+JkUEAMmRYWPgaV7q2NGWHtu\n'
        'bgf4L8eDqYn5hMNLHcXKpkG6uvY+NwUkkEEFbUZiWaHeH8aIPbMbx2VsXTXuXWRPXQKKIa\n'
        'mbQOyXtH0iZh4PAJ45lEvn8GYRybONPGwRzQHDrltHgGITR88AAACBANgSG+AvrH86NHcH\n'
        'xPYDZg0b+AlwYEGao3RZOV/mTeivg3G5nKySLrAP8d1G1OamzUGq9e8vuG04AHIHKlSscl\n'
        'OxuGPSaqTyS7gBui3OUYFxBOKVxCgKyopEkuhf0Bbz00rjkHv2GoKjX4ifV7uUHkvc80qD\n'
        'mJlofoT6cDoUqOJ7AAAAC29wc0BiYXN0aW9uAQIDBAUGBw==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ssh_ec': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAaAAAABNlY2RzYS\n'
        '1zaGEyLW5pc3RwMjU2AAAACG5pc3RwMjU2AAAAQQQCfeSZrZ81DYj+sN3S03+iLklMnZES\n'
        'H1sSNHrr8FdG3jW/r7nbPFgX3aSnVA4OKtNYIA2n+ZDj1vFmC5C+4h5KAAAAqCYEbUAmBG\n'
        '1AAAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBAJ95JmtnzUNiP6w\n'
        '3dLTf6IuSUydkRIfWxI0euvwV0beNb+vuds8WBfdpKdUDg4q01ggDaf5kOPW8WYLkL7iHk\n'
        'oAAAAgNULC/A2xilSehTBXehr1Vs1dgDPzBBiaV3ZHlyICp2gAAAAJY2lAcnVubmVyAQID\n'
        'BAUGBw==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ssh_ed_enc': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABBxK30wZF\n'
        '2R4qzGz9Pc1eDEAAAAEAAAAAEAAAAzAAAAC3NzaC1lZDI1NTE5AAAAIJ4u66enIQVM/mjO\n'
        '8pYV0OrfkcjLu9CHLFzou8ToG5PGAAAAkAZdSs6BIrD6aoWslK9YMN1JEHrdB1z51j7vgD\n'
        'Ook3EuuSrXDcjRBQYGN0YMzReZxaUPDv3d+V32eKnybFYdd1qs/PbgnCrZhdaARsWULD7H\n'
        '/nnab6/bVD+8uq4S2xlSFBRCWvSb8kBvNVuKG3hTMBl8zEKtqDN5vj54AUAJIschqQ75Rw\n'
        'GiLijoqYk1qfrLJA==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'pgp_asc': (
        '-----BEGIN PGP PRIVATE KEY BLOCK-----\n'
        '\n'
        'lFgEaxAhcBYJKwYBBAHaRw8BAQdAniFjSKajOVeeMV916iHbaVV9F9YzFm9932U3\n'
        'iY7agu0AAQDsht4QKcCjQYvhHrjPa4McJumMcCT6bOiex6fL0ZntLxIjtCVSZWxl\n'
        'YXNlIEJvdCA8cmVsZWFzZS1ib3RAZXhhbXBsZS5vcmc+iJAEExYIADgWIQTd5BdN\n'
        'gDsIbhk+fcAK5GPYqZEsZwUCaxAhcAIbAwULCQgHAgYVCgkICwIEFgIDAQIeAQIX\n'
        'gAAKCRAK5GPYqZEsZ4DVAQCLZVSZhtUQhs4trDo05iEplXqWEfjQ2LaKie028zY5\n'
        '0AEAvJgTkk8WlnY2G2MGVx868NSux1CUhebaLkTP7E91igg=\n'
        '=cphB\n'
        '-----END PGP PRIVATE KEY BLOCK-----\n'
    ),
    'pgp_pub_asc': (
        '-----BEGIN PGP PUBLIC KEY BLOCK-----\n'
        '\n'
        'mDMEaxAhcBYJKwYBBAHaRw8BAQdAniFjSKajOVeeMV916iHbaVV9F9YzFm9932U3\n'
        'iY7agu20JVJlbGVhc2UgQm90IDxyZWxlYXNlLWJvdEBleGFtcGxlLm9yZz6IkAQT\n'
        'FggAOBYhBN3kF02AOwhuGT59wArkY9ipkSxnBQJrECFwAhsDBQsJCAcCBhUKCQgL\n'
        'AgQWAgMBAh4BAheAAAoJEArkY9ipkSxngNUBAItlVJmG1RCGzi2sOjTmISmVepYR\n'
        '+NDYtoqJ7TbzNjnQAQC8mBOSTxaWdjYbYwZXHzrw1K7HUJSF5touRM/sT3WKCA==\n'
        '=146a\n'
        '-----END PGP PUBLIC KEY BLOCK-----\n'
    ),
    'putty_ppk': (
        'PuTTY-User-Key-File-2: ssh-ed25519\n'
        'Encryption: none\n'
        'Comment: svc-backup@nas01\n'
        'Public-Lines: 2\n'
        'AAAAC3NzaC1lZDI1NTE5AAAAIFyVyw0poWT8bXMh36sVwa8uq1nOyiUg3qLPY5Yj\n'
        'Ga1E\n'
        'Private-Lines: 1\n'
        'AAAAIPN/dYEDalvBTrWcBEqBZRiRQ9N4MoOpKYD3VcZ1qS4b\n'
        'Private-MAC: 887415d921abb8c215380a014914ee3902bfafba\n'
    ),
    'ssh_ed1_pub': (
        'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICsXTOzmyuU0QTumeYEx8UPGq4f5fb/+fTndPYrr1qen deploy@build-1\n'
    ),
    'ssh_rsa_pub': (
        'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDGQ8TOdiTC0l5oqhj5dMQ74IzR1sEWixWg061FLLSZ6dlTKzWjUs6xJeMsapKF9BQ3AsAtkr9pr5RFgY+KWoM+6uDTHOoCZprr9Lrog3dHNVJOm6GGfeh1qv9/jV3axs7U4BQB8XOo1WcluG9UplFaVmc9P/MA0Mu1VLWUYyc47FJlM69chAiO/jQ38hZivh+sPjoLYF9MzD+95ZKh50NpSgjEFcVncP2jIhKLwlyPOVQARDzAa6IQhcI9Ej5jTdfOeDC0BsKlgQMpX5cQqTannO3gCePkF0MVr1TEjo/uTyVT6FJtJJK8aQmSCwyj9hEQxnkNXmCsKdLTZG1wgD51 ops@bastion\n'
    ),
    'ssh_ec_pub': (
        'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBAJ95JmtnzUNiP6w3dLTf6IuSUydkRIfWxI0euvwV0beNb+vuds8WBfdpKdUDg4q01ggDaf5kOPW8WYLkL7iHko= ci@runner\n'
    ),
}

# ================================================================ records
POS, EVA, NEG = [], [], []
EXTRA_REF = {}
MARK = re.compile("\u00ab(\\d+)\u00bb")   # «n» marks a secret slot in a template


class Doc:
    def __init__(self):
        self.parts, self.spans, self.pos = [], [], 0

    def t(self, s):
        self.parts.append(s)
        self.pos += len(s)
        return self

    def s(self, value, typ, plain=None):
        st = self.pos
        self.t(value)
        sp = {"value": value, "start": st, "end": self.pos, "type": typ}
        if plain is not None:
            sp["plain"] = plain
        self.spans.append(sp)
        return self

    def text(self):
        return "".join(self.parts)


def fill(tpl, *secs):
    d = Doc()
    last = 0
    for m in MARK.finditer(tpl):
        d.t(tpl[last:m.start()])
        sec = secs[int(m.group(1))]
        d.s(*sec)
        last = m.end()
    d.t(tpl[last:])
    return d


def ref_for(typ):
    if typ in VBY:
        return VBY[typ]["ref"]
    return EXTRA_REF.get(typ, "synthetic; generic shape")


def add_pos(container, d, note=None):
    assert d.spans, container
    src = "synthetic (seeded PRNG, build.py); format ref: " + ref_for(d.spans[0]["type"])
    if note:
        src += "; " + note
    POS.append({"container": container, "text": d.text(), "secrets": d.spans, "source": src})


def add_eva(container, encoding, d, note=None):
    src = "synthetic evasion (" + encoding + "); clear-form ref: " + ref_for(d.spans[0]["type"])
    if note:
        src += "; " + note
    EVA.append({"container": container, "encoding": encoding, "text": d.text(), "secrets": d.spans, "source": src})


def add_neg(cls, container, text, note):
    NEG.append({"class": cls, "container": container, "text": text, "source": note})


# ---------------------------------------------------------------- pools
SVCS = ["billing-api", "checkout", "ledger", "notifier", "search-indexer", "auth-gateway", "reports", "media-worker",
        "inventory", "crm-sync", "etl-nightly", "webhooks", "pricing", "support-bot", "geo-service", "ml-scoring"]
HOSTS = ["db-prod-01.internal", "pg.acme.internal", "10.0.12.41", "mysql-primary.svc.cluster.local", "rds-main.c9xk2.eu-west-1.rds.amazonaws.com",
         "db.staging.acme.dev", "172.20.4.17", "mariadb-02", "sql01.corp.local", "orders-db.prod"]
USERS = ["app", "svc_billing", "deploy", "admin", "report_ro", "etl", "jenkins", "backup", "grafana", "postgres", "root", "webapp"]
PEOPLE = ["maria", "jdoe", "akira", "lena.k", "tom", "priya", "oleg", "fatima", "chen.wei", "lucas", "noor", "sven", "ana", "kwame"]
DBS = ["orders", "billing", "analytics", "app_prod", "crm", "inventory", "users", "events"]
FILLERS = [("LOG_LEVEL", "info"), ("PORT", "8080"), ("AWS_REGION", "eu-west-1"), ("NODE_ENV", "production"), ("TIMEOUT_MS", "3000"),
           ("FEATURE_FLAGS", "search,beta-ui"), ("DB_HOST", "db-prod-01.internal"), ("CACHE_TTL", "300"), ("SERVICE_NAME", "billing-api"),
           ("MAX_WORKERS", "8"), ("SENTRY_ENVIRONMENT", "prod"), ("APP_URL", "https://app.acme.io"), ("RETRY_COUNT", "5"), ("TZ", "UTC")]


def words(name):
    return [w for w in re.split(r"[_\-. ]+", name) if w]


def style(name, st):
    w = [x.lower() for x in words(name)]
    if st == "UPPER":
        return "_".join(x.upper() for x in w)
    if st == "snake":
        return "_".join(w)
    if st == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if st == "pascal":
        return "".join(x.capitalize() for x in w)
    if st == "kebab":
        return "-".join(w)
    if st == "dot":
        return ".".join(w)
    return name


def fillers(k):
    idx = list(range(len(FILLERS)))
    R.shuffle(idx)
    return [FILLERS[i] for i in idx[:k]]


# ---------------------------------------------------------------- assignment containers
# name, header, pre(n), post, style, footer, sep, quote-ok
AK = []


def AKD(name, header, pre, post="", st="UPPER", footer="", sep="\n", indent=""):
    AK.append(dict(name=name, header=header, pre=pre, post=post, st=st, footer=footer, sep=sep))


AKD("dotenv", "# {svc} -- local overrides, do not commit\n", "{n}=")
AKD("dotenv-quoted", "# generated by setup.sh for {svc}\n", '{n}="', '"')
AKD("shell-export-bashrc", "# ~/.bashrc additions\nalias k=kubectl\n", 'export {n}="', '"', footer="\nexport PATH=\"$HOME/.local/bin:$PATH\"")
AKD("zshrc", "# ~/.zshrc\nsource $ZSH/oh-my-zsh.sh\n", "export {n}=", "")
AKD("powershell-profile", "# Microsoft.PowerShell_profile.ps1\nSet-PSReadLineOption -EditMode Emacs\n", '$env:{n} = "', '"')
AKD("windows-cmd-batch", "@echo off\nrem start-{svc}.bat\n", "set {n}=", "", footer="\njava -jar {svc}.jar")
AKD("fish-config", "# ~/.config/fish/config.fish\n", "set -gx {n} '", "'")
AKD("dockerfile", "FROM python:3.12-slim\nWORKDIR /srv/{svc}\nCOPY . .\n", 'ENV {n}="', '"', footer="\nRUN pip install -r requirements.txt\nCMD [\"gunicorn\", \"app:app\"]")
AKD("docker-compose-env-list", "services:\n  {svc}:\n    image: ghcr.io/acme/{svc}:1.14.2\n    environment:\n", "      - {n}=", "", footer="\n    ports:\n      - \"8080:8080\"")
AKD("docker-compose-env-map", "version: \"3.9\"\nservices:\n  {svc}:\n    build: .\n    environment:\n", "      {n}: \"", "\"", footer="\n    depends_on: [db]")
AKD("k8s-deployment-env", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {svc}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.acme.io/{svc}:2024.06\n          env:\n", "            - name: {n}\n              value: \"", "\"")
AKD("k8s-configmap", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {svc}-config\n  namespace: prod\ndata:\n", "  {n}: \"", "\"")
AKD("helm-values", "# values-prod.yaml\nreplicaCount: 3\nimage:\n  tag: \"4.2.1\"\nconfig:\n", "  {n}: ", "", st="camel")
AKD("github-actions-env", "name: deploy\non:\n  push:\n    branches: [main]\nenv:\n", "  {n}: ", "", footer="\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy")
AKD("gitlab-ci-variables", "stages: [build, deploy]\nvariables:\n", "  {n}: \"", "\"", footer="\ndeploy:\n  stage: deploy\n  script:\n    - ./scripts/deploy.sh")
AKD("circleci-config", "version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n", "      {n}: ", "", footer="\n    steps:\n      - checkout\n      - run: npm ci && npm test")
AKD("azure-pipelines-variables", "trigger:\n- main\npool:\n  vmImage: ubuntu-latest\nvariables:\n", "- name: {n}\n  value: '", "'")
AKD("bitbucket-pipelines", "pipelines:\n  default:\n    - step:\n        name: Deploy\n        script:\n", "          - export {n}=", "", footer="\n          - ./deploy.sh")
AKD("travis-yml", "language: node_js\nnode_js: [20]\nenv:\n  global:\n", "    - {n}=", "")
AKD("jenkinsfile-environment", "pipeline {{\n  agent any\n  environment {{\n", "    {n} = '", "'", footer="\n  }}\n  stages {{ stage('Build') {{ steps {{ sh 'make' }} }} }}\n}}")
AKD("drone-yml", "kind: pipeline\nname: default\nsteps:\n- name: publish\n  image: plugins/docker\n  environment:\n", "    {n}: ", "")
AKD("terraform-tfvars", "# prod.auto.tfvars\nregion = \"eu-west-1\"\n", "{n} = \"", "\"", st="snake")
AKD("terraform-provider-block", "terraform {{\n  required_version = \">= 1.6\"\n}}\n\nprovider \"acme\" {{\n", "  {n} = \"", "\"", st="snake", footer="\n}}")
AKD("ansible-group-vars", "---\n# group_vars/prod/main.yml\nansible_user: deploy\n", "{n}: \"", "\"", st="snake")
AKD("systemd-unit", "[Unit]\nDescription={svc}\nAfter=network-online.target\n\n[Service]\nUser={svc}\n", "Environment=\"{n}=", "\"", footer="\nExecStart=/opt/{svc}/bin/server\nRestart=always")
AKD("ini-config", "; config.ini\n[server]\nhost = 0.0.0.0\n\n[credentials]\n", "{n} = ", "", st="snake")
AKD("toml-config", "# config.toml\n[app]\nname = \"{svc}\"\n\n[secrets]\n", "{n} = \"", "\"", st="snake")
AKD("java-properties", "# application-prod.properties\nserver.port=8443\n", "{n}=", "", st="dot")
AKD("spring-application-yml", "spring:\n  application:\n    name: {svc}\napp:\n  integrations:\n", "    {n}: ", "", st="kebab")
AKD("json-config", "{{\n  \"service\": \"{svc}\",\n", "  \"{n}\": \"", "\"", st="camel", footer="\n}}", sep=",\n")
AKD("appsettings-json", "{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Information\" }} }},\n  \"Integrations\": {{\n", "    \"{n}\": \"", "\"", st="pascal", footer="\n  }}\n}}", sep=",\n")
AKD("web-config-xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n", "    <add key=\"{n}\" value=\"", "\" />", st="pascal", footer="\n  </appSettings>\n</configuration>")
AKD("python-settings", "# settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\n", "{n} = \"", "\"")
AKD("python-dict-literal", "import os\n\nCONFIG = {{\n", "    \"{n}\": \"", "\",", st="snake", footer="\n}}")
AKD("javascript-config", "// config/production.js\nmodule.exports = {{\n", "  {n}: '", "',", st="camel", footer="\n}};")
AKD("typescript-constants", "// src/constants.ts\n", "export const {n} = \"", "\";")
AKD("go-const-block", "package config\n\nconst (\n", "\t{n} = \"", "\"", st="pascal", footer="\n)")
AKD("java-constants", "package com.acme.config;\n\npublic final class Keys {{\n", "    public static final String {n} = \"", "\";", footer="\n}}")
AKD("kotlin-object", "package com.acme.app\n\nobject BuildSecrets {{\n", "    const val {n} = \"", "\"", footer="\n}}")
AKD("csharp-class", "namespace Acme.Integrations\n{{\n    internal static class Secrets\n    {{\n", "        public const string {n} = \"", "\";", st="pascal", footer="\n    }}\n}}")
AKD("ruby-initializer", "# config/initializers/integrations.rb\n", "{n} = '", "'")
AKD("php-config-array", "<?php\n\nreturn [\n", "    '{n}' => '", "',", st="snake", footer="\n];")
AKD("php-define", "<?php\n// wp-content/mu-plugins/keys.php\n", "define('{n}', '", "');")
AKD("rust-const", "// src/secrets.rs\n", "pub const {n}: &str = \"", "\";")
AKD("swift-enum", "enum Secrets {{\n", "    static let {n} = \"", "\"", st="camel", footer="\n}}")
AKD("makefile", "# Makefile\n.PHONY: deploy\n", "{n} ?= ", "", footer="\n\ndeploy:\n\t./scripts/release.sh")
AKD("apache-setenv", "<VirtualHost *:443>\n    ServerName {svc}.acme.io\n", "    SetEnv {n} ", "", footer="\n</VirtualHost>")
AKD("nginx-env", "# nginx.conf (main context)\nworker_processes auto;\n", "env {n}=", ";")
AKD("serverless-yml", "service: {svc}\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n", "    {n}: ", "")
AKD("kustomize-secret-generator", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nsecretGenerator:\n  - name: {svc}-env\n    literals:\n", "      - {n}=", "")
AKD("gradle-properties", "# ~/.gradle/gradle.properties\norg.gradle.jvmargs=-Xmx2g\n", "{n}=", "", st="camel")
AKD("r-environ", "# ~/.Renviron\n", "{n}=", "")
AKD("perl-script", "#!/usr/bin/perl\nuse strict;\n", "my ${n} = '", "';", st="snake")
AKD("dart-constants", "// lib/env.dart\n", "const {n} = '", "';", st="camel")
AKD("elixir-config", "import Config\n\n", "config :acme, {n}: \"", "\"", st="snake")
AKD("scala-object", "object Settings {{\n", "  val {n} = \"", "\"", st="camel", footer="\n}}")
AKD("lua-config", "-- config.lua\nlocal M = {{}}\n", "M.{n} = \"", "\"", st="snake", footer="\nreturn M")
AKD("nix-module", "{{ config, pkgs, ... }}:\n{{\n  environment.variables = {{\n", "    {n} = \"", "\";", footer="\n  }};\n}}")
AKD("supervisord-conf", "[program:{svc}]\ncommand=/opt/{svc}/run.sh\nautorestart=true\n", "environment={n}=\"", "\"")
AKD("crontab", "# m h dom mon dow command\nSHELL=/bin/bash\n", "{n}=", "", footer="\n15 3 * * * /opt/{svc}/nightly.sh >> /var/log/{svc}.log 2>&1")
AKD("vscode-launch-json", "{{\n  \"version\": \"0.2.0\",\n  \"configurations\": [{{\n    \"name\": \"Debug {svc}\",\n    \"type\": \"node\",\n    \"env\": {{\n", "      \"{n}\": \"", "\"", footer="\n    }}\n  }}]\n}}", sep=",\n")
AKD("postman-environment", "{{\n  \"name\": \"{svc} prod\",\n  \"values\": [\n", "    {{ \"key\": \"{n}\", \"value\": \"", "\", \"enabled\": true }", st="camel", footer="\n  ]\n}}", sep=",\n")
AKD("fly-toml", "app = \"{svc}\"\nprimary_region = \"ams\"\n\n[env]\n", "  {n} = \"", "\"")
AKD("procfile-env-heroku-app-json", "{{\n  \"name\": \"{svc}\",\n  \"env\": {{\n", "    \"{n}\": {{ \"value\": \"", "\" }", footer="\n  }}\n}}", sep=",\n")

AK_BY = {a["name"]: a for a in AK}


def render_assign(kind, items, nfill=None):
    """items: list of (canonical_name, value, type, plain|None)."""
    a = AK_BY[kind] if isinstance(kind, str) else kind
    svc = pick(SVCS)
    d = Doc()
    d.t(a["header"].format(svc=svc))
    ents = [(n, v, False, None, None) for n, v in fillers(nfill if nfill is not None else rint(1, 3))]
    for it in items:
        pos_ = rint(0, len(ents))
        ents.insert(pos_, (it[0], it[1], True, it[2], it[3] if len(it) > 3 else None))
    for i, (n, v, sec, typ, plain) in enumerate(ents):
        if i:
            d.t(a["sep"])
        d.t(a["pre"].format(n=style(n, a["st"])))
        if sec:
            d.s(v, typ, plain)
        else:
            d.t(v)
        d.t(a["post"])
    d.t(a["footer"].format(svc=svc) + "\n")
    return a["name"], d


# ---------------------------------------------------------------- prompts / chat
PROMPTS = ["{u}@{h}:~/src/{svc}$ ", "[{u}@{h} {svc}]$ ", "➜  {svc} git:(main) ", "PS C:\\Users\\{u}\\src\\{svc}> ", "{u}@{h} ~/work/{svc} % ",
           "root@{h}:/opt/{svc}# ", "{h}:{svc} {u}$ ", "(venv) {u}@{h}:~/{svc}$ "]
MACHINES = ["dev-laptop", "bastion-1", "ip-10-0-3-17", "build-agent-07", "ws-4412", "mbp-lena", "jumpbox", "ci-runner-3"]


def prompt(ps=False):
    tpl = PROMPTS[3] if ps else pick(PROMPTS)
    return tpl.format(u=pick(PEOPLE).split(".")[0], h=pick(MACHINES), svc=pick(SVCS))


def now_iso():
    return f"2024-{rint(1, 12):02d}-{rint(1, 28):02d}T{rint(0, 23):02d}:{rint(0, 59):02d}:{rint(0, 59):02d}Z"


def hhmm():
    return f"{rint(7, 19):02d}:{rint(0, 59):02d}"


CHAT_BARE = [
    ("slack-message", "en", "[{t}] {a}: prod deploy is blocked, can someone with access try this one?\n[{t}] {a}: «0»\n[{t}] {b}: works, thanks. please rotate after the release :eyes:\n"),
    ("slack-thread", "en", "{a}  {t}\nhere you go — «0»\n{b}  {t}\n:white_check_mark: got it\n"),
    ("teams-chat", "en", "{a} ({t}): I put the new key in the pipeline but it still fails\n{a} ({t}): «0»\n{b} ({t}): you pasted it in chat again...\n"),
    ("discord-message", "en", "{a} — Today at {t}\nbot keeps crashing lol, token is «0» if anyone wants to debug\n{b} — Today at {t}\nbro\n"),
    ("email", "en", "From: {a}@acme.io\nTo: {b}@acme.io\nSubject: access for the staging box\nDate: Tue, 11 Jun 2024 {t}:12 +0200\n\nHi {b},\n\nas discussed, use this until IT sets you up properly:\n\n    «0»\n\nCheers,\n{a}\n"),
    ("jira-comment", "en", "{a} added a comment - {t}\nReproduced with the service credential «0» against staging. Stack trace attached.\n"),
    ("github-issue-comment", "en", "**{a}** commented\n\n> It works locally for me\n\nSame here after setting the token explicitly:\n```\n«0»\n```\n"),
    ("irc-log", "en", "[{t}] <{a}> anyone know why the webhook 401s?\n[{t}] <{b}> try «0»\n[{t}] <{a}> ty\n"),
    ("mattermost-message", "en", "@{a} {t}\nfor the release job: «0»\n"),
    ("slack-message", "de", "[{t}] {a}: Kannst du das bitte im Vault ablegen? Der Token lautet «0»\n[{t}] {b}: Erledigt, danke!\n"),
    ("teams-chat", "fr", "{a} ({t}) : Voici le jeton pour la démo de demain : «0»\n{b} ({t}) : Merci, je le supprime après.\n"),
    ("telegram-export", "es", "[{t}] {a}: te paso la clave que usamos en producción: «0»\n[{t}] {b}: 👍\n"),
    ("whatsapp-export", "pt", "11/06/24, {t} - {a}: segue o token da API «0» não compartilha\n11/06/24, {t} - {b}: ok\n"),
    ("slack-message", "ru", "[{t}] {a}: вот токен для деплоя: «0»\n[{t}] {b}: спасибо, заменю после релиза\n"),
    ("teams-chat", "ja", "{a} ({t}): 本番用のトークンです。「«0»」 終わったら削除してください。\n"),
    ("wechat-export", "zh", "{a} {t}\n测试环境的密钥是 «0» ，用完记得轮换。\n"),
    ("kakaotalk-export", "ko", "[{a}] [오후 {t}] 배포 토큰 여기요 «0»\n"),
    ("slack-message", "it", "[{t}] {a}: ecco la chiave per l'ambiente di staging: «0»\n"),
    ("email", "pl", "Od: {a}@acme.pl\nDo: {b}@acme.pl\nTemat: dostęp do API\n\nCześć,\nklucz do API produkcyjnego: «0»\nPozdrawiam\n"),
    ("slack-message", "nl", "[{t}] {a}: hier is de sleutel voor de nieuwe integratie: «0»\n"),
    ("teams-chat", "tr", "{a} ({t}): Sunucu anahtarı şu: «0» lütfen kimseyle paylaşma\n"),
]

CHAT_NAMED = [
    ("slack-message", "en", "[{t}] {a}: the {vendor} key for prod is «0» (it's the {name} var)\n[{t}] {b}: 🙏\n"),
    ("email", "en", "Subject: {vendor} credentials\n\nHi {b},\n{name} = «0»\nPlease store it in 1Password, not in the repo.\n{a}\n"),
    ("jira-comment", "en", "{a}: set {name} to «0» on the worker and it started working again.\n"),
    ("teams-chat", "de", "{a} ({t}): {vendor} API-Schlüssel ({name}): «0»\n"),
    ("slack-message", "es", "[{t}] {a}: la clave de {vendor} es «0», configúrala como {name}\n"),
    ("discord-message", "fr", "{a} — {t}\nla clé {vendor} ({name}) : «0»\n"),
    ("github-issue-comment", "en", "Tried with `{name}=«0»` and still getting 401 from {vendor}.\n"),
]


def vendor_label(typ):
    return typ.split("-")[0].capitalize()


def chat_doc(value, typ, named=False, name=""):
    c, lang, tpl = pick(CHAT_NAMED if named else CHAT_BARE)
    a, b = R.sample(PEOPLE, 2)
    s = tpl.replace("{t}", hhmm()).replace("{a}", a).replace("{b}", b).replace("{vendor}", vendor_label(typ)).replace("{name}", name)
    return f"{c}-{lang}" if lang != "en" else c, fill(s, (value, typ))


# ---------------------------------------------------------------- usage (HTTP) containers
UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"


def req_parts(use, value, typ):
    """returns dict(method,url,headers=[(name, prefix, (v,t,plain)|None, literal)], body=(prefix,secret)|None, userpass)"""
    kind = use[0]
    out = {"method": "GET", "headers": [], "body": None, "url_secret": None, "basic": None}
    if kind in ("bearer", "token", "header"):
        host, path = use[1], use[2]
        out["url"] = f"https://{host}{path}"
        if kind == "bearer":
            out["headers"].append(("Authorization", "Bearer ", (value, typ, None), ""))
        elif kind == "token":
            out["headers"].append(("Authorization", "token ", (value, typ, None), ""))
        else:
            pre, post = use[4].split("{}")
            out["headers"].append((use[3], pre, (value, typ, None), post))
    elif kind == "query":
        out["url"] = f"https://{use[1]}{use[2]}" + ("&" if "?" in use[2] else "?") + use[3] + "="
        out["url_secret"] = (value, typ)
    elif kind == "url":
        out["url"] = use[1]
        out["url_secret"] = (value, typ)
    elif kind == "form":
        out["url"] = f"https://{use[1]}{use[2]}"
        out["method"] = "POST"
        out["body"] = (f"grant_type=refresh_token&client_id=acme-web&{use[3]}=" if use[3] == "refresh_token" else f"grant_type=client_credentials&client_id={uuid4()}&{use[3]}=", (value, typ))
    elif kind in ("basic-pass", "basic-user"):
        out["url"] = f"https://{use[1]}{use[2]}"
        user = use[3] if kind == "basic-pass" else None
        out["basic"] = (user, value, typ)
    return out


def _url_with(d, rp):
    if rp["url_secret"]:
        if "{}" in rp["url"]:
            a, b = rp["url"].split("{}")
            d.t(a).s(*rp["url_secret"]).t(b)
        else:
            d.t(rp["url"]).s(*rp["url_secret"])
    else:
        d.t(rp["url"])


def basic_pair(rp):
    user, v, t = rp["basic"]
    return (user + ":" + v) if user is not None else (v + ":")


def u_curl(rp, typ):
    d = Doc()
    d.t(prompt() + "curl -sS ")
    if rp["method"] != "GET":
        d.t("-X POST ")
    if rp["basic"]:
        user, v, t = rp["basic"]
        d.t("-u ")
        if user is not None:
            d.t(f"'{user}:").s(v, t).t("' ")
        else:
            d.s(v, t).t(": ")
    for n, pre, sec, post in rp["headers"]:
        d.t(f"-H \"{n}: {pre}").s(*sec[:2]).t(post + "\" ")
    if rp["body"]:
        d.t("-d '" + rp["body"][0]).s(*rp["body"][1]).t("' ")
    d.t("\"")
    _url_with(d, rp)
    d.t("\" | jq .\n")
    d.t(pick(["{\n  \"ok\": true\n}\n", "{\"message\":\"Bad credentials\"}\n", "{\"error\":\"rate_limited\",\"retry_after\":30}\n"]))
    return "terminal-curl", d


def u_httpie(rp, typ):
    d = Doc()
    d.t(prompt() + "http " + ("POST " if rp["method"] != "GET" else "GET ") + "'")
    _url_with(d, rp)
    d.t("'")
    if rp["basic"]:
        user, v, t = rp["basic"]
        d.t(" -a '" + (user + ":" if user is not None else "")).s(v, t).t(("'" if user is not None else ":'"))
    for n, pre, sec, post in rp["headers"]:
        d.t(f" '{n}:{pre}").s(*sec[:2]).t(post + "'")
    if rp["body"]:
        d.t(" --form '" + rp["body"][0].split("&")[-1]).s(*rp["body"][1]).t("'")
    d.t("\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"status\": \"ok\"}\n")
    return "terminal-httpie", d


def u_python(rp, typ):
    d = Doc()
    d.t("import requests\n\n")
    if rp["url_secret"]:
        d.t("resp = requests.get(\"")
        _url_with(d, rp)
        d.t("\", timeout=10)\n")
    elif rp["basic"]:
        user, v, t = rp["basic"]
        d.t(f"resp = requests.{rp['method'].lower()}(\"{rp['url']}\", auth=(\"{user or ''}\", \"" if user is not None else f"resp = requests.{rp['method'].lower()}(\"{rp['url']}\", auth=(\"")
        d.s(v, t)
        d.t("\"))\n" if user is not None else "\", \"\"))\n")
    elif rp["body"]:
        k = rp["body"][0].split("&")[-1][:-1]
        d.t(f"resp = requests.post(\"{rp['url']}\", data={{\"grant_type\": \"client_credentials\", \"{k}\": \"").s(*rp["body"][1]).t("\"})\n")
    else:
        d.t("HEADERS = {\n")
        for n, pre, sec, post in rp["headers"]:
            d.t(f"    \"{n}\": \"{pre}").s(*sec[:2]).t(post + "\",\n")
        d.t("    \"Accept\": \"application/json\",\n}\n")
        d.t(f"resp = requests.{rp['method'].lower()}(\"{rp['url']}\", headers=HEADERS, timeout=10)\n")
    d.t("resp.raise_for_status()\nprint(resp.json())\n")
    return "python-requests", d


def u_fetch(rp, typ):
    d = Doc()
    d.t("// scripts/check-integration.mjs\nconst res = await fetch(\"")
    _url_with(d, rp)
    d.t("\", {\n  method: \"" + rp["method"] + "\",\n  headers: {\n")
    for n, pre, sec, post in rp["headers"]:
        d.t(f"    \"{n}\": \"{pre}").s(*sec[:2]).t(post + "\",\n")
    if rp["basic"]:
        user, v, t = rp["basic"]
        d.t("    Authorization: \"Basic \" + btoa(\"" + (user + ":" if user is not None else "")).s(v, t).t(("" if user is not None else ":") + "\"),\n")
    d.t("  },\n")
    if rp["body"]:
        d.t("  body: \"" + rp["body"][0]).s(*rp["body"][1]).t("\",\n")
    d.t("});\nconsole.log(res.status, await res.text());\n")
    return "javascript-fetch", d


def u_http_dump(rp, typ):
    d = Doc()
    u = urllib.parse.urlsplit(rp["url"].replace("{}", "X"))
    d.t(f"{rp['method']} ")
    if rp["url_secret"]:
        full = rp["url"]
        pre_host = f"{u.scheme}://{u.netloc}"
        rest = full[len(pre_host):]
        if "{}" in rest:
            a, b = rest.split("{}")
            d.t(a).s(*rp["url_secret"]).t(b)
        else:
            d.t(rest).s(*rp["url_secret"])
    else:
        d.t(u.path + (("?" + u.query) if u.query else ""))
    d.t(f" HTTP/1.1\nHost: {u.netloc}\nUser-Agent: {pick(['python-requests/2.32.3', 'okhttp/4.12.0', 'Go-http-client/1.1', 'axios/1.7.2'])}\nAccept: */*\n")
    for n, pre, sec, post in rp["headers"]:
        d.t(f"{n}: {pre}").s(*sec[:2]).t(post + "\n")
    if rp["basic"]:
        pr = basic_pair(rp)
        d.t("Authorization: Basic ").s(b64(pr), rp["basic"][2], pr).t("\n")
    if rp["body"]:
        body = rp["body"][0] + rp["body"][1][0]
        d.t(f"Content-Type: application/x-www-form-urlencoded\nContent-Length: {len(body)}\n\n" + rp["body"][0]).s(*rp["body"][1]).t("\n")
    else:
        d.t("Connection: keep-alive\n\n")
    return "http-request-dump", d


def u_devtools_curl(rp, typ):
    d = Doc()
    d.t("curl '")
    _url_with(d, rp)
    d.t("' \\\n  -H 'accept: application/json, text/plain, */*' \\\n  -H 'accept-language: en-GB,en;q=0.9' \\\n")
    for n, pre, sec, post in rp["headers"]:
        d.t(f"  -H '{n.lower()}: {pre}").s(*sec[:2]).t(post + "' \\\n")
    if rp["basic"]:
        pr = basic_pair(rp)
        d.t("  -H 'authorization: Basic ").s(b64(pr), rp["basic"][2], pr).t("' \\\n")
    d.t(f"  -H 'origin: https://app.acme.io' \\\n  -H 'sec-fetch-mode: cors' \\\n  -H 'user-agent: {UA}'")
    if rp["body"]:
        d.t(" \\\n  --data-raw '" + rp["body"][0]).s(*rp["body"][1]).t("'")
    d.t("\n")
    return "devtools-copy-as-curl", d


def u_devtools_curl_cmd(rp, typ):
    d = Doc()
    d.t("curl ^\"")
    _url_with(d, rp)
    d.t("^\" ^\n  -H ^\"accept: */*^\" ^\n")
    for n, pre, sec, post in rp["headers"]:
        d.t(f"  -H ^\"{n.lower()}: {pre}").s(*sec[:2]).t(post + "^\" ^\n")
    if rp["basic"]:
        pr = basic_pair(rp)
        d.t("  -H ^\"authorization: Basic ").s(b64(pr), rp["basic"][2], pr).t("^\" ^\n")
    if rp["body"]:
        d.t("  --data-raw ^\"" + rp["body"][0]).s(*rp["body"][1]).t("^\" ^\n")
    d.t("  --compressed\n")
    return "devtools-copy-as-curl-cmd", d


def u_devtools_fetch(rp, typ):
    d = Doc()
    d.t("fetch(\"")
    _url_with(d, rp)
    d.t("\", {\n  \"headers\": {\n    \"accept\": \"application/json\",\n")
    for n, pre, sec, post in rp["headers"]:
        d.t(f"    \"{n.lower()}\": \"{pre}").s(*sec[:2]).t(post + "\",\n")
    if rp["basic"]:
        pr = basic_pair(rp)
        d.t("    \"authorization\": \"Basic ").s(b64(pr), rp["basic"][2], pr).t("\",\n")
    d.t("    \"sec-fetch-site\": \"same-site\"\n  },\n  \"referrer\": \"https://app.acme.io/\",\n")
    if rp["body"]:
        d.t("  \"body\": \"" + rp["body"][0]).s(*rp["body"][1]).t("\",\n")
    else:
        d.t("  \"body\": null,\n")
    d.t(f"  \"method\": \"{rp['method']}\",\n  \"mode\": \"cors\",\n  \"credentials\": \"include\"\n}});\n")
    return "devtools-copy-as-fetch", d


def u_powershell(rp, typ):
    d = Doc()
    pp = prompt(ps=True)
    d.t(pp + "$headers = @{ ")
    for n, pre, sec, post in rp["headers"]:
        d.t(f"'{n}' = '{pre}").s(*sec[:2]).t(post + "'; ")
    if rp["basic"]:
        pr = basic_pair(rp)
        d.t("'Authorization' = 'Basic ").s(b64(pr), rp["basic"][2], pr).t("'; ")
    d.t("'Accept' = 'application/json' }\n")
    d.t(pp + f"Invoke-RestMethod -Method {rp['method'].capitalize()} -Uri '")
    _url_with(d, rp)
    d.t("' -Headers $headers")
    if rp["body"]:
        d.t(" -Body '" + rp["body"][0]).s(*rp["body"][1]).t("'")
    d.t("\n\nid     : 4411\nstatus : active\n")
    return "powershell-session", d


def u_har(rp, typ):
    d = Doc()
    d.t("{\n  \"log\": {\n    \"version\": \"1.2\",\n    \"creator\": {\"name\": \"WebInspector\", \"version\": \"537.36\"},\n    \"entries\": [{\n      \"startedDateTime\": \"" + now_iso() + "\",\n      \"request\": {\n        \"method\": \"" + rp["method"] + "\",\n        \"url\": \"")
    _url_with(d, rp)
    d.t("\",\n        \"httpVersion\": \"http/2.0\",\n        \"headers\": [\n          {\"name\": \"accept\", \"value\": \"*/*\"}")
    for n, pre, sec, post in rp["headers"]:
        d.t(f",\n          {{\"name\": \"{n.lower()}\", \"value\": \"{pre}").s(*sec[:2]).t(post + "\"}")
    if rp["basic"]:
        pr = basic_pair(rp)
        d.t(",\n          {\"name\": \"authorization\", \"value\": \"Basic ").s(b64(pr), rp["basic"][2], pr).t("\"}")
    d.t("\n        ],\n")
    if rp["body"]:
        d.t("        \"postData\": {\"mimeType\": \"application/x-www-form-urlencoded\", \"text\": \"" + rp["body"][0]).s(*rp["body"][1]).t("\"},\n")
    d.t("        \"cookies\": []\n      },\n      \"response\": {\"status\": 200, \"statusText\": \"\"}\n    }]\n  }\n}\n")
    return "har-fragment", d


def u_ci_curl(rp, typ):
    d = Doc()
    sys_ = pick(["github-actions", "gitlab", "jenkins", "circleci", "buildkite"])
    if sys_ == "github-actions":
        d.t(f"2024-06-11T09:{rint(10, 59)}:{rint(10, 59)}.4412345Z ##[group]Run ./scripts/smoke.sh\n2024-06-11T09:14:02.1189931Z + curl -fsS ")
        pref = "2024-06-11T09:14:02.1200000Z "
    elif sys_ == "gitlab":
        d.t("Running with gitlab-runner 17.1.0 (fe451d5a)\n  on docker-runner-3 x7Qp2, system ID: s_6b1c2f0e8a\nExecuting \"step_script\" stage of the job script\n$ curl -fsS ")
        pref = ""
    elif sys_ == "jenkins":
        d.t("[Pipeline] stage\n[Pipeline] { (Smoke test)\n[Pipeline] sh\n+ curl -fsS ")
        pref = ""
    elif sys_ == "circleci":
        d.t("#!/bin/bash -eo pipefail\ncurl -fsS ")
        pref = ""
    else:
        d.t("~~~ :hammer: Running smoke test\n$ curl -fsS ")
        pref = ""
    if rp["basic"]:
        user, v, t = rp["basic"]
        d.t("-u " + (user + ":" if user is not None else "")).s(v, t).t(("" if user is not None else ":") + " ")
    for n, pre, sec, post in rp["headers"]:
        d.t(f"-H '{n}: {pre}").s(*sec[:2]).t(post + "' ")
    if rp["body"]:
        d.t("-d '" + rp["body"][0]).s(*rp["body"][1]).t("' ")
    d.t("'")
    _url_with(d, rp)
    d.t("'\n" + pref + pick(["curl: (22) The requested URL returned error: 401\n", "{\"ok\":true}\n", "curl: (22) The requested URL returned error: 403\nError: Process completed with exit code 22.\n"]))
    return f"ci-log-{sys_}", d


def u_nginx(rp, typ):
    if not rp["headers"]:
        return None
    d = Doc()
    u = urllib.parse.urlsplit(rp["url"])
    d.t(f"location /upstream/ {{\n    proxy_pass {u.scheme}://{u.netloc}/;\n    proxy_set_header Host {u.netloc};\n")
    for n, pre, sec, post in rp["headers"]:
        d.t(f"    proxy_set_header {n} \"{pre}").s(*sec[:2]).t(post + "\";\n")
    d.t("    proxy_ssl_server_name on;\n}\n")
    return "nginx-conf", d


def u_go(rp, typ):
    d = Doc()
    d.t("package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc main() {\n\treq, _ := http.NewRequest(\"" + rp["method"] + "\", \"")
    _url_with(d, rp)
    d.t("\", nil)\n")
    for n, pre, sec, post in rp["headers"]:
        d.t(f"\treq.Header.Set(\"{n}\", \"{pre}").s(*sec[:2]).t(post + "\")\n")
    if rp["basic"]:
        user, v, t = rp["basic"]
        d.t(f"\treq.SetBasicAuth(\"{user or ''}\", \"" if user is not None else "\treq.SetBasicAuth(\"").s(v, t).t("\")\n" if user is not None else "\", \"\")\n")
    d.t("\tresp, err := http.DefaultClient.Do(req)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tfmt.Println(resp.Status)\n}\n")
    return "go-source", d


def u_csharp(rp, typ):
    if not rp["headers"]:
        return None
    d = Doc()
    d.t("using var client = new HttpClient();\n")
    for n, pre, sec, post in rp["headers"]:
        d.t(f"client.DefaultRequestHeaders.Add(\"{n}\", \"{pre}").s(*sec[:2]).t(post + "\");\n")
    d.t("var resp = await client.GetAsync(\"")
    _url_with(d, rp)
    d.t("\");\nConsole.WriteLine(resp.StatusCode);\n")
    return "csharp-source", d


def u_php(rp, typ):
    d = Doc()
    d.t("<?php\n$ch = curl_init('")
    _url_with(d, rp)
    d.t("');\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n")
    hdrs = rp["headers"]
    if hdrs:
        d.t("curl_setopt($ch, CURLOPT_HTTPHEADER, [\n")
        for n, pre, sec, post in hdrs:
            d.t(f"    '{n}: {pre}").s(*sec[:2]).t(post + "',\n")
        d.t("]);\n")
    if rp["basic"]:
        user, v, t = rp["basic"]
        d.t("curl_setopt($ch, CURLOPT_USERPWD, '" + (user + ":" if user is not None else "")).s(v, t).t(("" if user is not None else ":") + "');\n")
    if rp["body"]:
        d.t("curl_setopt($ch, CURLOPT_POSTFIELDS, '" + rp["body"][0]).s(*rp["body"][1]).t("');\n")
    d.t("$out = curl_exec($ch);\n")
    return "php-source", d


def u_ruby(rp, typ):
    d = Doc()
    d.t("require 'net/http'\n\nuri = URI('")
    _url_with(d, rp)
    d.t("')\nreq = Net::HTTP::" + rp["method"].capitalize() + ".new(uri)\n")
    for n, pre, sec, post in rp["headers"]:
        d.t(f"req['{n}'] = '{pre}").s(*sec[:2]).t(post + "'\n")
    if rp["basic"]:
        user, v, t = rp["basic"]
        d.t(f"req.basic_auth '{user or ''}', '" if user is not None else "req.basic_auth '").s(v, t).t("'\n" if user is not None else "', ''\n")
    if rp["body"]:
        d.t("req.body = '" + rp["body"][0]).s(*rp["body"][1]).t("'\n")
    d.t("res = Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |h| h.request(req) }\nputs res.code\n")
    return "ruby-source", d


def u_curl_verbose(rp, typ):
    if not rp["headers"] and not rp["basic"]:
        return None
    d = Doc()
    u = urllib.parse.urlsplit(rp["url"])
    d.t(f"*   Trying 104.18.{rint(1, 250)}.{rint(1, 250)}:443...\n* Connected to {u.netloc} port 443\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n> {rp['method']} {u.path or '/'} HTTP/2\n> Host: {u.netloc}\n> User-Agent: curl/8.5.0\n")
    for n, pre, sec, post in rp["headers"]:
        d.t(f"> {n}: {pre}").s(*sec[:2]).t(post + "\n")
    if rp["basic"]:
        pr = basic_pair(rp)
        d.t("> Authorization: Basic ").s(b64(pr), rp["basic"][2], pr).t("\n")
    d.t(f">\n< HTTP/2 {pick(['200', '401', '403'])}\n< content-type: application/json\n< date: Tue, 11 Jun 2024 10:02:11 GMT\n<\n")
    return "curl-verbose-output", d


USAGE_R = [u_curl, u_httpie, u_python, u_fetch, u_http_dump, u_devtools_curl, u_devtools_curl_cmd, u_devtools_fetch, u_powershell,
           u_har, u_ci_curl, u_nginx, u_go, u_csharp, u_php, u_ruby, u_curl_verbose]


def cli_doc(cmd_tpl, value, typ):
    a, b = cmd_tpl.split("{}")
    c = pick(["terminal", "bash-history", "ci-log-github-actions", "ci-log-gitlab", "dockerfile-run", "readme-markdown", "zsh-history", "jenkins-console"])
    d = Doc()
    if c == "terminal":
        d.t(prompt() + a).s(value, typ).t(b + "\n" + pick(["Success.\n", "done\n", "✔ Logged in\n", "Error: unauthorized\n"]))
    elif c == "bash-history":
        d.t("cd ~/src/" + pick(SVCS) + "\ngit pull\n" + a).s(value, typ).t(b + "\nhistory | tail\n")
    elif c == "zsh-history":
        t0 = ts()
        d.t(f": {t0}:0;git status\n: {t0 + 12}:0;{a}").s(value, typ).t(f"{b}\n: {t0 + 40}:0;ls -la\n")
    elif c == "ci-log-github-actions":
        d.t("2024-06-11T09:14:01.0000000Z ##[group]Run " + a.split(" ")[0] + "\n2024-06-11T09:14:01.0100000Z " + a).s(value, typ).t(b + "\n2024-06-11T09:14:03.2200000Z ##[endgroup]\n")
    elif c == "ci-log-gitlab":
        d.t("$ " + a).s(value, typ).t(b + "\nJob succeeded\n")
    elif c == "jenkins-console":
        d.t("[Pipeline] sh\n+ " + a).s(value, typ).t(b + "\nFinished: SUCCESS\n")
    elif c == "dockerfile-run":
        d.t("FROM alpine:3.20\nRUN apk add --no-cache curl bash\nRUN " + a).s(value, typ).t(b + "\n")
    else:
        d.t("## Setup\n\n1. Install the CLI.\n2. Authenticate:\n\n```sh\n" + a).s(value, typ).t(b + "\n```\n")
    return c, d

# ================================================================ positives
def K(name):
    return KEYS[name].rstrip("\n")


EXTRA_REF.update({
    "aws-access-key-id": GL + "aws-access-token (AKIA/ASIA, labelled next to its secret)",
    "aws-session-token": "AWS STS docs (session token, IQoJb3JpZ2luX2Vj...)",
    "password": "generic password (keyword / syntax context)", "password-in-url": "RFC 3986 userinfo; CredSweeper URL Credentials",
    "database-password": "SQL DDL / client CLI syntax", "http-basic-auth": "RFC 7617 (value = base64 as written, plain = user:password)",
    "private-key": GL + "private-key (PEM armoured block)", "openssh-private-key": "OpenSSH PROTOCOL.key (openssh-key-v1)",
    "pgp-private-key": "RFC 4880 armoured secret key", "putty-private-key": "PuTTY PPK v2 (MAC verified)",
    "encrypted-private-key": "PKCS#8 EncryptedPrivateKeyInfo (still a leak together with its passphrase)",
    "gcp-service-account-key": "Google service-account JSON private_key (PEM with \\n escapes)",
    "laravel-app-key": "Laravel docs: APP_KEY=base64:<32 bytes>", "fernet-key": "cryptography.io Fernet (urlsafe b64 32 bytes)",
    "django-secret-key": "Django docs SECRET_KEY (50 chars)", "rails-secret-key-base": "Rails credentials secret_key_base (128 hex)",
    "rails-master-key": "Rails config/master.key (32 hex)", "flask-secret-key": "Flask docs SECRET_KEY", "phoenix-secret-key-base": "Phoenix secret_key_base (64 chars)",
    "nextauth-secret": "NextAuth/Auth.js AUTH_SECRET", "jwt-signing-secret": "JWT HMAC signing secret", "symfony-app-secret": "Symfony APP_SECRET",
    "aspnet-machine-key": "ASP.NET machineKey", "session-secret": "express-session / cookie signing secret",
    "docker-config-auth": "docker config.json auths.*.auth = base64(user:password)", "k8s-dockerconfigjson": "k8s kubernetes.io/dockerconfigjson (base64 JSON whose auth is base64 again)",
    "npmrc-password": ".npmrc _password (base64 of the password)", "npmrc-auth": ".npmrc _auth (base64 user:password)", "k8s-secret-data": "k8s Secret data (base64)",
    "session-cookie": "session identifier in Cookie/Set-Cookie", "google-app-password": "Google app passwords (16 lowercase letters, 4 groups)",
    "vault-unseal-key": "vault operator init output", "vault-root-token": "vault operator init output (hvs.)", "software-license-key": "vendor licence key",
    "slack-webhook-url": GL + "slack-webhook-url", "discord-webhook-url": "Discord webhook (id/token)", "teams-webhook-url": GL + "microsoft-teams-webhook",
    "google-chat-webhook": "Google Chat webhook key+token", "aws-presigned-signature": "AWS SigV4 query auth X-Amz-Signature",
    "gcs-signed-url-signature": "GCS V4 signed URL X-Goog-Signature", "azure-sas-signature": "Azure SAS sig=",
    "totp-seed": "otpauth:// Key Uri Format secret= (base32)", "wifi-psk": "WPA pre-shared key", "smtp-password": "SMTP AUTH password",
    "generic-secret": "keyword-only generic secret", "generic-api-key": "keyword-only generic api key", "generic-token": "keyword-only generic token",
    "client-secret": "OAuth client_secret (keyword)", "encryption-key": "symmetric encryption key (keyword)", "hmac-secret": "HMAC/webhook signing secret (keyword)",
    "wireguard-private-key": "WireGuard PrivateKey (32-byte base64)", "azure-storage-connection-string-key": "Azure Storage connection string AccountKey=",
    "azure-service-bus-sas-key": "Azure Service Bus SharedAccessKey=", "alibaba-access-key-id": GL + "alibaba-access-key-id (labelled next to its secret)",
    "git-credential-token": "git-credential-store line", "ldap-bind-password": "ldapsearch -w", "redis-password": "redis requirepass / -a",
    "passphrase": "key passphrase (keyword)", "ansible-become-password": "ansible_become_password", "snmp-community": "SNMP community string (acts as password)",
    "mongodb-atlas-api-key": "Atlas programmatic API private key",
})

SKIP_SWEEP = {"aws-secret-access-key"}


def vendor_sweep():
    ui = 0
    for i, v in enumerate(VENDORS):
        typ = v["type"]
        if typ in SKIP_SWEEP:
            continue
        use = v["use"]
        if not use or i % 4 == 0:
            items = [(pick(v["names"]), v["gen"](), typ)]
            if R.random() < 0.5:
                o = pick(VENDORS)
                if o["type"] != typ and o["type"] not in SKIP_SWEEP:
                    n2 = pick(o["names"])
                    items.append((n2 if n2 != items[0][0] else n2 + "_2", o["gen"](), o["type"]))
            c, d = render_assign(AK[(i * 7 + 3) % len(AK)]["name"], items)
            add_pos(c, d)
        val2 = v["gen"]()
        if use and use[0] == "cli":
            c, d = cli_doc(use[1], val2, typ)
            add_pos(c, d)
        elif use:
            rp = req_parts(use, val2, typ)
            for k in range(len(USAGE_R)):
                res = USAGE_R[(ui + k) % len(USAGE_R)](rp, typ)
                if res and res[1].spans:
                    ui += k + 1
                    add_pos(*res)
                    break
        elif i % 2 == 0:
            c, d = chat_doc(val2, typ, named=not v["bare"], name=pick(v["names"]))
            add_pos(c, d)
        if v["bare"] and R.random() < 0.07:
            c, d = chat_doc(v["gen"](), typ)
            add_pos(c, d)


def aws_records():
    P = lambda: (g_aws_id(), g_aws_secret())
    a, s = P(); b, t = P()
    add_pos("aws-credentials-file", fill(f"[default]\naws_access_key_id = «0»\naws_secret_access_key = «1»\nregion = eu-west-1\n\n[prod-admin]\naws_access_key_id = «2»\naws_secret_access_key = «3»\noutput = json\n",
                                          (a, "aws-access-key-id"), (s, "aws-secret-access-key"), (b, "aws-access-key-id"), (t, "aws-secret-access-key")))
    a, s = P()
    pp, acct = prompt(), rs(12, DG)
    add_pos("terminal", fill(pp + "aws configure set aws_access_key_id «0»\n" + pp + "aws configure set aws_secret_access_key «1»\n" + pp + "aws sts get-caller-identity\n{\n    \"UserId\": \"AIDA" + rs(17, ANU) + "\",\n    \"Account\": \"" + acct + "\",\n    \"Arn\": \"arn:aws:iam::" + acct + ":user/ci-deployer\"\n}\n",
                             (a, "aws-access-key-id"), (s, "aws-secret-access-key")))
    a, s = P()
    add_pos("bash-history", fill("vim ~/.aws/config\naws configure set aws_secret_access_key «1» --profile legacy\naws configure set aws_access_key_id «0» --profile legacy\naws s3 ls --profile legacy\n", (a, "aws-access-key-id"), (s, "aws-secret-access-key")))
    a, s = P()
    add_pos("python-source", fill("import boto3\n\n# TODO move to env before merging\ns3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"«0»\",\n    aws_secret_access_key=\"«1»\",\n    region_name=\"us-east-1\",\n)\nprint(s3.list_buckets())\n", (a, "aws-access-key-id"), (s, "aws-secret-access-key")))
    a, s = P()
    add_pos("terraform-provider-block", fill("provider \"aws\" {\n  region     = \"eu-central-1\"\n  access_key = \"«0»\"\n  secret_key = \"«1»\"\n}\n", (a, "aws-access-key-id"), (s, "aws-secret-access-key")))
    a, s = P()
    add_pos("docker-run-command", fill(prompt() + "docker run --rm -e AWS_ACCESS_KEY_ID=«0» -e AWS_SECRET_ACCESS_KEY=«1» amazon/aws-cli s3 sync s3://acme-backups ./restore\n", (a, "aws-access-key-id"), (s, "aws-secret-access-key")))
    a, s, st = g_aws_id("ASIA"), g_aws_secret(), g_aws_session()
    add_pos("shell-export-bashrc", fill(f"# creds from `aws sts assume-role` (expires {now_iso()})\nexport AWS_ACCESS_KEY_ID=«0»\nexport AWS_SECRET_ACCESS_KEY=«1»\nexport AWS_SESSION_TOKEN=«2»\n", (a, "aws-access-key-id"), (s, "aws-secret-access-key"), (st, "aws-session-token")))
    a, s, st = g_aws_id("ASIA"), g_aws_secret(), g_aws_session()
    add_pos("json-cli-output", fill("{\n    \"Credentials\": {\n        \"AccessKeyId\": \"«0»\",\n        \"SecretAccessKey\": \"«1»\",\n        \"SessionToken\": \"«2»\",\n        \"Expiration\": \"" + now_iso() + "\"\n    },\n    \"AssumedRoleUser\": {\n        \"Arn\": \"arn:aws:sts::" + rs(12, DG) + ":assumed-role/deploy/ci\"\n    }\n}\n", (a, "aws-access-key-id"), (s, "aws-secret-access-key"), (st, "aws-session-token")))
    a, s = P()
    add_pos("github-actions-workflow", fill("      - name: Configure AWS\n        uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: «0»\n          aws-secret-access-key: «1»\n          aws-region: us-west-2\n", (a, "aws-access-key-id"), (s, "aws-secret-access-key")))
    a, s = P()
    add_pos("slack-message", fill(f"[{hhmm()}] {pick(PEOPLE)}: new IAM user for the exporter\n```\nAccess key ID: «0»\nSecret access key: «1»\n```\n[{hhmm()}] {pick(PEOPLE)}: please use the secrets manager next time 🙃\n", (a, "aws-access-key-id"), (s, "aws-secret-access-key")))
    a, s = P()
    add_pos("csv-export", fill("User name,Password,Access key ID,Secret access key,Console login link\nci-exporter,,«0»,«1»,https://" + rs(12, DG) + ".signin.aws.amazon.com/console\n", (a, "aws-access-key-id"), (s, "aws-secret-access-key")))
    a, s = P()
    add_pos("s3cfg", fill("[default]\naccess_key = «0»\nsecret_key = «1»\nhost_base = s3.amazonaws.com\nuse_https = True\n", (a, "aws-access-key-id"), (s, "aws-secret-access-key")))
    a, s = P()
    add_pos("rclone-conf", fill("[s3-archive]\ntype = s3\nprovider = AWS\naccess_key_id = «0»\nsecret_access_key = «1»\nregion = eu-west-1\n", (a, "aws-access-key-id"), (s, "aws-secret-access-key")))
    la, ls_ = "LTAI" + rs(20, AN), rs(30, AN)
    add_pos("python-source", fill("from alibabacloud_oss_v2 import Client\n\nACCESS_KEY_ID = \"«0»\"\nACCESS_KEY_SECRET = \"«1»\"\n", (la, "alibaba-access-key-id"), (ls_, "alibaba-secret-key")))


def sql_and_cli_passwords():
    H = g_human_pw
    recs = [
        ("sql-script", "-- 2024_06_provision.sql\nCREATE DATABASE IF NOT EXISTS {db};\nCREATE USER '{u}'@'%' IDENTIFIED BY '«0»';\nGRANT SELECT, INSERT, UPDATE ON {db}.* TO '{u}'@'%';\nFLUSH PRIVILEGES;\n", "database-password"),
        ("sql-migration", "-- V12__reporting_user.sql\nCREATE USER {u} IDENTIFIED BY \"«0»\"\n  DEFAULT TABLESPACE users QUOTA 100M ON users;\nGRANT CREATE SESSION TO {u};\n", "database-password"),
        ("mysql-session", "mysql> CREATE USER '{u}'@'10.0.%' IDENTIFIED WITH caching_sha2_password BY '«0»';\nQuery OK, 0 rows affected (0.02 sec)\n\nmysql> GRANT ALL ON {db}.* TO '{u}'@'10.0.%';\n", "database-password"),
        ("sql-script", "-- roles.sql (postgres)\nCREATE ROLE {u} WITH LOGIN PASSWORD '«0»' VALID UNTIL '2025-12-31';\nGRANT CONNECT ON DATABASE {db} TO {u};\n", "database-password"),
        ("psql-session", "{db}=# CREATE ROLE {u} LOGIN PASSWORD '«0»';\nCREATE ROLE\n{db}=# \\du\n", "database-password"),
        ("ansible-task-yaml", "- name: create app role\n  community.postgresql.postgresql_query:\n    db: {db}\n    query: \"CREATE ROLE {u} WITH LOGIN PASSWORD '«0»'\"\n", "database-password"),
        ("sql-script", "-- mssql bootstrap\nUSE master;\nGO\nALTER LOGIN [{u}] WITH PASSWORD = N'«0»', CHECK_POLICY = OFF;\nGO\n", "database-password"),
        ("tsql-script", "CREATE LOGIN {u} WITH PASSWORD = '«0»', DEFAULT_DATABASE = [{db}];\nCREATE USER {u} FOR LOGIN {u};\n", "database-password"),
        ("sql-script", "ALTER USER '{u}'@'localhost' IDENTIFIED BY '«0»';\n", "database-password"),
        ("oracle-sqlplus-session", "SQL> ALTER USER {u} IDENTIFIED BY \"«0»\" ACCOUNT UNLOCK;\n\nUser altered.\n", "database-password"),
        ("sql-script", "ALTER ROLE {u} WITH PASSWORD '«0»';\nALTER ROLE {u} SET search_path = app, public;\n", "database-password"),
        ("python-source", "cur.execute(\"CREATE USER {u} WITH ENCRYPTED PASSWORD '«0»'\")\nconn.commit()\n", "database-password"),
    ]
    for c, tpl, typ in recs:
        add_pos(c, fill(tpl.replace("{u}", pick(USERS)).replace("{db}", pick(DBS)), (H() if R.random() < 0.6 else g_rand_pw(), typ)))
    # .pgpass
    for _ in range(3):
        lines = [f"{pick(HOSTS)}:5432:{pick(DBS)}:{pick(USERS)}:" for _ in range(rint(1, 3))]
        d = Doc()
        d.t("# ~/.pgpass  (chmod 0600)\n")
        for ln in lines:
            d.t(ln).s(pick([H(), g_rand_pw()]).replace(":", "_"), "database-password").t("\n")
        d.t("*:*:*:replicator:")
        d.s(g_rand_pw(20).replace(":", "_"), "database-password").t("\n")
        add_pos("pgpass", d)
    # .netrc
    add_pos("netrc", fill("machine api.heroku.com\n  login ops@acme.io\n  password «0»\nmachine git.heroku.com\n  login ops@acme.io\n  password «1»\n", (uuid4(), "heroku-api-key"), (uuid4(), "heroku-api-key")))
    add_pos("netrc", fill("machine github.com login acme-bot password «0»\nmachine nexus.acme.internal login deployer password «1»\n", (gh_like("ghp_"), "github-pat"), (H(), "password")))
    add_pos("netrc", fill("default\n  login anonymous\n  password guest@\nmachine ftp.partner-logistics.com\n  login acme_upload\n  password «0»\n", (H(), "password")))
    # CLI flags
    cli = [
        ("terminal", "ldapsearch -x -H ldaps://ldap.acme.corp -D \"cn=svc-sync,ou=services,dc=acme,dc=corp\" -w «0» -b \"dc=acme,dc=corp\" \"(uid=jdoe)\"\n# extended LDIF\n", "ldap-bind-password"),
        ("bash-history", "ldapwhoami -x -D uid=admin,cn=users,dc=nas -w '«0»'\n", "ldap-bind-password"),
        ("terminal", "mysql -h {h} -u {u} -p«0» {db} -e 'SELECT COUNT(*) FROM orders'\nmysql: [Warning] Using a password on the command line interface can be insecure.\n+----------+\n| COUNT(*) |\n+----------+\n|   884213 |\n+----------+\n", "database-password"),
        ("cron-log", "CRON[4412]: (backup) CMD (mysqldump -u{u} -p«0» --single-transaction {db} | gzip > /backup/{db}.sql.gz)\n", "database-password"),
        ("jenkins-console", "+ mysql --user={u} --password=«0» --host={h} < schema.sql\n", "database-password"),
        ("terminal", "sshpass -p '«0»' ssh -o StrictHostKeyChecking=no {u}@{h} 'systemctl restart app'\n", "password"),
        ("ansible-log", "TASK [copy keys] ****\nchanged: [web-3] => (item=sshpass -p «0» scp id_rsa.pub {u}@web-3:/tmp/)\n", "password"),
        ("terminal", "redis-cli -h redis-master.prod -p 6379 -a «0» --no-auth-warning INFO keyspace\n# Keyspace\ndb0:keys=18211,expires=991,avg_ttl=0\n", "redis-password"),
        ("bash-history", "redis-cli -u redis://default:«0»@redis-14221.c1.eu-west-1.ec2.cloud.redislabs.com:14221 ping\n", "redis-password"),
        ("terminal", "psql \"host={h} port=5432 dbname={db} user={u} password=«0» sslmode=require\"\npsql (16.3)\nSSL connection (protocol: TLSv1.3)\n", "database-password"),
        ("python-source", "conn = psycopg2.connect(\"dbname={db} user={u} password=«0» host={h}\")\n", "database-password"),
        ("terminal", "docker login -u acmebuild -p «0» registry.acme.io\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n", "password"),
        ("gitlab-ci-log", "$ docker login -u gitlab-ci-token -p «0» $CI_REGISTRY\nLogin Succeeded\n", "password"),
        ("terminal", "heroku config:set DATABASE_PASSWORD=«0» -a acme-api-prod\nSetting DATABASE_PASSWORD and restarting ⬢ acme-api-prod... done, v214\n", "database-password"),
        ("bash-history", "heroku config:set SESSION_SECRET=«0» --app acme-web\n", "session-secret"),
        ("terminal", "kubectl create secret generic db-creds --from-literal=username={u} --from-literal=password='«0»' -n prod\nsecret/db-creds created\n", "password"),
        ("terminal", "helm upgrade --install pg bitnami/postgresql --set auth.postgresPassword=«0» --set auth.database={db}\n", "database-password"),
        ("terminal", "terraform apply -var 'db_password=«0»' -auto-approve\n", "database-password"),
        ("windows-cmd", "C:\\> net use Z: \\\\fs01\\finance /user:ACME\\{u} «0» /persistent:no\nThe command completed successfully.\n", "password"),
        ("terminal", "mongosh \"mongodb://{u}:«0»@{h}:27017/{db}?authSource=admin\"\n", "password-in-url"),
        ("powershell-session", "PS> $cred = New-Object PSCredential('ACME\\{u}', (ConvertTo-SecureString '«0»' -AsPlainText -Force))\n", "password"),
        ("terminal", "smbclient //nas01/backup -U {u}%«0» -c 'ls'\n", "password"),
        ("terminal", "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:«0»\n", "passphrase"),
        ("bash-history", "curl -u {u}:«0» https://nexus.acme.internal/service/rest/v1/repositories\n", "password"),
    ]
    for c, tpl, typ in cli:
        pw = H() if R.random() < 0.5 else g_rand_pw()
        if typ == "password-in-url" or "redis://" in tpl:
            pw = rs(18, AN)
        add_pos(c, fill(tpl.replace("{u}", pick(USERS)).replace("{db}", pick(DBS)).replace("{h}", pick(HOSTS)), (pw, typ)))
    gh = gh_like("ghp_")
    pp = prompt()
    add_pos("terminal", fill(pp + "echo «0» | gh auth login --with-token\n" + pp + "gh auth status\ngithub.com\n  ✓ Logged in to github.com account acme-bot (keyring)\n", (gh, "github-pat")))
    add_pos("bash-history", fill("gh auth login --hostname github.acme.corp --with-token <<< «0»\ngh repo list acme --limit 5\n", (gh_like("ghp_"), "github-pat")))
    # CSV exports
    for hdr, rows in [
        ("id,email,username,password,role,created_at", lambda: f"{rint(100, 999)},{pick(PEOPLE)}@acme.io,{pick(PEOPLE)},"),
        ("service;host;port;login;secret;owner", lambda: f"{pick(SVCS)};{pick(HOSTS)};{pick(['5432', '3306', '443'])};{pick(USERS)};"),
        ("\"Name\",\"URL\",\"Username\",\"Password\",\"Notes\"", lambda: f"\"{pick(SVCS)}\",\"https://{pick(SVCS)}.acme.io\",\"{pick(USERS)}\",\""),
    ]:
        d = Doc()
        d.t(hdr + "\n")
        sep = ";" if ";" in hdr else ","
        q = hdr.startswith("\"")
        for _ in range(rint(2, 3)):
            d.t(rows()).s(pick([H(), g_rand_pw()]).replace(sep, "").replace("\"", ""), "password")
            d.t("\",\"\"\n" if q else (sep + pick(["admin", "ops", "read-only"]) + (",2024-03-0" + str(rint(1, 9)) if sep == "," else "") + "\n"))
        add_pos("csv-export", d)
    # password in URL query
    add_pos("java-properties", fill("spring.datasource.url=jdbc:sqlserver://sql01.corp.local:1433;databaseName=erp;user=erp_app;password=«0»;encrypt=true\n", (H(), "database-password")))
    add_pos("nginx-access-log", fill(f"10.0.4.{rint(2, 250)} - - [11/Jun/2024:10:{rint(10, 59)}:02 +0000] \"GET /api/login?user={pick(PEOPLE)}&password=«0»&remember=1 HTTP/1.1\" 302 0 \"-\" \"{UA}\"\n", (H(), "password")))
    add_pos("jdbc-url-yaml", fill("datasource:\n  url: jdbc:mysql://{h}:3306/{db}?user={u}&password=«0»&useSSL=true\n".replace("{h}", pick(HOSTS)).replace("{db}", pick(DBS)).replace("{u}", pick(USERS)), (g_rand_pw(), "database-password")))
    add_pos("app-log", fill(f"{now_iso()} WARN  http.client  retrying GET https://legacy-erp.acme.corp/cgi-bin/export.pl?login=exporter&pwd=«0»&fmt=csv (attempt 2/5)\n", (H(), "password")))
    # next-line secrets
    add_pos("yaml-config", fill("smtp:\n  host: smtp.office365.com\n  username: alerts@acme.io\n  password: >-\n    «0»\n  port: 587\n", (H(), "smtp-password")))
    add_pos("k8s-secret-stringdata", fill("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-creds\ntype: Opaque\nstringData:\n  client_secret: |-\n    «0»\n", (rs(40, AN + "~._-"), "client-secret")))
    add_pos("ansible-group-vars", fill("vault_admin_password: |-\n  «0»\nvault_admin_user: admin\n", (H(), "password")))
    add_pos("java-properties", fill("# legacy connector\nconnector.auth.user=svc_sync\nconnector.auth.password=\\\n    «0»\nconnector.timeout=30\n", (g_rand_pw(), "password")))
    add_pos("java-properties", fill("mail.smtp.password = \\\n  «0»\nmail.smtp.starttls.enable = true\n", (H(), "smtp-password")))
    # DSN URLs
    dsn = [
        ("dotenv", "DATABASE_URL=postgres://{u}:«0»@{h}:5432/{db}?sslmode=require\n"),
        ("docker-compose-env-map", "services:\n  worker:\n    environment:\n      CELERY_BROKER_URL: amqp://celery:«0»@rabbitmq:5672/prod\n"),
        ("python-settings", "MONGO_URI = \"mongodb+srv://{u}:«0»@cluster0.x1y2z.mongodb.net/{db}?retryWrites=true&w=majority\"\n"),
        ("javascript-config", "const redis = new Redis(\"rediss://default:«0»@eu1-fancy-lark-33122.upstash.io:33122\");\n"),
        ("go-source", "db, err := sql.Open(\"mysql\", \"{u}:«0»@tcp({h}:3306)/{db}?parseTime=true\")\n"),
        ("app-log", "2024-06-11 10:02:11,441 ERROR sqlalchemy.pool could not connect to postgresql+psycopg2://{u}:«0»@{h}/{db}: timeout expired\n"),
        ("git-credentials", "https://{u}:«0»@gitlab.acme.dev\n"),
        ("pip-conf", "[global]\nindex-url = https://__token__:«0»@pypi.acme.internal/simple/\ntrusted-host = pypi.acme.internal\n"),
        ("ruby-database-yml", "production:\n  adapter: postgresql\n  url: postgresql://{u}:«0»@{h}/{db}\n  pool: 10\n"),
    ]
    for c, tpl in dsn:
        v = rs(rint(16, 28), AN) if R.random() < 0.6 else H().replace("@", "").replace(":", "").replace("/", "").replace("?", "").replace("#", "")
        typ = "password-in-url"
        if c == "git-credentials":
            v, typ = gh_like("ghp_"), "github-pat"
        add_pos(c, fill(tpl.replace("{u}", pick(USERS)).replace("{db}", pick(DBS)).replace("{h}", pick(HOSTS)), (v, typ)))
    add_pos("git-credentials", fill("https://x-access-token:«0»@github.com\nhttps://oauth2:«1»@gitlab.com\n", (gh_like("ghs_"), "github-app-installation-token"), ("glpat-" + rs(20, AN + "-_"), "gitlab-pat")))
    add_pos("my-cnf", fill("[client]\nuser = {u}\npassword = \"«0»\"\nhost = {h}\n".replace("{u}", pick(USERS)).replace("{h}", pick(HOSTS)), (H(), "database-password")))
    add_pos("redis-conf", fill("bind 0.0.0.0\nprotected-mode yes\nrequirepass «0»\nmasterauth «1»\n", (rs(32, AN), "redis-password"), (rs(32, AN), "redis-password")))


def framework_secrets():
    for c in ["laravel-env", "docker-compose-env-list", "github-issue-comment"]:
        k = "base64:" + b64(rbytes(32))
        if c == "laravel-env":
            add_pos(c, fill("APP_NAME=Acme\nAPP_ENV=production\nAPP_KEY=«0»\nAPP_DEBUG=false\nAPP_URL=https://acme.io\n", (k, "laravel-app-key")))
        elif c == "docker-compose-env-list":
            add_pos(c, fill("services:\n  php:\n    image: acme/laravel:11\n    environment:\n      - APP_KEY=«0»\n      - DB_HOST=mysql\n", (k, "laravel-app-key")))
        else:
            add_pos(c, fill("After upgrading I get `The MAC is invalid.` — my .env has\n```\nAPP_KEY=«0»\n```\nany idea?\n", (k, "laravel-app-key")))
    add_pos("python-source", fill("from cryptography.fernet import Fernet\n\nFERNET_KEY = b\"«0»\"\ncipher = Fernet(FERNET_KEY)\n", (g_fernet(), "fernet-key")))
    add_pos("airflow-cfg", fill("[core]\nexecutor = CeleryExecutor\nfernet_key = «0»\n\n[webserver]\nsecret_key = «1»\n", (g_fernet(), "fernet-key"), (b64(rbytes(16)), "flask-secret-key")))
    add_pos("slack-message", fill(f"[{hhmm()}] {pick(PEOPLE)}: new key for the token vault encryptor, generated with Fernet.generate_key(): «0»\n", (g_fernet(), "fernet-key")))
    add_pos("python-settings", fill("# settings.py\nSECRET_KEY = '«0»'\nDEBUG = False\nALLOWED_HOSTS = ['acme.io']\n", (g_django(), "django-secret-key")))
    add_pos("dotenv", fill("DJANGO_SETTINGS_MODULE=config.settings.prod\nDJANGO_SECRET_KEY=«0»\n", (rs(50, LO + DG + "!@#%^&*(-_=+)"), "django-secret-key")))
    add_pos("k8s-deployment-env", fill("        env:\n          - name: DJANGO_SECRET_KEY\n            value: \"«0»\"\n", (rs(50, LO + DG + "!@#%^&*(-_=+)"), "django-secret-key")))
    add_pos("rails-credentials-yml", fill("# rails credentials:show\nsecret_key_base: «0»\naws:\n  access_key_id: «1»\n  secret_access_key: «2»\n", (g_hex(128), "rails-secret-key-base"), (g_aws_id(), "aws-access-key-id"), (g_aws_secret(), "aws-secret-access-key")))
    add_pos("dotenv", fill("RAILS_ENV=production\nSECRET_KEY_BASE=«0»\nRAILS_LOG_TO_STDOUT=1\n", (g_hex(128), "rails-secret-key-base")))
    add_pos("terminal", fill(prompt() + "cat config/master.key\n«0»\n", (g_hex(32), "rails-master-key")))
    add_pos("github-actions-env", fill("env:\n  RAILS_MASTER_KEY: «0»\n  BUNDLE_WITHOUT: development:test\n", (g_hex(32), "rails-master-key")))
    add_pos("python-source", fill("app = Flask(__name__)\napp.config[\"SECRET_KEY\"] = \"«0»\"\n", (b64(rbytes(24)), "flask-secret-key")))
    add_pos("python-source", fill("app = Flask(__name__)\napp.secret_key = b'«0»'\n", ("".join("\\x" + format(x, "02x") for x in rbytes(16)), "flask-secret-key")))
    add_pos("elixir-config", fill("config :acme, AcmeWeb.Endpoint,\n  url: [host: \"acme.io\", port: 443],\n  secret_key_base: \"«0»\"\n", (rs(64, AN + "+/"), "phoenix-secret-key-base")))
    add_pos("dotenv", fill("PHX_HOST=acme.io\nSECRET_KEY_BASE=«0»\n", (rs(64, AN + "+/"), "phoenix-secret-key-base")))
    add_pos("dotenv", fill("NEXTAUTH_URL=https://app.acme.io\nNEXTAUTH_SECRET=«0»\nGITHUB_ID=Iv1." + rs(16, HX) + "\nGITHUB_SECRET=«1»\n", (b64(rbytes(32)), "nextauth-secret"), (rs(40, HX), "client-secret")))
    add_pos("vercel-env-pull", fill("# Created by Vercel CLI\nAUTH_SECRET=\"«0»\"\nAUTH_TRUST_HOST=\"true\"\n", (b64(rbytes(32)), "nextauth-secret")))
    add_pos("javascript-source", fill("const jwt = require('jsonwebtoken');\nconst token = jwt.sign({ sub: user.id }, '«0»', { expiresIn: '1h' });\n", (rs(32, AN + "!#$%"), "jwt-signing-secret")))
    add_pos("spring-application-yml", fill("security:\n  jwt:\n    secret: «0»\n    expiration: 86400\n", (b64(rbytes(48)), "jwt-signing-secret")))
    add_pos("dotenv", fill("JWT_SECRET=«0»\nJWT_EXPIRES_IN=7d\n", (g_human_pw() + rs(6, AN), "jwt-signing-secret")))
    add_pos("go-source", fill("var jwtKey = []byte(\"«0»\")\n\nfunc sign(c Claims) (string, error) {\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(jwtKey)\n}\n", (rs(40, AN), "jwt-signing-secret")))
    add_pos("symfony-env", fill("###> symfony/framework-bundle ###\nAPP_ENV=prod\nAPP_SECRET=«0»\n###< symfony/framework-bundle ###\n", (g_hex(32), "symfony-app-secret")))
    add_pos("web-config-xml", fill("<system.web>\n  <machineKey validationKey=\"«0»\" decryptionKey=\"«1»\" validation=\"HMACSHA256\" decryption=\"AES\" />\n</system.web>\n", (rs(128, HXU), "aspnet-machine-key"), (rs(64, HXU), "aspnet-machine-key")))
    add_pos("javascript-source", fill("app.use(session({\n  secret: '«0»',\n  resave: false,\n  saveUninitialized: false,\n  cookie: { secure: true }\n}));\n", (g_human_pw(), "session-secret")))


def base64_structures():
    for i in range(3):
        reg = pick(["registry.acme.io", "ghcr.io", "index.docker.io/v1/", "acme.azurecr.io", f"{rs(12, DG)}.dkr.ecr.eu-west-1.amazonaws.com"])
        user = pick(["acmebuild", "ci", "robot$deployer", "00000000-0000-0000-0000-000000000000"])
        pw = pick([gh_like("ghp_"), g_rand_pw(), "dckr_pat_" + rs(27, AN + "-_")])
        inner = json.dumps({"auths": {reg: {"username": user, "password": pw, "auth": b64(f"{user}:{pw}")}}}, separators=(",", ":"))
        outer = b64(inner)
        add_pos("k8s-secret-dockerconfigjson", fill(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\n  namespace: {pick(['prod', 'ci', 'default'])}\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: «0»\n", (outer, "k8s-dockerconfigjson", inner)))
    for i in range(3):
        user, pw = pick(["acmebuild", "ci-bot", "_json_key", "AWS"]), pick([g_rand_pw(), g_human_pw(), "dckr_pat_" + rs(27, AN + "-_")])
        a = b64(f"{user}:{pw}")
        reg = pick(["https://index.docker.io/v1/", "registry.gitlab.com", "quay.io", "harbor.acme.internal"])
        add_pos("docker-config-json", fill("{\n\t\"auths\": {\n\t\t\"" + reg + "\": {\n\t\t\t\"auth\": \"«0»\"\n\t\t}\n\t},\n\t\"currentContext\": \"default\"\n}\n", (a, "docker-config-auth", f"{user}:{pw}")))
    for i in range(2):
        pw = g_human_pw()
        add_pos("npmrc", fill("registry=https://nexus.acme.internal/repository/npm-group/\n//nexus.acme.internal/repository/npm-group/:username=ci\n//nexus.acme.internal/repository/npm-group/:_password=«0»\n//nexus.acme.internal/repository/npm-group/:email=ci@acme.io\nalways-auth=true\n", (b64(pw), "npmrc-password", pw)))
    for i in range(2):
        up = f"{pick(USERS)}:{g_rand_pw()}"
        add_pos("npmrc", fill("_auth=«0»\nemail=build@acme.io\nalways-auth=true\nregistry=https://artifactory.acme.io/api/npm/npm/\n", (b64(up), "npmrc-auth", up)))
    add_pos("npmrc", fill("@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=«0»\n//registry.npmjs.org/:_authToken=«1»\n", (gh_like("ghp_"), "github-pat"), (gh_like("npm_"), "npm-access-token")))
    for i in range(3):
        pw = pick([g_human_pw(), g_rand_pw()])
        k2 = rs(32, AN)
        add_pos("k8s-secret-yaml", fill(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {pick(SVCS)}-db\ntype: Opaque\ndata:\n  username: {b64(pick(USERS))}\n  password: «0»\n  api-key: «1»\n", (b64(pw), "k8s-secret-data", pw), (b64(k2), "k8s-secret-data", k2)))
    pem = K("ec_tls_pem")
    add_pos("k8s-secret-tls", fill("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\ndata:\n  tls.crt: " + b64(K("ec_tls_crt") + "\n") + "\n  tls.key: «0»\n", (b64(pem + "\n"), "k8s-secret-data", pem + "\n")))
    pw = g_rand_pw()
    add_pos("kubectl-get-secret-output", fill((pp := prompt()) + "kubectl get secret grafana-admin -o jsonpath='{.data.admin-password}'\n«0»" + pp + "\n", (b64(pw), "k8s-secret-data", pw)))
    add_pos("yarnrc-yml", fill("npmRegistryServer: \"https://npm.acme.io\"\nnpmScopes:\n  acme:\n    npmAlwaysAuth: true\n    npmAuthToken: «0»\n", (gh_like("npm_"), "npm-access-token")))
    up = f"ci-bot:{g_rand_pw()}"
    add_pos("composer-auth-json", fill("{\n    \"http-basic\": {\n        \"repo.packagist.com\": {\n            \"username\": \"token\",\n            \"password\": \"«0»\"\n        }\n    },\n    \"github-oauth\": {\n        \"github.com\": \"«1»\"\n    }\n}\n", (rs(40, HX), "password"), (gh_like("gho_"), "github-oauth-token")))
    add_pos("maven-settings-xml", fill("<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>\n      <password>«0»</password>\n    </server>\n  </servers>\n</settings>\n", (g_human_pw(), "password")))
    add_pos("nuget-config", fill("<configuration>\n  <packageSourceCredentials>\n    <AcmeFeed>\n      <add key=\"Username\" value=\"build\" />\n      <add key=\"ClearTextPassword\" value=\"«0»\" />\n    </AcmeFeed>\n  </packageSourceCredentials>\n</configuration>\n", (g_azdo(), "azure-devops-pat")))
    add_pos("pypirc", fill("[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = «0»\n\n[internal]\nrepository = https://pypi.acme.internal/\nusername = release\npassword = «1»\n", ("pypi-AgEIcHlwaS5vcmcCJ" + rs(150, AN + "-_"), "pypi-upload-token"), (g_human_pw(), "password")))
    add_pos("gem-credentials", fill("---\n:rubygems_api_key: «0»\n", ("rubygems_" + rs(48, HX), "rubygems-api-key")))
    add_pos("cargo-credentials-toml", fill("[registry]\ntoken = \"«0»\"\n", ("cio" + rs(32, AN), "crates-io-token")))
    add_pos("gh-hosts-yml", fill("github.com:\n    user: acme-bot\n    oauth_token: «0»\n    git_protocol: https\n", (gh_like("gho_"), "github-oauth-token")))
    add_pos("terraformrc", fill("credentials \"app.terraform.io\" {\n  token = \"«0»\"\n}\n", (g_tf_cloud(), "terraform-cloud-token")))
    add_pos("kubeconfig", fill("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.20.0.4:6443\n  name: prod\nusers:\n- name: ci\n  user:\n    token: «0»\ncontexts:\n- context: {cluster: prod, user: ci}\n  name: prod\ncurrent-context: prod\n", (g_k8s_sa(), "kubernetes-sa-token")))
    pem = K("ec1_pem")
    add_pos("kubeconfig", fill("users:\n- name: admin\n  user:\n    client-certificate-data: " + b64(K("ca_crt") + "\n") + "\n    client-key-data: «0»\n", (b64(pem + "\n"), "k8s-secret-data", pem + "\n")))
    add_pos("vault-token-file", fill(prompt() + "cat ~/.vault-token\n«0»\n", (g_vault_hvs(), "vault-service-token")))
    add_pos("helm-repositories-yaml", fill("apiVersion: \"\"\nrepositories:\n- name: acme\n  url: https://charts.acme.io\n  username: helm\n  password: «0»\n", (g_rand_pw(), "password")))


def session_and_misc():
    for c, tpl, v in [
        ("http-response-dump", "HTTP/1.1 302 Found\nLocation: /dashboard\nSet-Cookie: sessionid=«0»; expires=Tue, 25 Jun 2024 10:02:11 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax; Secure\nSet-Cookie: csrftoken=" + rs(32, AN) + "; Path=/; SameSite=Lax\n", lambda: rs(32, ANL)),
        ("devtools-copy-as-curl", "curl 'https://admin.acme.io/api/users?page=2' \\\n  -H 'accept: application/json' \\\n  -b 'connect.sid=«0»; _ga=GA1.1." + rs(10, DG) + "." + rs(10, DG) + "' \\\n  -H 'user-agent: " + UA + "'\n", lambda: "s%3A" + rs(32, AN + "-_") + "." + rs(43, AN + "%")),
        ("http-request-dump", "GET /index.php?route=account HTTP/1.1\nHost: shop.acme.io\nCookie: PHPSESSID=«0»; lang=en\nUser-Agent: " + UA + "\n", lambda: rs(26, LO + DG)),
        ("java-stack-trace", "2024-06-11 10:01:02.113 DEBUG o.a.c.h.Http11Processor - request headers: {host=app.acme.io, cookie=JSESSIONID=«0»; Path=/app}\n", lambda: rs(32, HXU)),
        ("har-fragment", "{\"name\": \"cookie\", \"value\": \"_gitlab_session=«0»; known_sign_in=" + rs(40, AN) + "\"}\n", lambda: rs(32, HX)),
        ("slack-message", "[{t}] {a}: can you check what's wrong with my account? here's my cookie from devtools: laravel_session=«0»\n", lambda: "eyJpdiI6I" + rs(180, AN + "%")),
        ("http-response-dump", "HTTP/2 200\nset-cookie: __Secure-next-auth.session-token=«0»; Path=/; HttpOnly; Secure; SameSite=Lax\n", lambda: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.." + rs(22, AN + "-_") + "." + rs(300, AN + "-_") + "." + rs(22, AN + "-_")),
    ]:
        a, b = R.sample(PEOPLE, 2)
        add_pos(c, fill(tpl.replace("{t}", hhmm()).replace("{a}", a).replace("{b}", b), (v(), "session-cookie")))
    for c, tpl in [("python-settings", "EMAIL_HOST = \"smtp.gmail.com\"\nEMAIL_PORT = 587\nEMAIL_HOST_USER = \"alerts.acme@gmail.com\"\nEMAIL_HOST_PASSWORD = \"«0»\"\nEMAIL_USE_TLS = True\n"),
                   ("email", "Subject: Re: app password\n\nhere's the app password Google generated for the printer scanner: «0»\n(it only works for SMTP)\n"),
                   ("msmtprc", "account gmail\nhost smtp.gmail.com\nport 587\nfrom me@gmail.com\nuser me@gmail.com\npassword «0»\n"),
                   ("slack-message-de", f"[{hhmm()}] {pick(PEOPLE)}: App-Passwort für das Gmail-Konto vom Scanner: «0»\n")]:
        add_pos(c, fill(tpl, (g_app_password(), "google-app-password")))
    for _ in range(2):
        d = Doc()
        d.t(prompt() + "vault operator init\n")
        for i in range(5):
            d.t(f"Unseal Key {i + 1}: ").s(b64(rbytes(33)), "vault-unseal-key").t("\n")
        d.t("\nInitial Root Token: ").s("hvs." + rs(24, AN), "vault-root-token")
        d.t("\n\nVault initialized with 5 key shares and a key threshold of 3. Please securely\ndistribute the key shares printed above.\n")
        add_pos("terminal-vault-init", d)
    add_pos("runbook-markdown", fill("## Break-glass\n\nIf Vault is sealed after a node restart run `vault operator unseal` three times:\n\n- key 1: `«0»`\n- key 2: `«1»`\n- key 3: `«2»`\n", (b64(rbytes(33)), "vault-unseal-key"), (b64(rbytes(33)), "vault-unseal-key"), (b64(rbytes(33)), "vault-unseal-key")))
    add_pos("unity-license-notes", fill("Build agents need a Pro seat.\nSerial: «0»\nActivate with: unity-editor -batchmode -serial <serial> -username ci@acme.io -password ...\n", ("SC-" + "-".join(rs(4, ANU) for _ in range(5)), "software-license-key")))
    add_pos("dotenv", fill("INTELEPHENSE_LICENCE_KEY=«0»\nAG_GRID_SERVER_LICENSE=«1»\n", (rs(15, ANU), "software-license-key"), ("Acme_Inc_MultiApp_" + rs(64, HX), "software-license-key")))
    add_pos("bundler-config", fill("---\nBUNDLE_GEMS__CONTRIBSYS__COM: \"«0»\"\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: \"«1»\"\n", (rs(8, HX) + ":" + rs(8, HX), "sidekiq-enterprise-credentials"), (rs(8, HX) + ":" + rs(8, HX), "sidekiq-enterprise-credentials")))
    # webhooks
    sw = lambda: f"https://hooks.slack.com/services/T{rs(8, ANU)}/B{rs(10, ANU)}/{rs(24, AN)}"
    add_pos("dotenv", fill("SLACK_WEBHOOK_URL=«0»\n", (sw(), "slack-webhook-url")))
    add_pos("github-actions-workflow", fill("      - name: Notify\n        run: |\n          curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deployed\"}' «0»\n", (sw(), "slack-webhook-url")))
    add_pos("alertmanager-yml", fill("receivers:\n- name: ops\n  slack_configs:\n  - api_url: «0»\n    channel: '#alerts'\n", (sw(), "slack-webhook-url")))
    dw = lambda: f"https://discord.com/api/webhooks/{rs(19, DG)}/{rs(68, AN + '-_')}"
    add_pos("python-source", fill("WEBHOOK = \"«0»\"\nrequests.post(WEBHOOK, json={\"content\": \"backup finished\"})\n", (dw(), "discord-webhook-url")))
    add_pos("discord-message", fill(f"{pick(PEOPLE)} — Today at {hhmm()}\nuse this hook for the build bot «0»\n", (dw(), "discord-webhook-url")))
    tw = lambda: f"https://acme.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{rs(32, HX)}/{uuid4()}"
    add_pos("powershell-script", fill("$uri = '«0»'\nInvoke-RestMethod -Method Post -Uri $uri -Body (@{text='Nightly job failed'} | ConvertTo-Json) -ContentType 'application/json'\n", (tw(), "teams-webhook-url")))
    add_pos("jenkinsfile", fill("post {\n  failure {\n    office365ConnectorSend webhookUrl: '«0»', message: 'Build failed'\n  }\n}\n", (tw(), "teams-webhook-url")))
    add_pos("yaml-config", fill("notifications:\n  google_chat: «0»\n", (f"https://chat.googleapis.com/v1/spaces/AAAA{rs(7, AN)}/messages?key=AIza{rs(35, AN + '-_')}&token={rs(43, AN + '-_')}%3D", "google-chat-webhook")))
    # signed URLs
    for c in ["slack-message", "app-log"]:
        d = Doc()
        pre = f"[{hhmm()}] {pick(PEOPLE)}: here's the export, link valid 7 days: " if c == "slack-message" else f"{now_iso()} INFO export.ready url="
        d.t(pre + f"https://acme-exports.s3.eu-west-1.amazonaws.com/reports/q2.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={g_aws_id()}%2F20240611%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240611T100211Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=")
        d.s(rs(64, HX), "aws-presigned-signature").t("\n")
        add_pos(c, d)
    d = Doc()
    d.t(f"gsutil signurl output:\nURL\tHTTP Method\tExpiration\tSigned URL\ngs://acme-ml/models/v3.bin\tGET\t2024-06-12 10:02:11\thttps://storage.googleapis.com/acme-ml/models/v3.bin?x-goog-signature=")
    d.s(rs(512, HX), "gcs-signed-url-signature").t("&x-goog-algorithm=GOOG4-RSA-SHA256&x-goog-credential=signer%40acme-prod.iam.gserviceaccount.com%2F20240611%2Fauto%2Fstorage%2Fgoog4_request&x-goog-date=20240611T100211Z&x-goog-expires=86400&x-goog-signedheaders=host\n")
    add_pos("terminal", d)
    for c in ["dotenv", "jira-comment"]:
        sig = urllib.parse.quote(b64(rbytes(32)), safe="")
        url = f"https://acmestore.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=2025-01-01T00:00:00Z&st=2024-06-01T00:00:00Z&spr=https&sig="
        d = Doc()
        d.t("AZURE_BACKUP_SAS_URL=" + url if c == "dotenv" else f"{pick(PEOPLE)}: upload the dump here: {url}")
        d.s(sig, "azure-sas-signature").t("\n")
        add_pos(c, d)
    # OTP seeds
    add_pos("qr-payload-text", fill("otpauth://totp/Acme:ops%40acme.io?secret=«0»&issuer=Acme&algorithm=SHA1&digits=6&period=30\n", (g_totp(), "totp-seed")))
    add_pos("python-source", fill("import pyotp\n\n# shared 2FA for the registrar account\ntotp = pyotp.TOTP(\"«0»\")\nprint(totp.now())\n", (g_totp(), "totp-seed")))
    add_pos("password-manager-export-csv", fill("name,url,username,password,totp\nregistrar,https://registrar.example-dns.com,acme-admin,«0»,«1»\n", (g_human_pw(), "password"), ("otpauth://totp/Registrar:acme-admin?secret=" + g_totp() + "&issuer=Registrar", "totp-seed")))
    add_pos("recovery-notes-markdown", fill("# 2FA recovery\nSetup key (enter manually if QR fails): «0»\nRecovery codes: stored in the safe\n", (" ".join(rs(4, B32.lower()) for _ in range(8)), "totp-seed")))
    # wifi
    add_pos("wpa-supplicant-conf", fill("ctrl_interface=DIR=/var/run/wpa_supplicant\nnetwork={\n    ssid=\"ACME-Office\"\n    psk=\"«0»\"\n    key_mgmt=WPA-PSK\n}\n", (g_human_pw(), "wifi-psk")))
    add_pos("networkmanager-connection", fill("[connection]\nid=Warehouse-5G\ntype=wifi\n\n[wifi]\nssid=Warehouse-5G\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=«0»\n", (g_rand_pw(16), "wifi-psk")))
    add_pos("hostapd-conf", fill("interface=wlan0\nssid=guest-lab\nwpa=2\nwpa_passphrase=«0»\nwpa_key_mgmt=WPA-PSK\n", (g_human_pw(), "wifi-psk")))
    add_pos("qr-payload-text", fill("WIFI:T:WPA;S:ACME-Guest;P:«0»;H:false;;\n", (g_human_pw().replace(";", ""), "wifi-psk")))
    add_pos("slack-message-fr", fill(f"[{hhmm()}] {pick(PEOPLE)}: le mot de passe du wifi invités c'est «0»\n", (g_human_pw(), "wifi-psk")))
    # smtp
    add_pos("postfix-sasl-passwd", fill("[smtp.sendgrid.net]:587 apikey:«0»\n", ("SG." + rs(22, AN + "-_") + "." + rs(43, AN + "-_"), "sendgrid-api-key")))
    add_pos("postfix-sasl-passwd", fill("[email-smtp.eu-west-1.amazonaws.com]:587 " + g_aws_id() + ":«0»\n", ("B" + rs(43, AN + "+/"), "smtp-password")))
    add_pos("php-source", fill("$mail->Host = 'mail.acme.de';\n$mail->SMTPAuth = true;\n$mail->Username = 'noreply@acme.de';\n$mail->Password = '«0»';\n", (g_human_pw(), "smtp-password")))
    add_pos("gitlab-rb", fill("gitlab_rails['smtp_enable'] = true\ngitlab_rails['smtp_user_name'] = \"gitlab@acme.io\"\ngitlab_rails['smtp_password'] = \"«0»\"\n", (g_human_pw(), "smtp-password")))
    # wireguard / snmp / misc
    add_pos("wireguard-conf", fill("[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = «0»\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = " + g_wg() + "\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n", (g_wg(), "wireguard-private-key")))
    add_pos("ansible-inventory-ini", fill("[db]\ndb01 ansible_host=10.0.2.11\n\n[db:vars]\nansible_user=deploy\nansible_become_password=«0»\n", (g_human_pw(), "ansible-become-password")))
    add_pos("snmpd-conf", fill("rocommunity public 127.0.0.1\nrwcommunity «0» 10.0.0.0/8\n", (rs(16, AN), "snmp-community")))
    # azure
    for c in ["appsettings-json", "dotenv", "python-source"]:
        cs = lambda: f"DefaultEndpointsProtocol=https;AccountName=acme{rs(6, ANL)};AccountKey="
        if c == "appsettings-json":
            add_pos(c, fill("{\n  \"ConnectionStrings\": {\n    \"Blob\": \"" + cs() + "«0»;EndpointSuffix=core.windows.net\"\n  }\n}\n", (g_azure_storage(), "azure-storage-connection-string-key")))
        elif c == "dotenv":
            add_pos(c, fill("AZURE_STORAGE_CONNECTION_STRING=\"" + cs() + "«0»;EndpointSuffix=core.windows.net\"\n", (g_azure_storage(), "azure-storage-connection-string-key")))
        else:
            add_pos(c, fill("client = ServiceBusClient.from_connection_string(\"Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«0»\")\n", (b64(rbytes(32)), "azure-service-bus-sas-key")))
    add_pos("azure-cli-output", fill(prompt() + "az storage account keys list -n acmeprodlogs -o table\nKeyName    Permissions    Value\n---------  -------------  " + "-" * 88 + "\nkey1       FULL           «0»\nkey2       FULL           «1»\n", (g_azure_storage(), "azure-storage-account-key"), (g_azure_storage(), "azure-storage-account-key")))
    add_pos("azure-cli-output", fill(prompt() + "az ad sp create-for-rbac --name ci-deployer --role contributor\n{\n  \"appId\": \"" + uuid4() + "\",\n  \"displayName\": \"ci-deployer\",\n  \"password\": \"«0»\",\n  \"tenant\": \"" + uuid4() + "\"\n}\n", (g_azure_ad_secret(), "azure-ad-client-secret")))
    add_pos("atlas-cli-output", fill("API Key '" + rs(8, LO) + "' created.\nPublic API Key " + rs(8, LO) + "\nPrivate API Key «0»\n", (uuid4(), "mongodb-atlas-api-key")))


def private_keys():
    pk = [
        ("terminal", "cat ~/.ssh/id_ed25519", "ssh_ed1", "openssh-private-key"),
        ("github-issue-comment", "I generated a deploy key but CI still says `Permission denied (publickey)`. Key below:\n\n```\n", "ssh_ed2", "openssh-private-key"),
        ("ansible-group-vars", "deploy_ssh_key: |\n", "ssh_ed3", "openssh-private-key"),
        ("terraform-source", "resource \"tls_private_key\" \"unused\" {}\n\nlocals {\n  bastion_key = <<-EOT\n", "ssh_rsa", "openssh-private-key"),
        ("slack-message", f"[{hhmm()}] {pick(PEOPLE)}: the runner key, in case you need it\n```\n", "ssh_ec", "openssh-private-key"),
        ("id-rsa-file", "", "rsa1_pem", "private-key"),
        ("nginx-ssl-key-file", "# /etc/nginx/ssl/api.key\n", "rsa_p8_pem", "private-key"),
        ("email", "Subject: cert for the payment gateway\n\nHi,\nattached inline as requested:\n\n", "ec1_pem", "private-key"),
        ("docker-compose-inline", "services:\n  proxy:\n    environment:\n      TLS_KEY: |\n", "ec2_pem", "private-key"),
        ("jira-comment", f"{pick(PEOPLE)}: the signing key for the webhook verifier:\n{{code}}\n", "ec_p8_pem", "private-key"),
        ("java-stack-trace", "java.security.spec.InvalidKeySpecException: invalid key format while parsing\n", "ed_p8_pem", "private-key"),
        ("pgp-export", "$ gpg --armor --export-secret-keys release-bot@example.org\n", "pgp_asc", "pgp-private-key"),
        ("putty-ppk-file", "", "putty_ppk", "putty-private-key"),
        ("helm-values", "tls:\n  enabled: true\n  key: |\n", "ssh_ed4", "openssh-private-key"),
    ]
    for c, pre, kn, typ in pk:
        key = K(kn)
        if c in ("ansible-group-vars", "docker-compose-inline", "helm-values", "terraform-source"):
            ind = "    " if c == "terraform-source" else ("        " if c == "docker-compose-inline" else "  ")
            if c == "helm-values":
                ind = "    "
            keyi = key.replace("\n", "\n" + ind)
            d = Doc()
            d.t(pre + ind).s(keyi, typ).t("\n" + ("  EOT\n}\n" if c == "terraform-source" else ""))
        else:
            d = Doc()
            d.t(pre + ("\n" if c == "terminal" else "")).s(key, typ)
            d.t({"github-issue-comment": "\n```\n", "slack-message": "\n```\n", "jira-comment": "\n{code}\n", "email": "\n\nThanks\n"}.get(c, "\n"))
        if c == "terminal":
            d.parts[0] = prompt() + "cat ~/.ssh/id_ed25519\n"
            # recompute offsets: rebuild
            d2 = Doc()
            d2.t(d.parts[0]).s(key, typ).t("\n")
            d = d2
        add_pos(c, d)
    # encrypted keys together with passphrase
    d = Doc()
    d.t("# deploy/keys/README\nkey passphrase: ").s("Tr0ub4dor-9x", "passphrase").t("\n\n").s(K("rsa_enc_pem"), "encrypted-private-key").t("\n")
    add_pos("readme-markdown", d)
    d = Doc()
    d.t("SSH_KEY_PASSPHRASE=").s("hunter-of-keys", "passphrase").t("\nSSH_PRIVATE_KEY=\"").s(K("ssh_ed_enc"), "openssh-private-key").t("\"\n")
    add_pos("dotenv", d)
    # GCP service account json with escaped newlines
    for kn in ["rsa_gcp_pem", "rsa_gcp2_pem"]:
        pem = K(kn).replace("\n", "\\n") + "\\n"
        proj = pick(["acme-prod-3312", "data-platform-77", "ml-sandbox-2024"])
        d = Doc()
        d.t("{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + proj + "\",\n  \"private_key_id\": \"" + rs(40, HX) + "\",\n  \"private_key\": \"")
        d.s(pem[:-2], "gcp-service-account-key").t("\\n\",\n  \"client_email\": \"ci-deployer@" + proj + ".iam.gserviceaccount.com\",\n  \"client_id\": \"" + rs(21, DG) + "\",\n  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}\n")
        add_pos("gcp-service-account-json", d)
    d = Doc()
    d.t("JWT_PRIVATE_KEY=\"").s(K("rsa1_pem").replace("\n", "\\n"), "private-key").t("\"\nJWT_ALG=RS256\n")
    add_pos("dotenv", d)


GEN_NAMES = [
    ("password", "password"), ("db_password", "database-password"), ("DB_PASS", "database-password"), ("passwd", "password"), ("pwd", "password"),
    ("adminPassword", "password"), ("master-password", "password"), ("mysql.root.password", "database-password"), ("REDIS_PASSWORD", "redis-password"),
    ("secret", "generic-secret"), ("app_secret", "generic-secret"), ("client_secret", "client-secret"), ("clientSecret", "client-secret"),
    ("OAUTH_CLIENT_SECRET", "client-secret"), ("api_key", "generic-api-key"), ("apiKey", "generic-api-key"), ("x-api-key", "generic-api-key"),
    ("API_KEY", "generic-api-key"), ("token", "generic-token"), ("auth_token", "generic-token"), ("authToken", "generic-token"),
    ("ACCESS_TOKEN", "generic-token"), ("bearer-token", "generic-token"), ("private_key", "generic-secret"), ("encryption_key", "encryption-key"),
    ("ENCRYPTION_KEY", "encryption-key"), ("signing.secret", "hmac-secret"), ("WEBHOOK_SECRET", "hmac-secret"), ("hmacKey", "hmac-secret"),
    ("keystore.password", "password"), ("ssl_key_password", "password"), ("SMTP_PASS", "smtp-password"), ("ldap.bind.password", "ldap-bind-password"),
    ("service_account_password", "password"), ("PGPASSWORD", "database-password"), ("MYSQL_ROOT_PASSWORD", "database-password"),
    ("POSTGRES_PASSWORD", "database-password"), ("RABBITMQ_DEFAULT_PASS", "password"), ("MINIO_ROOT_PASSWORD", "password"), ("GF_SECURITY_ADMIN_PASSWORD", "password"),
    ("KEYCLOAK_ADMIN_PASSWORD", "password"), ("ELASTIC_PASSWORD", "password"), ("cookie_secret", "session-secret"), ("sessionSecret", "session-secret"),
    ("credentials", "generic-secret"), ("PASSPHRASE", "passphrase"), ("secret_token", "generic-token"), ("consumer_secret", "client-secret"),
]


def generic_value(typ):
    if typ in ("password", "database-password", "smtp-password", "ldap-bind-password", "redis-password", "passphrase"):
        return g_human_pw() if R.random() < 0.55 else g_rand_pw()
    if typ == "encryption-key":
        return pick([b64(rbytes(32)), g_hex(64)])
    if typ == "hmac-secret":
        return pick([g_hex(40), rs(32, AN)])
    if typ == "session-secret":
        return pick([g_human_pw() + rs(8, AN), rs(48, AN)])
    return pick([rs(32, AN), g_hex(40), rs(40, AN + "-_"), b64(rbytes(24))])


def generic_records():
    # assignment containers with generic names
    for i, (n, typ) in enumerate(GEN_NAMES):
        items = [(n, generic_value(typ), typ)]
        if R.random() < 0.25:
            n2, t2 = pick(GEN_NAMES)
            if n2 != n:
                items.append((n2, generic_value(t2), t2))
        a = AK[(i * 5 + 1) % len(AK)]
        # keep the key exactly as written for names with punctuation: use a raw-style container
        if any(ch in n for ch in ".-") or any(c.isupper() for c in n[1:]) and not n.isupper():
            a = dict(a)
            a["st"] = "raw"
        c, d = render_assign(a, items)
        add_pos(c, d)
    # call-site / syntax variants
    H = g_human_pw
    calls = [
        ("python-source", "engine = create_engine(URL.create(\"postgresql\", username=\"app\", password=\"«0»\", host=\"db\", database=\"orders\"))\n", "database-password"),
        ("java-source", "DataSource ds = new HikariDataSource();\nds.setUsername(\"report\");\nds.setPassword(\"«0»\");\n", "database-password"),
        ("javascript-source", "const pool = new Pool({ user: 'app', host: 'db', database: 'shop', password: '«0»', port: 5432 });\n", "database-password"),
        ("csharp-source", "var conn = new SqlConnection(\"Server=sql01;Database=Erp;User Id=erp_app;Password=«0»;TrustServerCertificate=True\");\n", "database-password"),
        ("go-source", "cfg := mysql.Config{User: \"svc\", Passwd: \"«0»\", Net: \"tcp\", Addr: \"db:3306\", DBName: \"inventory\"}\n", "database-password"),
        ("rust-source", "let client = Client::builder().api_key(\"«0»\").build()?;\n", "generic-api-key"),
        ("kotlin-source", "val client = ApiClient(baseUrl = \"https://partner.example-pay.com\", apiSecret = \"«0»\")\n", "generic-secret"),
        ("ruby-source", "Partner::Client.configure do |c|\n  c.api_token = '«0»'\nend\n", "generic-token"),
        ("php-source", "$client = new PartnerClient(['secret' => '«0»', 'sandbox' => false]);\n", "generic-secret"),
        ("http-request-dump", "POST /api/v1/login HTTP/1.1\nHost: portal.acme.io\nContent-Type: application/json\n\n{\"username\": \"" + pick(PEOPLE) + "\", \"password\": \"«0»\", \"remember\": true}\n", "password"),
        ("http-request-dump", "POST /oauth/token HTTP/1.1\nHost: auth.partner.net\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=password&username=ops%40acme.io&password=«0»&client_id=portal\n", "password"),
        ("soap-xml", "<soapenv:Header>\n  <wsse:Security>\n    <wsse:UsernameToken>\n      <wsse:Username>acme_b2b</wsse:Username>\n      <wsse:Password Type=\"PasswordText\">«0»</wsse:Password>\n    </wsse:UsernameToken>\n  </wsse:Security>\n</soapenv:Header>\n", "password"),
        ("python-traceback", "Traceback (most recent call last):\n  File \"/srv/app/sync.py\", line 88, in <module>\n    client.login(user, password)\n  File \"/srv/app/partner.py\", line 41, in login\n    raise AuthError(f\"login failed for {user!r} with password {password!r}\")\npartner.AuthError: login failed for 'svc_sync' with password '«0»'\n", "password"),
        ("node-error-log", "Error: connect ECONNREFUSED 10.0.3.4:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16) {\n  config: { host: '10.0.3.4', user: 'shop', password: '«0»', database: 'shop' }\n}\n", "database-password"),
        ("go-panic", "panic: dial failed: cfg={Host:10.1.0.9 User:ingest Password:«0» DB:metrics}\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/cmd/ingest/main.go:51 +0x1a5\n", "database-password"),
        ("sentry-event-json", "{\n  \"event_id\": \"" + rs(32, HX) + "\",\n  \"request\": {\n    \"url\": \"https://api.acme.io/v1/import\",\n    \"headers\": {\n      \"X-Api-Key\": \"«0»\",\n      \"Content-Type\": \"application/json\"\n    }\n  },\n  \"level\": \"error\"\n}\n", "generic-api-key"),
        ("structured-json-log", "{\"ts\":\"" + now_iso() + "\",\"level\":\"debug\",\"msg\":\"outbound request\",\"headers\":{\"authorization\":\"Bearer «0»\"},\"url\":\"https://partner.example-logistics.com/v2/shipments\"}\n", "generic-token"),
        ("syslog", "Jun 11 10:02:11 web-3 app[2211]: auth ok user=backup token=«0» ip=10.0.4.12\n", "generic-token"),
        ("docker-inspect-output", "        \"Env\": [\n            \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\",\n            \"ADMIN_PASSWORD=«0»\",\n            \"LANG=C.UTF-8\"\n        ],\n", "password"),
        ("printenv-output", "HOSTNAME=web-5d9c7\nHOME=/root\nPARTNER_API_SECRET=«0»\nSHLVL=1\n", "generic-secret"),
        ("jupyter-notebook", "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\n    \"import os\\n\",\n    \"os.environ[\\\"PARTNER_API_KEY\\\"] = \\\"«0»\\\"\\n\",\n    \"client = Partner()\"\n   ]\n  }\n ],\n \"metadata\": {\"kernelspec\": {\"name\": \"python3\"}},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n", "generic-api-key"),
        ("jupyter-notebook", "{\n \"cells\": [{\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {}, \"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": [\"connected as etl with password «0»\\n\"]}], \"source\": [\"conn = connect()\"]}],\n \"nbformat\": 4, \"nbformat_minor\": 5\n}\n", "database-password"),
        ("tfstate-json", "{\n  \"version\": 4,\n  \"resources\": [\n    {\n      \"type\": \"aws_db_instance\",\n      \"name\": \"main\",\n      \"instances\": [\n        {\n          \"attributes\": {\n            \"username\": \"dbadmin\",\n            \"password\": \"«0»\",\n            \"engine\": \"postgres\"\n          }\n        }\n      ]\n    }\n  ]\n}\n", "database-password"),
        ("kubectl-describe-output", "Containers:\n  app:\n    Image:   acme/api:2.4.1\n    Environment:\n      DB_HOST:      pg-main\n      DB_PASSWORD:  «0»\n      LOG_LEVEL:    info\n", "database-password"),
        ("ps-auxe-output", "app  2211  0.3  1.2 812344 98112 ?  Ssl  10:02  0:11 /usr/bin/java -Ddb.password=«0» -jar /opt/app.jar\n", "database-password"),
        ("git-diff", "diff --git a/config/prod.yml b/config/prod.yml\n@@ -11,3 +11,4 @@ payments:\n   endpoint: https://pay.partner.net\n-  secret: ${PAYMENTS_SECRET}\n+  secret: «0»\n", "generic-secret"),
        ("graphql-config", "overwrite: true\nschema:\n  - https://api.acme.io/graphql:\n      headers:\n        Authorization: \"Bearer «0»\"\n", "generic-token"),
        ("irc-log-de", "[10:02] <" + pick(PEOPLE) + "> das Passwort für den Jumphost ist jetzt «0»\n", "password"),
        ("email-es", "Asunto: acceso VPN\n\nHola,\nusuario: " + pick(PEOPLE) + "\ncontraseña: «0»\nSaludos\n", "password"),
        ("teams-chat-pt", pick(PEOPLE) + " (" + hhmm() + "): senha do admin do Grafana: «0»\n", "password"),
        ("jira-comment-ja", pick(PEOPLE) + ": 管理者パスワードは «0» です。作業後に変更してください。\n", "password"),
        ("slack-message-zh", "[" + hhmm() + "] " + pick(PEOPLE) + ": 数据库密码：«0»\n", "database-password"),
        ("email-ru", "Тема: доступ к серверу\n\nЛогин: deploy\nПароль: «0»\n", "password"),
        ("markdown-readme", "### Local admin\n\n| user | password |\n|------|----------|\n| admin | `«0»` |\n", "password"),
        ("confluence-page-export", "<h2>Service accounts</h2>\n<table><tr><th>Account</th><th>Password</th></tr>\n<tr><td>svc_reports</td><td>«0»</td></tr></table>\n", "password"),
        ("cloud-init-yaml", "#cloud-config\nchpasswd:\n  expire: false\n  users:\n    - name: ubuntu\n      password: «0»\n      type: text\n", "password"),
        ("vagrantfile", "Vagrant.configure(\"2\") do |config|\n  config.ssh.username = \"vagrant\"\n  config.ssh.password = \"«0»\"\nend\n", "password"),
        ("fstab", "//nas01/media /mnt/media cifs username=media,password=«0»,uid=1000 0 0\n", "password"),
        ("ini-config", "[database]\nhost = db.internal\nuser = reporting\npasswd = «0»\n", "database-password"),
        ("toml-config", "[mqtt]\nbroker = \"tcp://mqtt.factory.local:1883\"\nusername = \"line-4\"\npassword = \"«0»\"\n", "password"),
        ("xml-config", "<datasource jndi-name=\"java:/ErpDS\">\n  <connection-url>jdbc:oracle:thin:@erp-db:1521/ERP</connection-url>\n  <security>\n    <user-name>erp</user-name>\n    <password>«0»</password>\n  </security>\n</datasource>\n", "database-password"),
        ("hcl-vault-agent", "auto_auth {\n  method \"approle\" {\n    config = {\n      role_id_file_path = \"/etc/vault/role-id\"\n      secret_id = \"«0»\"\n    }\n  }\n}\n", "generic-secret"),
        ("proxy-env", "export https_proxy=http://" + pick(PEOPLE) + ":«0»@proxy.corp.local:3128\n", "password-in-url"),
        ("keepass-xml-export", "<Entry><String><Key>Title</Key><Value>Firewall admin</Value></String><String><Key>Password</Key><Value ProtectInMemory=\"True\">«0»</Value></String></Entry>\n", "password"),
        ("openvpn-auth-file", "vpnuser-" + rs(4, DG) + "\n«0»\n", "password"),
    ]
    for c, tpl, typ in calls:
        v = generic_value(typ)
        if typ == "password-in-url":
            v = rs(16, AN)
        if c in ("fstab", "openvpn-auth-file"):
            v = v.replace(",", "").replace(" ", "")
        add_pos(c, fill(tpl, (v, typ)))


def composite_records():
    for _ in range(4):
        typs = R.sample([v for v in VENDORS if v["type"] not in SKIP_SWEEP], 4)
        items = [(pick(v["names"]), v["gen"](), v["type"]) for v in typs]
        names = [it[0] for it in items]
        if len(set(names)) < len(names):
            items = [(f"{n}_{i}", v, t) for i, (n, v, t) in enumerate(items)]
        c, d = render_assign(pick(["dotenv", "docker-compose-env-list", "github-actions-env", "k8s-deployment-env", "python-settings", "toml-config"]), items, nfill=4)
        add_pos(c, d)

# ================================================================ evasions
ZW = ["\u200b", "\u200c", "\u200d", "\ufeff"]
BIDI = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"]
NAMED = {"_": "&lowbar;", ".": "&period;", "-": "&hyphen;", "/": "&sol;", "+": "&plus;", "=": "&equals;", ":": "&colon;", "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "!": "&excl;", "#": "&num;", "$": "&dollar;", "%": "&percnt;", "@": "&commat;", "?": "&quest;", "*": "&ast;"}
del NAMED["-"]   # &hyphen; is U+2010, not '-'


def concat_split(s, q):
    cuts = sorted(R.sample(range(2, len(s) - 2), 2))
    i = s.find("_")
    if 0 < i < 8:
        cuts = sorted({i + 1, *cuts[1:]})
    parts, last = [], 0
    for c in cuts + [len(s)]:
        parts.append(s[last:c])
        last = c
    return (q + " + " + q).join(parts)


def enc_value(encoding, plain):
    if encoding in ("base64-name-eq", "base64-token"):
        return b64(plain)
    if encoding == "double-base64":
        return b64(b64(plain))
    if encoding == "hex":
        return plain.encode().hex()
    if encoding == "base32":
        return base64.b32encode(plain.encode()).decode()
    if encoding == "url-percent":
        return "".join("%%%02X" % b for b in plain.encode())
    if encoding == "json-unicode-escape":
        return "".join("\\u%04x" % ord(c) for c in plain)
    if encoding == "html-entity-numeric":
        return "".join(("&#%d;" % ord(c)) if R.random() < 0.5 else ("&#x%x;" % ord(c)) for c in plain)
    if encoding == "html-entity-named":
        return "".join(NAMED.get(c, c) for c in plain)
    if encoding == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in plain)
    if encoding == "zero-width":
        pos = sorted(R.sample(range(3, len(plain) - 1), 3))
        out, last = "", 0
        for p in pos:
            out += plain[last:p] + pick(ZW)
            last = p
        return out + plain[last:]
    if encoding == "bidi-control":
        p1, p2 = sorted(R.sample(range(3, len(plain) - 1), 2))
        a, b = pick([("\u202e", "\u202c"), ("\u2067", "\u2069"), ("\u202d", "\u202c"), ("\u2066", "\u2069")])
        return plain[:p1] + a + plain[p1:p2] + b + plain[p2:]
    if encoding == "string-concat":
        return concat_split(plain, "\"")
    if encoding == "reversed":
        return plain[::-1]
    if encoding == "char-codes":
        return ", ".join(str(ord(c)) for c in plain)
    if encoding == "x-escape":
        return "".join("\\x%02x" % ord(c) for c in plain)
    if encoding == "rot13":
        return codecs.encode(plain, "rot13")
    raise ValueError(encoding)


def dec_value(encoding, v):
    if encoding in ("base64-name-eq", "base64-token"):
        return base64.b64decode(v).decode()
    if encoding == "double-base64":
        return base64.b64decode(base64.b64decode(v)).decode()
    if encoding == "hex":
        return bytes.fromhex(v).decode()
    if encoding == "base32":
        return base64.b32decode(v).decode()
    if encoding == "url-percent":
        return urllib.parse.unquote(v)
    if encoding == "json-unicode-escape":
        return json.loads('"' + v + '"')
    if encoding in ("html-entity-numeric", "html-entity-named"):
        return html.unescape(v)
    if encoding == "fullwidth":
        return unicodedata.normalize("NFKC", v)
    if encoding == "zero-width":
        return "".join(c for c in v if c not in ZW)
    if encoding == "bidi-control":
        return "".join(c for c in v if c not in BIDI)
    if encoding == "string-concat":
        return re.sub(r"[\"']\s*[+.]\s*[\"']", "", v)
    if encoding == "reversed":
        return v[::-1]
    if encoding == "char-codes":
        return "".join(chr(int(x)) for x in re.findall(r"\d+", v))
    if encoding == "x-escape":
        return codecs.decode(v, "unicode_escape")
    if encoding == "rot13":
        return codecs.decode(v, "rot13")
    raise ValueError(encoding)


EV_TYPES = ["github-pat", "gitlab-pat", "slack-bot-token", "stripe-secret-key", "openai-api-key", "anthropic-api-key", "huggingface-token",
            "npm-access-token", "sendgrid-api-key", "digitalocean-pat", "shopify-access-token", "groq-api-key", "doppler-service-token",
            "vault-service-token", "perplexity-api-key", "linear-api-key", "postman-api-key", "dockerhub-pat", "github-fine-grained-pat",
            "replicate-api-token", "newrelic-user-api-key", "databricks-token", "sentry-user-token", "grafana-service-account-token",
            "age-secret-key", "pypi-upload-token", "twilio-api-key", "dynatrace-api-token", "openrouter-api-key", "notion-token",
            "gcp-api-key", "tailscale-auth-key", "github-app-installation-token", "atlassian-api-token", "anthropic-admin-key"]

# container templates per encoding: «0» is the encoded span; {N} the env name
EV_CTX = {
    "base64-name-eq": [("github-actions-workflow", "      - name: write env\n        run: echo «0» | base64 -d >> .env\n"),
                       ("k8s-configmap", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bootstrap\ndata:\n  env.b64: «0»\n"),
                       ("python-source", "import base64, os\n\nfor line in base64.b64decode(\"«0»\").decode().splitlines():\n    k, v = line.split(\"=\", 1)\n    os.environ[k] = v\n"),
                       ("slack-message", "[{t}] {a}: decode this and drop it in your .env: «0»\n"),
                       ("dockerfile", "FROM node:20\nARG ENV_B64=«0»\nRUN echo $ENV_B64 | base64 -d > /app/.env\n"),
                       ("terraform-source", "locals {\n  bootstrap_env = base64decode(\"«0»\")\n}\n"),
                       ("bash-history", "echo '«0»' | base64 --decode > ~/.config/app/env\n")],
    "base64-token": [("python-source", "TOKEN = base64.b64decode(\"«0»\").decode()\n"),
                     ("javascript-source", "const apiKey = atob('«0»');\n"),
                     ("yaml-config", "integration:\n  token_b64: «0»\n"),
                     ("java-source", "String key = new String(Base64.getDecoder().decode(\"«0»\"), UTF_8);\n"),
                     ("email", "Subject: creds\n\nbase64 so the filter doesn't eat it: «0»\n"),
                     ("go-source", "tok, _ := base64.StdEncoding.DecodeString(\"«0»\")\n"),
                     ("csharp-source", "var key = Encoding.UTF8.GetString(Convert.FromBase64String(\"«0»\"));\n")],
    "double-base64": [("python-source", "k = b64decode(b64decode(\"«0»\")).decode()\n"),
                      ("javascript-source", "const k = atob(atob(\"«0»\"));\n"),
                      ("dotenv", "SECRET_B64B64=«0»\n"),
                      ("slack-message", "[{t}] {a}: double-encoded so nobody greps it lol «0»\n"),
                      ("ruby-source", "KEY = Base64.decode64(Base64.decode64('«0»'))\n"),
                      ("php-source", "$k = base64_decode(base64_decode('«0»'));\n"),
                      ("bash-history", "echo «0» | base64 -d | base64 -d\n")],
    "hex": [("python-source", "API_KEY = bytes.fromhex(\"«0»\").decode()\n"),
            ("go-source", "raw, _ := hex.DecodeString(\"«0»\")\ntoken := string(raw)\n"),
            ("kotlin-source", "private const val hex = \"«0»\"\nval token: String get() = hex.chunked(2).map { it.toInt(16).toChar() }.joinToString(\"\")\n"),
            ("ini-config", "[auth]\ntoken_hex = «0»\n"),
            ("bash-history", "echo «0» | xxd -r -p\n"),
            ("c-source", "static const char *k_hex = \"«0»\";\n"),
            ("rust-source", "const TOKEN_HEX: &str = \"«0»\";\n")],
    "base32": [("python-source", "TOKEN = base64.b32decode(\"«0»\").decode()\n"),
               ("yaml-config", "secrets:\n  token_b32: «0»\n"),
               ("bash-history", "echo «0» | base32 -d\n"),
               ("go-source", "t, _ := base32.StdEncoding.DecodeString(\"«0»\")\n"),
               ("dotenv", "TOKEN_B32=«0»\n"),
               ("slack-message", "[{t}] {a}: base32 because reasons «0»\n"),
               ("java-source", "String t = new String(new Base32().decode(\"«0»\"));\n")],
    "url-percent": [("nginx-access-log", "10.0.4.8 - - [11/Jun/2024:10:02:11 +0000] \"GET /hook?token=«0» HTTP/1.1\" 200 12 \"-\" \"curl/8.5.0\"\n"),
                    ("http-request-dump", "POST /api/connect HTTP/1.1\nHost: integrations.acme.io\nContent-Type: application/x-www-form-urlencoded\n\nprovider=acme&api_key=«0»\n"),
                    ("app-log", "{t} DEBUG redirect to https://app.acme.io/callback?access_token=«0»&state=xyz\n"),
                    ("har-fragment", "{\"name\": \"token\", \"value\": \"«0»\"}\n"),
                    ("browser-url-bar", "https://dashboard.acme.io/connect?key=«0»\n"),
                    ("curl-command", "curl 'https://api.acme.io/import?auth=«0»'\n"),
                    ("jira-comment", "{a}: the failing request was /v1/sync?secret=«0»\n")],
    "json-unicode-escape": [("json-config", "{\n  \"service\": \"sync\",\n  \"token\": \"«0»\"\n}\n"),
                            ("appsettings-json", "{\n  \"Integrations\": {\n    \"ApiKey\": \"«0»\"\n  }\n}\n"),
                            ("structured-json-log", "{\"level\":\"info\",\"msg\":\"init\",\"key\":\"«0»\"}\n"),
                            ("javascript-source", "const cfg = JSON.parse('{\"k\": \"«0»\"}');\n"),
                            ("postman-environment", "{\"values\": [{\"key\": \"apiKey\", \"value\": \"«0»\"}]}\n"),
                            ("har-fragment", "{\"postData\": {\"text\": \"{\\\"token\\\": \\\"«0»\\\"}\"}}\n"),
                            ("vscode-settings-json", "{\n  \"rest-client.environmentVariables\": {\"prod\": {\"token\": \"«0»\"}}\n}\n")],
    "html-entity-numeric": [("html-page", "<meta name=\"api-token\" content=\"«0»\">\n"),
                            ("xml-config", "<config>\n  <token>«0»</token>\n</config>\n"),
                            ("email-html", "<p>Your key: <code>«0»</code></p>\n"),
                            ("confluence-page-export", "<td>deploy token</td><td>«0»</td>\n"),
                            ("svg-file", "<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>«0»</desc></svg>\n"),
                            ("rss-feed", "<item><title>build</title><description>token «0»</description></item>\n"),
                            ("html-page", "<input type=\"hidden\" name=\"token\" value=\"«0»\">\n")],
    "html-entity-named": [("html-page", "<input type=\"hidden\" name=\"token\" value=\"«0»\">\n"),
                          ("xml-config", "<appSettings><add key=\"ApiKey\" value=\"«0»\" /></appSettings>\n"),
                          ("email-html", "<p>token: «0»</p>\n"),
                          ("confluence-page-export", "<p>API key: «0»</p>\n"),
                          ("html-page", "<div data-key=\"«0»\"></div>\n"),
                          ("maven-settings-xml", "<server><id>acme</id><password>«0»</password></server>\n"),
                          ("jsp-page", "<c:set var=\"apiKey\" value=\"«0»\"/>\n")],
    "fullwidth": [("slack-message", "[{t}] {a}: «0»\n"), ("teams-chat", "{a} ({t}): key → «0»\n"), ("email", "Subject: key\n\n«0»\n"),
                  ("markdown-readme", "Token: «0»\n"), ("discord-message", "{a} — Today at {t}\n«0»\n"), ("jira-comment", "{a}: «0»\n"),
                  ("wechat-export", "{a} {t}\n密钥：«0»\n")],
    "zero-width": [("slack-message", "[{t}] {a}: «0»\n"), ("dotenv", "{N}=«0»\n"), ("python-source", "{N} = \"«0»\"\n"), ("markdown-readme", "`«0»`\n"),
                   ("yaml-config", "{n}: «0»\n"), ("email", "Subject: token\n\n«0»\n"), ("github-issue-comment", "my token: «0»\n")],
    "bidi-control": [("python-source", "{N} = \"«0»\"\n"), ("javascript-source", "const {c} = \"«0»\";\n"), ("slack-message", "[{t}] {a}: «0»\n"),
                     ("dotenv", "{N}=«0»\n"), ("go-source", "const {c} = \"«0»\"\n"), ("yaml-config", "{n}: \"«0»\"\n"), ("markdown-readme", "«0»\n")],
    "string-concat": [("javascript-source", "const {c} = \"«0»\";\n"), ("python-source", "{N} = \"«0»\"\n"), ("java-source", "String {c} = \"«0»\";\n"),
                      ("csharp-source", "var {c} = \"«0»\";\n"), ("typescript-source", "export const {c}: string = \"«0»\";\n"), ("go-source", "var {c} = \"«0»\"\n"),
                      ("kotlin-source", "val {c} = \"«0»\"\n")],
    "reversed": [("python-source", "{N} = \"«0»\"[::-1]\n"), ("javascript-source", "const {c} = \"«0»\".split('').reverse().join('');\n"),
                 ("ruby-source", "{N} = '«0»'.reverse\n"), ("bash-history", "echo '«0»' | rev\n"), ("java-source", "String {c} = new StringBuilder(\"«0»\").reverse().toString();\n"),
                 ("php-source", "${c} = strrev('«0»');\n"), ("yaml-config", "{n}_reversed: «0»\n")],
    "char-codes": [("javascript-source", "const {c} = String.fromCharCode(«0»);\n"), ("python-source", "{N} = bytes([«0»]).decode()\n"),
                   ("java-source", "String {c} = new String(new char[]{«0»});\n"), ("csharp-source", "var {c} = new string(new[] { «0» }.Select(i => (char)i).ToArray());\n"),
                   ("go-source", "var {c} = string([]byte{«0»})\n"), ("rust-source", "let {c} = String::from_utf8(vec![«0»]).unwrap();\n"),
                   ("php-source", "${c} = implode(array_map('chr', [«0»]));\n")],
    "x-escape": [("python-source", "{N} = \"«0»\"\n"), ("c-source", "static const char {c}[] = \"«0»\";\n"), ("javascript-source", "const {c} = \"«0»\";\n"),
                 ("bash-history", "printf '«0»' > ~/.token\n"), ("php-source", "${c} = \"«0»\";\n"), ("ruby-source", "{N} = \"«0»\"\n"), ("perl-script", "my ${c} = \"«0»\";\n")],
    "rot13": [("python-source", "{N} = codecs.decode(\"«0»\", \"rot13\")\n"), ("javascript-source", "const {c} = rot13(\"«0»\");\n"),
              ("bash-history", "echo '«0»' | tr 'A-Za-z' 'N-ZA-Mn-za-m'\n"), ("yaml-config", "{n}_rot13: «0»\n"), ("slack-message", "[{t}] {a}: rot13'd: «0»\n"),
              ("ruby-source", "{N} = '«0»'.tr('A-Za-z', 'N-ZA-Mn-za-m')\n"), ("dotenv", "{N}_ROT13=«0»\n")],
}


def evasions():
    k = 0
    for enc, ctxs in EV_CTX.items():
        for c, tpl in ctxs:
            while True:
                typ = EV_TYPES[k % len(EV_TYPES)]
                k += 1
                v = VBY[typ]
                tok = v["gen"]()
                if enc != "html-entity-named" or any(ch in NAMED for ch in tok):
                    break
            name = v["names"][0]
            plain = f"{name}={tok}" if enc == "base64-name-eq" else tok
            val = enc_value(enc, plain)
            a = pick(PEOPLE)
            s = tpl.replace("{t}", hhmm()).replace("{a}", a).replace("{N}", name).replace("{n}", name.lower()).replace("{c}", style(name, "camel"))
            if enc == "string-concat" and c in ("php-source",):
                val = val.replace("\" + \"", "' . '")
            add_eva(c, enc, fill(s, (val, typ, plain)))

# ================================================================ negatives
AWS_EX_ID, AWS_EX_SECRET = "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
AZURITE = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
GH_DOC = "gho_16C7e42F292c6912E7710c838347Ae178B4a"
SLACK_DOC = "xoxb-not-a-real-token-this-will-not-work"


def sha(n=64):
    return rs(n, HX)


def negatives():
    N = add_neg
    # 1 documentation examples -------------------------------------------
    doc = [
        ("markdown-readme", f"## Configure credentials\n\nRun `aws configure` and paste your keys, e.g.:\n\n```\nAWS Access Key ID [None]: {AWS_EX_ID}\nAWS Secret Access Key [None]: {AWS_EX_SECRET}\nDefault region name [None]: us-west-2\n```\n"),
        ("sdk-docs-snippet", f"# From the AWS CLI user guide -- example values only\n[default]\naws_access_key_id = {AWS_EX_ID}\naws_secret_access_key = {AWS_EX_SECRET}\n"),
        ("blog-tutorial", f"The token you get back looks like this (sample from jwt.io):\n\n    {JWT_IO}\n\nPaste it into the debugger to see the header and payload.\n"),
        ("unit-test-python", f"def test_decode_sample_from_jwt_io():\n    # canonical HS256 example token published on jwt.io\n    token = \"{JWT_IO}\"\n    assert decode(token, verify=False)[\"name\"] == \"John Doe\"\n"),
        ("docker-compose-azurite", f"services:\n  azurite:\n    image: mcr.microsoft.com/azure-storage/azurite\n  app:\n    environment:\n      # Azurite's published well-known development key\n      AZURE_STORAGE_CONNECTION_STRING: \"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AZURITE};BlobEndpoint=http://azurite:10000/devstoreaccount1;\"\n"),
        ("markdown-readme", f"Local development uses the storage emulator. Its account `devstoreaccount1` has the documented key `{AZURITE}` — it only works against Azurite on localhost.\n"),
        ("api-docs-markdown", f"### Authorization\n\nSend the token in the header. Example from the GitHub docs:\n\n```\ncurl -H \"Authorization: Bearer {GH_DOC}\" https://api.github.com/user\n```\n"),
        ("api-docs-markdown", f"After the OAuth exchange GitHub responds with `access_token={GH_DOC}&scope=repo%2Cgist&token_type=bearer` (documentation example).\n"),
        ("sdk-docs-snippet", f"// Slack's documentation placeholder token\nconst web = new WebClient(\"{SLACK_DOC}\");\n"),
        ("terraform-docs", f"# Example usage (from the provider docs)\nprovider \"aws\" {{\n  access_key = \"{AWS_EX_ID}\"\n  secret_key = \"{AWS_EX_SECRET}\"\n}}\n"),
        ("stackoverflow-answer", f"Your credentials file should look like the one in the docs (these are AWS's example keys, not real):\n\n    [default]\n    aws_access_key_id={AWS_EX_ID}\n    aws_secret_access_key={AWS_EX_SECRET}\n"),
        ("k8s-docs-yaml", f"# Example from the docs: paste the jwt.io sample to test the ingress auth plugin\nannotations:\n  example.com/test-token: \"{JWT_IO}\"\n"),
        ("python-docstring", f"def client(connection_string):\n    \"\"\"Create a blob client.\n\n    Example (Azurite emulator):\n        client(\"UseDevelopmentStorage=true\")\n        client(\"AccountName=devstoreaccount1;AccountKey={AZURITE}\")\n    \"\"\"\n"),
        ("slack-message", f"[{hhmm()}] {pick(PEOPLE)}: the docs use {AWS_EX_ID} as the example key id, so the scanner flagging docs/aws.md is a false positive\n"),
        ("cheat-sheet-markdown", f"| Provider | Example key from docs |\n|---|---|\n| AWS | `{AWS_EX_ID}` |\n| JWT | `{JWT_IO[:40]}...` |\n"),
        ("github-issue-comment", f"The sample in the README (`{GH_DOC}`) is the one from GitHub's own docs, it's not a leaked token.\n"),
        ("openapi-spec-yaml", f"components:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\n      description: \"Example: {JWT_IO}\"\n"),
        ("sdk-docs-snippet", f"# Azure SDK samples: connect to Azurite\nconn_str = \"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AZURITE};QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;\"\n"),
    ]
    for c, t in doc:
        N("documentation-example-credential", c, t, "vendor documentation example values (AWS EXAMPLE keys, jwt.io sample, Azurite well-known key, GitHub/Slack doc tokens)")
    # 2 placeholders ----------------------------------------------------
    ph = [
        ("dotenv-example", "# .env.example -- copy to .env and fill in\nOPENAI_API_KEY=<your-openai-key>\nSTRIPE_SECRET_KEY=sk_live_...\nDATABASE_URL=postgres://user:password@localhost:5432/app\n"),
        ("markdown-readme", "```bash\nexport GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n./release.sh\n```\nReplace the Xs with your own token.\n"),
        ("github-actions-workflow", "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_URL }}\n"),
        ("helm-values-template", "auth:\n  password: {{ .Values.global.dbPassword | quote }}\n  token: {{ required \"token is required\" .Values.token }}\n"),
        ("docker-compose-env-map", "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}\n"),
        ("python-settings", "API_KEY = \"YOUR_API_KEY_HERE\"  # TODO: load from env\nSECRET_KEY = \"change-me\"  # template default, overridden in prod settings\n"),
        ("ansible-template", "db_password: \"{{ vault_db_password }}\"\napi_token: \"{{ lookup('env', 'API_TOKEN') }}\"\n"),
        ("terraform-source", "variable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n\npassword = var.db_password\n"),
        ("k8s-secret-template", "stringData:\n  password: REPLACE_ME\n  api-key: <insert-api-key>\n"),
        ("config-template-ini", "[auth]\nuser = __USERNAME__\npassword = __PASSWORD__\ntoken = %(token)s\n"),
        ("jinja-template", "{% if password %}PASSWORD={{ password }}{% endif %}\nTOKEN={{ token|default('') }}\n"),
        ("markdown-readme", "Set `ANTHROPIC_API_KEY=sk-ant-...` in your shell, then run `make chat`.\n"),
        ("sdk-docs-snippet", "client = Client(api_key=\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\")  # placeholder\n"),
        ("cli-help-text", "Usage: deploy --token <TOKEN> [--password <PASSWORD>]\n  --token     API token (or set DEPLOY_TOKEN)\n"),
        ("gitlab-ci-yml", "deploy:\n  script:\n    - docker login -u \"$CI_REGISTRY_USER\" -p \"$CI_REGISTRY_PASSWORD\" \"$CI_REGISTRY\"\n"),
        ("dotenv-example", "MAIL_PASSWORD=\nAWS_SECRET_ACCESS_KEY=your-secret-access-key\nJWT_SECRET=generate-with-openssl-rand\n"),
        ("spring-application-yml", "spring:\n  datasource:\n    password: ${DB_PASSWORD}\n    username: ${DB_USER:app}\n"),
        ("powershell-script", "$token = Read-Host -AsSecureString 'Enter API token'\n$password = '<enter password>'\n"),
        ("python-source", "token = os.environ.get(\"TOKEN\", \"dummy\")  # dummy default for local runs only\n"),
    ]
    for c, t in ph:
        N("placeholder", c, t, "template placeholders / empty values")
    # 3 publishable -----------------------------------------------------
    pub = []
    for _ in range(3):
        pub.append(("javascript-source", f"const stripe = Stripe('pk_live_{rs(99, AN)}');\nconst elements = stripe.elements();\n"))
    pub += [
        ("javascript-source", f"mapboxgl.accessToken = '{g_mapbox_pk()}';\nconst map = new mapboxgl.Map({{ container: 'map' }});\n"),
        ("javascript-source", f"export const supabase = createClient(\n  'https://{rs(20, LO)}.supabase.co',\n  '{g_supabase_anon()}'\n);\n"),
        ("javascript-source", f"const firebaseConfig = {{\n  apiKey: \"AIza{rs(35, AN + '-_')}\",\n  authDomain: \"acme-web.firebaseapp.com\",\n  projectId: \"acme-web\",\n  storageBucket: \"acme-web.appspot.com\",\n  messagingSenderId: \"{rs(12, DG)}\",\n  appId: \"1:{rs(12, DG)}:web:{rs(22, HX)}\"\n}};\n"),
        ("html-page", f"<script src=\"https://www.google.com/recaptcha/api.js\" async defer></script>\n<div class=\"g-recaptcha\" data-sitekey=\"6L{rs(38, AN + '-_')}\"></div>\n"),
        ("javascript-source", f"Sentry.init({{\n  dsn: \"https://{rs(32, HX)}@o{rs(6, DG)}.ingest.sentry.io/{rs(7, DG)}\",\n  tracesSampleRate: 0.2,\n}});\n"),
        ("python-settings", f"SENTRY_DSN = \"https://{rs(32, HX)}@o{rs(6, DG)}.ingest.us.sentry.io/{rs(7, DG)}\"\n"),
        ("markdown-readme", f"Errors are reported to Sentry (DSN {rs(32, HX)}@sentry.acme.io/12 — the public key part of a DSN is not a secret).\n"),
        ("javascript-source", f"const searchClient = algoliasearch('ACME{rs(6, ANU)}', '{rs(32, HX)}'); // search-only key\n"),
        ("html-page", f"<script>\n  posthog.init('phc_{rs(43, AN)}', {{ api_host: 'https://eu.i.posthog.com' }})\n</script>\n"),
        ("javascript-source", f"await Statsig.initialize('client-{rs(43, AN)}', {{ userID: user.id }});\n"),
        ("javascript-source", f"const ldClient = LDClient.initialize('{rs(24, HX)}', context); // client-side ID\n"),
        ("json-config", f"{{\n  \"web\": {{\n    \"client_id\": \"{rs(12, DG)}-{rs(32, ANL)}.apps.googleusercontent.com\",\n    \"redirect_uris\": [\"https://app.acme.io/oauth/callback\"]\n  }}\n}}\n"),
        ("html-page", f"<script>\nvar options = {{ \"key\": \"rzp_live_{rs(14, AN)}\", \"amount\": 50000, \"currency\": \"INR\" }};\n</script>\n"),
        ("dotenv", f"NEXT_PUBLIC_SUPABASE_URL=https://{rs(20, LO)}.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY={g_supabase_anon()}\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_{rs(99, AN)}\n"),
        ("ios-info-plist", f"<key>MBXAccessToken</key>\n<string>{g_mapbox_pk()}</string>\n"),
        ("android-manifest", f"<meta-data android:name=\"com.google.android.geo.API_KEY\" android:value=\"AIza{rs(35, AN + '-_')}\"/>\n<!-- restricted to our app signature in the console -->\n"),
    ]
    for c, t in pub:
        N("publishable-key", c, t, "public-by-design client keys (Stripe pk_, Mapbox pk., Supabase anon, Firebase web config, reCAPTCHA site key, Sentry DSN, Algolia search key, PostHog phc_, OAuth client id)")
    # 4 secret-manager references ---------------------------------------
    sm = [
        ("dotenv", "DATABASE_PASSWORD=op://Production/Postgres/password\nSTRIPE_SECRET_KEY=op://Production/Stripe/secret key\n"),
        ("yaml-config", "db:\n  password: vault:secret/data/prod/db#password\n  user: vault:secret/data/prod/db#username\n"),
        ("cloudformation-yaml", "Properties:\n  MasterUserPassword: '{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-1:" + rs(12, DG) + ":secret:prod/rds-AbCdEf:SecretString:password}}'\n"),
        ("github-actions-workflow", "steps:\n  - run: ./deploy.sh\n    env:\n      API_TOKEN: ${{ secrets.API_TOKEN }}\n      DB_PASSWORD: ${{ secrets.PROD_DB_PASSWORD }}\n"),
        ("sops-yaml", "db_password: ENC[AES256_GCM,data:" + b64(rbytes(14)) + ",iv:" + b64(rbytes(32)) + ",tag:" + b64(rbytes(16)) + ",type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:" + rs(12, DG) + ":key/" + uuid4() + "\n"),
        ("k8s-deployment-env", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-creds\n        key: password\n"),
        ("appsettings-json", "{\n  \"ConnectionStrings\": {\n    \"Db\": \"@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/DbConn/)\"\n  }\n}\n"),
        ("terraform-source", "data \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id = \"arn:aws:secretsmanager:us-east-1:" + rs(12, DG) + ":secret:prod/db-x1Y2z3\"\n}\n"),
        ("python-source", "name = \"projects/acme-prod/secrets/stripe-key/versions/latest\"\nsecret = client.access_secret_version(request={\"name\": name}).payload.data.decode()\n"),
        ("bash-history", "export DB_PASSWORD=$(aws ssm get-parameter --name /prod/db/password --with-decryption --query Parameter.Value --output text)\n"),
        ("external-secrets-yaml", "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: password\n      remoteRef:\n        key: prod/db\n        property: password\n"),
        ("gitlab-ci-yml", "variables:\n  VAULT_ADDR: https://vault.acme.internal\nsecrets:\n  DATABASE_PASSWORD:\n    vault: prod/db/password@secret\n"),
        ("docker-compose", "services:\n  app:\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n"),
        ("chamber-command", "chamber exec prod-api -- ./server   # pulls secrets from SSM at start-up\n"),
        ("doppler-yaml", "setup:\n  project: api\n  config: prd\n"),
        ("spring-application-yml", "spring:\n  config:\n    import: \"aws-secretsmanager:prod/app;optional=false\"\n  datasource:\n    password: ${db.password}\n"),
        ("ansible-task-yaml", "- name: fetch token\n  set_fact:\n    api_token: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/ci:token') }}\"\n"),
    ]
    for c, t in sm:
        N("secret-manager-reference", c, t, "references to a secret store, not the secret")
    # 5 hashes / digests ------------------------------------------------
    hs = [
        ("terminal", prompt() + f"sha256sum release-4.2.1.tar.gz\n{sha()}  release-4.2.1.tar.gz\n"),
        ("git-log", "".join(f"commit {sha(40)}\nAuthor: {pick(PEOPLE)} <{pick(PEOPLE)}@acme.io>\nDate:   Tue Jun 11 10:02:11 2024 +0200\n\n    {pick(['fix flaky test', 'bump deps', 'refactor auth middleware'])}\n\n" for _ in range(3))),
        ("package-lock-json", f"\"node_modules/lodash\": {{\n  \"version\": \"4.17.21\",\n  \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n  \"integrity\": \"sha512-{b64(rbytes(64))}\"\n}}\n"),
        ("html-page", f"<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js\" integrity=\"sha384-{b64(rbytes(48))}\" crossorigin=\"anonymous\"></script>\n"),
        ("go-sum", "".join(f"golang.org/x/{m} v0.{rint(10, 30)}.0 h1:{b64(rbytes(32))}\n" for m in ["crypto", "net", "sys", "text"])),
        ("api-docs-markdown", "Passwords are stored with bcrypt. A stored hash looks like\n`$2b$12$" + rs(53, AN + "./") + "` — the cost factor is the `12`.\n"),
        ("api-docs-markdown", "Example argon2id PHC string from our docs:\n\n    $argon2id$v=19$m=65536,t=3,p=4$" + b64(rbytes(16)).rstrip("=") + "$" + b64(rbytes(32)).rstrip("=") + "\n"),
        ("checksums-file", "".join(f"{sha()}  acme-cli_{v}_linux_amd64.tar.gz\n" for v in ["1.4.0", "1.4.1", "1.5.0"])),
        ("github-webhook-delivery", f"POST /webhooks/github HTTP/1.1\nX-GitHub-Delivery: {uuid4()}\nX-GitHub-Event: push\nX-Hub-Signature-256: sha256={sha()}\n\n{{\"ref\":\"refs/heads/main\"}}\n"),
        ("terminal", (pp := prompt()) + f"git rev-parse HEAD\n{sha(40)}\n" + pp + f"git describe --always\nv2.3.1-14-g{sha(7)}\n"),
        ("pip-requirements", "".join(f"{p}==1.{rint(0, 9)}.{rint(0, 9)} \\\n    --hash=sha256:{sha()}\n" for p in ["requests", "urllib3", "idna"])),
        ("cargo-lock", f"[[package]]\nname = \"serde\"\nversion = \"1.0.203\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{sha()}\"\n"),
        ("md5-manifest", "".join(f"{sha(32)}  images/{n}.png\n" for n in ["logo", "hero", "icon-512"])),
        ("ci-log-github-actions", f"2024-06-11T09:14:01.0000000Z Cache restored from key: Linux-node-{sha()}\n"),
        ("yarn-lock", f"\"react@^18.2.0\":\n  version \"18.3.1\"\n  resolved \"https://registry.yarnpkg.com/react/-/react-18.3.1.tgz#{sha(40)}\"\n  integrity sha512-{b64(rbytes(64))}\n"),
        ("sql-script", "-- password column stores argon2 hashes only, never plaintext\nALTER TABLE users ADD COLUMN password_hash VARCHAR(255) NOT NULL;\n"),
        ("terraform-lock-hcl", f"provider \"registry.terraform.io/hashicorp/aws\" {{\n  version = \"5.54.1\"\n  hashes = [\n    \"h1:{b64(rbytes(32))}\",\n    \"zh:{sha()}\",\n  ]\n}}\n"),
    ]
    for c, t in hs:
        N("hash-or-digest", c, t, "hashes, checksums, commit ids, SRI integrity, password-hash format docs")
    # 6 uuids / request ids ---------------------------------------------
    ids = [
        ("app-log", f"{now_iso()} INFO request_id={uuid4()} trace_id={sha(32)} span_id={sha(16)} status=200 path=/v1/orders\n"),
        ("http-response-dump", f"HTTP/1.1 500 Internal Server Error\nX-Request-Id: {uuid4()}\nX-Amzn-Trace-Id: Root=1-{sha(8)}-{sha(24)}\nCF-Ray: {sha(16)}-FRA\n"),
        ("aws-cli-output", f"{{\n    \"ResponseMetadata\": {{\n        \"RequestId\": \"{uuid4().upper()}\",\n        \"HTTPStatusCode\": 200\n    }}\n}}\n"),
        ("k8s-get-yaml", f"metadata:\n  name: api-7d9c\n  uid: {uuid4()}\n  resourceVersion: \"{rs(8, DG)}\"\n"),
        ("azure-cli-output", f"{{\n  \"id\": \"/subscriptions/{uuid4()}/resourceGroups/prod-rg\",\n  \"tenantId\": \"{uuid4()}\"\n}}\n"),
        ("csproj", f"<PropertyGroup>\n  <ProjectGuid>{{{uuid4().upper()}}}</ProjectGuid>\n  <UserSecretsId>{uuid4()}</UserSecretsId>\n</PropertyGroup>\n"),
        ("jira-comment", f"{pick(PEOPLE)}: failing correlation id {uuid4()} — see Kibana for the full trace.\n"),
        ("structured-json-log", f"{{\"ts\":\"{now_iso()}\",\"msg\":\"job done\",\"job_id\":\"{uuid4()}\",\"tenant\":\"{uuid4()}\",\"idempotency_key\":\"{uuid4()}\"}}\n"),
        ("grpc-error", f"rpc error: code = Unavailable desc = upstream connect error; x-envoy-request-id: {uuid4()}\n"),
        ("sentry-event-json", f"{{\"event_id\": \"{sha(32)}\", \"release\": \"api@{sha(12)}\", \"trace\": {{\"trace_id\": \"{sha(32)}\"}}}}\n"),
        ("gitlab-ci-log", f"Running with gitlab-runner 17.1.0\nUsing Docker executor with image ruby:3.3\nJob ID {rint(10 ** 8, 10 ** 9)}; pipeline {uuid4()}\n"),
        ("sql-result", "id                                   | email\n" + "".join(f"{uuid4()} | {pick(PEOPLE)}@acme.io\n" for _ in range(3))),
        ("email-headers", f"Message-ID: <{uuid4()}@mail.acme.io>\nX-MS-Exchange-CrossTenant-Id: {uuid4()}\nX-Mailgun-Sid: {b64(rbytes(30))}\n"),
        ("stripe-webhook-payload", f"{{\"id\": \"evt_{rs(24, AN)}\", \"object\": \"event\", \"data\": {{\"object\": {{\"id\": \"pi_{rs(24, AN)}\", \"customer\": \"cus_{rs(14, AN)}\"}}}}}}\n"),
        ("terraform-plan-output", f"  # aws_s3_bucket.logs will be created\n  + resource \"aws_s3_bucket\" \"logs\" {{\n      + bucket = \"acme-logs-{sha(8)}\"\n      + id     = (known after apply)\n    }}\n"),
        ("github-api-response", f"{{\"id\": {rint(10 ** 8, 10 ** 9)}, \"node_id\": \"R_kgDO{rs(8, AN)}\", \"head_sha\": \"{sha(40)}\"}}\n"),
        ("mobile-crash-report", f"Incident Identifier: {uuid4().upper()}\nCrashReporter Key:   {sha(40)}\nHardware Model:      iPhone15,3\nBinary Images: 0x100a4c000 - Acme arm64 <{sha(32)}>\n"),
    ]
    for c, t in ids:
        N("uuid-or-request-id", c, t, "request/trace/correlation identifiers and resource uids")
    # 7 image digests ---------------------------------------------------
    for _ in range(20):
        c = pick(["docker-pull-output", "k8s-deployment", "compose-file", "oci-manifest", "renovate-pr", "ci-log"])
        dg = sha()
        if c == "docker-pull-output":
            t = prompt() + f"docker pull ghcr.io/acme/api:2.4.1\n2.4.1: Pulling from acme/api\n{sha(12)}: Pull complete\nDigest: sha256:{dg}\nStatus: Downloaded newer image for ghcr.io/acme/api:2.4.1\n"
        elif c == "k8s-deployment":
            t = f"containers:\n  - name: api\n    image: registry.acme.io/api@sha256:{dg}\n"
        elif c == "compose-file":
            t = f"services:\n  redis:\n    image: redis:7.2-alpine@sha256:{dg}\n"
        elif c == "oci-manifest":
            t = f"{{\n  \"schemaVersion\": 2,\n  \"config\": {{\"mediaType\": \"application/vnd.oci.image.config.v1+json\", \"digest\": \"sha256:{dg}\", \"size\": 7023}},\n  \"layers\": [{{\"digest\": \"sha256:{sha()}\", \"size\": 3401967}}]\n}}\n"
        elif c == "renovate-pr":
            t = f"| Package | Update | Change |\n|---|---|---|\n| node | digest | `{sha(7)}` -> `{dg[:7]}` |\n\nFROM node:20-alpine@sha256:{dg}\n"
        else:
            t = f"#12 exporting manifest sha256:{dg} done\n#12 exporting config sha256:{sha()} done\n#12 pushing layers 1.2s done\n"
        N("image-digest", c, t, "container image / layer digests")
    # 8 base64 non-secret -----------------------------------------------
    b64n = [
        ("k8s-configmap", "binaryData:\n  settings.json: " + b64(json.dumps({"theme": "dark", "pageSize": 50, "features": ["search", "export"]})) + "\n"),
        ("css-file", ".logo { background: url(data:image/png;base64," + b64(b"\x89PNG\r\n\x1a\n" + rbytes(90)) + ") no-repeat; }\n"),
        ("unit-test-python", "def test_roundtrip():\n    assert b64encode(b\"hello world\") == b\"" + b64("hello world") + "\"\n"),
        ("http-response-dump", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"page\": \"" + b64(json.dumps({"offset": 200, "limit": 50})) + "\"}\n"),
        ("k8s-secret-yaml", "# namespace labels only -- no credentials\napiVersion: v1\nkind: ConfigMap\ndata:\n  banner: " + b64("Welcome to the staging cluster. Be nice.") + "\n"),
        ("graphql-response", "{\"data\": {\"users\": {\"pageInfo\": {\"endCursor\": \"" + b64("arrayconnection:" + str(rint(100, 999))) + "\", \"hasNextPage\": true}}}}\n"),
        ("protobuf-descriptor", "var fileDescriptor = \"" + b64(b"\n\x0bacme.proto\x12\x04acme\"\x1c\n\x05Order\x12\n\n\x02id\x18\x01 \x01(\t") + "\"\n"),
        ("email-mime", "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64("Hi team, the quarterly report is attached. Thanks!") + "\n"),
        ("javascript-source", "const svgIcon = 'data:image/svg+xml;base64," + b64('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>') + "';\n"),
        ("saml-metadata", "<ds:DigestValue>" + b64(rbytes(32)) + "</ds:DigestValue>\n"),
        ("ci-log-github-actions", "2024-06-11T09:14:01Z ::add-matcher::" + b64('{"problemMatcher":[{"owner":"eslint"}]}') + "\n"),
        ("json-config", "{\"featureFlagsB64\": \"" + b64(json.dumps({"newCheckout": True, "darkMode": False})) + "\"}\n"),
        ("jwt-header-docs", "The header `" + b64u('{"alg":"RS256","typ":"JWT"}') + "` decodes to `{\"alg\":\"RS256\",\"typ\":\"JWT\"}`.\n"),
        ("kafka-consumer-log", f"{now_iso()} consumed offset=1882 key=" + b64("order-" + rs(6, DG)) + " value=" + b64(json.dumps({"status": "shipped"})) + "\n"),
        ("font-face-css", "@font-face { font-family: 'Icons'; src: url(data:font/woff2;base64," + b64(b"wOF2" + rbytes(120)) + ") format('woff2'); }\n"),
    ]
    for c, t in b64n:
        N("base64-non-secret", c, t, "base64 of non-secret data (images, cursors, JSON, plain text)")
    # 9 masked ----------------------------------------------------------
    mk = [
        ("ci-log-github-actions", "2024-06-11T09:14:02Z + docker login -u acmebuild -p *** ghcr.io\n2024-06-11T09:14:03Z Login Succeeded\n"),
        ("terminal", prompt() + "aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\naccess_key     ****************" + rs(4, ANU) + " shared-credentials-file\nsecret_key     ****************" + rs(4, AN) + " shared-credentials-file\n"),
        ("slack-message", f"[{hhmm()}] {pick(PEOPLE)}: rotated, new one ends in ...{rs(4, AN)} (ghp_****). it's in 1Password\n"),
        ("app-log", f"{now_iso()} INFO outbound call Authorization=Bearer [REDACTED] url=https://api.partner.net/v2/items\n"),
        ("stripe-dashboard-copy", "Secret key   sk_live_••••••••••••••••••••" + rs(4, AN) + "   Reveal live key\n"),
        ("gitlab-ci-log", "$ echo $DEPLOY_TOKEN\n[MASKED]\n"),
        ("kubectl-describe-output", "Data\n====\npassword:  24 bytes\nusername:  5 bytes\n"),
        ("structured-json-log", "{\"msg\":\"login\",\"user\":\"ops@acme.io\",\"password\":\"********\"}\n"),
        ("helm-output", "NOTES:\nadmin password: <hidden>  (run kubectl get secret ... to read it)\n"),
        ("jira-comment", f"{pick(PEOPLE)}: token was xoxb-****-****-**** in the screenshot, already revoked\n"),
        ("terraform-plan-output", "  ~ resource \"aws_db_instance\" \"main\" {\n      ~ password = (sensitive value)\n    }\n"),
        ("vault-cli-output", "Key                Value\n---                -----\ntoken              n/a (use -field=token to display)\ntoken_policies     [\"default\" \"ci\"]\n"),
        ("browser-devtools", "authorization: Bearer eyJhbGciOi…(truncated)\n"),
        ("email", "Subject: Your API key was rotated\n\nYour new key sk-…" + rs(4, AN) + " is active. For security we only show the last four characters.\n"),
        ("heroku-config-output", "=== acme-api Config Vars\nDATABASE_URL: postgres://u***:*****@ec2-34-1.compute-1.amazonaws.com:5432/d***\n"),
        ("azure-portal-copy", "Primary key      ••••••••••••••••••••••••••••••••••••••\n"),
    ]
    for c, t in mk:
        N("masked-value", c, t, "masked / redacted / truncated credentials")
    # 10 prose ----------------------------------------------------------
    pr = [
        ("postmortem-markdown", "## Incident 2024-06-02\n\nA personal access token was committed to a public repository. GitHub secret scanning notified us within 4 minutes; we revoked the token, audited its use and found no unauthorised access. Action items: pre-commit scanning, shorter token lifetimes.\n"),
        ("slack-message", f"[{hhmm()}] {pick(PEOPLE)}: reminder: rotate the Stripe secret key before Friday, the old one expires on the 30th\n"),
        ("security-policy-markdown", "Never paste passwords, API keys or tokens into chat. Use the team vault and share a link to the item instead.\n"),
        ("email", "Subject: Password reset\n\nWe received a request to reset your password. If this wasn't you, ignore this e-mail — your password has not been changed.\n"),
        ("jira-comment", f"{pick(PEOPLE)}: the API key rotation job failed because the new secret wasn't propagated to the EU region. Re-running.\n"),
        ("stackoverflow-question", "How do I pass a password to `psql` non-interactively without putting it on the command line? I know about PGPASSWORD but it shows up in `ps`.\n"),
        ("code-review-comment", "nit: let's not log the token here, even at debug level. Log the token's last four characters or a hash instead.\n"),
        ("teams-chat-de", f"{pick(PEOPLE)} ({hhmm()}): Die Passwörter für die Testumgebung stehen ab sofort nur noch im Vault.\n"),
        ("changelog-markdown", "### Security\n- Tokens are now hashed at rest (SHA-256).\n- Password minimum length raised to 12.\n- API keys can be scoped to read-only.\n"),
        ("slack-message-fr", f"[{hhmm()}] {pick(PEOPLE)}: n'oubliez pas de changer vos mots de passe avant la fin du mois\n"),
        ("python-comment", "# The secret key is loaded from the environment at startup; never hard-code it here.\nSECRET_KEY = os.environ[\"SECRET_KEY\"]\n"),
        ("runbook-markdown", "## Rotating the database password\n1. Generate a new password in the vault.\n2. `ALTER ROLE app WITH PASSWORD` using the vault value.\n3. Restart the pods so they pick up the new secret.\n"),
        ("github-issue-comment", "The token in the screenshot has been revoked; the new one is stored as an org-level Actions secret.\n"),
        ("email-ja", "件名: パスワード変更のお願い\n\n90日ごとにパスワードを変更してください。\n"),
        ("training-slides", "Slide 7: What is a secret? Passwords, API keys, private keys, session cookies, signing secrets.\n"),
        ("commit-message", "chore: remove hard-coded api key from settings and read it from env\n\nThe old key was rotated before this commit.\n"),
    ]
    for c, t in pr:
        N("prose-about-secrets", c, t, "discussion of secrets without any value")
    # 11 test fixtures --------------------------------------------------
    tf = [
        ("unit-test-python", "def test_login_rejects_bad_password(client):\n    resp = client.post('/login', data={'username': 'alice', 'password': 'wrong-password'})\n    assert resp.status_code == 401\n"),
        ("unit-test-javascript", "beforeEach(() => {\n  process.env.API_KEY = 'test-api-key';\n  process.env.JWT_SECRET = 'test-secret';\n});\n"),
        ("unit-test-go", "func TestMask(t *testing.T) {\n\tgot := Mask(\"ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\")\n\tif got != \"ghp_****\" {\n\t\tt.Fatal(got)\n\t}\n}\n"),
        ("pytest-conftest", "@pytest.fixture\ndef fake_creds():\n    return {\"token\": \"fake-token-for-tests\", \"password\": \"hunter2-but-fake\"}\n"),
        ("rspec", "let(:api_key) { 'dummy_key_123' }\nit 'sends the key' do\n  expect(client.headers['X-Api-Key']).to eq(api_key)\nend\n"),
        ("java-test", "@Test\nvoid rejectsEmptyPassword() {\n    assertThrows(IllegalArgumentException.class, () -> new Credentials(\"bob\", \"\"));\n}\n"),
        ("unit-test-python", "FAKE_AWS_KEY_ID = \"AKIAFAKEFAKEFAKEFAKE\"  # obviously fake, used by moto\nFAKE_SECRET = \"fake/secret/for/moto/tests\"\n"),
        ("fixtures-yaml", "users:\n  - name: test-user\n    password: password123-test\n  - name: other-test-user\n    password: password456-test\n"),
        ("unit-test-javascript", "it('rejects malformed token', () => {\n  expect(isValid('sk_live_')).toBe(false);\n  expect(isValid('not-a-token')).toBe(false);\n});\n"),
        ("csharp-test", "[Fact]\npublic void HashesPassword() {\n    var h = Hasher.Hash(\"correct horse battery staple\");\n    Assert.NotEqual(\"correct horse battery staple\", h);\n}\n"),
        ("testcontainers-java", "new PostgreSQLContainer<>(\"postgres:16\").withUsername(\"test\").withPassword(\"test\");\n"),
        ("docker-compose-test", "services:\n  db-test:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n      POSTGRES_USER: postgres\n"),
        ("unit-test-python", "TOKEN = \"x\" * 40  # length-only fixture\nassert validate_length(TOKEN)\n"),
        ("snapshot-test", "exports[`LoginForm renders 1`] = `<input type=\"password\" placeholder=\"Password\" value=\"\" />`;\n"),
        ("unit-test-rust", "#[test]\nfn redacts() {\n    assert_eq!(redact(\"password=example\"), \"password=[redacted]\");\n}\n"),
        ("mock-server-json", "{\"request\": {\"headers\": {\"Authorization\": {\"equalTo\": \"Bearer test-token\"}}}, \"response\": {\"status\": 200}}\n"),
    ]
    for c, t in tf:
        N("test-fixture-fake", c, t, "clearly fake fixture values in tests")
    # 12 high-entropy non-secrets ----------------------------------------
    he = [
        ("minified-javascript", "!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.d=function(e,t,r){n.o(e,t)||Object.defineProperty(e,t,{enumerable:!0,get:r})}}({\"./src/ui/Button.tsx\":function(e){e.exports={root:\"Button_root__" + rs(5, AN) + "\",primary:\"Button_primary__" + rs(5, AN) + "\"}}});\n"),
        ("http-response-dump", "HTTP/2 200\ncontent-security-policy: script-src 'self' 'nonce-" + b64(rbytes(16)) + "' 'strict-dynamic'; object-src 'none'\netag: W/\"" + rs(27, AN) + "\"\n"),
        ("html-page", "<script nonce=\"" + b64(rbytes(16)) + "\">window.__INITIAL_STATE__={};</script>\n<link rel=\"stylesheet\" href=\"/assets/main." + sha(8) + ".css\">\n"),
        ("webpack-stats", "".join(f"  {n}.{sha(20)}.js    {rint(10, 400)} KiB  [emitted] [immutable]\n" for n in ["main", "vendors", "runtime"])),
        ("nix-store-path", "".join(f"/nix/store/{rs(32, '0123456789abcdfghijklmnpqrsvwxyz')}-{p}\n" for p in ["openssl-3.0.13", "python3-3.11.9", "curl-8.7.1"])),
        ("redis-cli-output", "".join(f"{i}) \"cache:v2:{sha(40)}\"\n" for i in range(1, 4))),
        ("bazel-log", f"INFO: Remote cache hit for //api:server (action key {sha()})\n"),
        ("html-page", "<div id=\"radix-:r" + rs(2, ANL) + ":\" class=\"css-" + rs(7, ANL) + "\" data-reactroot=\"\"></div>\n<input type=\"hidden\" name=\"__VIEWSTATEGENERATOR\" value=\"" + rs(8, HXU) + "\" />\n"),
        ("ipfs-output", f"added Qm{rs(44, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')} site/index.html\n"),
        ("youtube-links-markdown", "".join(f"- https://www.youtube.com/watch?v={rs(11, AN + '-_')}\n" for _ in range(3))),
        ("s3-ls-output", "".join(f"2024-06-11 10:02:11    {rint(1000, 99999)} uploads/{uuid4()}/{rs(16, AN)}.jpg\n" for _ in range(3))),
        ("apollo-persisted-query", "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + sha() + "\"}}}\n"),
        ("source-map", "{\"version\":3,\"sources\":[\"webpack://app/./src/index.ts\"],\"mappings\":\"" + rs(120, AN + ";,+/") + "\"}\n"),
        ("cloudinary-url", f"https://res.cloudinary.com/acme/image/upload/v{rs(10, DG)}/products/{rs(20, ANL)}.webp\n"),
        ("ci-log-gitlab", f"Checking cache for main-{sha(40)}-non_protected...\nSuccessfully extracted cache\n"),
        ("docker-build-log", "".join(f"#{i} CACHED [{i}/6] RUN pip install -r requirements.txt  sha256:{sha()}\n" for i in range(3, 6))),
        ("aspnet-form", "<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"CfDJ8" + rs(150, AN + "-_") + "\" />\n<!-- anti-forgery token, per-request -->\n"),
    ]
    for c, t in he:
        N("high-entropy-non-secret", c, t, "high-entropy identifiers that are not credentials (bundle hashes, CSP nonces, cache keys, content ids)")
    # 13 public keys / certificates ---------------------------------------
    pk = [
        ("authorized-keys", KEYS["ssh_ed1_pub"].strip() + "\n" + KEYS["ssh_rsa_pub"].strip() + "\n"),
        ("known-hosts", "github.com " + " ".join(KEYS["ssh_ed1_pub"].split()[:2]) + "\n10.0.3.4 " + " ".join(KEYS["ssh_ec_pub"].split()[:2]) + "\n"),
        ("pem-public-key", "# jwt verification key (public)\n" + KEYS["ec_pub_pem"]),
        ("pem-certificate", KEYS["ca_crt"]),
        ("nginx-conf", "ssl_certificate /etc/nginx/ssl/api.crt;\n# contents of api.crt:\n" + KEYS["ec_tls_crt"]),
        ("pgp-public-key", KEYS["pgp_pub_asc"]),
        ("jwks-json", "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"" + rs(16, AN) + "\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"" + b64u(rbytes(256)) + "\",\"e\":\"AQAB\"}]}\n"),
        ("wireguard-conf", "[Peer]\n# laptop\nPublicKey = " + g_wg() + "\nAllowedIPs = 10.8.0.5/32\n"),
        ("age-recipients", "# recipients.txt\n" + bech32_encode("age", rbytes(32)) + "\n"),
        ("cosign-pub", "-----BEGIN PUBLIC KEY-----\n" + b64(b"0Y0\x13\x06\x07*\x86H\xce=\x02\x01\x06\x08*\x86H\xce=\x03\x01\x07\x03B\x00\x04" + rbytes(64))[:64] + "\n" + b64(b"0Y0\x13\x06\x07*\x86H\xce=\x02\x01\x06\x08*\x86H\xce=\x03\x01\x07\x03B\x00\x04" + rbytes(64))[64:] + "\n-----END PUBLIC KEY-----\n"),
        ("github-deploy-key-ui", "Deploy keys\n  ci-readonly  " + KEYS["ssh_ec_pub"].split()[1][:40] + "…  Added on Jun 11, 2024\n"),
        ("k8s-configmap", "data:\n  ca.crt: |\n    " + KEYS["ca_crt"].strip().replace("\n", "\n    ") + "\n"),
        ("saml-metadata", "<ds:X509Certificate>" + "".join(KEYS["ca_crt"].strip().split("\n")[1:-1]) + "</ds:X509Certificate>\n"),
        ("terraform-source", "resource \"aws_key_pair\" \"deployer\" {\n  key_name   = \"deployer\"\n  public_key = \"" + KEYS["ssh_ed1_pub"].strip() + "\"\n}\n"),
        ("ssh-keygen-output", prompt() + "ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:" + b64(rbytes(32)).rstrip("=") + " deploy@build-1 (ED25519)\n"),
    ]
    for c, t in pk:
        N("public-key-or-certificate", c, t, "public keys, certificates, fingerprints (generated with ssh-keygen/openssl/gpg)")
    # 14 password policy / empty fields ----------------------------------
    pp = [
        ("html-page", "<form method=\"post\" action=\"/login\">\n  <input type=\"email\" name=\"email\" required>\n  <input type=\"password\" name=\"password\" minlength=\"12\" autocomplete=\"current-password\">\n</form>\n"),
        ("security-policy-markdown", "Passwords must be at least 14 characters, contain three of: upper case, lower case, digits, symbols, and must not be reused across the last 24 passwords.\n"),
        ("openapi-spec-yaml", "LoginRequest:\n  type: object\n  properties:\n    username: {type: string}\n    password: {type: string, format: password, minLength: 12}\n"),
        ("yaml-config", "smtp:\n  host: smtp.acme.io\n  username: alerts\n  password:\n"),
        ("dotenv", "DB_USER=app\nDB_PASSWORD=\nAPI_TOKEN=\n"),
        ("python-source", "def validate(password: str) -> bool:\n    return len(password) >= 12 and any(c.isdigit() for c in password)\n"),
        ("typescript-source", "interface Credentials {\n  username: string;\n  password: string;\n  apiKey?: string;\n}\n"),
        ("sql-script", "CREATE TABLE accounts (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT NOT NULL,\n  password_hash TEXT NOT NULL,\n  api_token_digest TEXT\n);\n"),
        ("i18n-json", "{\n  \"login.password\": \"Password\",\n  \"login.password.forgot\": \"Forgot your password?\",\n  \"settings.apiKey.create\": \"Create API key\"\n}\n"),
        ("django-forms", "class LoginForm(forms.Form):\n    username = forms.CharField()\n    password = forms.CharField(widget=forms.PasswordInput)\n"),
        ("pam-config", "password requisite pam_pwquality.so retry=3 minlen=14 difok=4\npassword sufficient pam_unix.so sha512 shadow use_authtok\n"),
        ("terraform-source", "resource \"aws_iam_account_password_policy\" \"strict\" {\n  minimum_password_length        = 14\n  require_symbols                = true\n  password_reuse_prevention      = 24\n}\n"),
        ("java-source", "@Column(name = \"password\", nullable = false)\n@JsonIgnore\nprivate String password;\n"),
        ("json-schema", "{\"type\": \"object\", \"properties\": {\"token\": {\"type\": \"string\", \"pattern\": \"^ghp_[A-Za-z0-9]{36}$\"}}}\n"),
        ("ini-config", "[auth]\n; password = (set via environment)\npassword_file = /run/secrets/db_password\n"),
        ("windows-gpo-export", "MinimumPasswordLength = 14\nPasswordComplexity = 1\nMaximumPasswordAge = 90\n"),
    ]
    for c, t in pp:
        N("password-policy-or-empty-field", c, t, "password policies, schemas, empty fields")
    # 15 variable references --------------------------------------------
    vr = [
        ("javascript-source", "const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n"),
        ("python-source", "token = os.environ[\"GITHUB_TOKEN\"]\npassword = os.getenv(\"DB_PASSWORD\")\n"),
        ("go-source", "key := os.Getenv(\"STRIPE_SECRET_KEY\")\n"),
        ("bash-script", "curl -H \"Authorization: Bearer ${API_TOKEN}\" https://api.acme.io/v1/me\nmysql -u app -p\"$DB_PASSWORD\" orders\n"),
        ("windows-cmd-batch", "curl -u %JENKINS_USER%:%JENKINS_TOKEN% https://jenkins.acme.internal/api/json\n"),
        ("powershell-script", "$headers = @{ Authorization = \"Bearer $env:GRAPH_TOKEN\" }\n"),
        ("java-source", "String pw = System.getenv(\"KEYSTORE_PASSWORD\");\nString key = config.getProperty(\"api.key\");\n"),
        ("ruby-source", "Stripe.api_key = ENV.fetch('STRIPE_SECRET_KEY')\n"),
        ("csharp-source", "var secret = builder.Configuration[\"Auth:ClientSecret\"];\n"),
        ("rust-source", "let token = std::env::var(\"DISCORD_TOKEN\").expect(\"token\");\n"),
        ("php-source", "$password = getenv('DB_PASSWORD');\n$key = $_ENV['APP_KEY'];\n"),
        ("docker-compose-env-list", "services:\n  app:\n    environment:\n      - DATABASE_PASSWORD=${DATABASE_PASSWORD}\n      - REDIS_URL\n"),
        ("makefile", "deploy:\n\t@docker login -u $(REGISTRY_USER) -p $(REGISTRY_PASSWORD) $(REGISTRY)\n"),
        ("terraform-source", "provider \"github\" {\n  token = var.github_token\n}\n"),
        ("kotlin-source", "val apiKey = BuildConfig.MAPS_API_KEY\n"),
        ("jenkinsfile", "withCredentials([string(credentialsId: 'sonar-token', variable: 'SONAR_TOKEN')]) {\n  sh 'mvn sonar:sonar -Dsonar.token=$SONAR_TOKEN'\n}\n"),
    ]
    for c, t in vr:
        N("variable-reference", c, t, "environment / config lookups, no literal value")
    # 16 encrypted values -----------------------------------------------
    ev = []
    for _ in range(3):
        hexblob = rs(64 * 5, HX)
        ev.append(("ansible-vault-yaml", "db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" + "".join("          " + hexblob[i:i + 64] + "\n" for i in range(0, len(hexblob), 64))))
    ev += [
        ("sealed-secret-yaml", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: Ag" + rs(340, AN + "+/") + "==\n"),
        ("age-encrypted-file", "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(b64(rbytes(48)) for _ in range(4)) + "\n-----END AGE ENCRYPTED FILE-----\n"),
        ("pgp-message", "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(b64(rbytes(48)) for _ in range(5)) + "\n=" + b64(rbytes(3)) + "\n-----END PGP MESSAGE-----\n"),
        ("jasypt-properties", "spring.datasource.password=ENC(" + b64(rbytes(48)) + ")\njasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256\n"),
        ("sops-json", "{\"api_key\": \"ENC[AES256_GCM,data:" + b64(rbytes(30)) + ",iv:" + b64(rbytes(32)) + ",tag:" + b64(rbytes(16)) + ",type:str]\"}\n"),
        ("rails-credentials-enc", b64(rbytes(180)) + "--" + b64(rbytes(12)) + "--" + b64(rbytes(16)) + "\n"),
        ("kms-ciphertext", "{\"CiphertextBlob\": \"AQICAHh" + rs(200, AN + "+/") + "==\", \"KeyId\": \"arn:aws:kms:eu-west-1:" + rs(12, DG) + ":key/" + uuid4() + "\"}\n"),
        ("git-crypt-note", "The file config/secrets.yml is encrypted with git-crypt; `file config/secrets.yml` reports `data` and the first bytes are the GITCRYPT magic header.\n"),
        ("eyaml", "db::password: ENC[PKCS7," + b64(rbytes(150)) + "]\n"),
    ]
    for c, t in ev:
        N("encrypted-value", c, t, "ciphertext / sealed values that need a separate key")
    # 17 public identifiers ---------------------------------------------
    pi = [
        ("terraform-source", f"data \"aws_caller_identity\" \"me\" {{}}\nlocals {{\n  account_id = \"{rs(12, DG)}\"\n  role_arn   = \"arn:aws:iam::{rs(12, DG)}:role/github-oidc-deploy\"\n}}\n"),
        ("python-source", f"TWILIO_ACCOUNT_SID = \"AC{sha(32)}\"  # account identifier; the auth token lives in the vault\n"),
        ("stripe-api-response", f"{{\"id\": \"price_{rs(24, AN)}\", \"product\": \"prod_{rs(14, AN)}\", \"unit_amount\": 1900, \"currency\": \"eur\"}}\n"),
        ("slack-app-manifest", f"display_information:\n  name: acme-bot\nsettings:\n  socket_mode_enabled: true\n# app id {('A' + rs(10, ANU))}, team {('T' + rs(8, ANU))}, channel {('C' + rs(10, ANU))}\n"),
        ("github-app-settings", f"App ID: {rint(100000, 999999)}\nClient ID: Iv1.{sha(16)}\nInstallation ID: {rint(10 ** 7, 10 ** 8)}\n"),
        ("html-page", f"<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-{rs(10, ANU)}\"></script>\n<script>gtag('config', 'G-{rs(10, ANU)}');</script>\n"),
        ("azure-ad-app-json", f"{{\"appId\": \"{uuid4()}\", \"tenantId\": \"{uuid4()}\", \"objectId\": \"{uuid4()}\", \"signInAudience\": \"AzureADMyOrg\"}}\n"),
        ("aws-cli-output", f"{{\n    \"UserId\": \"AIDA{rs(17, ANU)}\",\n    \"Account\": \"{rs(12, DG)}\",\n    \"Arn\": \"arn:aws:iam::{rs(12, DG)}:user/ci\"\n}}\n"),
        ("k8s-serviceaccount-yaml", f"metadata:\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::{rs(12, DG)}:role/external-dns\n    iam.gke.io/gcp-service-account: dns@acme-prod.iam.gserviceaccount.com\n"),
        ("firebase-json", "{\n  \"hosting\": {\"site\": \"acme-web\", \"public\": \"dist\"},\n  \"projects\": {\"default\": \"acme-web-" + rs(5, ANL) + "\"}\n}\n"),
        ("oauth-discovery-json", f"{{\"issuer\": \"https://login.microsoftonline.com/{uuid4()}/v2.0\", \"jwks_uri\": \"https://login.microsoftonline.com/{uuid4()}/discovery/v2.0/keys\"}}\n"),
        ("app-log", f"{now_iso()} INFO paypal order created id={rs(17, ANU)} payer_id={rs(13, ANU)}\n"),
        ("docker-compose", "services:\n  grafana:\n    environment:\n      GF_AUTH_GITHUB_CLIENT_ID: " + sha(20) + "  # client id only; secret injected from vault\n"),
        ("mobile-google-services-json", f"{{\"project_info\": {{\"project_number\": \"{rs(12, DG)}\", \"project_id\": \"acme-app\"}}, \"client\": [{{\"client_info\": {{\"mobilesdk_app_id\": \"1:{rs(12, DG)}:android:{sha(16)}\"}}}}]}}\n"),
        ("cloudflare-dashboard-copy", f"Zone ID: {sha(32)}\nAccount ID: {sha(32)}\n"),
    ]
    for c, t in pi:
        N("public-identifier", c, t, "account / app / object identifiers that are not credentials")

    # extra variations --------------------------------------------------
    for _ in range(4):
        N("uuid-or-request-id", pick(["app-log", "nginx-access-log"]), f"{now_iso()} INFO {pick(['GET', 'POST'])} /v1/{pick(['orders', 'users', 'carts'])}/{uuid4()} 200 {rint(3, 900)}ms req={uuid4()}\n", "request/trace/correlation identifiers and resource uids")
    for _ in range(3):
        N("hash-or-digest", "git-log-oneline", "".join(f"{sha(7)} {pick(['fix: null check in parser', 'feat: add export', 'chore(deps): bump axios', 'docs: update README'])}\n" for _ in range(5)), "hashes, checksums, commit ids")
    for t in ["API_KEY=your_api_key_here\nAPI_SECRET=your_api_secret_here\n", "password: \"<%= ENV['DB_PASSWORD'] %>\"\n",
              "Authorization: Bearer <token>\n", "aws_secret_access_key = <YOUR_SECRET_ACCESS_KEY>\n", "SLACK_BOT_TOKEN=xoxb-your-bot-token\n",
              "token: \"{{TOKEN}}\"\n"]:
        N("placeholder", pick(["markdown-readme", "dotenv-example", "yaml-config", "http-request-template"]), t, "template placeholders / empty values")
    for _ in range(3):
        N("public-identifier", pick(["terraform-output", "aws-cli-output"]), f"vpc_id = \"vpc-{sha(17)}\"\nsubnet_ids = [\"subnet-{sha(17)}\", \"subnet-{sha(17)}\"]\nsecurity_group = \"sg-{sha(17)}\"\n", "account / app / object identifiers that are not credentials")
    for t in ["const token = await getSecret(\"prod/api-token\");\n", "password = keyring.get_password(\"acme\", user)\n", "export GITHUB_TOKEN=$(gh auth token)\n",
              "TOKEN=$(vault kv get -field=token kv/ci)\n"]:
        N("variable-reference", pick(["javascript-source", "python-source", "bash-script"]), t, "environment / config lookups, no literal value")
    for t in ["Never commit `.env` files. Our CI rejects pushes containing `AKIA` prefixes.\n", "How long should an API key be? We use 32 random bytes, base64url-encoded.\n"]:
        N("prose-about-secrets", "slack-message", t, "discussion of secrets without any value")

# ================================================================ checks
PEM_RE = re.compile(r"^-----BEGIN ([A-Z0-9 ]+)-----\n(.*?)\n-----END \1-----$", re.S)


def check_private_key(v, typ):
    if typ == "putty-private-key":
        lines = v.split("\n")
        assert lines[0].startswith("PuTTY-User-Key-File-2: ")
        hdr = dict(l.split(": ", 1) for l in lines if ": " in l)
        np_ = int(hdr["Public-Lines"])
        i = lines.index(f"Public-Lines: {np_}")
        pub = base64.b64decode("".join(lines[i + 1:i + 1 + np_]))
        j = i + 1 + np_
        nv = int(lines[j].split(": ")[1])
        prv = base64.b64decode("".join(lines[j + 1:j + 1 + nv]))
        s = lambda x: struct.pack(">I", len(x)) + x
        mac = hmac.new(hashlib.sha1(b"putty-private-key-file-mac-key").digest(),
                       s(hdr["PuTTY-User-Key-File-2"].encode()) + s(hdr["Encryption"].encode()) + s(hdr["Comment"].encode()) + s(pub) + s(prv), hashlib.sha1).hexdigest()
        assert mac == hdr["Private-MAC"], "ppk mac"
        return
    text = v.replace("\\n", "\n")
    for pre in ("", "  ", "    ", "        "):
        text = text.replace("\n" + pre, "\n") if pre else text
    text = "\n".join(l.strip() for l in text.split("\n"))
    m = PEM_RE.match(text)
    assert m, ("pem", v[:60])
    body = m.group(2)
    if "PGP" in m.group(1):
        ls_ = body.split("\n")
        if "" in ls_:
            ls_ = ls_[ls_.index("") + 1:]
        body = "\n".join(l for l in ls_ if not l.startswith("="))
    raw = base64.b64decode("".join(body.split("\n")))
    if m.group(1) == "OPENSSH PRIVATE KEY":
        assert raw.startswith(b"openssh-key-v1\0")
    elif "PGP" in m.group(1):
        assert raw[0] & 0x80
    else:
        assert raw[0] == 0x30, "DER sequence"


CHECKSUMMED = {
    "github-pat": gh_like_ok, "github-oauth-token": gh_like_ok, "github-user-to-server-token": gh_like_ok,
    "github-app-installation-token": gh_like_ok, "github-refresh-token": gh_like_ok, "npm-access-token": gh_like_ok,
    "grafana-service-account-token": grafana_sa_ok, "atlassian-api-token": crc_tail_ok, "bitbucket-app-password": crc_tail_ok,
    "age-secret-key": bech32_ok,
}
B64_WRAPPED = {"http-basic-auth", "docker-config-auth", "k8s-dockerconfigjson", "npmrc-password", "npmrc-auth", "k8s-secret-data"}
KEY_TYPES = {"private-key", "openssh-private-key", "pgp-private-key", "putty-private-key", "encrypted-private-key", "gcp-service-account-key"}


def checks(all_pos, all_eva, all_neg):
    ids = set()
    nchk = 0
    for rec in all_pos + all_eva + all_neg:
        assert rec["id"] not in ids, rec["id"]
        ids.add(rec["id"])
    gen_values = []
    for rec in all_pos + all_eva:
        t = rec["text"]
        assert rec["type"] == rec["secrets"][0]["type"]
        last = -1
        for sp in rec["secrets"]:
            assert t[sp["start"]:sp["end"]] == sp["value"], (rec["id"], sp)
            assert sp["start"] >= last, ("overlap/order", rec["id"])
            last = sp["end"]
            v = sp["value"]
            gen_values.append(sp.get("plain", v))
            if sp["type"] in CHECKSUMMED and "plain" not in sp:
                assert CHECKSUMMED[sp["type"]](v), (rec["id"], v)
                nchk += 1
            if sp["type"] in CHECKSUMMED and "plain" in sp and rec["id"].startswith("p4-ev-"):
                tok = sp["plain"].split("=", 1)[1] if rec.get("encoding") == "base64-name-eq" else sp["plain"]
                assert CHECKSUMMED[sp["type"]](tok), rec["id"]
                nchk += 1
            if sp["type"] in KEY_TYPES:
                check_private_key(v, sp["type"])
            if rec["id"].startswith("p4-pos-") and "plain" in sp:
                if sp["type"] == "k8s-dockerconfigjson":
                    inner = json.loads(base64.b64decode(v))
                    for reg, ent in inner["auths"].items():
                        assert base64.b64decode(ent["auth"]).decode() == ent["username"] + ":" + ent["password"]
                assert base64.b64decode(v).decode() == sp["plain"], rec["id"]
            if rec["id"].startswith("p4-ev-"):
                assert "plain" in sp
                assert dec_value(rec["encoding"], v) == sp["plain"], (rec["id"], rec["encoding"])
                assert v != sp["plain"]
    # generated secrets never leak into negatives; no accidental reuse of a value
    negtext = "\n".join(r["text"] for r in all_neg)
    for gv in gen_values:
        if len(gv) >= 12:
            assert gv not in negtext, gv[:30]
    vals = [sp["value"] for r in all_pos for sp in r["secrets"]]
    assert len(vals) == len(set(vals)), "duplicate secret value across positives"
    for r in all_neg:
        assert r["text"].strip() and "\u00ab" not in r["text"]
    for r in all_pos + all_eva:
        assert "\u00ab" not in r["text"] and "\u00bb" not in r["text"], r["id"]
    return nchk


def finalize(lst, prefix, width=4):
    out = []
    for i, r in enumerate(lst, 1):
        rid = f"{prefix}{i:0{width}d}"
        if prefix != "p4-neg-":
            o = {"id": rid, "type": r["secrets"][0]["type"], "container": r["container"]}
            if "encoding" in r:
                o["encoding"] = r["encoding"]
            o.update({"text": r["text"], "secrets": r["secrets"], "source": r["source"]})
        else:
            o = {"id": rid, "class": r["class"], "container": r["container"], "text": r["text"], "source": r["source"]}
        out.append(o)
    return out


def write_jsonl(path, recs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def category_of(rec):
    return rec.get("_cat", "")


def main():
    vendor_sweep()
    n0 = len(POS)
    aws_records()
    sql_and_cli_passwords()
    n1 = len(POS)
    framework_secrets()
    n2 = len(POS)
    base64_structures()
    n3 = len(POS)
    session_and_misc()
    n4 = len(POS)
    private_keys()
    n5 = len(POS)
    generic_records()
    n6 = len(POS)
    composite_records()
    evasions()
    negatives()
    cats = [("vendor tokens (sweep: assignment + usage/chat containers)", 0, n0), ("AWS pairs + non key=value passwords (SQL, CLI flags, .pgpass, .netrc, CSV, URL query, next-line, DSNs)", n0, n1),
            ("framework secrets", n1, n2), ("base64-in-structure & package-manager/credential files", n2, n3),
            ("session material, app passwords, vault init, licences, webhooks, signed URLs, OTP seeds, Wi-Fi, SMTP, Azure", n3, n4),
            ("private keys", n4, n5), ("generic secrets by name / call sites / logs / multilingual chat", n5, n6), ("composite multi-vendor files", n6, len(POS))]
    pos = finalize(POS, "p4-pos-")
    eva = finalize(EVA, "p4-ev-", 3)
    neg = finalize(NEG, "p4-neg-")
    nchk = checks(pos, eva, neg)
    types = sorted({sp["type"] for r in pos + eva for sp in r["secrets"]})
    conts = sorted({r["container"] for r in pos + eva + neg})
    stats = {
        "pos_records": len(pos), "pos_spans": sum(len(r["secrets"]) for r in pos), "pos_types": len({sp["type"] for r in pos for sp in r["secrets"]}),
        "pos_containers": len({r["container"] for r in pos}), "eva_records": len(eva), "eva_spans": sum(len(r["secrets"]) for r in eva),
        "eva_types": len({sp["type"] for r in eva for sp in r["secrets"]}), "eva_containers": len({r["container"] for r in eva}),
        "eva_encodings": len({r["encoding"] for r in eva}), "neg_records": len(neg), "neg_classes": len({r["class"] for r in neg}),
        "neg_containers": len({r["container"] for r in neg}), "all_types": len(types), "all_containers": len(conts), "checksum_validated": nchk,
    }
    assert stats["all_types"] >= 150 and stats["all_containers"] >= 120 and stats["pos_spans"] >= 650 and stats["neg_classes"] >= 14, stats
    write_jsonl(os.path.join(HERE, "secrets.jsonl"), pos)
    write_jsonl(os.path.join(HERE, "evasions.jsonl"), eva)
    write_jsonl(os.path.join(HERE, "negatives.jsonl"), neg)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(stats, cats, pos, eva, neg, types))
    print(json.dumps(stats, indent=1))


def readme(st, cats, pos, eva, neg, types):
    enc_counts = {}
    for r in eva:
        enc_counts[r["encoding"]] = enc_counts.get(r["encoding"], 0) + 1
    neg_counts = {}
    for r in neg:
        neg_counts[r["class"]] = neg_counts.get(r["class"], 0) + 1
    L = []
    L.append(README_HEAD)
    L.append("## Counts (computed by build.py)\n")
    L.append("| file | records | spans | types | containers |\n|---|---|---|---|---|")
    L.append(f"| secrets.jsonl | {st['pos_records']} | {st['pos_spans']} | {st['pos_types']} | {st['pos_containers']} |")
    L.append(f"| evasions.jsonl | {st['eva_records']} | {st['eva_spans']} | {st['eva_types']} | {st['eva_containers']} ({st['eva_encodings']} encodings) |")
    L.append(f"| negatives.jsonl | {st['neg_records']} | – | – | {st['neg_containers']} ({st['neg_classes']} classes) |")
    L.append(f"\nDistinct credential types overall: {st['all_types']}; distinct container kinds overall: {st['all_containers']}; checksum-validated spans: {st['checksum_validated']}.\n")
    L.append("### Positive records by generator section\n")
    for name, a, b in cats:
        L.append(f"- {name}: {b - a}")
    L.append("\n### Evasion records by encoding\n")
    for k in sorted(enc_counts):
        L.append(f"- {k}: {enc_counts[k]}")
    L.append("\n### Negative records by class\n")
    for k in sorted(neg_counts):
        L.append(f"- {k}: {neg_counts[k]}")
    L.append("\n### Credential types\n")
    L.append(", ".join(f"`{t}`" for t in types))
    L.append("\n" + README_TAIL)
    return "\n".join(L) + "\n"


README_HEAD = """# privacy_fourth — held-out credential-detection corpus

Everything here is produced by `build.py` (Python 3.11 standard library only, seeded
PRNG, deterministic, <1 s). Re-run `python3 build.py` to regenerate byte-identical
files. The builder runs its own consistency checks before writing anything.

**No real credential is included.** Every credential-shaped value is generated in the
shape (prefix, length, alphabet, checksum) described by public rule sets and vendor
documentation. The only fixed literal values are public documentation examples used
in *negatives* (AWS `AKIAIOSFODNN7EXAMPLE` pair, the jwt.io sample token, the Azurite
well-known key, GitHub's docs example `gho_16C7…`, Slack's `xoxb-not-a-real-token…`).
Private keys were generated once with `openssl`, `ssh-keygen`, `gpg` (a throw-away
key) and embedded in build.py as data; the PuTTY key was derived from one of the
OpenSSH keys in pure Python (PPK v2, MAC checked by build.py).

Independence: the corpus was written without reading any other corpus, the detector,
its tests, or anything else in this repository. Inputs were public format descriptions
only: gitleaks rules (via a public auto-generated copy of its rule list), Kingfisher
and CredSweeper rule/filter sources (Groq, Doppler, Azure DevOps, GitHub CRC32,
Atlassian/Grafana CRC32 checks), the Azure DevOps PAT release note, and vendor docs.
No test fixtures or example values of those projects were copied into positives.

## Files and record format

- `secrets.jsonl` — `{id, type, container, text, secrets:[{value,start,end,type,plain?}], source}`; ids `p4-pos-NNNN`.
- `evasions.jsonl` — same plus record-level `encoding`; every span carries `plain`; ids `p4-ev-NNN`.
- `negatives.jsonl` — `{id, class, container, text, source}`; nothing in them should be reported; ids `p4-neg-NNNN`.

Offsets are Python `str` code-point offsets; `text[start:end] == value` for every span;
record `type` is the type of its first span; spans are in text order and do not overlap.

## Span conventions

- Only the credential part is labelled: the password in a URL/DSN (not user/host),
  the token after `Bearer`/`token`/`Bot`/`SSWS`/`Splunk`/`GenieKey`, the value after
  `NAME=`/`key:`, the cookie value not its name, the `sig=` / `X-Amz-Signature=` /
  `x-goog-signature=` value of a signed URL, the whole URL for webhook URLs (Slack,
  Discord, Teams, Google Chat — the URL *is* the credential).
- Private keys (PEM, OpenSSH, PGP, PuTTY, encrypted PKCS#8) are the whole armoured
  block BEGIN..END. Inside YAML/HCL block scalars the span is the block as written
  (including its indentation); inside JSON/.env it is the block with literal `\\n`.
- Base64-wrapped credentials (HTTP Basic, docker `auth`, `.npmrc` `_auth`/`_password`,
  k8s Secret `data`, `.dockerconfigjson`, kubeconfig `client-key-data`): value = the
  base64 as written, `plain` = the decoded text (e.g. `user:password`, or the JSON).
- AWS `AKIA…`/`ASIA…` ids (and Alibaba `LTAI…` ids) are labelled when next to their secret.
- Public-by-design neighbours stay unlabelled even inside positive records: Stripe
  `pk_live_`, Supabase anon keys, Sentry DSNs, Mapbox `pk.`, OAuth client ids,
  Algolia search keys, Twilio `AC…` account SIDs, GCP `private_key_id`, UUIDs,
  digests, usernames, hosts.
"""

README_TAIL = """## Judgement calls

- **Whole webhook URL** is the span for Slack/Discord/Teams/Google-Chat webhooks; for
  signed URLs only the signature parameter value is labelled (the rest — bucket, key
  id, expiry — is not secret by itself; the X-Amz-Credential access-key id inside a
  presigned URL is deliberately left unlabelled because no secret key sits next to it).
- **Evasion `plain`** is the decoded text of the span. For `base64-name-eq` that is the
  whole `NAME=token` line; for all other encodings it is the bare credential.
  String-concatenation spans run from the first character of the first literal to the
  last character of the last literal (quotes and `+`/`.` between fragments included,
  outer quotes excluded). Char-code spans are the comma-separated number list.
- **GCP service-account JSON**: the `private_key` PEM (as written, with `\\n`) is labelled
  (type `gcp-service-account-key`); `private_key_id` and `client_id` are not.
- **Encrypted private keys** are labelled (`encrypted-private-key`) and always sit next
  to their passphrase (also labelled `passphrase`): a reviewer would treat the pair as a leak.
- **Session material**: session cookies (`sessionid`, `connect.sid`, `PHPSESSID`,
  `JSESSIONID`, `_gitlab_session`, `laravel_session`, next-auth session token) are
  labelled; CSRF tokens, `_ga`, and per-response CSP nonces / ASP.NET anti-forgery
  tokens are not (anti-forgery tokens are in negatives as high-entropy non-secrets).
- **Firebase web `apiKey`** inside a client `firebaseConfig` and an Android manifest
  Maps key are negatives (public by design); `AIza…` keys under server-side names
  (`GEMINI_API_KEY`, `MAPS_SERVER_KEY`, `GOOGLE_API_KEY`) in server configs are positives.
- Keys with no distinctive shape (Datadog, Cohere, Mistral, Heroku UUID, Splunk HEC,
  Linode, …) appear only with a telling variable/header name or vendor mention.
- **ConfigMap / Helm / Jenkinsfile** values containing real-looking secrets are labelled —
  the container being "not a secret store" is exactly the leak.
- **Password hashes** (bcrypt/argon2) are used only inside documentation-style negatives.
- `Tr0ub4dor-9x` / `hunter-of-keys` are the passphrases of the two encrypted key blocks
  (needed so `openssl`/`ssh-keygen` validation of those blocks is possible).
- Jupyter notebooks: the secret inside the JSON-escaped source line is labelled as it
  appears (no unescaping needed — values contain no quotes or backslashes).

## Shapes guessed or partly guessed

- Azure DevOps new-format PAT: 52 random + fixed-ish infix `JQQJ99BA?AAAAAAAAAAAAAAS` + `AZDO` + 4 chars (84 total);
  the exact meaning of the infix is not public, only the length and `AZDO` marker are documented.
- Tailscale `tskey-auth-k<10>CNTRL-<33>` / `tskey-api-…` split lengths.
- Doppler service token `dp.st.prd.<43>` (environment slug optional per public rules).
- Bitbucket app password `ATBB` + 24 + CRC32 hex (8) — total length guessed; CRC rule from CredSweeper.
- Atlassian `ATATT3xFfGF0…=` + CRC32 (192 chars) — body alphabet guessed.
- CircleCI `CCIPAT_<22>_<40 hex>`, Netlify `nfp_`, Render `rnd_`, Pinecone `pcsk_<6>_<63>`,
  xAI `xai-<80>`, LangSmith `lsv2_pt_<32hex>_<10hex>`, ElevenLabs `sk_<48 hex>`, Honeycomb `hcaik_`,
  Asana `2/<16>/<16>:<32hex>`, ngrok `2<26>_<21>`, crates.io `cio<32>`, Groq interior
  (`gsk_` + 20 + `WGdyb3FY` + 24), Vault `hvs.CAESI…` / `hvb.AAAAAQ…` lengths,
  Discord bot token segment lengths, Vault initial root token `hvs.<24>` (short form), AWS session token length, Artifactory reference
  token body, Grafana Cloud `glc_eyJvIjoi…` body, Hugging Face org token.
- Unity serial / Intelephense / AG Grid licence keys: plausible shapes only.

## Validation done

- build.py: span offsets, ordering, record type; CRC32/base62 (GitHub `gh?_`, npm),
  CRC32 tails (Atlassian, Bitbucket), Grafana SA checksum, bech32 checksum (age);
  every evasion decodes back to `plain`; base64-wrapped spans decode to `plain`
  (and `.dockerconfigjson` inner `auth` decodes to `username:password`); PEM bodies are
  DER sequences, OpenSSH bodies start with `openssh-key-v1`, the PPK MAC verifies;
  generated values never appear in negatives; no value reused across positives.
- Out of band while writing (not part of the build): every embedded private key was
  parsed with `openssl pkey` / `ssh-keygen -y` / `gpg --import` in a temp directory
  (all 21 key spans parsed; the PPK was derived from the same ed25519 key as one OpenSSH record).
"""


if __name__ == "__main__":
    main()
