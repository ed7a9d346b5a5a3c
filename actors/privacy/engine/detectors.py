"""Every credential and identity format the engine knows, declared once as data.

A ``Detector`` is a name, a family (``category``), an RE2 pattern whose first participating group is
the secret (the whole match when the pattern has no group), the lowercase keywords of which at least
one occurs in every match (the prefilter; an empty tuple means "always run"), an optional structural
validator named from ``validators.VALIDATORS`` and the ``sanitization_rules`` key that decides what
happens to it. Patterns are RE2 syntax: linear-time, no look-around, counted repetition <= 1000.

Order matters once: where two detectors find the same span, the one declared first names it, so
vendor formats come before the generic assignment and URL rules.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Detector:
    name: str
    category: str
    pattern: str
    keywords: tuple[str, ...]
    validator: str | None = None
    rule: str = "api_keys"
    marker: str = ""          # pseudonym kind, e.g. <aws_access_key_1>; defaults to ``name``
    edges: bool = True        # the secret may not touch an ASCII letter or digit on either side
    trim: str = ""            # trailing characters that end a sentence, not the secret ("pw is x.")
    deny: tuple[str, ...] = ()  # lowercase words that, in the key before the secret, mean "not one"

    @property
    def kind(self) -> str:
        return self.marker or self.name


# Families a ``sensitive_patterns`` entry may name, and the seed's four words as aliases of them.
CATEGORIES = ("cloud", "source_hosting", "package_registry", "chat", "payment", "mail", "ai", "saas",
              "private_key", "jwt", "auth_header", "connection_string", "assignment", "pii")
ALIASES = {
    "api_key": ("cloud", "source_hosting", "package_registry", "chat", "payment", "mail", "ai", "saas"),
    "token": ("jwt", "auth_header", "source_hosting", "package_registry"),
    "password": ("connection_string", "assignment"),
    "secret": ("private_key", "assignment"),
}
# Which label (``protocol.vocab.Label``) a finding of each family carries; the flow policy decides by it.
LABEL_OF_CATEGORY = {c: ("pii" if c == "pii" else "secret") for c in CATEGORIES}

# ---------------------------------------------------------------------------------------------------
# Building blocks. SEP: the assignment operator between a key and its value, in any common syntax,
# quotes optional and possibly JSON-escaped (\"key\": \"value\"). Vendor contexts also accept a
# comma (setenv("TWILIO_TOKEN", "...")); generic words do not (['pass', 'raise'] is a keyword list).
Q = r"""(?:\\?["'`])"""
SEP = rf"""{Q}?[ \t]*(?:={{1,3}}|:=|:|=>|,|\+=)[ \t]*{Q}?"""
ASSIGN = rf"""{Q}?[ \t]*(?:={{1,3}}|:=|:|=>|\+=)[ \t]*"""   # the value brings its own quotes
UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
NL = r"(?:\r?\n|(?:\\r)?\\n)"


def tok(name: str, category: str, regex: str, *keywords: str, validator: str | None = "not_placeholder",
        marker: str = "", edges: bool = True, rule: str = "api_keys") -> Detector:
    """A self-identifying token: a distinctive prefix or shape, no context needed."""
    return Detector(name, category, rf"\b({regex})", tuple(k.lower() for k in keywords), validator,
                    rule, marker, edges)


CTX_WORDS = r"(?:key|token|secret|pass(?:word)?|auth|pat|credentials?)"


def ctx(name: str, category: str, vendor: str, value: str, *keywords: str, words: str = CTX_WORDS,
        validator: str | None = "keyed", marker: str = "", rule: str = "api_keys") -> Detector:
    """A vendor key that only its name identifies: ``TWILIO_AUTH_TOKEN=...``. The key must name the
    vendor and a secret word (``HEROKU_APP_ID=<uuid>`` is not a secret)."""
    kws = keywords or tuple(k.lower() for k in vendor.split("|"))
    return Detector(name, category, rf"(?i:{vendor}[\w.\-]{{0,20}}?{words})[\w.\-]{{0,12}}?{SEP}({value})", kws,
                    validator, rule, marker)


def pem(name: str, label: str, keyword: str) -> Detector:
    """A PEM block from BEGIN through END (or, truncated, through its last base64 line)."""
    # Header lines (Proc-Type: ...) first: RE2 prefers earlier alternatives like Perl does.
    # "..." is taken in so the validator sees an elided documentation key for what it is.
    body = rf"(?:[A-Za-z][A-Za-z0-9-]*:[ \t][^\r\n\\]*|[A-Za-z0-9+/=]+|[ \t]|{NL}|\.\.\.)*"
    return Detector(name, "private_key",
                    rf"(-----BEGIN {label}-----{body}(?:-----END {label}-----)?)",
                    (keyword,), "pem", "private_keys", "private_key", edges=False)


def url(name: str, schemes: str, keywords: tuple[str, ...]) -> Detector:
    """The password of ``scheme://user:password@host``."""
    return Detector(name, "connection_string",
                    rf"(?i:\b(?:{schemes})://)[^\s:@/'\"\\<>]{{0,}}:([^\s@/'\"\\<>]{{1,}})@",
                    keywords, "password", "passwords", "password", edges=False)


# Secret-naming key words. A key must END with one of them: ``db_password`` yes,
# ``password_reset_token_ttl`` and ``max_tokens`` no.
PW_WORDS = r"(?:password|passwd|passphrase|pwd|[_.\-]pass|\bpass)"
SECRET_WORDS = (r"(?:secret|secret[_.\-]?key|secret[_.\-]?key[_.\-]?base|token|api[_.\-]?key|apikey|"
                r"access[_.\-]?key|private[_.\-]?key|client[_.\-]?secret|auth[_.\-]?token|credentials?|"
                r"signing[_.\-]?key|encryption[_.\-]?key|master[_.\-]?key|app[_.\-]?secret)")
PW_KEYWORDS = ("password", "passwd", "passphrase", "pwd", "pass")
SECRET_KEYWORDS = ("secret", "token", "key", "credential")
QUOTED = (r"""(?:[rRbBuUfF]{1,2})?(?:\\?"([^"\\\r\n]{%d,})\\?"|'([^'\\\r\n]{%d,})'|"""
          r"""`([^`\\\r\n]{%d,})`)""")
UNQUOTED = r"""([^\s"'`#;,\\()\[\]{}<>]{%d,})"""
LINE_START = r"""(?:(?m:^)|\\n|["'])[ \t]*(?:-[ \t]+)?"""
LINE_END = r"""[ \t]*(?:[#;][^\r\n]*)?(?:(?m:$)|\\[rn]|["',}])"""
ENV_START = r"""(?:(?m:^)|[\s;&|("\'])(?:export[ \t]+|set[ \t]+|setenv[ \t]+|ENV[ \t]+)?"""


# Keys that end in a secret word but name something public: pagination and idempotency tokens,
# public keys, token types; keys with ``::`` are type paths (AWS::ApiGateway::ApiKey).
NOT_SECRET_KEYS = ("next_token", "next-token", "nexttoken", "page_token", "page-token", "pagetoken",
                   "client_token", "client-token", "clienttoken", "continuation", "idempotency", "sync_token",
                   "public_key", "public-key", "publickey", "token_type", "tokentype", "cancel_token",
                   "cancellation_token", "cancellationtoken", "starting_token", "starting-token",
                   "startingtoken", "request_token", "request-token", "requesttoken", "change_token",
                   "changetoken", "lock_token", "locktoken", "action_token", "actiontoken", "forwardtoken",
                   "backwardtoken", "::")


def assignment(name: str, words: str, keywords: tuple[str, ...], strict: bool, min_len: int,
               marker: str) -> list[Detector]:
    """The same key words in code (quoted), .env/shell (UPPER=unquoted), YAML/INI lines, CLI flags,
    XML elements and inline in prose or chat (``the password is ...``) — one type per syntax.
    ``strict`` (secret words): every value must look random; otherwise (password words) a literal
    will do where the syntax is unambiguous, and a digit or symbol is needed where it is not."""
    q = QUOTED % (min_len, min_len, min_len)
    u = UNQUOTED % min_len
    upper = words.upper().replace(r"\B", r"\b").replace("[_.\\-]", "[_]")
    flag = words.replace("[_.\\-]", "[_\\-]")
    literal, unquoted, loose = ("token", "unquoted_token", "token") if strict else \
        ("literal", "unquoted", "inline_password")

    def det(syntax: str, pattern: str, validator: str, **extra) -> Detector:
        return Detector(syntax.format(name), "assignment", pattern, keywords, validator, "passwords", marker,
                        False, deny=NOT_SECRET_KEYS, **extra)

    return [
        det("quoted_{}_assignment", rf"(?i:\b[\w.\-]*?{words}){ASSIGN}{q}", literal),
        det("env_{}_assignment", rf"{ENV_START}[A-Z0-9_]*?{upper}=([^\s\"'`;&|#\\]{{{min_len},}})", literal),
        det("config_{}_line", rf"{LINE_START}(?i:[\w.\-]*?{words}){Q}?[ \t]*(?:=|:)[ \t]*{u}{LINE_END}", unquoted),
        det("cli_{}_flag", rf"(?:^|[\s\"'])--?(?i:[\w\-]*?{flag})(?:=|[ \t]+)(?:\\?\"([^\"\s\\]{{{min_len},}})\\?\"|"
                           rf"'([^'\s]{{{min_len},}})'|([^\s\"'\-\\][^\s\"'\\]{{{min_len - 1},}}))", loose),
        det("xml_{}_element", rf"<(?i:[\w.\-:]*?{words})>[ \t]*([^<\s]{{{min_len},}})[ \t]*</", literal),
        det("inline_{}_assignment",
            rf"(?:^|[\s(,;])(?i:[\w.\-]*?{words})[ \t]*(?:=|:|\bis\b)[ \t]*{u}(?:$|[\s\"'`#;,\\)\]}}>])",
            "unquoted_token" if strict else "inline_password", trim=".,:;!?"),
    ]


B62 = "[A-Za-z0-9]"
URLSAFE = r"[A-Za-z0-9_\-]"

DETECTORS: tuple[Detector, ...] = (
    # --- cloud providers and infrastructure ------------------------------------------------------
    tok("aws_access_key_id", "cloud", r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}", "akia", "asia", "abia",
        "acca", marker="aws_access_key"),
    ctx("aws_secret_access_key", "cloud", r"aws", r"[A-Za-z0-9/+]{40}", "aws", marker="aws_secret_key",
        words=r"(?:secret[_.\-]?(?:access[_.\-]?)?key|sk)"),
    ctx("aws_session_token", "cloud", r"aws", r"[A-Za-z0-9/+=]{100,}", "aws",
        words=r"session[_.\-]?token"),
    tok("gcp_api_key", "cloud", rf"AIza{URLSAFE}{{35}}", "aiza", marker="google_api_key"),
    tok("google_oauth_client_secret", "cloud", rf"GOCSPX-{URLSAFE}{{28}}", "gocspx",
        marker="google_client_secret"),
    tok("google_oauth_access_token", "cloud", rf"ya29\.{URLSAFE}{{30,}}", "ya29.",
        marker="google_access_token"),
    Detector("google_oauth_refresh_token", "cloud", rf"(?:^|[^A-Za-z0-9])(1//0{URLSAFE}{{40,}})",
             ("1//0",), "not_placeholder", marker="google_refresh_token"),
    Detector("azure_storage_account_key", "cloud", r"(?i:AccountKey)=([A-Za-z0-9+/]{86}==)",
             ("accountkey",), "not_placeholder", marker="azure_storage_key", edges=False),
    Detector("azure_ad_client_secret", "cloud", r"(?:^|[^A-Za-z0-9_~.])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34})",
             ("q~",), "not_placeholder", marker="azure_client_secret"),
    Detector("azure_sas_token", "cloud", r"[?&]sig=([A-Za-z0-9%+/]{40,}(?:%3D|=){0,2})", ("sig=",),
             "not_placeholder", marker="azure_sas", edges=False),
    ctx("azure_devops_pat", "cloud", r"(?:azure|devops|ado)", r"[a-z0-9]{52}", "azure", "devops", "ado",
        words=r"(?:pat|token)"),
    tok("digitalocean_pat", "cloud", r"dop_v1_[a-f0-9]{64}", "dop_v1_"),
    tok("digitalocean_oauth_token", "cloud", r"doo_v1_[a-f0-9]{64}", "doo_v1_"),
    tok("digitalocean_refresh_token", "cloud", r"dor_v1_[a-f0-9]{64}", "dor_v1_"),
    tok("alibaba_access_key_id", "cloud", rf"LTAI{B62}{{20}}", "ltai"),
    tok("tencent_secret_id", "cloud", rf"AKID{B62}{{32}}", "akid"),
    ctx("ibm_cloud_api_key", "cloud", r"ibm", rf"{URLSAFE}{{44}}"),
    ctx("heroku_api_key", "cloud", r"heroku", UUID),
    tok("heroku_api_key_v2", "cloud", rf"HRKU-{URLSAFE}{{60}}", "hrku-"),
    ctx("cloudflare_api_token", "cloud", r"cloudflare", rf"{URLSAFE}{{40}}|[a-f0-9]{{37}}"),
    tok("cloudflare_origin_ca_key", "cloud", r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}", "v1.0-"),
    tok("flyio_access_token", "cloud", rf"fo1_{URLSAFE}{{43}}", "fo1_"),
    tok("flyio_macaroon", "cloud", r"fm[12][ar]?_[A-Za-z0-9+/]{100,}={0,3}", "fm1_", "fm2_", "fm1a_",
        "fm1r_", "fm2a_", "fm2r_"),
    ctx("vercel_token", "cloud", r"vercel", rf"{B62}{{24}}"),
    ctx("netlify_token", "cloud", r"netlify", rf"{URLSAFE}{{40,46}}"),
    tok("hashicorp_vault_token", "cloud", rf"hv[sbr]\.{URLSAFE}{{24,}}", "hvs.", "hvb.", "hvr."),
    tok("terraform_cloud_token", "cloud", rf"{B62}{{14}}\.atlasv1\.[A-Za-z0-9_=\-]{{60,}}", "atlasv1"),
    tok("doppler_token", "cloud", rf"dp\.(?:pt|st|sa|ct|scim|audit)\.{B62}{{40,44}}", "dp.pt.", "dp.st.",
        "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."),
    tok("pulumi_token", "cloud", r"pul-[a-f0-9]{40}", "pul-"),
    tok("planetscale_token", "cloud", r"pscale_tkn_[A-Za-z0-9=._\-]{32,64}", "pscale_tkn_"),
    tok("planetscale_password", "cloud", r"pscale_pw_[A-Za-z0-9=._\-]{32,64}", "pscale_pw_"),
    tok("supabase_token", "cloud", r"sbp_[a-f0-9]{40}", "sbp_"),
    tok("databricks_token", "cloud", r"dapi[a-f0-9]{32}(?:-\d)?", "dapi"),
    tok("atlassian_api_token", "saas", r"ATATT3[A-Za-z0-9_=\-]{186}", "atatt3"),
    tok("grafana_cloud_token", "cloud", r"glc_[A-Za-z0-9+/]{32,}={0,2}", "glc_"),
    tok("grafana_service_account_token", "cloud", rf"glsa_{B62}{{32}}_[A-Fa-f0-9]{{8}}", "glsa_"),
    tok("newrelic_user_key", "cloud", r"NRAK-[A-Z0-9]{27}", "nrak-"),
    tok("newrelic_insert_key", "cloud", rf"NRII-{URLSAFE}{{32}}", "nrii-"),
    ctx("datadog_api_key", "cloud", r"(?:datadog|dd)", r"[a-f0-9]{32}", "datadog", "dd_api", "dd-api", "ddapi",
        words=r"api[_.\-]?key"),
    ctx("datadog_app_key", "cloud", r"(?:datadog|dd)", r"[a-f0-9]{40}", "datadog", "dd_app", "dd-app", "ddapp",
        words=r"app(?:lication)?[_.\-]?key"),
    tok("sentry_user_token", "cloud", r"sntryu_[a-f0-9]{64}", "sntryu_"),
    tok("sentry_org_token", "cloud", r"sntrys_[A-Za-z0-9+/=_]{60,}", "sntrys_"),
    tok("dynatrace_token", "cloud", r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}", "dt0c01."),
    ctx("okta_api_token", "cloud", r"okta", rf"00{URLSAFE}{{40}}"),
    # --- source hosting -----------------------------------------------------------------------------
    tok("github_pat", "source_hosting", rf"ghp_{B62}{{36}}", "ghp_", validator="github_checksum",
        marker="github_token"),
    tok("github_oauth_token", "source_hosting", rf"gho_{B62}{{36}}", "gho_", validator="github_checksum"),
    tok("github_user_to_server_token", "source_hosting", rf"ghu_{B62}{{36}}", "ghu_",
        validator="github_checksum"),
    tok("github_server_to_server_token", "source_hosting", rf"ghs_{B62}{{36}}", "ghs_",
        validator="github_checksum"),
    tok("github_refresh_token", "source_hosting", rf"ghr_{B62}{{36}}", "ghr_", validator="github_checksum"),
    tok("github_fine_grained_pat", "source_hosting", rf"github_pat_{B62}{{22}}_{B62}{{59}}", "github_pat_",
        marker="github_token"),
    tok("gitlab_pat", "source_hosting", rf"glpat-{URLSAFE}{{20,64}}(?:\.[0-9a-z]{{2}}\.[a-z0-9]{{9}})?",
        "glpat-"),
    tok("gitlab_deploy_token", "source_hosting", rf"gldt-{URLSAFE}{{20,64}}", "gldt-"),
    tok("gitlab_pipeline_trigger_token", "source_hosting", r"glptt-[a-f0-9]{40}", "glptt-"),
    tok("gitlab_runner_registration_token", "source_hosting", rf"GR1348941{URLSAFE}{{20,64}}", "gr1348941"),
    tok("gitlab_runner_auth_token", "source_hosting", rf"glrt-{URLSAFE}{{20,64}}", "glrt-"),
    tok("gitlab_ci_job_token", "source_hosting", rf"glcbt-{B62}{{1,5}}_{URLSAFE}{{20,64}}", "glcbt-"),
    tok("gitlab_oauth_app_secret", "source_hosting", rf"gloas-{URLSAFE}{{64}}", "gloas-"),
    tok("gitlab_feed_token", "source_hosting", rf"glft-{URLSAFE}{{20,64}}", "glft-"),
    tok("gitlab_incoming_mail_token", "source_hosting", rf"glimt-{URLSAFE}{{25}}", "glimt-"),
    tok("gitlab_agent_token", "source_hosting", rf"glagent-{URLSAFE}{{50,64}}", "glagent-"),
    tok("bitbucket_app_password", "source_hosting", r"ATBB[A-Za-z0-9_=.\-]{32}", "atbb"),
    tok("huggingface_token", "source_hosting", r"hf_[A-Za-z]{34}", "hf_"),
    tok("huggingface_org_token", "source_hosting", r"api_org_[A-Za-z]{34}", "api_org_"),
    # --- package registries -------------------------------------------------------------------------
    tok("npm_token", "package_registry", rf"npm_{B62}{{36}}", "npm_", validator="github_checksum"),
    Detector("npmrc_auth_token", "package_registry", r"_authToken[ \t]*=[ \t]*(?:\\?[\"'])?([^\s\"'$\\]{8,})",
             ("_authtoken",), "not_placeholder", edges=False),
    Detector("npmrc_auth", "package_registry",
             r"(?:^|[\s:\"'])_auth[ \t]*=[ \t]*(?:\\?[\"'])?([A-Za-z0-9+/]{6,}={0,2})", ("_auth",),
             "basic_credentials", edges=False),
    tok("pypi_token", "package_registry", r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}",
        "pypi-ageichlwas5vcmc"),
    tok("testpypi_token", "package_registry", r"pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_\-]{50,}",
        "pypi-agendgvzdc5wexbplm9yzw"),
    tok("rubygems_api_key", "package_registry", r"rubygems_[a-f0-9]{48}", "rubygems_"),
    tok("nuget_api_key", "package_registry", r"oy2[a-z0-9]{43}", "oy2"),
    tok("dockerhub_pat", "package_registry", rf"dckr_pat_{URLSAFE}{{27}}", "dckr_pat_"),
    tok("dockerhub_oat", "package_registry", rf"dckr_oat_{URLSAFE}{{32}}", "dckr_oat_"),
    tok("crates_io_token", "package_registry", rf"cio{B62}{{32}}", "cio"),
    tok("clojars_token", "package_registry", r"CLOJARS_[a-z0-9]{60}", "clojars_"),
    tok("artifactory_api_key", "package_registry", rf"AKCp{B62}{{69}}", "akcp"),
    tok("artifactory_reference_token", "package_registry", rf"cmVmdGtu{B62}{{56}}", "cmvmdgtu"),
    tok("octopus_deploy_api_key", "package_registry", r"API-[A-Z0-9]{26}", "api-"),
    Detector("docker_config_auth", "package_registry",
             r"\\?\"auth\\?\"[ \t]*:[ \t]*\\?\"([A-Za-z0-9+/]{6,}={0,2})\\?\"", ("auth",),
             "basic_credentials", edges=False),
    # --- chat and social ----------------------------------------------------------------------------
    tok("slack_bot_token", "chat", rf"xoxb-[0-9]{{10,13}}-[0-9]{{10,13}}-{B62}{{24,34}}", "xoxb-"),
    tok("slack_user_token", "chat", r"xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}", "xoxp-"),
    tok("slack_app_token", "chat", r"xapp-\d-[A-Z0-9]{9,12}-\d{10,16}-[a-f0-9]{64}", "xapp-"),
    tok("slack_config_token", "chat", r"xoxe\.xox[bp]-\d-[A-Z0-9]{150,}", "xoxe."),
    tok("slack_legacy_token", "chat", r"xox[aors]-[0-9A-Za-z\-]{10,}", "xoxa-", "xoxo-", "xoxr-",
        "xoxs-"),
    Detector("slack_webhook_url", "chat",
             r"hooks\.slack\.com/(?:services|workflows|triggers)/([A-Za-z0-9+/]{20,})",
             ("hooks.slack.com",), "not_placeholder"),
    Detector("discord_bot_token", "chat",
             rf"\b([MNO]{URLSAFE}{{23,25}}\.{URLSAFE}{{6}}\.{URLSAFE}{{27,38}})", (), "discord"),
    Detector("discord_webhook_url", "chat",
             rf"discord(?:app)?\.com/api/webhooks/[0-9]{{17,20}}/({URLSAFE}{{60,}})", ("discord",),
             "not_placeholder"),
    Detector("telegram_bot_token", "chat", rf"\b([0-9]{{8,10}}:AA{URLSAFE}{{33}})", (":aa",),
             "not_placeholder"),
    Detector("teams_webhook_url", "chat",
             rf"webhook\.office\.com/webhookb2/({UUID}@{UUID}/IncomingWebhook/[0-9a-f]{{32}}/{UUID}"
             rf"(?:/{URLSAFE}{{20,}})?)", ("webhook.office.com",), "not_placeholder"),
    tok("twitter_bearer_token", "chat", r"AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{30,}",
        "aaaaaaaaaaaaaaaaaaaaa", validator="twitter"),
    tok("facebook_access_token", "chat", rf"EAA[BCDGIMOPU-Z]{B62}{{90,}}", "eaa"),
    tok("twitch_oauth_token", "chat", r"oauth:[a-z0-9]{30}", "oauth:"),
    # --- payment and commerce -----------------------------------------------------------------------
    tok("stripe_secret_key", "payment", rf"sk_(?:live|test)_{B62}{{24,}}", "sk_live_", "sk_test_"),
    tok("stripe_restricted_key", "payment", rf"rk_(?:live|test)_{B62}{{24,}}", "rk_live_", "rk_test_"),
    tok("stripe_webhook_secret", "payment", r"whsec_[A-Za-z0-9+/=]{32,}", "whsec_"),
    tok("square_access_token", "payment", rf"EAAA{URLSAFE}{{60}}", "eaaa"),
    tok("square_oauth_secret", "payment", rf"sq0csp-{URLSAFE}{{43}}", "sq0csp-"),
    tok("square_app_token", "payment", rf"sq0atp-{URLSAFE}{{22}}", "sq0atp-"),
    tok("braintree_access_token", "payment", r"access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}",
        "access_token$"),
    tok("shopify_access_token", "payment", r"shpat_[a-fA-F0-9]{32}", "shpat_"),
    tok("shopify_custom_app_token", "payment", r"shpca_[a-fA-F0-9]{32}", "shpca_"),
    tok("shopify_private_app_token", "payment", r"shppa_[a-fA-F0-9]{32}", "shppa_"),
    tok("shopify_shared_secret", "payment", r"shpss_[a-fA-F0-9]{32}", "shpss_"),
    tok("flutterwave_secret_key", "payment", r"FLWSECK(?:_TEST)?-[a-h0-9]{32}-X", "flwseck"),
    tok("plaid_access_token", "payment", rf"access-(?:sandbox|development|production)-{UUID}",
        "access-sandbox-", "access-development-", "access-production-"),
    ctx("razorpay_key_secret", "payment", r"razorpay", rf"{B62}{{24}}", words="secret"),
    ctx("paypal_client_secret", "payment", r"paypal", rf"{URLSAFE}{{80}}", words="secret"),
    tok("shippo_api_token", "payment", r"shippo_(?:live|test)_[a-f0-9]{40}", "shippo_"),
    tok("easypost_api_key", "payment", r"EZAK[a-f0-9]{54}", "ezak"),
    tok("duffel_api_token", "payment", r"duffel_(?:test|live)_[A-Za-z0-9_=\-]{43}", "duffel_"),
    # --- mail ---------------------------------------------------------------------------------------
    tok("sendgrid_api_key", "mail", rf"SG\.{URLSAFE}{{22}}\.{URLSAFE}{{43}}", "sg."),
    tok("mailgun_api_key", "mail", r"key-[0-9a-f]{32}", "key-"),
    ctx("mailgun_private_key", "mail", r"mailgun", r"[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}"),
    tok("mailchimp_api_key", "mail", r"[0-9a-f]{32}-us[0-9]{1,2}", "-us"),
    tok("brevo_api_key", "mail", rf"xkeysib-[a-f0-9]{{64}}-{B62}{{16}}", "xkeysib-"),
    tok("brevo_smtp_key", "mail", rf"xsmtpsib-[a-f0-9]{{64}}-{B62}{{16}}", "xsmtpsib-"),
    ctx("postmark_server_token", "mail", r"postmark", UUID),
    ctx("mailjet_secret_key", "mail", r"mailjet", r"[a-f0-9]{32}"),
    tok("resend_api_key", "mail", rf"re_{B62}{{8}}_{B62}{{24}}", "re_"),
    ctx("sparkpost_api_key", "mail", r"sparkpost", r"[a-f0-9]{40}"),
    ctx("mandrill_api_key", "mail", r"mandrill", rf"{URLSAFE}{{22}}"),
    # --- AI services --------------------------------------------------------------------------------
    tok("openai_api_key", "ai", rf"sk-(?:proj-|svcacct-|admin-|None-)?{URLSAFE}{{20,}}T3BlbkFJ{URLSAFE}{{20,}}",
        "t3blbkfj"),
    tok("anthropic_api_key", "ai", rf"sk-ant-api03-{URLSAFE}{{93}}AA", "sk-ant-api03-"),
    tok("anthropic_admin_key", "ai", rf"sk-ant-admin01-{URLSAFE}{{93}}AA", "sk-ant-admin01-"),
    tok("groq_api_key", "ai", rf"gsk_{B62}{{52}}", "gsk_"),
    tok("replicate_api_token", "ai", rf"r8_{B62}{{37}}", "r8_"),
    tok("perplexity_api_key", "ai", rf"pplx-{B62}{{48}}", "pplx-"),
    tok("xai_api_key", "ai", rf"xai-{B62}{{80}}", "xai-"),
    tok("openrouter_api_key", "ai", r"sk-or-v1-[a-f0-9]{64}", "sk-or-v1-"),
    tok("langsmith_api_key", "ai", r"lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}", "lsv2_"),
    ctx("cohere_api_key", "ai", r"(?:cohere|co_api)", rf"{B62}{{40}}", "cohere", "co_api"),
    ctx("mistral_api_key", "ai", r"mistral", rf"{B62}{{32}}"),
    ctx("deepseek_api_key", "ai", r"deepseek", r"sk-[a-f0-9]{32}"),
    ctx("together_api_key", "ai", r"together", r"[a-f0-9]{64}"),
    tok("elevenlabs_api_key", "ai", r"sk_[a-f0-9]{48}", "sk_"),
    tok("pinecone_api_key", "ai", rf"pcsk_{B62}{{5,7}}_{B62}{{50,}}", "pcsk_"),
    ctx("wandb_api_key", "ai", r"wandb", r"[a-f0-9]{40}"),
    # --- other SaaS ---------------------------------------------------------------------------------
    tok("postman_api_key", "saas", r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}", "pmak-"),
    tok("linear_api_key", "saas", rf"lin_api_{B62}{{40}}", "lin_api_"),
    tok("notion_integration_token", "saas", rf"secret_{B62}{{43}}", "secret_"),
    tok("notion_api_token", "saas", rf"ntn_[0-9]{{11}}{B62}{{35}}", "ntn_"),
    tok("airtable_pat", "saas", rf"pat{B62}{{14}}\.[a-f0-9]{{64}}", "pat"),
    ctx("twilio_auth_token", "saas", r"twilio", r"[a-f0-9]{32}"),
    tok("contentful_pat", "saas", rf"CFPAT-{URLSAFE}{{43}}", "cfpat-"),
    tok("figma_pat", "saas", rf"figd_{URLSAFE}{{40,60}}", "figd_"),
    tok("frameio_token", "saas", r"fio-u-[A-Za-z0-9_=\-]{64}", "fio-u-"),
    tok("onepassword_service_token", "saas", r"ops_eyJ[A-Za-z0-9+/=_\-]{100,}", "ops_eyj"),
    tok("mapbox_secret_token", "saas", rf"sk\.eyJ{URLSAFE}{{50,}}\.{URLSAFE}{{20,}}", "sk.eyj"),
    ctx("algolia_admin_key", "saas", r"algolia", r"[a-f0-9]{32}"),
    tok("launchdarkly_key", "saas", rf"(?:api|sdk)-{UUID}", "api-", "sdk-"),
    tok("sonarqube_token", "saas", r"sq[pau]_[a-f0-9]{40}", "sqp_", "squ_", "sqa_"),
    ctx("snyk_token", "saas", r"snyk", UUID),
    tok("circleci_pat", "saas", rf"CCIPAT_{B62}{{22}}_[a-f0-9]{{40}}", "ccipat_"),
    tok("buildkite_token", "saas", r"bkua_[a-f0-9]{40}", "bkua_"),
    tok("prefect_api_key", "saas", rf"pnu_{B62}{{36}}", "pnu_"),
    tok("readme_api_key", "saas", r"rdme_[a-z0-9]{70}", "rdme_"),
    tok("dropbox_access_token", "saas", rf"sl\.{URLSAFE}{{130,}}", "sl."),
    tok("typeform_pat", "saas", r"tfp_[A-Za-z0-9_\-.]{59}", "tfp_"),
    # --- private keys -------------------------------------------------------------------------------
    pem("private_key_rsa", "RSA PRIVATE KEY", "begin rsa private key"),
    pem("private_key_ec", "EC PRIVATE KEY", "begin ec private key"),
    pem("private_key_dsa", "DSA PRIVATE KEY", "begin dsa private key"),
    pem("private_key_openssh", "OPENSSH PRIVATE KEY", "begin openssh private key"),
    pem("private_key_pkcs8", "PRIVATE KEY", "begin private key"),
    pem("private_key_encrypted", "ENCRYPTED PRIVATE KEY", "begin encrypted private key"),
    pem("private_key_pgp", "PGP PRIVATE KEY BLOCK", "begin pgp private key block"),
    Detector("putty_private_key", "private_key",
             rf"Private-Lines:[ \t]*\d+{NL}((?:[A-Za-z0-9+/=]+{NL}?)+)", ("private-lines:",), "pem",
             "private_keys", "private_key", edges=False),
    tok("age_secret_key", "private_key", r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
        "age-secret-key-1", rule="private_keys", marker="private_key"),
    Detector("kubeconfig_client_key", "private_key", r"client-key-data:[ \t]*([A-Za-z0-9+/=]{40,})",
             ("client-key-data",), "not_placeholder", "private_keys", "private_key"),
    # --- tokens in headers and JWTs -----------------------------------------------------------------
    tok("jwt", "jwt", rf"eyJ{URLSAFE}{{8,}}\.eyJ{URLSAFE}{{8,}}\.{URLSAFE}*", "eyj", validator="jwt",
        marker="jwt"),
    Detector("bearer_token", "auth_header", r"(?i:\bbearer)[ \t]+([A-Za-z0-9_\-.=/+~]{16,})", ("bearer",),
             "token", marker="token", edges=False),
    Detector("http_authorization_header", "auth_header",
             r"(?i:\bauthorization)(?:\\?[\"'])?[ \t]*[:=][ \t]*(?:\\?[\"'])?"
             r"(?i:(?:bearer|token|bot|apikey|api-key|key|sso-key)[ \t]+)?"
             r"([A-Za-z0-9_\-.=:/+~]{12,})", ("authorization",), "token", marker="token", edges=False),
    Detector("basic_auth_header", "auth_header", r"(?i:\bbasic)[ \t]+([A-Za-z0-9+/]{6,}={0,2})", ("basic",),
             "basic_credentials", marker="basic_auth"),
    # --- connection strings -------------------------------------------------------------------------
    url("postgres_url", r"postgres(?:ql)?(?:\+[a-z0-9]+)?|pgsql|postgis", ("postgres", "pgsql", "postgis")),
    url("mysql_url", r"mysql(?:x|2)?(?:\+[a-z0-9]+)?|mariadb", ("mysql", "mariadb")),
    url("mongodb_url", r"mongodb(?:\+srv)?", ("mongodb",)),
    url("redis_url", r"rediss?", ("redis",)),
    url("amqp_url", r"amqps?", ("amqp",)),
    url("mssql_url", r"mssql(?:\+[a-z0-9]+)?|sqlserver", ("mssql", "sqlserver")),
    url("ldap_url", r"ldaps?", ("ldap",)),
    url("ftp_url", r"s?ftps?", ("ftp",)),
    url("smtp_url", r"smtps?", ("smtp",)),
    url("http_url_credentials", r"https?", ("http",)),
    url("generic_url_credentials", r"[a-z][a-z0-9+.\-]{1,30}", ("://",)),
    Detector("jdbc_password", "connection_string",
             r"(?i:jdbc:[a-z0-9:]+//[^\s'\"]{0,}?[?;&](?:password|pwd)=)([^\s&;'\"\\]{1,})", ("jdbc:",),
             "password", "passwords", "password", False),
    Detector("ado_connection_string", "connection_string",
             r"(?i:;[ \t]*(?:password|pwd)[ \t]*=[ \t]*)([^;'\"\s<>\\]{1,})", ("password", "pwd"),
             "password", "passwords", "password", False),
    # --- secrets assigned in code, config, .env, shell, command lines (specific forms first) -----------
    Detector("mysql_cli_password", "assignment",
             r"\bmysql(?:dump|admin|sh|import|check)?\b[^\r\n]{0,}?[ \t]-p([^\s\"'\-\\][^\s\"'\\]{3,})",
             ("mysql",), "literal", "passwords", "password", False),
    Detector("sshpass_password", "assignment",
             r"\bsshpass[ \t]+-p[ \t]*(?:\\?\"([^\"\\]{3,})\\?\"|'([^']{3,})'|([^\s\"'\\]{3,}))",
             ("sshpass",), "literal", "passwords", "password", False),
    Detector("docker_login_password", "assignment",
             r"\bdocker[ \t]+login\b[^\r\n]{0,}?[ \t]-p[ \t]+(?:\\?\"([^\"\\]{3,})\\?\"|'([^']{3,})'|([^\s\"'\\]{3,}))",
             ("docker",), "literal", "passwords", "password", False),
    Detector("curl_user_credentials", "assignment",
             r"\bcurl\b[^\r\n]{0,}?[ \t](?:-u|--user)[ \t]*(?:\\?[\"'])?[^\s:\"'\\]{1,}:([^\s\"'@\\]{3,})",
             ("curl",), "literal", "passwords", "password", False),
    Detector("netrc_password", "assignment",
             r"\bmachine[ \t]+[^\s\\]+(?:(?:\s|\\n)+(?:login|account)[ \t]+[^\s\\]+)*"
             r"(?:\s|\\n)+password[ \t]+([^\s\\\"']{3,})",
             ("machine",), "literal", "passwords", "password", False),
    Detector("password_hash", "assignment",
             r"(?:^|[\s\"'])[A-Za-z0-9_.\-]{1,32}:(\$(?:apr1|2[abxy]|[156]|y|gy)\$[./A-Za-z0-9$]{8,})",
             ("$apr1$", "$2a$", "$2b$", "$2x$", "$2y$", "$1$", "$5$", "$6$", "$y$", "$gy$"), None,
             "passwords", "password_hash", False),
    Detector("wordpress_config_secret", "assignment",
             r"define\([ \t]*\\?['\"]"
             r"(?:DB_PASSWORD|(?:SECURE_)?AUTH_(?:KEY|SALT)|LOGGED_IN_(?:KEY|SALT)|NONCE_(?:KEY|SALT))"
             r"\\?['\"][ \t]*,[ \t]*\\?['\"]([^'\"\\]{4,})\\?['\"]", ("define",), "literal", "passwords", "secret",
             False),
    Detector("dotnet_config_secret", "assignment",
             r"(?i:key[ \t]*=[ \t]*\\?\"[\w.\-:]*?(?:password|pwd|secret|token|apikey|api_key)\\?\""
             r"[ \t]+value[ \t]*=[ \t]*)"
             r"\\?\"([^\"\\]{3,})\\?\"", ("value",), "literal", "passwords", "secret", False),
    *assignment("password", PW_WORDS, PW_KEYWORDS, False, 4, "password"),
    *assignment("secret", SECRET_WORDS, SECRET_KEYWORDS, True, 8, "secret"),
    # --- identities (pii) ---------------------------------------------------------------------------
    Detector("email", "pii",
             r"\b([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24})\b",
             ("@",), "email", "emails", "email"),
)

SECRET_TYPES = tuple(d.name for d in DETECTORS if d.category != "pii")
