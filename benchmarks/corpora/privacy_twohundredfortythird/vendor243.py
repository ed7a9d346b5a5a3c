"""Vendor source: 120 vendor credential types of this world, one record each."""
import base64
import json
import random
import re

from common243 import (MARK, ALNUM, LOWER_ALNUM, UPPER_ALNUM, HEX, UHEX, B64URL, B64STD, DIGITS, LOWER,
                       rs, uuid4, owner_password, rbytes, b64, b64url_nopad, b64url_decode, jwt_hs,
                       style_key, span_record, PW_RE, jwt_valid)

SEED = 24302

ALPH = {"alnum": (ALNUM, "alphanumerics", "[A-Za-z0-9]"),
        "lalnum": (LOWER_ALNUM, "lower-case alphanumerics", "[a-z0-9]"),
        "ualnum": (UPPER_ALNUM, "upper-case alphanumerics", "[A-Z0-9]"),
        "hex": (HEX, "lower-case hex", "[0-9a-f]"),
        "uhex": (UHEX, "upper-case hex", "[0-9A-F]"),
        "b64url": (B64URL, "base64url", "[A-Za-z0-9_-]"),
        "b64std": (B64STD, "standard Base64 characters", "[A-Za-z0-9+/]"),
        "digits": (DIGITS, "digits", "[0-9]"),
        "azsec": (ALNUM + "_~.-", "characters of `A-Za-z0-9_~.-`", "[A-Za-z0-9_~.-]"),
        "azpre": (ALNUM + "_~.", "characters of `A-Za-z0-9_~.`", "[A-Za-z0-9_~.]")}

# provenance labels
READ = "read this session in the public gitleaks rule file"
KF = "read this session in the public Kingfisher rules (length / alphabet)"
BEL = "believed from memory"
GUE = "guessed"
OWN = "owner-chosen"

# (type, category, spec parts, provenance, neighbour label or None, neighbour spec or None)
# spec parts: ("lit", s) | (alph, n) | ("uuid",) | ("uuidU",) | ("pw",) | ("fn", name)
V = []


def add(t, cat, spec, prov, nb=None, nbspec=None):
    V.append((t, cat, spec, prov, nb, nbspec))


T, C, M_, D, O = ("Trade services of sheep farms, wool brokers, mills and yarn shops",
                  "Commerce, payments and shipping", "Messaging, e-mail and chat", "AI services",
                  "Ops, cloud, identity and monitoring")
DV = "Developer services"
# ---- trade
add("agriwebb_api_client_secret", T, [("alnum", 48)], GUE, "agriwebb client id", [("uuid",)])
add("mobble_api_token", T, [("alnum", 40)], GUE)
add("farmiq_integration_api_key", T, [("hex", 32)], GUE)
add("farmax_license_key", T, [("ualnum", 5), ("lit", "-"), ("ualnum", 5), ("lit", "-"), ("ualnum", 5), ("lit", "-"), ("ualnum", 5)], GUE)
add("shearwell_farmworks_password", T, [("pw",)], OWN, "farmworks user", [("lit", "kilnbrae.office")])
add("datamars_livestock_api_key", T, [("alnum", 32)], GUE)
add("gallagher_animal_performance_client_secret", T, [("b64url", 40)], GUE, "gallagher client id", [("alnum", 20)])
add("awex_market_data_api_key", T, [("uuid",)], GUE)
add("awta_client_portal_password", T, [("pw",)], OWN, "awta client number", [("digits", 6)])
add("elders_wool_portal_password", T, [("pw",)], OWN, "elders client id", [("lit", "EW"), ("digits", 7)])
add("pgg_wrightson_wool_portal_password", T, [("pw",)], OWN, "pggw supplier number", [("digits", 8)])
add("british_wool_grower_portal_password", T, [("pw",)], OWN, "grower number", [("lit", "BW"), ("digits", 6)])
add("arams_sheep_movement_password", T, [("pw",)], OWN, "cph number", [("digits", 2), ("lit", "/"), ("digits", 3), ("lit", "/"), ("digits", 4)])
add("nlis_database_password", T, [("pw",)], OWN, "nlis user id", [("lit", "3"), ("ualnum", 7)])
add("ravelry_api_basic_auth_secret", T, [("alnum", 40)], GUE, "ravelry api username", [("lit", "read-"), ("hex", 32)])
add("payhip_api_key", T, [("hex", 40)], GUE)
add("lovecrafts_partner_api_key", T, [("alnum", 36)], GUE)
add("ko_fi_webhook_verification_token", T, [("uuid",)], BEL)
add("patreon_creator_access_token", T, [("b64url", 43)], GUE)
add("gumroad_access_token", T, [("alnum", 43)], KF)
add("sellfy_api_key", T, [("alnum", 40)], GUE)
add("woocommerce_rest_consumer_secret", T, [("lit", "cs_"), ("hex", 40)], BEL, "woocommerce consumer key", [("lit", "ck_"), ("hex", 40)])
add("nofence_api_token", T, [("alnum", 48)], GUE)
add("ceres_tag_api_client_secret", T, [("hex", 64)], GUE, "ceres tag client id", [("uuid",)])
add("lightspeed_x_series_personal_token", T, [("lit", "lsxs_pt_"), ("alnum", 32)], BEL)
add("myob_api_client_secret", T, [("alnum", 24)], GUE, "myob api key", [("uuid",)])
# ---- commerce
add("stripe_restricted_api_key", C, [("lit", "rk_live_51"), ("alnum", 97)], READ)
add("stripe_webhook_signing_secret", C, [("lit", "whsec_"), ("alnum", 32)], BEL)
add("paypal_rest_client_secret", C, [("lit", "E"), ("b64url", 79)], KF, "paypal client id", [("lit", "A"), ("b64url", 79)])
add("mollie_live_api_key", C, [("lit", "live_"), ("alnum", 30)], BEL)
add("square_production_access_token", C, [("lit", "EAAA"), ("b64url", 60)], READ)
add("shopify_app_shared_secret", C, [("lit", "shpss_"), ("hex", 32)], READ)
add("bigcommerce_store_api_token", C, [("lalnum", 31)], BEL, "bigcommerce store hash", [("lalnum", 10)])
add("shippo_live_api_token", C, [("lit", "shippo_live_"), ("hex", 40)], READ)
add("easypost_production_api_key", C, [("lit", "EZAK"), ("lalnum", 54)], READ)
add("sendle_api_key", C, [("alnum", 32)], GUE, "sendle id", [("lit", "kilnbrae_"), ("lalnum", 6)])
add("printful_private_token", C, [("alnum", 40)], GUE)
add("royal_mail_click_and_drop_api_key", C, [("uuid",)], GUE)
add("nz_post_client_secret", C, [("hex", 32)], GUE, "nz post client id", [("hex", 32)])
add("australia_post_shipping_api_secret", C, [("alnum", 20)], GUE, "auspost api key", [("uuid",)])
add("afterpay_merchant_secret_key", C, [("hex", 64)], GUE, "afterpay merchant id", [("digits", 6)])
# ---- messaging
add("sendgrid_mail_api_key", M_, [("lit", "SG."), ("b64url", 22), ("lit", "."), ("b64url", 43)], READ)
add("postmark_server_api_token", M_, [("uuid",)], KF)
add("mailjet_api_secret_key", M_, [("hex", 32)], BEL, "mailjet api key", [("hex", 32)])
add("kit_convertkit_api_key", M_, [("alnum", 22)], KF)
add("vonage_api_secret", M_, [("alnum", 16)], BEL, "vonage api key", [("hex", 8)])
add("plivo_auth_token", M_, [("alnum", 40)], BEL, "plivo auth id", [("lit", "MA"), ("ualnum", 18)])
add("telnyx_api_key_v2", M_, [("lit", "KEY"), ("uhex", 32), ("lit", "_"), ("alnum", 22)], KF)
add("whatsapp_cloud_api_system_user_token", M_, [("lit", "EAAM"), ("alnum", 180)], READ)
add("facebook_app_secret", M_, [("hex", 32)], READ, "facebook app id", [("digits", 15)])
add("slack_app_signing_secret", M_, [("hex", 32)], BEL)
add("slack_user_oauth_token", M_, [("lit", "xoxp-"), ("digits", 11), ("lit", "-"), ("digits", 12), ("lit", "-"), ("digits", 13), ("lit", "-"), ("hex", 32)], READ)
add("discord_webhook_url", M_, [("lit", "https://discord.com/api/webhooks/"), ("digits", 18), ("lit", "/"), ("b64url", 68)], KF)
add("microsoft_teams_incoming_webhook_url", M_, [("fn", "teams")], READ)
add("pushbullet_access_token", M_, [("lit", "o."), ("alnum", 32)], KF)
add("ntfy_access_token", M_, [("lit", "tk_"), ("lalnum", 29)], BEL)
add("gotify_application_token", M_, [("lit", "A"), ("alnum", 14)], BEL)
add("clicksend_api_key", M_, [("uuidU",)], GUE, "clicksend username", [("lit", "orders@skeinandsheep.example")])
# ---- AI
add("mistral_api_key", D, [("alnum", 32)], BEL)
add("cohere_api_key", D, [("alnum", 40)], READ)
add("deepseek_api_key", D, [("lit", "sk-"), ("hex", 32)], BEL)
add("openrouter_api_key", D, [("lit", "sk-or-v1-"), ("hex", 64)], BEL)
add("xai_grok_api_key", D, [("lit", "xai-"), ("alnum", 80)], KF)
add("elevenlabs_api_key", D, [("lit", "sk_"), ("hex", 48)], KF)
add("assemblyai_api_key", D, [("hex", 32)], KF)
add("deepgram_api_key", D, [("hex", 40)], KF)
add("fireworks_ai_api_key", D, [("lit", "fw_"), ("alnum", 24)], BEL)
add("langsmith_service_key", D, [("lit", "lsv2_sk_"), ("hex", 32), ("lit", "_"), ("hex", 10)], BEL)
add("roboflow_private_api_key", D, [("alnum", 20)], GUE)
add("azure_openai_api_key", D, [("hex", 32)], BEL, "azure openai resource", [("lit", "kingsmill-oai-"), ("lalnum", 4)])
# ---- developer
add("github_app_installation_token", DV, [("lit", "ghs_"), ("alnum", 36)], READ)
add("gitlab_pipeline_trigger_token", DV, [("lit", "glptt-"), ("hex", 40)], READ)
add("gitlab_runner_authentication_token", DV, [("lit", "glrt-"), ("b64url", 20)], READ)
add("docker_hub_personal_access_token", DV, [("lit", "dckr_pat_"), ("b64url", 27)], KF)
add("pypi_upload_token", DV, [("lit", "pypi-AgEIcHlwaS5vcmc"), ("b64url", 150)], READ)
add("rubygems_api_key", DV, [("lit", "rubygems_"), ("hex", 48)], READ)
add("supabase_service_role_jwt", DV, [("fn", "supabase")], BEL)
add("supabase_personal_access_token", DV, [("lit", "sbp_"), ("hex", 40)], BEL)
add("netlify_personal_access_token", DV, [("lit", "nfp_"), ("alnum", 36)], BEL)
add("railway_api_token", DV, [("uuid",)], GUE)
add("doppler_service_token", DV, [("lit", "dp.st.prd."), ("alnum", 40)], BEL)
add("hashicorp_vault_service_token", DV, [("lit", "hvs.CAESI"), ("b64url", 86)], READ)
add("terraform_cloud_api_token", DV, [("alnum", 14), ("lit", ".atlasv1."), ("alnum", 67)], READ)
add("linear_api_key", DV, [("lit", "lin_api_"), ("alnum", 40)], READ)
add("postman_api_key", DV, [("lit", "PMAK-"), ("hex", 24), ("lit", "-"), ("hex", 34)], READ)
add("codecov_upload_token", DV, [("uuid",)], BEL)
add("mapbox_secret_access_token", DV, [("fn", "mapbox")], KF)
add("typesense_admin_api_key", DV, [("alnum", 32)], GUE)
add("sanity_api_token", DV, [("lit", "sk"), ("alnum", 78)], GUE)
add("turso_database_auth_token", DV, [("fn", "turso")], BEL)
add("neon_database_api_key", DV, [("lit", "napi_"), ("lalnum", 64)], BEL)
add("bitbucket_app_password", DV, [("lit", "ATBB"), ("alnum", 32)], BEL, "bitbucket username", [("lit", "kingsmill-ci")])
add("atlassian_api_token", DV, [("lit", "ATATT3xFfGF0"), ("b64url", 174), ("lit", "="), ("uhex", 8)], BEL, "atlassian account email", [("lit", "it@kingsmill-yarns.example")])
# ---- ops
add("azure_ad_client_secret", O, [("azpre", 3), ("digits", 1), ("lit", "Q~"), ("azsec", 34)], READ, "azure application client id", [("uuid",)])
add("azure_service_bus_shared_access_key", O, [("fn", "b64_32")], BEL, "service bus namespace", [("lit", "kingsmill-bus-"), ("lalnum", 4)])
add("grafana_cloud_access_policy_token", O, [("fn", "glc")], READ)
add("grafana_service_account_token", O, [("lit", "glsa_"), ("alnum", 32), ("lit", "_"), ("hex", 8)], READ)
add("new_relic_user_api_key", O, [("lit", "NRAK-"), ("ualnum", 27)], READ)
add("dynatrace_api_token", O, [("lit", "dt0c01."), ("ualnum", 24), ("lit", "."), ("ualnum", 64)], READ)
add("betterstack_source_token", O, [("alnum", 24)], KF)
add("opsgenie_api_key", O, [("uuid",)], KF)
add("splunk_hec_token", O, [("uuid",)], BEL)
add("tailscale_auth_key", O, [("lit", "tskey-auth-k"), ("alnum", 11), ("lit", "CNTRL-"), ("alnum", 33)], KF)
add("ngrok_authtoken", O, [("lit", "2"), ("alnum", 26), ("lit", "_"), ("digits", 1), ("alnum", 20)], KF)
add("vultr_api_key", O, [("ualnum", 36)], KF)
add("ovh_application_secret", O, [("lalnum", 32)], GUE, "ovh application key", [("alnum", 16)])
add("cloudflare_global_api_key", O, [("hex", 37)], READ, "cloudflare account email", [("lit", "ops@kingsmill-yarns.example")])
add("cloudflare_origin_ca_key", O, [("lit", "v1.0-"), ("hex", 24), ("lit", "-"), ("hex", 146)], READ)
add("auth0_client_secret", O, [("b64url", 64)], BEL, "auth0 client id", [("alnum", 32)])
add("okta_api_token", O, [("lit", "00"), ("b64url", 40)], READ)
add("clerk_secret_key", O, [("lit", "sk_live_"), ("alnum", 40)], BEL)
add("bitwarden_sm_access_token", O, [("fn", "bws")], BEL)
add("portainer_access_token", O, [("lit", "ptr_"), ("fn", "b64_32")], GUE)
add("proxmox_api_token_secret", O, [("uuid",)], BEL, "proxmox token id", [("lit", "root@pam!ansible")])
add("wasabi_secret_access_key", O, [("ualnum", 40)], GUE, "wasabi access key", [("ualnum", 20)])
add("cloudflare_r2_secret_access_key", O, [("hex", 64)], BEL, "r2 access key id", [("hex", 32)])
add("synology_dsm_admin_password", O, [("pw",)], OWN, "dsm user", [("lit", "farmadmin")])
add("mikrotik_routeros_admin_password", O, [("pw",)], OWN, "router", [("lit", "gw-woolshed.lan")])
add("minio_root_password", O, [("pw",)], OWN, "minio root user", [("lit", "millbackup")])
add("ubiquiti_unifi_admin_password", O, [("pw",)], OWN, "unifi controller", [("lit", "unifi.farm.lan")])

assert len(V) == 120, len(V)
TYPE_NAMES = [v[0] for v in V]
assert len(set(TYPE_NAMES)) == 120


def gen_fn(name, rng):
    if name == "teams":
        return ("https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
                % (rs(rng, LOWER, 9), uuid4(rng), uuid4(rng), rs(rng, HEX, 32), uuid4(rng)))
    if name == "supabase":
        iat = 1700000000 + rng.randint(0, 30000000)
        return jwt_hs({"alg": "HS256", "typ": "JWT"},
                      {"iss": "supabase", "ref": rs(rng, LOWER, 20), "role": "service_role",
                       "iat": iat, "exp": iat + 315360000}, rbytes(rng, 32), "HS256")
    if name == "turso":
        h = b64url_nopad(json.dumps({"alg": "EdDSA", "typ": "JWT"}, separators=(",", ":")).encode())
        p = b64url_nopad(json.dumps({"a": "rw", "iat": 1710000000 + rng.randint(0, 9000000),
                                     "id": uuid4(rng)}, separators=(",", ":")).encode())
        return h + "." + p + "." + b64url_nopad(rbytes(rng, 64))
    if name == "mapbox":
        j = json.dumps({"u": "kingsmill-" + rs(rng, LOWER, 5), "a": rs(rng, LOWER_ALNUM, 25)},
                       separators=(",", ":"))
        return "sk." + b64url_nopad(j.encode()) + "." + rs(rng, B64URL, 22)
    if name == "glc":
        j = json.dumps({"o": str(rng.randint(100000, 999999)), "n": "mill-metrics-write",
                        "k": rs(rng, ALNUM, 24), "m": {"r": "prod-au-southeast-0"}}, separators=(",", ":"))
        return "glc_" + b64(j.encode())
    if name == "b64_32":
        return b64(rbytes(rng, 32))
    if name == "bws":
        return "0." + uuid4(rng) + "." + rs(rng, ALNUM, 30) + ":" + b64(rbytes(rng, 16))
    raise KeyError(name)


def gen_parts(parts, rng):
    out = []
    for p in parts:
        if p[0] == "lit":
            out.append(p[1])
        elif p[0] == "uuid":
            out.append(uuid4(rng))
        elif p[0] == "uuidU":
            out.append(uuid4(rng).upper())
        elif p[0] == "pw":
            out.append(owner_password(rng))
        elif p[0] == "fn":
            out.append(gen_fn(p[1], rng))
        else:
            out.append(rs(rng, ALPH[p[0]][0], p[1]))
    return "".join(out)


FN_RE = {"teams": r"https://[a-z]{9}\.webhook\.office\.com/webhookb2/U@U/IncomingWebhook/[0-9a-f]{32}/U",
         "supabase": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
         "turso": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}",
         "mapbox": r"sk\.eyJ1Ijoi[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}",
         "glc": r"glc_[A-Za-z0-9+/]{32,400}={0,2}",
         "b64_32": r"[A-Za-z0-9+/]{43}=",
         "bws": r"0\.U\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}=="}
UUID_PAT = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def spec_regex(parts):
    r = []
    for p in parts:
        if p[0] == "lit":
            r.append(re.escape(p[1]))
        elif p[0] == "uuid":
            r.append(UUID_PAT)
        elif p[0] == "uuidU":
            r.append(UUID_PAT.upper().replace("[0-9A-F]{4}-4", "[0-9A-F]{4}-4"))
        elif p[0] == "pw":
            r.append(PW_RE.pattern[1:-1])
        elif p[0] == "fn":
            r.append(FN_RE[p[1]].replace("U", UUID_PAT) if p[1] in ("teams", "bws") else FN_RE[p[1]])
        else:
            r.append("%s{%d}" % (ALPH[p[0]][2], p[1]))
    return re.compile("^" + "".join(r) + "$")


def frame_check(t, v):
    """Extra checks of structured vendor values; returns error or None."""
    try:
        if t == "supabase_service_role_jwt":
            if not jwt_valid(v) or json.loads(b64url_decode(v.split(".")[1]))["role"] != "service_role":
                return "supabase jwt"
        if t == "turso_database_auth_token":
            if not jwt_valid(v):
                return "turso jwt"
        if t == "mapbox_secret_access_token":
            j = json.loads(b64url_decode(v.split(".")[1]))
            if set(j) != {"u", "a"}:
                return "mapbox json"
        if t == "grafana_cloud_access_policy_token":
            j = json.loads(base64.b64decode(v[4:], validate=True))
            if set(j) != {"o", "n", "k", "m"}:
                return "glc json"
        if t in ("azure_service_bus_shared_access_key",):
            if len(base64.b64decode(v, validate=True)) != 32:
                return "b64 32"
        if t == "portainer_access_token":
            if len(base64.b64decode(v[4:], validate=True)) != 32:
                return "ptr b64"
        if t == "bitwarden_sm_access_token":
            if len(base64.b64decode(v.split(":")[1], validate=True)) != 16:
                return "bws key"
    except Exception as e:  # noqa
        return "frame %s" % e
    return None


def describe(parts):
    out = []
    for p in parts:
        if p[0] == "lit":
            out.append("`%s`" % p[1])
        elif p[0] == "uuid":
            out.append("UUIDv4")
        elif p[0] == "uuidU":
            out.append("upper-case UUIDv4")
        elif p[0] == "pw":
            out.append("owner-chosen password")
        elif p[0] == "fn":
            out.append({"teams": "`https://<tenant>.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>` (whole URL labelled)",
                        "supabase": "real HS256 JWT with `role` = `service_role` (base64url JSON, signature under a discarded key)",
                        "turso": "EdDSA JWT (base64url JSON header and payload, 64 random signature bytes)",
                        "mapbox": "`sk.` + base64url of real JSON `{\"u\":…,\"a\":…}` + `.` + 22 base64url",
                        "glc": "`glc_` + standard Base64 of real JSON (`o`, `n`, `k`, `m.r`)",
                        "b64_32": "standard Base64 of 32 random bytes (44 characters)",
                        "bws": "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + Base64 of 16 bytes"}[p[1]])
        else:
            out.append("%d %s" % (p[1], ALPH[p[0]][1]))
    return " + ".join(out)


STYLES = [
    ("yarn_shop_env_production", "upper", "# .env.production\n{NL}{K}={M}\nNODE_ENV=production\n", "{NK}={NV}\n"),
    ("flock_app_secrets_properties", "dot", "# secrets.properties (kept out of git)\nsdk.dir=/opt/android-sdk\n{NL}{K}={M}\n", "{NK}={NV}\n"),
    ("wool_mill_vault_kv_get_output", "snake", "$ vault kv get -mount=secret mill/integrations\n======= Data =======\nKey{PAD}Value\n---{PAD}-----\n{NL}{K}    {M}\n", "{NK}    {NV}\n"),
    ("shearing_app_firebase_functions_config_set", "snake", "$ firebase functions:config:set {NL}integrations.{K}=\"{M}\"\n+  Functions config updated.\n", "integrations.{NK}=\"{NV}\" "),
    ("yarn_shop_heroku_config_set_history", "upper", "$ heroku config:set {NL}{K}='{M}' -a yarn-shop-prod\nSetting config vars and restarting yarn-shop-prod... done\n", "{NK}='{NV}' "),
    ("pattern_store_nestjs_config_ts", "camel", "export default () => ({\n  integrations: {\n    {NL}{K}: '{M}',\n  },\n});\n", "{NK}: '{NV}',\n    "),
    ("flock_app_swift_secrets_enum", "camel", "enum Secrets {\n    {NL}static let {K} = \"{M}\"\n}\n", "static let {NK} = \"{NV}\"\n    "),
    ("wool_mill_dotnet_user_secrets_list", "pascal", "PS C:\\src\\MillGateway> dotnet user-secrets list\n{NL}Integrations:{K} = {M}\n", "Integrations:{NK} = {NV}\n"),
    ("farm_ops_bitwarden_cli_item_json", "title", "$ bw get item \"{K}\" | jq .\n{\n  \"object\": \"item\",\n  \"name\": \"{K}\",\n  \"login\": {\n    \"username\": \"{NVU}\",\n    \"password\": \"{M}\"\n  }\n}\n", None),
    ("yarn_shop_gh_secret_set_history", "upper", "$ gh secret set {K} --body '{M}' --repo fleece-and-skein/shop\n✓ Set Actions secret {K} for fleece-and-skein/shop\n{NL}", "$ gh variable set {NK} --body '{NV}' --repo fleece-and-skein/shop\n"),
    ("farm_ops_nushell_env_nu", "upper", "# ~/.config/nushell/env.nu\n{NL}$env.{K} = \"{M}\"\n", "$env.{NK} = \"{NV}\"\n"),
    ("wool_mill_elixir_runtime_config_exs", "snake", "import Config\n\nconfig :mill_portal, :integrations,\n  {NL}{K}: \"{M}\"\n", "{NK}: \"{NV}\",\n  "),
    ("yarn_shop_owner_signal_message", "spaced", "Morag (Signal, 21:14): {NL}here's the {K} for the shop thing: {M} - can you put it in tonight?\n", "{NK} is {NV} and "),
    ("shearing_contractor_email_to_developer", "spaced", "Subject: integration details\n\nHi Tom,\n\n{NL}The {K} is {M}\n\nCheers,\nRangi (Te Awa Shearing)\n", "The {NK} is {NV}\n"),
    ("wool_mill_powershell_secretmanagement_history", "pascal", "PS C:\\> {NL}Set-Secret -Name {K} -Secret '{M}' -Vault MillVault\n", "Set-Secret -Name {NK} -Secret '{NV}' -Vault MillVault\nPS C:\\> "),
    ("yarn_shop_terraform_variable_default_tf", "snake", "{NL}variable \"{K}\" {\n  type      = string\n  sensitive = true\n  default   = \"{M}\"\n}\n", "variable \"{NK}\" {\n  type    = string\n  default = \"{NV}\"\n}\n\n"),
]
STYLE_NAMES = [s[0] for s in STYLES]


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    neighbours = []
    for i, (t, cat, spec, prov, nb, nbspec) in enumerate(V):
        sname, case, tmpl, nltmpl = STYLES[i % len(STYLES)]
        v = reg.draw(lambda: gen_parts(spec, rng))
        key = style_key(t.split("_"), case)
        nl = ""
        nbv = None
        if nb:
            nbv = reg.draw(lambda: gen_parts(nbspec, rng))
            neighbours.append(nbv)
            if nltmpl:
                nl = nltmpl.replace("{NK}", style_key(nb.split(), case)).replace("{NV}", nbv)
        text = (tmpl.replace("{NL}", nl).replace("{K}", key).replace("{PAD}", " " * max(4, len(key) + 1))
                .replace("{NVU}", nbv if (nb and not nltmpl) else "api").replace("{M}", MARK))
        recs.append(span_record("p243-s-%04d" % (start_index + i), t, t + "__" + sname, text, v, "vendor"))
    return recs, neighbours
