"""Vendor positives: one record per vendor type, in a container typical of where the key lives."""
import base64
import hashlib
import hmac
import json
import random
import re

from common250 import (CHARSETS, CHARSET_WORDS, PW_RE, b64url_decode, b64url_nopad, jwt_random_sig,
                       jwt_valid, keyname, owner_password, rand_bytes, rand_str, span_of, uuid4)

SEED_VALUES = 25002
SEED_STYLES = 25012


# ------------------------------------------------------------------ spec parts
def L(s):
    return ("L", s)


def Cs(cs, n):
    return ("C", cs, n)


def CR(cs, lo, hi):
    return ("CR", cs, lo, hi)


U4 = ("U4", False)
U4U = ("U4", True)
PW = ("PW",)


def G(cs, k, n, sep):
    return ("G", cs, k, n, sep)


def JWT(alg, hdr, payload, real=False):
    return ("JWT", alg, hdr, payload, real)


def B64JSON(payload, keys, url=False):
    return ("B64JSON", payload, keys, url)


def B64B(n, url=False, pad=True):
    return ("B64B", n, url, pad)


def _cls(cs):
    chars = CHARSETS.get(cs, cs)
    return "[" + "".join("\\" + c if c in "\\]^-[" else c for c in chars) + "]"


def part_regex(p, gi):
    t = p[0]
    if t == "L":
        return re.escape(p[1])
    if t == "C":
        return "%s{%d}" % (_cls(p[1]), p[2])
    if t == "CR":
        return "%s{%d,%d}" % (_cls(p[1]), p[2], p[3])
    if t == "U4":
        h = "[0-9A-F]" if p[1] else "[0-9a-f]"
        v = "[89AB]" if p[1] else "[89ab]"
        return "%s{8}-%s{4}-4%s{3}-%s%s{3}-%s{12}" % (h, h, h, v, h, h)
    if t == "PW":
        return PW_RE.pattern[1:-1]
    if t == "G":
        c = "%s{%d}" % (_cls(p[1]), p[3])
        return re.escape(p[4]).join([c] * p[2])
    if t == "JWT":
        return "(?P<g%d>eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)" % gi
    if t == "B64JSON":
        if p[3]:
            return "(?P<g%d>eyJ[A-Za-z0-9_-]+)" % gi
        return "(?P<g%d>eyJ[A-Za-z0-9+/]+={0,2})" % gi
    if t == "B64B":
        n = p[1]
        full = (n * 4 + 2) // 3
        padn = (-n) % 3 if p[3] else 0
        cls = "[A-Za-z0-9_-]" if p[2] else "[A-Za-z0-9+/]"
        return "(?P<g%d>%s{%d}%s)" % (gi, cls, full, "=" * padn)
    raise ValueError(p)


def part_gen(p, rng, ctx):
    t = p[0]
    if t == "L":
        return p[1]
    if t == "C":
        return rand_str(rng, p[1], p[2])
    if t == "CR":
        return rand_str(rng, p[1], rng.randint(p[2], p[3]))
    if t == "U4":
        return uuid4(rng, upper=p[1])
    if t == "PW":
        return owner_password(rng)
    if t == "G":
        return p[4].join(rand_str(rng, p[1], p[3]) for _ in range(p[2]))
    if t == "JWT":
        alg, hdr, payload, real = p[1], p[2], p[3], p[4]
        h = hdr(rng) if callable(hdr) else dict(hdr)
        pl = payload(rng)
        if real:
            hb = b64url_nopad(json.dumps(h, separators=(",", ":")).encode())
            pb = b64url_nopad(json.dumps(pl, separators=(",", ":")).encode())
            dig = {"HS256": hashlib.sha256, "HS512": hashlib.sha512}[alg]
            sig = hmac.new(rand_bytes(rng, 32), (hb + "." + pb).encode(), dig).digest()
            return hb + "." + pb + "." + b64url_nopad(sig)
        return jwt_random_sig(rng, alg, pl, h)
    if t == "B64JSON":
        raw = json.dumps(p[1](rng), separators=(",", ":")).encode()
        if p[3]:
            return b64url_nopad(raw)
        return base64.b64encode(raw).decode()
    if t == "B64B":
        b = rand_bytes(rng, p[1])
        s = base64.urlsafe_b64encode(b).decode() if p[2] else base64.b64encode(b).decode()
        return s if p[3] else s.rstrip("=")
    raise ValueError(p)


def part_check(p, s):
    t = p[0]
    if t == "JWT":
        if not jwt_valid(s):
            return "JWT frame"
        hdr = json.loads(b64url_decode(s.split(".")[0]))
        if hdr.get("alg") != p[1]:
            return "JWT alg"
        return None
    if t == "B64JSON":
        try:
            raw = b64url_decode(s) if p[3] else base64.b64decode(s, validate=True)
            obj = json.loads(raw)
        except Exception:
            return "Base64 JSON frame"
        if not isinstance(obj, dict) or any(k not in obj for k in p[2]):
            return "Base64 JSON keys"
        return None
    if t == "B64B":
        try:
            raw = b64url_decode(s) if p[2] else base64.b64decode(s + "=" * (-len(s) % 4), validate=True)
        except Exception:
            return "Base64 bytes"
        return None if len(raw) == p[1] else "Base64 byte count"
    return None


def part_words(p):
    t = p[0]
    if t == "L":
        return "`%s`" % p[1]
    if t == "C":
        w = CHARSET_WORDS.get(p[1], p[1])
        if p[2] == 1:
            w = {"digits": "digit"}.get(w, w)
        return "%d %s" % (p[2], w)
    if t == "CR":
        return "%d-%d %s" % (p[2], p[3], CHARSET_WORDS.get(p[1], p[1]))
    if t == "U4":
        return "UUIDv4" + (" (upper-case)" if p[1] else "")
    if t == "PW":
        return "owner-chosen password"
    if t == "G":
        return "%d groups of %d %s joined by `%s`" % (p[2], p[3], CHARSET_WORDS.get(p[1], p[1]), p[4])
    if t == "JWT":
        return ("real %s JWT" % p[1]) if p[4] else ("%s JWT (base64url JSON header and payload, random signature of the right length)" % p[1])
    if t == "B64JSON":
        return "%s of real JSON {%s}" % ("unpadded base64url" if p[3] else "standard Base64", ", ".join(p[2]))
    if t == "B64B":
        return "%s of %d random bytes" % ("base64url" if p[2] else "standard Base64", p[1])
    raise ValueError(p)


def spec_words(spec):
    return " + ".join(part_words(p) for p in spec)


def spec_regex(spec):
    return re.compile("^" + "".join(part_regex(p, i) for i, p in enumerate(spec)) + "$")


def check_vendor_value(spec, v):
    m = spec_regex(spec).match(v)
    if not m:
        return ["shape regex"]
    errs = []
    for i, p in enumerate(spec):
        if p[0] in ("JWT", "B64JSON", "B64B"):
            e = part_check(p, m.group("g%d" % i))
            if e:
                errs.append(e)
    return errs


def gen_vendor_value(spec, rng):
    return "".join(part_gen(p, rng, None) for p in spec)


# ------------------------------------------------------------------ payloads for frames
def _printify_payload(rng):
    iat = 1712000000 + rng.randint(0, 6000000)
    return {"aud": rand_str(rng, "hexl", 32), "jti": rand_str(rng, "hexl", 64), "iat": iat,
            "nbf": iat, "exp": iat + 31536000, "sub": str(rng.randint(10000000, 99999999)),
            "scopes": ["shops.read", "catalog.read", "orders.read", "orders.write", "products.write"]}


def _zettle_payload(rng):
    iat = 1712000000 + rng.randint(0, 6000000)
    return {"iss": "iZettle", "aud": "API", "iat": iat, "sub": uuid4(rng),
            "scope": ["READ:PURCHASE", "READ:PRODUCT", "WRITE:PRODUCT"], "client_id": uuid4(rng)}


def _calendly_hdr(rng):
    return {"kid": rand_str(rng, "hexl", 64), "typ": "PAT", "alg": "ES256"}


def _calendly_payload(rng):
    iat = 1712000000 + rng.randint(0, 6000000)
    return {"iss": "https://auth.calendly.com", "iat": iat, "jti": uuid4(rng),
            "user_uuid": uuid4(rng), "app_uid": rand_str(rng, "b64url", 43), "exp": iat + 7776000}


def _turso_payload(rng):
    return {"a": "rw", "iat": 1712000000 + rng.randint(0, 6000000), "id": uuid4(rng)}


def _monday_payload(rng):
    return {"tid": rng.randint(300000000, 399999999), "aai": 11, "uid": rng.randint(40000000, 69999999),
            "iad": "2024-0%d-1%dT0%d:1%d:2%d.000Z" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9),
                                                     rng.randint(0, 9), rng.randint(0, 9)),
            "per": "me:write", "actid": rng.randint(10000000, 29999999), "rgn": "euc1"}


def _grafana_payload(rng):
    org = str(rng.randint(100000, 999999))
    return {"o": org, "n": "stack-%s-alloy-%s" % (org, rng.choice(["studio", "paperstore", "presses"])),
            "k": rand_str(rng, "alnum", 24), "m": {"r": rng.choice(["prod-gb-south-0", "prod-eu-west-2"])}}


def _mapbox_payload(rng):
    return {"u": rng.choice(["quoinchase", "stonecellar", "kettlestitch"]), "a": "cl" + rand_str(rng, "lalnum", 23)}


# ------------------------------------------------------------------ neighbours
def _email(user, dom):
    f = lambda rng: "%s@%s" % (user, dom)
    f.fixed = True
    return f


def _fixed(val):
    f = lambda rng: val
    f.fixed = True
    return f


def _nb(words, fn):
    return (words, fn)


NB_DIG = lambda n: (lambda rng: rand_str(rng, "digit", n))


# ------------------------------------------------------------------ the vendor list
# (type, group, spec, provenance, neighbour or None, candidate styles)
SERVER = ["studio_envrc_export_lines", "press_jupyter_notebook_cell_json", "shop_gh_secret_set_history",
          "ops_terraform_variable_default_tf", "ops_ini_credentials_profile", "booking_application_properties",
          "studio_powershell_env_assign", "bindery_windows_setx_batch", "studio_vscode_launch_env_json",
          "press_jetbrains_http_private_env_json", "ops_docker_run_env_flags", "ops_supervisord_program_env",
          "shop_rails_initializer_rb"]
APP = ["app_xcconfig_build_setting", "app_gradle_properties"]
HUMAN = ["bindery_bitwarden_json_export", "studio_signal_chat_message", "press_handover_email_body"]

V = []


def v(tname, group, spec, prov, nb=None, styles=None):
    V.append((tname, group, spec, prov, nb, styles or SERVER))


G_TRADE = "Print trade: presses and bindery machines, plate makers, print-on-demand, booking and ticketing, ISBN agencies, craft marketplaces, shipping, design tools"
G_COMM = "Commerce, payments, e-mail and support"
G_MSG = "Messaging, social and notifications"
G_AI = "AI services"
G_DEV = "Developer services"
G_OPS = "Ops, cloud, storage, IoT and identity"

# --- trade
v("heidelberg_customer_portal_password", G_TRADE, [PW], "owner",
  _nb(["heidelberg", "customer", "number"], NB_DIG(7)), HUMAN)
v("zaikio_oauth_client_secret", G_TRADE, [Cs("b64url", 43)], "guessed",
  _nb(["zaikio", "client", "id"], lambda r: uuid4(r)))
v("boxcar_press_plate_shop_password", G_TRADE, [PW], "owner",
  _nb(["boxcar", "press", "login", "email"], _email("orders", "quoinchase.example")), HUMAN)
v("riso_console_web_admin_password", G_TRADE, [PW], "owner",
  _nb(["riso", "duplicator", "serial"], lambda r: "SF" + rand_str(r, "digit", 4) + "-" + rand_str(r, "digit", 6)), HUMAN)
v("horizon_ice_link_api_token", G_TRADE, [Cs("hexl", 64)], "guessed")
v("glowforge_app_account_password", G_TRADE, [PW], "owner",
  _nb(["glowforge", "account", "email"], _email("woodtype", "quoinchase.example")), HUMAN)
v("lightburn_software_license_key", G_TRADE, [G("ualnum", 5, 5, "-")], "guessed", None, HUMAN + APP)
v("epson_connect_api_client_secret", G_TRADE, [Cs("alnum", 64)], "guessed",
  _nb(["epson", "connect", "client", "id"], lambda r: rand_str(r, "hexl", 32)))
v("lulu_print_api_client_secret", G_TRADE, [Cs("alnum", 32)], "guessed",
  _nb(["lulu", "print", "api", "client", "key"], lambda r: uuid4(r)))
v("gelato_print_api_key", G_TRADE, [U4, L("-"), U4, L(":"), U4], "guessed")
v("prodigi_print_api_key", G_TRADE, [U4], "guessed")
v("printful_private_token", G_TRADE, [Cs("alnum", 40)], "guessed")
v("printify_personal_access_token", G_TRADE, [JWT("RS256", {"typ": "JWT", "alg": "RS256"}, _printify_payload)], "believed")
v("bookwhen_api_token", G_TRADE, [Cs("lalnum", 32)], "guessed")
v("eventbrite_private_token", G_TRADE, [Cs("ualnum", 20)], "read_kingfisher")
v("ticket_tailor_api_key", G_TRADE, [L("sk_"), Cs("digit", 4), L("_"), Cs("digit", 6), L("_"), Cs("hexl", 32)], "read_kingfisher")
v("acuity_scheduling_api_key", G_TRADE, [Cs("hexl", 32)], "believed",
  _nb(["acuity", "user", "id"], NB_DIG(8)))
v("calendly_personal_access_token", G_TRADE, [JWT("ES256", _calendly_hdr, _calendly_payload)], "read_kingfisher")
v("checkfront_api_secret", G_TRADE, [Cs("hexl", 64)], "guessed",
  _nb(["checkfront", "api", "key"], lambda r: rand_str(r, "hexl", 40)))
v("big_cartel_shop_admin_password", G_TRADE, [PW], "owner",
  _nb(["big", "cartel", "store", "subdomain"], _fixed("halftonehare")), HUMAN)
v("nielsen_isbn_store_login_password", G_TRADE, [PW], "owner",
  _nb(["nielsen", "isbn", "store", "email"], _email("editions", "stonecellar.example")), HUMAN)
v("bowker_myidentifiers_password", G_TRADE, [PW], "owner",
  _nb(["bowker", "account", "email"], _email("isbn", "kettlestitch.example")), HUMAN)
v("folksy_seller_account_password", G_TRADE, [PW], "owner",
  _nb(["folksy", "shop", "name"], _fixed("KettlestitchBindery")), HUMAN)
v("shippo_live_api_token", G_TRADE, [L("shippo_live_"), Cs("hexl", 40)], "read_gitleaks")
v("easypost_production_api_key", G_TRADE, [L("EZAK"), Cs("alnum", 54)], "read_gitleaks")
v("shipstation_api_secret", G_TRADE, [Cs("hexl", 32)], "guessed",
  _nb(["shipstation", "api", "key"], lambda r: rand_str(r, "hexl", 32)))
v("adobe_io_client_secret", G_TRADE, [L("p8e-"), Cs("alnum", 32)], "read_gitleaks",
  _nb(["adobe", "io", "client", "id"], lambda r: rand_str(r, "hexl", 32)))
v("figma_personal_access_token", G_TRADE, [L("figd_"), Cs("b64url", 40)], "read_kingfisher")
v("dropbox_short_lived_access_token", G_TRADE, [L("sl."), Cs("b64url", 135)], "read_gitleaks")
v("bannerbear_api_key", G_TRADE, [Cs("alnum", 22), L("tt")], "read_kingfisher")
v("webflow_site_api_token", G_TRADE, [Cs("hexl", 64)], "read_kingfisher")
v("truenas_api_key", G_TRADE, [CR("digit", 1, 2), L("-"), Cs("alnum", 64)], "read_kingfisher")
v("loyverse_pos_access_token", G_TRADE, [Cs("hexl", 32)], "read_kingfisher", None, SERVER + APP)

# --- commerce
v("stripe_restricted_live_key", G_COMM, [L("rk_live_51"), Cs("alnum", 97)], "read_gitleaks")
v("stripe_webhook_signing_secret", G_COMM, [L("whsec_"), Cs("alnum", 32)], "believed")
v("woocommerce_rest_consumer_secret", G_COMM, [L("cs_"), Cs("hexl", 40)], "believed",
  _nb(["woocommerce", "consumer", "key"], lambda r: "ck_" + rand_str(r, "hexl", 40)))
v("paypal_rest_client_secret", G_COMM, [L("E"), Cs("b64url", 79)], "read_kingfisher",
  _nb(["paypal", "client", "id"], lambda r: "A" + rand_str(r, "b64url", 79)))
v("razorpay_live_key_secret", G_COMM, [Cs("alnum", 24)], "believed",
  _nb(["razorpay", "key", "id"], lambda r: "rzp_live_" + rand_str(r, "alnum", 14)))
v("zettle_api_key_jwt", G_COMM, [JWT("RS256", {"kid": "0", "alg": "RS256", "typ": "JWT"}, _zettle_payload)], "guessed")
v("patreon_creator_access_token", G_COMM, [Cs("b64url", 43)], "guessed")
v("kofi_webhook_verification_token", G_COMM, [U4], "believed")
v("gumroad_application_access_token", G_COMM, [Cs("alnum", 43)], "read_kingfisher")
v("snipcart_secret_api_key", G_COMM, [Cs("alnum", 75)], "read_kingfisher")
v("sendgrid_api_key", G_COMM, [L("SG."), Cs("b64url", 22), L("."), Cs("b64url", 43)], "read_gitleaks")
v("mailjet_api_secret_key", G_COMM, [Cs("hexl", 32)], "believed",
  _nb(["mailjet", "api", "key"], lambda r: rand_str(r, "hexl", 32)))
v("sparkpost_api_key", G_COMM, [Cs("hexl", 40)], "read_kingfisher")
v("freshdesk_api_key", G_COMM, [Cs("alnum", 20)], "believed")
v("buttondown_api_key", G_COMM, [U4], "believed")
v("mailerlite_classic_api_key", G_COMM, [Cs("lalnum", 32)], "read_kingfisher")

# --- messaging
v("whatsapp_cloud_api_access_token", G_MSG, [L("EAAM"), Cs("alnum", 180)], "read_gitleaks")
v("facebook_app_secret", G_MSG, [Cs("hexl", 32)], "read_gitleaks",
  _nb(["facebook", "app", "id"], NB_DIG(16)))
v("vonage_api_secret", G_MSG, [Cs("alnum", 16)], "believed",
  _nb(["vonage", "api", "key"], lambda r: rand_str(r, "hexl", 8)))
v("plivo_auth_token", G_MSG, [Cs("alnum", 40)], "believed",
  _nb(["plivo", "auth", "id"], lambda r: "MA" + rand_str(r, "ualnum", 18)))
v("clicksend_api_key", G_MSG, [U4U], "believed",
  _nb(["clicksend", "username"], _email("studio", "halftonehare.example")))
v("ntfy_access_token", G_MSG, [L("tk_"), Cs("lalnum", 29)], "believed")
v("gotify_application_token", G_MSG, [L("A"), Cs("alnum", 14)], "believed", None, SERVER + APP)
v("rocketchat_personal_access_token", G_MSG, [Cs("b64url", 43)], "believed",
  _nb(["rocketchat", "user", "id"], lambda r: rand_str(r, "alnum", 17)))
v("zulip_bot_api_key", G_MSG, [Cs("alnum", 32)], "believed",
  _nb(["zulip", "bot", "email"], _email("pressbot-bot", "kettlestitch.zulipchat.example")))
v("microsoft_teams_incoming_webhook_url", G_MSG,
  [L("https://kettlestitch.webhook.office.com/webhookb2/"), U4, L("@"), U4, L("/IncomingWebhook/"),
   Cs("hexl", 32), L("/"), U4], "read_gitleaks")
v("google_chat_space_webhook_url", G_MSG,
  [L("https://chat.googleapis.com/v1/spaces/AAAA"), Cs("b64url", 7), L("/messages?key=AIzaSy"),
   Cs("b64url", 33), L("&token="), Cs("b64url", 43), L("%3D")], "believed")
v("bluesky_app_password", G_MSG, [G("lalnum", 4, 4, "-")], "believed",
  _nb(["bluesky", "handle"], _fixed("stonecellar.bsky.social")), HUMAN + SERVER[:4])
v("tumblr_oauth_consumer_secret", G_MSG, [Cs("alnum", 50)], "believed",
  _nb(["tumblr", "consumer", "key"], lambda r: rand_str(r, "alnum", 50)))
v("flickr_api_secret", G_MSG, [Cs("hexl", 16)], "believed",
  _nb(["flickr", "api", "key"], lambda r: rand_str(r, "hexl", 32)))
v("vimeo_personal_access_token", G_MSG, [Cs("hexl", 32)], "believed")
v("pushbullet_access_token", G_MSG, [L("o."), Cs("alnum", 32)], "read_kingfisher")

# --- AI
v("mistral_ai_api_key", G_AI, [Cs("alnum", 32)], "believed")
v("cohere_api_key", G_AI, [Cs("alnum", 40)], "read_gitleaks")
v("deepseek_api_key", G_AI, [L("sk-"), Cs("hexl", 32)], "believed")
v("xai_grok_api_key", G_AI, [L("xai-"), Cs("alnum", 80)], "read_kingfisher")
v("openrouter_api_key", G_AI, [L("sk-or-v1-"), Cs("hexl", 64)], "believed")
v("elevenlabs_api_key", G_AI, [L("sk_"), Cs("hexl", 48)], "read_kingfisher")
v("assemblyai_api_key", G_AI, [Cs("hexl", 32)], "read_kingfisher")
v("deepgram_api_key", G_AI, [Cs("hexl", 40)], "read_kingfisher")
v("firecrawl_api_key", G_AI, [L("fc-"), Cs("hexl", 32)], "believed")
v("tavily_search_api_key", G_AI, [L("tvly-"), Cs("alnum", 32)], "believed")
v("wandb_api_key", G_AI, [Cs("hexl", 40)], "read_kingfisher")
v("remove_bg_api_key", G_AI, [Cs("alnum", 24)], "believed")
v("llamacloud_api_key", G_AI, [L("llx-"), Cs("alnum", 48)], "believed")
v("modal_token_secret", G_AI, [L("as-"), Cs("alnum", 22)], "believed",
  _nb(["modal", "token", "id"], lambda r: "ak-" + rand_str(r, "alnum", 22)))

# --- developer
v("netlify_personal_access_token", G_DEV, [L("nfp_"), Cs("alnum", 36)], "believed")
v("railway_api_token", G_DEV, [U4], "believed")
v("neon_api_key", G_DEV, [L("napi_"), Cs("lalnum", 64)], "believed")
v("planetscale_service_token", G_DEV, [L("pscale_tkn_"), Cs("b64url", 43)], "read_gitleaks",
  _nb(["planetscale", "service", "token", "id"], lambda r: rand_str(r, "lalnum", 12)))
v("turso_database_auth_token", G_DEV, [JWT("EdDSA", {"alg": "EdDSA", "typ": "JWT"}, _turso_payload)], "believed")
v("sanity_api_token", G_DEV, [L("sk"), Cs("alnum", 180)], "believed")
v("strapi_full_access_api_token", G_DEV, [Cs("hexl", 256)], "believed")
v("ghost_admin_api_key", G_DEV, [Cs("hexl", 24), L(":"), Cs("hexl", 64)], "believed")
v("posthog_personal_api_key", G_DEV, [L("phx_"), Cs("alnum", 43)], "read_kingfisher")
v("mapbox_secret_access_token", G_DEV, [L("sk."), B64JSON(_mapbox_payload, ["u", "a"], url=True), L("."),
                                         Cs("b64url", 22)], "believed")
v("docker_hub_personal_access_token", G_DEV, [L("dckr_pat_"), Cs("b64url", 27)], "read_kingfisher")
v("codecov_upload_token", G_DEV, [U4], "believed")
v("snyk_api_token", G_DEV, [U4], "read_gitleaks")
v("doppler_personal_token", G_DEV, [L("dp.pt."), Cs("alnum", 43)], "read_gitleaks")
v("hashicorp_vault_service_token", G_DEV, [L("hvs.CAESI"), Cs("b64url", 86)], "read_gitleaks")
v("terraform_cloud_user_token", G_DEV, [Cs("alnum", 14), L(".atlasv1."), Cs("alnum", 67)], "read_kingfisher")
v("sonarcloud_user_token", G_DEV, [L("squ_"), Cs("hexl", 40)], "read_gitleaks")
v("postman_api_key", G_DEV, [L("PMAK-"), Cs("hexl", 24), L("-"), Cs("hexl", 34)], "read_gitleaks")
v("linear_personal_api_key", G_DEV, [L("lin_api_"), Cs("alnum", 40)], "read_gitleaks")
v("asana_personal_access_token", G_DEV, [L("2/"), Cs("digit", 16), L("/"), Cs("digit", 16), L(":"), Cs("hexl", 32)], "believed")
v("trello_api_token", G_DEV, [L("ATTA"), Cs("hexl", 64), Cs("hexu", 8)], "believed",
  _nb(["trello", "api", "key"], lambda r: rand_str(r, "hexl", 32)))
v("clickup_personal_api_token", G_DEV, [L("pk_"), Cs("digit", 8), L("_"), Cs("ualnum", 32)], "read_kingfisher")
v("todoist_api_token", G_DEV, [Cs("hexl", 40)], "read_kingfisher")
v("typeform_personal_access_token", G_DEV, [L("tfp_"), Cs("alnum", 44), L("_"), Cs("alnum", 14)], "read_kingfisher")
v("monday_api_token", G_DEV, [JWT("HS256", {"alg": "HS256"}, _monday_payload, real=True)], "read_kingfisher")

# --- ops
v("backblaze_b2_application_key", G_OPS, [L("K005"), Cs("alnum", 27)], "believed",
  _nb(["backblaze", "b2", "key", "id"], lambda r: "005" + rand_str(r, "hexl", 22)))
v("wasabi_secret_access_key", G_OPS, [Cs("b64std", 40)], "believed",
  _nb(["wasabi", "access", "key"], lambda r: rand_str(r, "ualnum", 20)))
v("scaleway_secret_key", G_OPS, [U4], "read_kingfisher",
  _nb(["scaleway", "access", "key"], lambda r: "SCW" + rand_str(r, "ualnum", 17)))
v("ovhcloud_application_secret", G_OPS, [Cs("alnum", 32)], "believed",
  _nb(["ovhcloud", "application", "key"], lambda r: rand_str(r, "alnum", 16)))
v("grafana_cloud_access_policy_token", G_OPS, [L("glc_"), B64JSON(_grafana_payload, ["o", "n", "k", "m"])], "read_gitleaks")
v("grafana_service_account_token", G_OPS, [L("glsa_"), Cs("alnum", 32), L("_"), Cs("hexl", 8)], "read_gitleaks")
v("new_relic_user_api_key", G_OPS, [L("NRAK-"), Cs("ualnum", 27)], "read_gitleaks")
v("ngrok_agent_authtoken", G_OPS, [Cs("alnum", 27), L("_"), Cs("digit", 1), Cs("alnum", 20)], "read_kingfisher")
v("particle_cloud_access_token", G_OPS, [Cs("hexl", 40)], "read_kingfisher")
v("adafruit_io_key", G_OPS, [L("aio_"), Cs("alnum", 28)], "read_gitleaks", None, SERVER + APP)
v("tuya_iot_access_secret", G_OPS, [Cs("hexl", 32)], "believed",
  _nb(["tuya", "access", "id"], lambda r: rand_str(r, "lalnum", 20)))
v("nextcloud_app_password", G_OPS, [G("alnum", 5, 5, "-")], "believed",
  _nb(["nextcloud", "login", "name"], _fixed("scans")), HUMAN + SERVER[:4])
v("microsoft_entra_client_secret", G_OPS, [Cs("alnum", 3), Cs("digit", 1), L("Q~"), Cs("alnum", 34)], "read_gitleaks",
  _nb(["entra", "application", "id"], lambda r: uuid4(r)))
v("google_oauth_client_secret", G_OPS, [L("GOCSPX-"), Cs("b64url", 28)], "believed",
  _nb(["google", "oauth", "client", "id"],
      lambda r: rand_str(r, "digit", 12) + "-" + rand_str(r, "lalnum", 32) + ".apps.googleusercontent.com"))
v("auth0_application_client_secret", G_OPS, [Cs("b64url", 64)], "believed",
  _nb(["auth0", "client", "id"], lambda r: rand_str(r, "alnum", 32)))
v("bitwarden_secrets_manager_access_token", G_OPS, [L("0."), U4, L("."), Cs("alnum", 30), L(":"), B64B(16)], "believed")

VENDOR_NAMES = [x[0] for x in V]
VENDOR_BY_NAME = {x[0]: x for x in V}
assert len(V) == len(set(VENDOR_NAMES)) == 120, len(V)

PROV_WORDS = {
    "read_gitleaks": "read this session (gitleaks)",
    "read_kingfisher": "read this session (Kingfisher)",
    "believed": "believed from memory",
    "guessed": "guessed",
    "owner": "owner-chosen",
}

# ------------------------------------------------------------------ styles
# name -> (key style, characters a value may not contain, description)
STYLE_INFO = {
    "studio_envrc_export_lines": ("upper", "'", "direnv `.envrc` with `export KEY='value'` lines"),
    "press_jupyter_notebook_cell_json": ("upper", "\"\\", "Jupyter notebook JSON whose code cell sets `os.environ[...]`"),
    "shop_gh_secret_set_history": ("upper", "'", "shell history of `gh secret set NAME --body '...'`"),
    "ops_terraform_variable_default_tf": ("snake", "\"\\$%", "Terraform `variables.tf` with the value as a `default`"),
    "ops_ini_credentials_profile": ("snake", ";#", "INI credentials profile (`[vendor]` section, `key = value`)"),
    "booking_application_properties": ("dot", "\\", "Java `application.properties` lines"),
    "studio_powershell_env_assign": ("upper", "'", "PowerShell profile with `$env:NAME = '...'`"),
    "bindery_windows_setx_batch": ("upper", "\"%^&|<>!", "Windows batch file of `setx NAME \"...\"` lines"),
    "studio_vscode_launch_env_json": ("upper", "\"\\", "VS Code `launch.json` with an `env` block"),
    "press_jetbrains_http_private_env_json": ("camel", "\"\\", "JetBrains HTTP client `http-client.private.env.json`"),
    "ops_docker_run_env_flags": ("upper", "'", "`docker run -e NAME='...'` command in a runbook"),
    "ops_supervisord_program_env": ("upper", "\"\\%,", "supervisord `[program:x]` with an `environment=` line"),
    "shop_rails_initializer_rb": ("upper", "'\\", "Ruby initializer with `ENV['NAME'] ||= '...'`"),
    "app_xcconfig_build_setting": ("upper", "/\"$", "Xcode `.xcconfig` build settings"),
    "app_gradle_properties": ("camel", "\\", "Android `gradle.properties` entries"),
    "bindery_bitwarden_json_export": ("title", "\"\\", "Bitwarden JSON export item (name / username / password)"),
    "studio_signal_chat_message": ("spaced", "", "Signal group message between studio staff"),
    "press_handover_email_body": ("spaced", "", "hand-over e-mail to the freelance developer"),
}
STYLE_NAMES = list(STYLE_INFO)


def _title(words):
    return " ".join(w.capitalize() for w in words)


def render(style, rows, rng):
    """rows: list of (words, value), neighbour first."""
    kstyle = STYLE_INFO[style][0]
    K = [keyname(w, kstyle) for w, _ in rows]
    Vv = [val for _, val in rows]
    if style == "studio_envrc_export_lines":
        return "# .envrc (direnv) - stock-sync service\nexport STOCK_SYNC_ENV=production\n" + \
            "".join("export %s='%s'\n" % (k, x) for k, x in zip(K, Vv))
    if style == "press_jupyter_notebook_cell_json":
        src = ['    "import os\\n",\n'] + ['    "os.environ[\\"%s\\"] = \\"%s\\"\\n",\n' % (k, x) for k, x in zip(K, Vv)]
        src[-1] = src[-1].replace('\\n",\n', '"\n')
        return ('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 3,\n   "metadata": {},\n'
                '   "outputs": [],\n   "source": [\n' + "".join(src) + '   ]\n  }\n ],\n'
                ' "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},\n'
                ' "nbformat": 4,\n "nbformat_minor": 5\n}\n')
    if style == "shop_gh_secret_set_history":
        return "".join("  %d  gh secret set %s --body '%s' --repo halftonehare/shop\n" % (501 + i, k, x)
                       for i, (k, x) in enumerate(zip(K, Vv))) + "  %d  gh secret list --repo halftonehare/shop\n" % (501 + len(K))
    if style == "ops_terraform_variable_default_tf":
        return "# variables.tf\n" + "".join(
            'variable "%s" {\n  type    = string\n  default = "%s"\n}\n\n' % (k, x) for k, x in zip(K, Vv))
    if style == "ops_ini_credentials_profile":
        return "[studio]\nregion = eu-west-2\n\n[integrations]\n" + "".join("%s = %s\n" % (k, x) for k, x in zip(K, Vv))
    if style == "booking_application_properties":
        return "# application-prod.properties\nserver.port=8081\n" + "".join("%s=%s\n" % (k, x) for k, x in zip(K, Vv))
    if style == "studio_powershell_env_assign":
        return "# Microsoft.PowerShell_profile.ps1 (studio PC)\nSet-Location D:\\studio\n" + \
            "".join("$env:%s = '%s'\n" % (k, x) for k, x in zip(K, Vv))
    if style == "bindery_windows_setx_batch":
        return "@echo off\nrem set-integrations.bat - run once on the bindery PC\n" + \
            "".join('setx %s "%s"\n' % (k, x) for k, x in zip(K, Vv)) + "echo done\n"
    if style == "studio_vscode_launch_env_json":
        body = ",\n".join('        "%s": "%s"' % (k, x) for k, x in zip(K, Vv))
        return ('{\n  "version": "0.2.0",\n  "configurations": [\n    {\n      "name": "stock-sync: debug",\n'
                '      "type": "debugpy",\n      "request": "launch",\n      "program": "${workspaceFolder}/sync.py",\n'
                '      "env": {\n' + body + '\n      }\n    }\n  ]\n}\n')
    if style == "press_jetbrains_http_private_env_json":
        body = ",\n".join('    "%s": "%s"' % (k, x) for k, x in zip(K, Vv))
        return '{\n  "prod": {\n    "host": "https://api.quoinchase.example",\n' + body + '\n  }\n}\n'
    if style == "ops_docker_run_env_flags":
        return ("docker run -d --name print-bridge --restart unless-stopped \\\n" +
                "".join("  -e %s='%s' \\\n" % (k, x) for k, x in zip(K, Vv)) +
                "  registry.kettlestitch.example/print-bridge:1.9\n")
    if style == "ops_supervisord_program_env":
        env = ",".join('%s="%s"' % (k, x) for k, x in zip(K, Vv))
        return ("[program:order-worker]\ncommand=/srv/worker/venv/bin/python -m worker\n"
                "directory=/srv/worker\nautorestart=true\nenvironment=" + env + "\n")
    if style == "shop_rails_initializer_rb":
        return "# config/initializers/integrations.rb\n" + \
            "".join("ENV['%s'] ||= '%s'\n" % (k, x) for k, x in zip(K, Vv))
    if style == "app_xcconfig_build_setting":
        return "// Release.xcconfig - editions app\nPRODUCT_BUNDLE_IDENTIFIER = example.stonecellar.editions\n" + \
            "".join("%s = %s\n" % (k, x) for k, x in zip(K, Vv))
    if style == "app_gradle_properties":
        return "# gradle.properties\norg.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n" + \
            "".join("%s=%s\n" % (k, x) for k, x in zip(K, Vv))
    if style == "bindery_bitwarden_json_export":
        # rows: secret last; the user name is the neighbour value (or "api")
        words_s, secret = rows[-1]
        user = rows[0][1] if len(rows) > 1 else "api"
        return ('{\n  "encrypted": false,\n  "items": [\n    {\n      "type": 1,\n      "name": "%s",\n'
                '      "login": {\n        "username": "%s",\n        "password": "%s",\n'
                '        "uris": [{"match": null}]\n      },\n      "favorite": false\n    }\n  ]\n}\n'
                % (_title(words_s), user, secret))
    if style == "studio_signal_chat_message":
        lines = ["Sol Brandt: putting these here until the vault is set up"]
        for k, x in zip(K, Vv):
            lines.append("Sol Brandt: %s: %s" % (k, x))
        lines.append("Maren Okafor: 👍 copied, delete when you can")
        return "\n".join(lines) + "\n"
    if style == "press_handover_email_body":
        body = "".join("%s: %s\n" % (k, x) for k, x in zip(K, Vv))
        return ("Subject: hand-over for the shop integrations\n\nHi Priya,\n\nas promised, here is what you need "
                "for next week:\n\n" + body + "\nCall me if anything bounces.\nTeodor\n")
    raise ValueError(style)


def assign_styles(rng):
    """Each vendor gets one of its candidate styles, least-used first (seeded tie-break)."""
    used = {s: 0 for s in STYLE_NAMES}
    order = list(range(len(V)))
    rng.shuffle(order)
    out = {}
    # vendors with fewer candidates first so that they get a place
    order.sort(key=lambda i: len(V[i][5]))
    for i in order:
        tname, _, spec, _, _, cands = V[i]
        alph = set()
        for p in spec:
            if p[0] in ("C", "CR", "G"):
                alph |= set(CHARSETS[p[1]])
            if p[0] in ("B64JSON", "B64B"):
                alph |= set("+/=-_")
            if p[0] == "PW":
                alph |= set("-_.+!~*")
            if p[0] == "L":
                alph |= set(p[1])
        ok = [s for s in cands if not (alph & set(STYLE_INFO[s][1]))]
        best = min(used[s] for s in ok)
        pick = [s for s in ok if used[s] == best]
        s = pick[rng.randrange(len(pick))]
        used[s] += 1
        out[tname] = s
    return out


def build(reg):
    rng = random.Random(SEED_VALUES)
    srng = random.Random(SEED_STYLES)
    styles = assign_styles(srng)
    recs = []
    for tname, group, spec, prov, nb, _ in V:
        style = styles[tname]
        value = reg.draw(lambda: gen_vendor_value(spec, rng))
        rows = []
        if nb:
            nval = nb[1](rng)
            if not getattr(nb[1], "fixed", False) and not reg.add(nval):
                raise RuntimeError("neighbour repeats: " + nval)
            rows.append((nb[0], nval))
        rows.append((tname.split("_"), value))
        text = render(style, rows, rng)
        s, e = span_of(text, value)
        recs.append({
            "type": tname,
            "container": "%s__%s" % (tname, style),
            "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": tname}],
            "source": "vendor",
        })
    return recs, styles
